"""Build briefing/analyze/data/given_names.txt.gz: given names from the US Census Bureau's 1990
name frequency files (a work of the US government: public domain), as packaged by the ``names``
package (MIT licence; not a dependency of briefing). Run by hand when the list should be
refreshed; the package is needed only here, never at run time:

    pip download --no-deps names && tar xzf names-*.tar.gz
    python tools/make_given_names.py names-*/names

A name is left out when it is a common English word ("Hope", "Summer"), a place or an
organisation a list knows ("Carolina", "Florence"), a word any other list of the entity rules
holds (a title, a demonym; not the lists of names by gender), an article or a particle of a
name in another language ("Les", "Del"), shorter than three letters, or already in the hand-made list
(``first_names`` in lexicon.txt): those are read from their context, not from this list.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

from briefing.analyze.data import gazetteer, lexicon, lower_words
from briefing.analyze.entities.context import common_words, geo_places

OUT = Path(__file__).resolve().parent.parent / "briefing" / "analyze" / "data" / "given_names.txt.gz"


def main(folder: Path) -> None:
    names: set[str] = set()
    for f in ("dist.female.first", "dist.male.first"):
        for line in (folder / f).read_text(encoding="ascii").splitlines():
            word = line.split(" ", 1)[0].strip()
            if word.isalpha():
                names.add(word.capitalize())
    common = common_words()
    # every word of every word list, but the lists of given names by gender (speech.txt)
    listed = set().union(*(v for k, v in lexicon().items() if not k.startswith("given_names_")))
    known = gazetteer("places").keys() | gazetteer("orgs").keys() | gazetteer("people").keys()
    geo = geo_places()
    # (nor an article or a particle of a name in another language: "Les Invalides", "Del Rio")
    particles = lower_words("name_connectors") | {"les", "los", "las"}
    keep = sorted(n for n in names if len(n) > 2 and n.lower() not in common and n not in listed
                  and n not in known and n not in geo and n.lower() not in particles)
    OUT.write_bytes(gzip.compress(("\n".join(keep) + "\n").encode("utf-8"), mtime=0))
    print(f"{len(keep)} of {len(names)} names -> {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

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
The common ones that are English words go to given_names_english.txt.gz, the common ones that
are places to given_names_places.txt.gz; and the common surnames that are English words
("Brown", "Green") to surnames_english.txt.gz.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

from briefing.analyze.data import gazetteer, lexicon, lower_words
from briefing.analyze.entities.context import common_words, geo_places

OUT = Path(__file__).resolve().parent.parent / "briefing" / "analyze" / "data" / "given_names.txt.gz"
OUT_ENGLISH = OUT.with_name("given_names_english.txt.gz")
OUT_PLACES = OUT.with_name("given_names_places.txt.gz")
OUT_SURNAMES = OUT.with_name("surnames_english.txt.gz")
ENGLISH_SHARE = 0.005  # per cent of the people of one sex: past the rarer ones ("Soon", "Long")


def main(folder: Path) -> None:
    names: set[str] = set()
    share: dict[str, float] = {}  # name -> its larger share of the women's or the men's, in %
    for f in ("dist.female.first", "dist.male.first"):
        for line in (folder / f).read_text(encoding="ascii").splitlines():
            word, freq = (line.split() + ["0"])[:2]
            if word.isalpha():
                names.add(word.capitalize())
                share[word.capitalize()] = max(share.get(word.capitalize(), 0.0), float(freq))
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
    # the common names that are English words too ("Rose", "Warren", "Grant"): read as a given
    # name only before a surname no list knows, where a sentence opens ("Rose Tremain said")
    english = sorted(n for n in names if len(n) > 2 and n.lower() in common and n not in listed
                     and n not in known and n not in geo and n.lower() not in particles
                     and share[n] >= ENGLISH_SHARE)
    OUT_ENGLISH.write_bytes(gzip.compress(("\n".join(english) + "\n").encode("utf-8"), mtime=0))
    print(f"{len(english)} names that are English words -> {OUT_ENGLISH}")
    # the common names that are places a list knows ("Chester", "Dallas", "Stuart"): read as a
    # given name only where a sentence opens with one before a common surname and a person's
    # verb ("Chester Brown said")
    places = sorted(n for n in names if len(n) > 2 and n.lower() not in common and n not in listed
                    and (n in geo or n in known) and n.lower() not in particles
                    and share[n] >= ENGLISH_SHARE)
    _write(OUT_PLACES, places, "names that are places")
    # the common surnames that are English words too ("Brown", "Green", "Smith")
    surnames: dict[str, float] = {}
    for line in (folder / "dist.all.last").read_text(encoding="ascii").splitlines():
        word, freq = (line.split() + ["0"])[:2]
        if word.isalpha() and len(word) > 2:
            surnames[word.capitalize()] = float(freq)
    _write(OUT_SURNAMES, sorted(n for n, f in surnames.items() if n.lower() in common
                                and f >= ENGLISH_SHARE), "surnames that are English words")


def _write(out: Path, names: list[str], what: str) -> None:
    out.write_bytes(gzip.compress(("\n".join(names) + "\n").encode("utf-8"), mtime=0))
    print(f"{len(names)} {what} -> {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

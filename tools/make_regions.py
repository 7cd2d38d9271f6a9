"""Build briefing/analyze/data/regions.txt.gz: the names of the world's administrative divisions
(states, provinces, counties, regions: "Hertfordshire", "Tipperary", "Queensland", "Jalisco",
"Sichuan", "Anbar"), from ISO 3166-2 as packaged by pycountry (its data: the Debian iso-codes
project, LGPL-2.1; see data/regions.NOTICE). Run by hand when the list should be refreshed;
pycountry is needed only here, never at run time:

    pip install pycountry && python tools/make_regions.py

Each division is kept under its ISO name and its English name where iso-codes has one
("Bayern" and "Bavaria"), without the words of its type ("Sichuan Sheng" -> "Sichuan"), with
its accents folded too ("Diyālá" -> "Diyala") and an Arabic article dropped ("Al Anbār" ->
"Anbar"). As for the towns (tools/make_geo_places.py), a name is left out when it is a common
English word ("Down", "Mayo", "Centre") or a given name ("Victoria", "Clare"): those are read
from their context, not from a list.
"""

from __future__ import annotations

import gettext
import gzip
import re
import unicodedata
from pathlib import Path

import pycountry  # type: ignore[import-not-found]

from briefing.analyze.data import words
from briefing.analyze.entities.context import common_words

OUT = Path(__file__).resolve().parent.parent / "briefing" / "analyze" / "data" / "regions.txt.gz"
NAME = re.compile(r"[A-ZÀ-ÞĀ-ſ][^\s\d,()/\[\]]*(?: [A-Za-zÀ-ſ'’-][^\s\d,()/\[\]]*){0,3}")
# the words of a division's type that ISO writes after its name (China's, Russia's, Japan's …)
TYPE_WORDS = re.compile(r"(?: (?:Sheng|Shi|Zizhiqu|Tebiexingzhengqu|Zhuangzu|Huizu|Weiwu'er|"
                        r"Zangzu|Menggu|oblast'|kray|avtonomnyy okrug|avtonomnaya oblast'|"
                        r"Respublika|respublika|-ken|-fu|-to|-do))+$")


def _ascii(name: str) -> str:
    """The name with its accents folded ("Diyālá" -> "Diyala"), or itself when a letter has no
    plain form ("Adıyaman" stays: folded it would lose its "ı")."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return folded if folded.isascii() else name


def _forms(name: str) -> set[str]:
    name = re.sub(r"\s*[\[(].*$", "", name).split(",")[0].strip()  # "Wales [Cymru GB-CYM]"
    name = TYPE_WORDS.sub("", name).replace("’", "'")
    out = {name, _ascii(name)}
    for n in list(out):
        if n.startswith(("Al ", "Ad ", "As ", "Ash ", "An ", "Ar ")) and n.count(" ") == 1:
            out.add(n.split(" ", 1)[1])  # "Al Anbar" -> "Anbar"
    return out


def main() -> None:
    english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])
    names: set[str] = set()
    for sub in pycountry.subdivisions:
        names |= _forms(sub.name) | _forms(english.gettext(sub.name))
    common = common_words()
    given = words("first_names")
    stop = words("stop")
    keep = sorted(n for n in names
                  if NAME.fullmatch(n) and len(n) > 2 and n.lower() not in common
                  and n not in given and not any(w in stop for w in n.split()))
    OUT.write_bytes(gzip.compress(("\n".join(keep) + "\n").encode("utf-8"), mtime=0))
    print(f"{len(keep)} names -> {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()

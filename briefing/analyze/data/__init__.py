"""Small word lists shipped with the package, read lazily on first use.

- ``places.txt``, ``orgs.txt``, ``people.txt``: "Canonical | alias | alias" per line;
- ``lexicon.txt``: named sections of words (titles, organisation endings, stop words, first
  names, …).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["gazetteer", "lexicon"]


def _read(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


@cache
def gazetteer(name: str) -> dict[str, str]:
    """Surface form -> canonical name for ``places``, ``orgs`` or ``people``."""
    out: dict[str, str] = {}
    for line in _read(f"{name}.txt").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        forms = [f.strip() for f in line.split("|") if f.strip()]
        canonical = forms[0]
        for form in forms:
            out.setdefault(form, canonical)
    return out


@cache
def lexicon() -> dict[str, frozenset[str]]:
    """Section name -> set of words."""
    sections: dict[str, set[str]] = {}
    current: set[str] | None = None
    for line in _read("lexicon.txt").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], set())
            continue
        if current is not None:
            current.update(line.split())
    return {k: frozenset(v) for k, v in sections.items()}

"""Names folded across reports: each report's canonical name -> one name shared by all of them
(report B's "Modi" is report A's "Narendra Modi")."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from ...model import Entity
from ..data import mapping
from .lexicon import _CONN_ON, _lex


def fold_across(entity_lists: Sequence[tuple[Entity, ...]]) -> dict[str, str]:
    """Each report's canonical name -> one name shared by all reports.

    People fold by surname (and by the short forms of well-known people) onto the fullest name
    any report uses, when that is unambiguous: report B's "Modi" -> report A's "Narendra Modi";
    names of two words or more by the given name's initial and the surname, a familiar form
    read as its formal name ("Bill Ingaldson" -> "William Ingaldson").
    Organisations fold an abbreviation onto a full name whose initials it is, and a one-word name
    onto the only longer name ending in it ("Congress" -> "US Congress"). Every name maps to
    itself unless folded.
    """
    lx = _lex()
    out: dict[str, str] = {}
    by_kind: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for ents in entity_lists:
        for e in ents:
            by_kind[e.kind][e.name] += len(e.mentions) or 1
            out.setdefault(e.name, e.name)
    people = by_kind.get("person", {})
    multi = [n for n in people if len(n.split()) > 1]
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    formal = mapping("nicknames")
    for n in multi:
        words = n.split()
        groups[(formal.get(words[0], words[0])[:1], words[-1])].append(n)
    chosen: dict[tuple[str, str], str] = {}
    for key, names in groups.items():
        best = max(names, key=lambda nm: (people[nm], len(nm)))
        chosen[key] = best
        for nm in names:
            out[nm] = best
    by_last: dict[str, set[str]] = defaultdict(set)
    for key, best in chosen.items():
        by_last[key[1]].add(best)
    for n in people:
        if len(n.split()) > 1:
            continue
        targets = by_last.get(n, set())
        if not targets and n in lx.famous_short:
            fam = lx.famous_short[n]
            targets = {out[m] for m in multi if m == fam or out[m] == fam}
        if len(targets) == 1:
            out[n] = next(iter(targets))
    orgs = by_kind.get("organization", {})
    initials: dict[str, set[str]] = defaultdict(set)
    last_word: dict[str, set[str]] = defaultdict(set)
    for n in orgs:
        words = [w for w in n.split() if w not in _CONN_ON]
        if len(words) > 1:
            initials["".join(w[0] for w in words if w[:1].isupper())].add(n)
            last_word[words[-1]].add(n)
    for n in orgs:
        if " " in n:
            continue
        abbrev = n.replace(".", "")
        cands = initials.get(abbrev, set()) if abbrev.isupper() else set()
        if not cands:
            cands = last_word.get(n, set())
        if len(cands) == 1:
            out[n] = next(iter(cands))
    return out

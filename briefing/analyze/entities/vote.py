"""The vote of an unknown name's mentions: every mention takes one kind, the commonest that the
words around them cast (``context.context_kind``), else what a list says, else a person."""

from __future__ import annotations

from .context import Vote, _is_place, list_neighbours
from .lexicon import _Cand, _Lex


def _vote(unknown: list[tuple[_Cand, tuple[Vote, int]]], text: str, lx: _Lex,
          cands: list[_Cand]) -> None:
    """Every mention of an unknown name takes one kind: the commonest vote among its mentions
    by the words around them ("in Kessaby", "the population of Kessaby", "Kessaby said"), else
    what a list says (a town, a given name), else the weak default (a person)."""
    votes: dict[str, list[dict[Vote, int]]] = {}
    for c, (kind, strength) in unknown:
        v = votes.get(c.name)
        if v is None:
            votes[c.name] = v = [{}, {}, {}]
        d = v[strength]
        d[kind] = d.get(kind, 0) + 1
    winners: dict[str, Vote | None] = {}
    for name, (default, listed, cued) in votes.items():
        d = cued or listed
        if d:
            # the most votes win; on a tie a place or an organisation (their cues are the
            # surer), unless the name is mostly written as a person's (with no cue at all)
            weak = default.get("person", 0)
            best: Vote = max(d, key=lambda k: (d[k], k != "person" if weak < 3 else k == "person"))
            winners[name] = best
        else:
            winners[name] = None
    # a town of the list only ("Palin"), listed beside a person ("McCain and Palin had both
    # spoken"): a person's surname
    listed_towns = {name for name, (_d, listed, cued) in votes.items()
                    if not cued and winners[name] == "place"}
    if listed_towns:
        people: set[str] | None = None  # (the people's names and surnames, once asked)
        for c, _v in unknown:
            if c.name not in listed_towns:
                continue
            beside = [n for n in list_neighbours(text, c) if n is not None]
            if not beside:
                continue
            if people is None:
                people = {w for p in cands if p.kind == "person"
                          for w in (p.name, p.name.rsplit(" ", 1)[-1])}
            if any(n in people or n.rsplit(" ", 1)[-1] in people for n in beside):
                winners[c.name] = "person"  # (maybe after an opener: "Later Varley")
    for c, (kind, _strength) in unknown:
        voted: Vote = winners[c.name] or kind
        c.kind = "unknown" if voted == "thing" else voted  # a thing: no entity
        c.canonical = c.name
    # a name no word decided, listed with one now known to be a place ("Vasselle, Petit
    # Korro, Kessel Dunaan"): a place too, along the list
    undecided = [c for c, _v in unknown if c.kind == "person" and winners[c.name] is None]
    if undecided:
        places = {c.name for c, _v in unknown if c.kind == "place"}
        neighbours = [(c, *list_neighbours(text, c)) for c in undecided]

        def is_place(name: str | None) -> bool:
            return name is not None and (name in places or _is_place(name, lx))

        for _ in range(3):
            found = {c.name for c, before, after in neighbours if is_place(before) or is_place(after)}
            if not found:
                break
            for c, _b, _a in neighbours:
                if c.name in found:
                    c.kind = "place"
            places |= found
            neighbours = [x for x in neighbours if x[0].name not in found]

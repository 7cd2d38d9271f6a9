"""The facts and the entities of a report, built from its resolved candidates."""

from __future__ import annotations

from typing import Any

from ...model import Entity, EntityKind, Fact, Span
from .lexicon import _Cand


def facts_and_entities(cands: list[_Cand], text: str, entities: bool = True
                       ) -> tuple[tuple[Fact, ...], tuple[Entity, ...]]:
    """A fact for each candidate that names a person, an organisation or a place (``cands`` in
    the report's order; of overlapping ones the first, but a place nested in an organisation's
    name), and (unless not ``entities``: none are built) an entity for each kind and canonical
    name, with its mentions and the other ways the report writes it (titled forms first met)."""
    facts: list[Any] = []  # (of ``Fact``: see ``_FactShape``)
    append = facts.append
    # (the facts and mentions are made field by field in the loop, see ``_FactShape``: a call
    # for each was a tenth of this function's time)
    fact_shape, span_shape, set_class = _FactShape, _SpanShape, setattr
    # (kind, canonical) -> the mentions, and the aliases met so far (a dict: in the order met)
    groups: dict[tuple[EntityKind, str], tuple[list[Any], dict[str, None]]] = {}
    last_end = -1
    outer: EntityKind | None = None
    for c in cands:
        fact_kind = c.kind
        canonical = c.canonical
        # still pending or unknown: no name
        if (fact_kind != "person" and fact_kind != "organization" and fact_kind != "place") \
                or not canonical or (
                fact_kind == "person" and len(canonical) < 12 and _initials_only(canonical)
                and not _initials_of_someone(canonical, cands)):
            continue  # (nor a person named by initials alone, "D", "D. A.", "S. F", unless
            # the report names someone in full with them: "O. J. Simpson … O. J.")
        start = c.start
        end = c.end
        if start < last_end:  # overlapping candidates: keep the first (longest by construction)
            # ... but a place inside an organisation's name is a fact too ("Iowa" in "Iowa
            # State University"), nested in it
            if not (fact_kind == "place" and outer == "organization" and end <= last_end):
                continue
        else:
            last_end = end
            outer = fact_kind
        surface = text[start:end]
        f = fact_shape()  # Fact(fact_kind, surface, start, end, canonical)
        f.kind = fact_kind
        f.text = surface
        f.start = start
        f.end = end
        f.value = canonical
        set_class(f, "__class__", Fact)
        append(f)
        if not entities:
            continue
        group = groups.get((fact_kind, canonical))
        if group is None:
            groups[(fact_kind, canonical)] = group = ([], {})
        m = span_shape()  # Span(surface, start, end)
        m.text = surface
        m.start = start
        m.end = end
        set_class(m, "__class__", Span)
        group[0].append(m)
        aliases = group[1]
        if c.titled:
            aliases[c.titled] = None
        aliases[surface] = None
    out: list[Any] = []  # (of ``Entity``)
    entity_shape = _EntityShape
    for (ent_kind, name), (mentions, aliases) in groups.items():
        aliases.pop(name, None)
        entity = entity_shape()  # Entity(ent_kind, name, aliases, mentions), see _FactShape
        entity.kind = ent_kind
        entity.name = name
        entity.aliases = tuple(aliases)
        entity.mentions = tuple(mentions)
        set_class(entity, "__class__", Entity)
        out.append(entity)
    return tuple(facts), tuple(out)


def _initials_only(name: str) -> bool:
    """A name of initials alone ("D", "D. A.", "O. A. C")?"""
    return len(name) < 12 and all(len(w) == 1 or (len(w) == 2 and w[1] == ".")
                                  for w in name.split())


def _initials_of_someone(name: str, cands: list[_Cand]) -> bool:
    """Do these initials open the name of a person the report names in full?"""
    return any(c.kind == "person" and len(c.name) > len(name) and c.name.startswith(name)
               for c in cands)


# The facts, mentions and entities of a report are built as instances of plain classes of
# the same slots as ``Fact``, ``Span`` and ``Entity``, their fields set as
# any object's, and then given their class: the same objects as ``Fact(...)``, ``Span(...)`` and
# ``Entity(...)`` (a frozen dataclass's own ``__init__`` sets each field through
# ``object.__setattr__``, and so did the slots' setters that this replaces: each such call was
# some 500 instructions, the most of this function's time; a report makes thousands). Every
# field is set, as ``__init__`` would.
class _FactShape:
    __slots__ = ("end", "kind", "start", "text", "value")
    kind: str
    text: str
    start: int
    end: int
    value: object


class _SpanShape:
    __slots__ = ("end", "start", "text")
    text: str
    start: int
    end: int


class _EntityShape:
    __slots__ = ("aliases", "kind", "mentions", "name")
    kind: str
    name: str
    aliases: tuple[str, ...]
    mentions: tuple[Span, ...]


for _shape, _cls in ((_FactShape, Fact), (_SpanShape, Span), (_EntityShape, Entity)):
    # (``__class__`` may be set only between classes of the same slots; Python lays them out in
    # the order of their names, whatever the order written)
    assert sorted(_shape.__slots__) == sorted(_cls.__slots__) == sorted(_cls.__dataclass_fields__)

"""The facts and the entities of a report, built from its resolved candidates."""

from __future__ import annotations

from ...model import Entity, EntityKind, Fact, Span
from .lexicon import _Cand


def facts_and_entities(cands: list[_Cand], text: str, entities: bool = True
                       ) -> tuple[tuple[Fact, ...], tuple[Entity, ...]]:
    """A fact for each candidate that names a person, an organisation or a place (``cands`` in
    the report's order; of overlapping ones the first, but a place nested in an organisation's
    name), and (unless not ``entities``: none are built) an entity for each kind and canonical
    name, with its mentions and the other ways the report writes it (titled forms first met)."""
    facts: list[Fact] = []
    append = facts.append
    # (the facts and mentions are made slot by slot, see ``_FACT_SET``, in the loop: a call
    # for each was a tenth of this function's time)
    new = _new
    fact_kind_, fact_text, fact_start, fact_end, fact_value = _FACT_SET
    span_text, span_start, span_end = _SPAN_SET
    # (kind, canonical) -> the mentions, and the aliases met so far (a dict: in the order met)
    groups: dict[tuple[EntityKind, str], tuple[list[Span], dict[str, None]]] = {}
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
        f = new(Fact)  # Fact(fact_kind, surface, start, end, canonical)
        fact_kind_(f, fact_kind)
        fact_text(f, surface)
        fact_start(f, start)
        fact_end(f, end)
        fact_value(f, canonical)
        append(f)
        if not entities:
            continue
        group = groups.get((fact_kind, canonical))
        if group is None:
            groups[(fact_kind, canonical)] = group = ([], {})
        m = new(Span)  # Span(surface, start, end)
        span_text(m, surface)
        span_start(m, start)
        span_end(m, end)
        group[0].append(m)
        aliases = group[1]
        if c.titled:
            aliases[c.titled] = None
        aliases[surface] = None
    out = []
    set_kind, set_name, set_aliases, set_mentions = _ENTITY_SET
    for (ent_kind, name), (mentions, aliases) in groups.items():
        aliases.pop(name, None)
        entity = _new(Entity)  # Entity(ent_kind, name, aliases, mentions), see _fact
        set_kind(entity, ent_kind)
        set_name(entity, name)
        set_aliases(entity, tuple(aliases))
        set_mentions(entity, tuple(mentions))
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


# The facts, mentions and entities of a report, built with their slots set directly: the same
# objects as ``Fact(...)``, ``Span(...)`` and ``Entity(...)`` (a frozen dataclass's own
# ``__init__`` sets each field through ``object.__setattr__``, nearly twice as slow, and a report
# makes thousands). Every field is given, in the order of the class's fields.
_new = object.__new__
_FACT_SET = tuple(getattr(Fact, f).__set__ for f in ("kind", "text", "start", "end", "value"))
_SPAN_SET = tuple(getattr(Span, f).__set__ for f in ("text", "start", "end"))
_ENTITY_SET = tuple(getattr(Entity, f).__set__ for f in ("kind", "name", "aliases", "mentions"))

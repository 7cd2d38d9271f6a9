"""Build the coverage of many reports of one event: who reports what, where they disagree.

``build_coverage(analyses)`` is pure and takes the analyses of the reports (any number):

1. Reports with the same text (up to white space) are one source; the copies are named.
2. People, organisations and places become one row each, their names folded across the
   reports with ``analyze.entities.fold_across`` ("Reyes" = "Carla Reyes", "ACC" = "Andes
   Copper Corporation"). An organisation that is the outlet itself ("(Reuters) -") is no fact.
3. Numbers, percentages and money are grouped by what they count (``counting.read_count``):
   one row per "miners trapped", whatever value each outlet gives; a figure nothing says
   anything about is a row of its own value. Dates are rows by their value.
4. A row is *disputed* when two outlets give values of it that cannot both be right (rounding
   and hedges allowed: "about 1,500" and 1,483 agree). Its readings are ordered by report
   time; when each reading comes from reports later than the one before, the dispute looks
   like an update (a rising toll), otherwise like a contradiction.
5. Quotes are grouped across the reports (``quotes.quote_rows``).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import combinations, pairwise
from typing import Any

from ..model import Analysis, FactKind
from .counting import Counted, SentenceIndex, agree, number_of, read_count, value_key
from .quotes import quote_rows
from .result import ENTITY_KINDS, FIGURE_KINDS, Coverage, Dispute, Mention, Reading, Row, Source, row_order

CONFLICT_RATIO = 10.0  # reports of one time give values of one count at most this far apart


def build_coverage(analyses: Sequence[Analysis]) -> Coverage:
    """Who reports what among ``analyses``, and where they disagree."""
    kept, sources, notes = _sources(analyses)
    if not kept:
        return Coverage((), notes=("no reports",))
    names = _folded_names(kept)
    facts: list[Row] = []
    facts += _entity_rows(kept, sources, names)
    figure_rows, disputes = _figure_rows(kept, sources)
    facts += figure_rows
    facts += _date_rows(kept)
    quotes = quote_rows([(s, q, names.get(q.speaker, q.speaker) if q.speaker else None)
                         for s, an in enumerate(kept) for q in an.quotes])
    for s, an in enumerate(kept):
        if not an.facts and not an.quotes:
            notes.append(f"{sources[s].source} ({sources[s].path}): no facts or quotes found")
        language = getattr(an.article, "language", None)
        if isinstance(language, str) and language and not language.startswith("en"):
            notes.append(f"{sources[s].source} is in another language ({language}): "
                         "its facts may be missed")
    if len(kept) == 1:
        notes.append("one source: nothing to compare it with")
    return Coverage(tuple(sources), tuple(sorted(facts, key=row_order)), tuple(disputes),
                    tuple(quotes), tuple(notes))


# --- sources --------------------------------------------------------------------------------------


def _sources(analyses: Sequence[Analysis]) -> tuple[list[Analysis], list[Source], list[str]]:
    kept: list[Analysis] = []
    first: dict[str, int] = {}
    copies: dict[int, list[str]] = defaultdict(list)
    notes: list[str] = []
    for an in analyses:
        digest = hashlib.blake2b(" ".join(an.article.text.split()).encode("utf-8", "replace"),
                                 digest_size=16).hexdigest()
        if digest in first:
            copies[first[digest]].append(an.article.path)
            continue
        first[digest] = len(kept)
        kept.append(an)
    for k, paths in copies.items():
        shown = ", ".join(paths[:3]) + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")
        notes.append(f"{shown} {'has' if len(paths) == 1 else 'have'} the same text as "
                     f"{kept[k].article.path}: counted as one source")
    originals = {id(an): n for n, an in enumerate(analyses)}
    sources = [Source(originals[id(an)], an.article.path, an.article.source, an.article.title,
                      an.article.date, tuple(copies.get(k, ()))) for k, an in enumerate(kept)]
    return kept, sources, notes


def _folded_names(kept: list[Analysis]) -> dict[str, str]:
    from ..analyze.entities import fold_across

    return fold_across([an.entities for an in kept])


# --- people, organisations, places ----------------------------------------------------------------


def _entity_rows(kept: list[Analysis], sources: list[Source], names: dict[str, str]) -> list[Row]:
    mentions: dict[tuple[FactKind, str], list[Mention]] = defaultdict(list)
    label: dict[tuple[FactKind, str], str] = {}
    for s, an in enumerate(kept):
        outer_end = -1
        for f in an.facts:
            if f.kind not in ENTITY_KINDS:
                continue
            if f.end <= outer_end:  # a place inside an organisation's name ("Iowa" in "Iowa
                continue  # State University"): part of that name, not a fact the outlet carries
            outer_end = f.end
            name = f.value if isinstance(f.value, str) and f.value else f.text
            name = names.get(name, name)
            if f.kind == "organization" and _names_outlet(name, sources[s].source):
                continue
            key = (f.kind, name.casefold())
            label.setdefault(key, name)
            mentions[key].append(Mention(s, f.text, f.start, f.end))
    rows = []
    for key, ms in mentions.items():
        name = label[key]
        aliases = tuple(dict.fromkeys(m.text for m in ms if m.text != name))
        rows.append(Row(key[0], name, name, _sources_of(ms), _ordered(ms), aliases=aliases))
    return rows


def _names_outlet(name: str, outlet: str) -> bool:
    """Whether an organisation is the outlet that wrote the report ("Reuters" in "(Reuters) -",
    "Associated Press" in an AP report)."""
    n, o = name.casefold(), outlet.casefold()
    if not o:
        return False
    initials = "".join(w[0] for w in name.split() if w[:1].isalpha()).casefold()
    return n == o or initials == o or f" {n} " in f" {o} " or f" {o} " in f" {n} "


def _sources_of(ms: list[Mention]) -> tuple[int, ...]:
    return tuple(sorted({m.source for m in ms}))


def _ordered(ms: list[Mention]) -> tuple[Mention, ...]:
    return tuple(sorted(ms, key=lambda m: (m.source, m.start, m.end)))


# --- figures ----------------------------------------------------------------------------------------


class _Fig:
    __slots__ = ("counted", "fact", "mention", "source", "x")

    def __init__(self, source: int, fact: Any, counted: Counted, text: str) -> None:
        self.source = source
        self.fact = fact
        self.counted = counted
        start = counted.hedge_start
        self.x = number_of(fact)
        written = text[start:fact.end]
        shown = ""
        if self.x is not None and not any(ch.isdigit() for ch in fact.text):
            shown = text[start:fact.start] + _figure(self.x)  # "Twelve" -> "12"
        self.mention = Mention(source, written, start, fact.end, shown)


def _figure(x: float) -> str:
    return f"{int(x):,}" if x == int(x) and abs(x) < 1e15 else f"{x:,.6g}"


def _figure_rows(kept: list[Analysis], sources: list[Source]) -> tuple[list[Row], list[Dispute]]:
    counted: list[_Fig] = []
    plain: dict[Any, list[_Fig]] = defaultdict(list)
    for s, an in enumerate(kept):
        text = an.article.text
        index = SentenceIndex(an.sentences)
        for f in an.facts:
            if f.kind not in FIGURE_KINDS:
                continue
            fig = _Fig(s, f, read_count(text, f, index.at(f.start)), text)
            if fig.counted.label and fig.x is not None:
                counted.append(fig)
            else:
                plain[value_key(f)].append(fig)
    rows: list[Row] = []
    disputes: list[Dispute] = []
    for group in _by_what_they_count(counted):
        row, dispute = _count_row(group, sources)
        rows.append(row)
        if dispute is not None:
            disputes.append(dispute)
    for figs in plain.values():
        ms = [f.mention for f in figs]
        aliases = tuple(dict.fromkeys(m.text for m in ms[1:] if m.text != ms[0].text))
        rows.append(Row(figs[0].fact.kind, ms[0].text, figs[0].fact.value, _sources_of(ms),
                        _ordered(ms), aliases=aliases, context=figs[0].counted.context))
    disputes.sort(key=lambda d: (-sum(len(r.sources) for r in d.readings), d.about))
    return rows, disputes


def _by_what_they_count(figs: list[_Fig]) -> list[list[_Fig]]:
    """Figures grouped by what they count (see counting.py for the rule)."""
    with_state: dict[tuple[str, str, str | None], list[_Fig]] = defaultdict(list)
    by_noun: dict[tuple[str, str | None], list[_Fig]] = defaultdict(list)
    for f in figs:
        c = f.counted
        if c.state:
            with_state[(f.fact.kind, c.state, c.noun)].append(f)
        else:
            by_noun[(f.fact.kind, c.noun)].append(f)
    # a count with a state but no noun ("the toll rose to 3") joins the one noun of that state
    nouns: dict[tuple[str, str], list[str | None]] = defaultdict(list)
    for kind, state, noun in with_state:
        if noun is not None:
            nouns[(kind, state)].append(noun)
    for (kind, state, noun) in list(with_state):
        known = nouns.get((kind, state), [])
        if noun is None and len(known) == 1:
            with_state[(kind, state, known[0])].extend(with_state.pop((kind, state, None)))
    groups = list(with_state.values())
    for figs_n in by_noun.values():
        groups.extend(_split_by_terms(figs_n))
    return groups


def _split_by_terms(figs: list[_Fig]) -> list[list[_Fig]]:
    """Counts of one noun and no state belong together when two other words near them agree
    ("10 yards on nine carries" and "6 carries for 21 yards" share one: not the same thing)."""
    parent = list(range(len(figs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[tuple[str, str], int] = {}
    for i, f in enumerate(figs):
        for pair in combinations(sorted(f.counted.terms - {f.counted.noun}), 2):
            if pair in seen:
                parent[find(i)] = find(seen[pair])
            else:
                seen[pair] = i
    out: dict[int, list[_Fig]] = defaultdict(list)
    for i, f in enumerate(figs):
        out[find(i)].append(f)
    return list(out.values())


def _count_row(group: list[_Fig], sources: list[Source]) -> tuple[Row, Dispute | None]:
    about = Counter(f.counted.label for f in group).most_common(1)[0][0] or ""
    ms = [f.mention for f in group]
    srcs = _sources_of(ms)
    by_value: dict[Any, list[_Fig]] = defaultdict(list)
    for f in group:
        by_value[value_key(f.fact)].append(f)
    popular = max(by_value.values(), key=lambda fs: (len({f.source for f in fs}), -fs[0].source))
    dispute = _dispute(group, by_value, sources, about)
    row = Row(group[0].fact.kind, about, popular[0].fact.value, srcs, _ordered(ms), about=about,
              disputed=dispute is not None, context=popular[0].counted.context)
    return row, dispute


def _dispute(group: list[_Fig], by_value: dict[Any, list[_Fig]], sources: list[Source],
             about: str) -> Dispute | None:
    """The readings of a count when two outlets give values that cannot both be right."""
    if len(by_value) < 2:
        return None
    stated: dict[int, set[tuple[float, str | None]]] = defaultdict(set)
    for f in group:
        if f.x is not None:
            stated[f.source].add((f.x, f.counted.hedge))
    kinds = {frozenset(v) for v in stated.values()}  # outlets saying the same, compared once
    if not any(not any(agree(x, hx, y, hy) for x, hx in a for y, hy in b)
               for a, b in combinations(list(kinds), 2)):
        return None
    readings = []
    for figs in by_value.values():
        texts = Counter(f.mention.shown or f.mention.text for f in figs)
        srcs = tuple(sorted({f.source for f in figs}))
        dates = sorted(d for d in (sources[s].date for s in srcs) if d)
        readings.append((dates, srcs, Reading(texts.most_common(1)[0][0], figs[0].fact.value, srcs),
                         figs[0].x))
    readings.sort(key=lambda r: (r[0][0] if r[0] else "9999", r[1][0]))
    verdict, trend = "conflict", None
    all_dated = all(len(d) == len(s) for d, s, _, _ in readings)
    if all_dated and all(a[0][-1] < b[0][0] for a, b in pairwise(readings)):
        verdict = "update"
        first, last = readings[0][3], readings[-1][3]
        if first is not None and last is not None and first != last:
            trend = "rises" if last > first else "falls"
    if verdict == "conflict" and not any(
            x is not None and y is not None and not agree(x, None, y, None) and _near(x, y)
            for (_, _, _, x), (_, _, _, y) in combinations(readings, 2)):
        return None  # 2 and 47 "killed" in reports of one day: two different things, not a dispute
    return Dispute(group[0].fact.kind, about, tuple(r[2] for r in readings), verdict, trend)


def _near(x: float, y: float) -> bool:
    """Whether two values are close enough for outlets to disagree about one count."""
    lo, hi = sorted((abs(x), abs(y)))
    return hi <= CONFLICT_RATIO * max(lo, 1.0)


# --- dates ------------------------------------------------------------------------------------------


def _date_rows(kept: list[Analysis]) -> list[Row]:
    by_value: dict[Any, list[Mention]] = defaultdict(list)
    values: dict[Any, Any] = {}
    for s, an in enumerate(kept):
        for f in an.facts:
            if f.kind == "date":
                key = value_key(f)
                values.setdefault(key, f.value)
                by_value[key].append(Mention(s, f.text, f.start, f.end))
    rows = []
    for key, ms in by_value.items():
        aliases = tuple(dict.fromkeys(m.text for m in ms if m.text != ms[0].text))
        rows.append(Row("date", ms[0].text, values[key], _sources_of(ms), _ordered(ms),
                        aliases=aliases))
    return rows

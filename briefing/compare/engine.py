"""``compare(a, b)``: everything the package knows, put together into a Comparison."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..analyze.data import mapping
from ..model import Analysis, Comparison, Fact, FactConflict, Link, Quote, QuoteVariant
from .align import _align, _entity_maps, _sentence_units
from .boilerplate import is_boilerplate
from .conflicts import _conflicts
from .figures import FIGURE_KINDS, _distinct, _figure_identity, _match_facts, is_era
from .places import RESPELT, moved_places
from .places import alike as _alike
from .places import folded as _folded
from .quotes import _quote_pairs, quote_words
from .slots import name_slots
from .tallies import tally_conflicts
from .toll_where import tolls_apart
from .updates import as_update
from .worddiff import _diff_units
from .words import STOPWORDS, _Unit

FOREIGN_SHARE = 0.08  # a report with fewer English stop words than this among its words ...
ENGLISH_SHARE = 0.2  # ... is in another language than one with at least this many


def compare(a: Analysis, b: Analysis) -> Comparison:
    """Align report B against report A: links, new, dropped, facts, quotes and conflicts."""
    names_a, names_b = _entity_maps(a, b)
    ua, fa_per = _sentence_units(a, names_a)
    ub, fb_per = _sentence_units(b, names_b)
    sa, sb = a.sentences, b.sentences
    boiler_a = tuple(i for i, s in enumerate(sa) if is_boilerplate(s.text))
    boiler_b = tuple(j for j, s in enumerate(sb) if is_boilerplate(s.text))
    foreign = _languages_differ(ua, ub) or (
        getattr(a.article, "language", None) != getattr(b.article, "language", None))
    pairs = {} if foreign else _align(ua, ub, set(boiler_a), set(boiler_b))
    links: list[Link] = []
    cache: dict[tuple[Any, Any], list] = {}
    for (i, j) in sorted(pairs):
        if ua[i].key == ub[j].key:
            links.append(Link(i, j, 1.0, "same"))
        else:
            diff = _diff_units(ua[i], sa[i].text, ub[j], sb[j].text, cache)
            links.append(Link(i, j, round(min(pairs[(i, j)], 0.999), 3), "changed", diff))
    linked_a = {i for i, _ in pairs}
    linked_b = {j for _, j in pairs}
    new = tuple(j for j in range(len(sb)) if j not in linked_b and j not in boiler_b)
    dropped = tuple(i for i in range(len(sa)) if i not in linked_a and i not in boiler_a)

    da = _distinct(a.facts, names_a)
    db = _distinct(b.facts, names_b)
    shared, facts_dropped, facts_new = _match_facts(da, db)
    _pair_in_links(shared, facts_dropped, facts_new, [(k.a, k.b) for k in links], fa_per, fb_per)
    changed = [(k.a, k.b) for k in links if k.status == "changed"]
    conflicts, roundings, summed, sums = _conflicts(
        changed, ua, ub, ([s.text for s in sa], [s.text for s in sb]), fa_per, fb_per)
    conflicts += tally_conflicts(changed, sa, sb, fa_per, fb_per)
    renamed, respelt = _renamed(links, ua, ub, fa_per, fb_per, a, b, names_a, names_b)
    moved = moved_places(links, ua, ub, fa_per, fb_per, a, b, names_a, names_b, tolls_apart)
    conflicts = sorted([*conflicts, *renamed, *moved], key=lambda x: (x.a.start, x.a.end, x.b.start, x.b.end))
    if respelt:  # one person whose name the two reports spell two ways: shared, not news
        gone_a = {_folded(fa, names_a) for fa, _ in respelt}
        gone_b = {_folded(fb, names_b) for _, fb in respelt}
        facts_dropped = [f for f in facts_dropped
                         if f.kind != "person" or _folded(f, names_a) not in gone_a]
        facts_new = [f for f in facts_new if f.kind != "person" or _folded(f, names_b) not in gone_b]
        shared.extend(respelt)
    # a fact in a byline is not news; a figure that is the sum of two in the other report's
    # sentence ("25% on top of 25%" and "50%") is not news either, nor one the other report
    # rounds ("2 million" and "2.1 million" barrels a day: shown as figures that agree)
    skip_a = _spans(sa, boiler_a) | {(f.start, f.end) for f in summed[0]} \
        | {(r.a.start, r.a.end) for r in roundings}
    skip_b = _spans(sb, boiler_b) | {(f.start, f.end) for f in summed[1]} \
        | {(r.b.start, r.b.end) for r in roundings}
    # (nor is an era, "the 21st century", "the 1990s": when in history, no figure of the news)
    facts_new = [f for f in facts_new if not _inside(f, skip_b) and not is_era(f, b.article.text)]
    facts_dropped = [f for f in facts_dropped if not _inside(f, skip_a) and not is_era(f, a.article.text)]

    qpairs = _quote_pairs(a.quotes, b.quotes)
    quotes_shared: list[tuple[Quote, Quote]] = []
    variants: list[QuoteVariant] = []
    qa_linked: set[int] = set()
    qb_linked: set[int] = set()
    quote_units: dict[tuple[int, int], _Unit] = {}  # (a quote in several variants: read once)

    def quote_unit(side: int, k: int, q: Quote) -> _Unit:
        if (side, k) not in quote_units:
            quote_units[(side, k)] = _Unit(q.text, q.start)
        return quote_units[(side, k)]

    for i, j, score in qpairs:
        qa_linked.add(i)
        qb_linked.add(j)
        q1, q2 = a.quotes[i], b.quotes[j]
        if score >= 1.0 and quote_words(q1.text) == quote_words(q2.text):
            quotes_shared.append((q1, q2))
        else:
            diff = _diff_units(quote_unit(0, i, q1), q1.text, quote_unit(1, j, q2), q2.text, cache)
            variants.append(QuoteVariant(q1, q2, min(score, 0.999), diff))

    def by_pos(q: Quote) -> tuple[int, int]:
        return q.start, q.end

    return Comparison(
        a=a,
        b=b,
        links=tuple(links),
        new=new,
        dropped=dropped,
        facts_new=tuple(sorted(facts_new, key=_fact_order)),
        facts_dropped=tuple(sorted(facts_dropped, key=_fact_order)),
        facts_shared=tuple(sorted(shared, key=lambda p: (_fact_order(p[0]), _fact_order(p[1])))),
        conflicts=tuple(as_update(x, a, b) for x in conflicts),
        roundings=tuple(roundings),
        sums=tuple(sums),
        boilerplate_a=boiler_a,
        boilerplate_b=boiler_b,
        quotes_new=tuple(sorted((q for j, q in enumerate(b.quotes)
                                 if j not in qb_linked and not _inside(q, skip_b)), key=by_pos)),
        quotes_dropped=tuple(sorted((q for i, q in enumerate(a.quotes)
                                     if i not in qa_linked and not _inside(q, skip_a)), key=by_pos)),
        quotes_shared=tuple(sorted(quotes_shared, key=lambda p: (by_pos(p[0]), by_pos(p[1])))),
        variants=tuple(sorted(variants, key=lambda v: (by_pos(v.a), by_pos(v.b)))),
    )


def _pair_in_links(shared: list[tuple[Fact, Fact]], dropped: list[Fact], new: list[Fact],
                   links: Iterable[tuple[int, int]], fa_per: list[list[Fact]],
                   fb_per: list[list[Fact]]) -> None:
    """A figure left dropped and one left new with the same kind and value, in two linked
    sentences, are one figure that the two reports qualify in their own words ("8% of its
    workforce" and "8 percent of staff", "40 homes" and "40 houses"): shared, not news. Not
    two units of measure ("200 metres" and "200ft")."""
    if not dropped or not new:
        return
    left_a = {(f.start, f.end, f.kind): f for f in dropped if f.kind in FIGURE_KINDS}
    left_b = {(f.start, f.end, f.kind): f for f in new if f.kind in FIGURE_KINDS}
    for i, j in links:
        for fa in fa_per[i]:
            if (fa.start, fa.end, fa.kind) not in left_a:
                continue
            ka = _figure_identity(fa)
            fb = next((f for f in fb_per[j] if (f.start, f.end, f.kind) in left_b
                       and _figure_identity(f)[:2] == ka[:2]
                       and not _two_units(ka[2], _figure_identity(f)[2])), None)
            if fb is None:
                continue
            del left_a[(fa.start, fa.end, fa.kind)], left_b[(fb.start, fb.end, fb.kind)]
            dropped.remove(fa)
            new.remove(fb)
            shared.append((fa, fb))


def _renamed(links: Iterable[Link], ua: list[_Unit], ub: list[_Unit], fa_per: list[list[Fact]],
             fb_per: list[list[Fact]], a: Analysis, b: Analysis, names_a: dict[str, str],
             names_b: dict[str, str]) -> tuple[list[FactConflict], list[tuple[Fact, Fact]]]:
    """People the two reports name differently in one place of a statement: (disagreements on
    a name, "police spokesman Jussi Niemi said" and "police spokesman Matti Niemi said"; one
    name spelt two ways, "Duncan Rait" and "Duncan Raite", "Yiannis" and "Giannis"). Neither
    when each report names both people somewhere (two people, each saying their part)."""
    people_a = {_folded(f, names_a) for f in a.facts if f.kind == "person"}
    people_b = {_folded(f, names_b) for f in b.facts if f.kind == "person"}
    out: list[FactConflict] = []
    respelt: list[tuple[Fact, Fact]] = []
    for k in links:
        if k.status != "changed":
            continue
        for fa, fb, word in name_slots(ua[k.a], ub[k.b], fa_per[k.a], fb_per[k.b]):
            na, nb = _folded(fa, names_a), _folded(fb, names_b)
            if na == nb or na in people_b or nb in people_a:
                continue
            if max(_alike(na, nb), _alike(fa.text.casefold(), fb.text.casefold())) >= RESPELT:
                respelt.append((fa, fb))
            else:
                out.append(FactConflict("person", word or "name", fa, fb))
    return out, respelt


_UNITS = frozenset(u.casefold() for u in mapping("units").values())


def _two_units(qa: str | None, qb: str | None) -> bool:
    """Two units of measure that differ: "200 metres" and "200ft" are two lengths."""
    return qa is not None and qb is not None and qa != qb and qa in _UNITS and qb in _UNITS


def _fact_order(f: Fact) -> tuple[int, int, str]:
    return f.start, f.end, f.kind


def _spans(sentences, indices: Iterable[int]) -> set[tuple[int, int]]:
    return {(sentences[k].start, sentences[k].end) for k in indices}


def _inside(x: Fact | Quote, spans: set[tuple[int, int]]) -> bool:
    return any(lo <= x.start and x.end <= hi for lo, hi in spans)


def _english_share(units: list[_Unit]) -> float:
    words = [w for u in units for w in u.norms if w[:1].isalpha()]
    return sum(1 for w in words if w in STOPWORDS) / len(words) if words else 0.0


def _languages_differ(ua: list[_Unit], ub: list[_Unit]) -> bool:
    """One report reads as English and the other has almost no English function words: their
    shared words are names and look-alikes ("taxes", "finances"), not shared statements."""
    x, y = _english_share(ua), _english_share(ub)
    return (x < FOREIGN_SHARE <= ENGLISH_SHARE <= y) or (y < FOREIGN_SHARE <= ENGLISH_SHARE <= x)

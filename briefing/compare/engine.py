"""``compare(a, b)``: everything the package knows, put together into a Comparison."""

from __future__ import annotations

from typing import Any

from ..model import Analysis, Comparison, Fact, Link, Quote, QuoteVariant
from .align import _align, _entity_maps, _sentence_units
from .figures import _conflicts, _distinct, _match_facts, _stated
from .quotes import _quote_pairs
from .worddiff import _diff_units
from .words import _Unit, normalize_words


def compare(a: Analysis, b: Analysis) -> Comparison:
    """Align report B against report A: links, new, dropped, facts, quotes and conflicts."""
    names_a, names_b = _entity_maps(a, b)
    ua, fa_per = _sentence_units(a, names_a)
    ub, fb_per = _sentence_units(b, names_b)
    pairs = _align(ua, ub)

    sa, sb = a.sentences, b.sentences
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
    new = tuple(j for j in range(len(sb)) if j not in linked_b)
    dropped = tuple(i for i in range(len(sa)) if i not in linked_a)

    da = _distinct(a.facts, names_a)
    db = _distinct(b.facts, names_b)
    shared, facts_dropped, facts_new = _match_facts(da, db)
    conflicts = _conflicts(
        ((k.a, k.b) for k in links if k.status == "changed"), ua, ub,
        ([s.text for s in sa], [s.text for s in sb]), fa_per, fb_per,
        _stated(a.facts), _stated(b.facts))

    qpairs = _quote_pairs(a.quotes, b.quotes)
    quotes_shared: list[tuple[Quote, Quote]] = []
    variants: list[QuoteVariant] = []
    qa_linked: set[int] = set()
    qb_linked: set[int] = set()
    for i, j, score in qpairs:
        qa_linked.add(i)
        qb_linked.add(j)
        q1, q2 = a.quotes[i], b.quotes[j]
        if score >= 1.0 and normalize_words(q1.text) == normalize_words(q2.text):
            quotes_shared.append((q1, q2))
        else:
            diff = _diff_units(_Unit(q1.text, q1.start), q1.text, _Unit(q2.text, q2.start), q2.text,
                               cache)
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
        conflicts=tuple(conflicts),
        quotes_new=tuple(sorted((q for j, q in enumerate(b.quotes) if j not in qb_linked), key=by_pos)),
        quotes_dropped=tuple(sorted((q for i, q in enumerate(a.quotes) if i not in qa_linked), key=by_pos)),
        quotes_shared=tuple(sorted(quotes_shared, key=lambda p: (by_pos(p[0]), by_pos(p[1])))),
        variants=tuple(sorted(variants, key=lambda v: (by_pos(v.a), by_pos(v.b)))),
    )


def _fact_order(f: Fact) -> tuple[int, int, str]:
    return f.start, f.end, f.kind

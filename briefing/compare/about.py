"""What two figures are about (pure): the content words near a figure, and whether those of
two figures say they are about the same thing (``_about``); the figures of a sentence indexed
by what a figure must share with one to be compared with it (``_partners``, ``_asks``)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..analyze.data import mapping, month_abbreviations, months, speech_verbs, weekdays
from ..model import Fact
from .deeds import stance_object
from .figure_read import _Figure
from .figures import _compatible, _qualifier_terms
from .units import convertible, dimension
from .words import _TOKEN, STOPWORDS, _token_terms, _Unit, stem

CONTEXT_WORDS = 4  # words either side of a figure that say what it is about

_CALENDAR = frozenset(stem(w.lower()) for w in (*months(), *weekdays(), *month_abbreviations()))


@dataclass(frozen=True, slots=True)
class _Near:
    term: str
    word: str
    pos: int  # offset in the sentence
    follows: bool  # in the run of content words right after the figure
    before: bool  # before the figure


def _when(facts: Iterable[Fact], g: _Figure) -> tuple[tuple[int, int], ...]:
    """The spans of a sentence's dates, which say when and not what a quantity ``g`` is (for
    ``_near_terms``; none for a date, whose neighbours say what it dates)."""
    return () if g.kind == "date" else tuple((f.start, f.end) for f in facts if f.kind == "date")


def _near_terms(text: str, u: _Unit, f: Fact, when: Sequence[tuple[int, int]] = ()) -> list[_Near]:
    """The content words within ``CONTEXT_WORDS`` words of a figure, nearest first (after before
    before at equal distance); numbers, calendar words and the words of a date (``when``:
    "last year" says when, not what: "$5 million last year") excluded."""
    lo, hi = f.start - u.start, f.end - u.start
    tokens = u.tokens

    def is_dated(n: int) -> bool:
        s, e = tokens[n]
        return any(w0 <= u.start + s and u.start + e <= w1 for w0, w1 in when)

    # (the words either side found by bisection: the tokens are in order and do not overlap,
    # so their ends are in order too; linear in the words near the figure, not in the sentence)
    ends = u.ends
    before: list[int] = []
    n = bisect_right(ends, lo) - 1  # the last token that ends at or before the figure
    while n >= 0 and len(before) < CONTEXT_WORDS:
        if not (when and is_dated(n)):
            before.append(n)
        n -= 1
    before.reverse()
    first = bisect_left(u.starts, hi)
    after = list(range(first, min(first + CONTEXT_WORDS, len(tokens))))
    dated = {n for n in after if is_dated(n)} if when else set()
    follows: set[int] = set()
    prev_end = hi
    for n in after:  # the run right after: no stop word, no punctuation in between
        if n in dated:
            break
        s, e = u.tokens[n]
        terms = [t for t in _token_terms(text[s:e]) if t[0] not in "#=" and t not in _CALENDAR]
        if not terms or text[prev_end:s].strip():
            break
        follows.add(n)
        prev_end = e
    after = [n for n in after if n not in dated]
    order = sorted([(d, 0, n) for d, n in enumerate(after)]
                   + [(d, 1, n) for d, n in enumerate(reversed(before))])
    out: list[_Near] = []
    for _, _, n in order:
        s, e = u.tokens[n]
        word = text[s:e]
        for t in _token_terms(word):
            if t[0] in "#=" or t == "percent" or t in _CALENDAR or any(t == o.term for o in out):
                continue
            out.append(_Near(t, word, s, n in follows, e <= lo))
    return out


def _plain(c: _Near) -> bool:
    """A word in lower case, or opening its sentence: no name."""
    return c.word[:1].islower() or c.pos == 0


def _about(kind: str, qa: str | None, qb: str | None, ctx_a: list[_Near],
           ctx_b: list[_Near]) -> str | None:
    """What two figures are both about, or None when nothing says they are about the same thing.

    Both qualified (what a percent is of, a number's unit): the qualifiers must agree. One
    qualified: one of the two words nearest the other figure must name it. Neither: the two
    neighbourhoods must share a content word (for dates, a word that is no name among the two
    nearest before each). (Symmetric: swapping A and B gives the same answer.)"""
    if qa is not None and qb is not None:
        return qa if _compatible(qa, qb) or convertible(qa, qb) else None
    terms_b = {c.term for c in ctx_b}
    # a unit on one side: the other figure's own words name it ("a magnitude 6.1 quake" and
    # "a 5.8-magnitude quake"; not "at one-minute intervals the 180 riders")
    if qa is not None and _qualifier_terms(qa) & {c.term for c in ctx_b[:2]}:
        return qa
    if qb is not None and _qualifier_terms(qb) & {c.term for c in ctx_a[:2]}:
        return qb
    if qa is not None or qb is not None:
        return None  # "30 miles at speeds of up to 120" and "speeds reached 120 mph"
    if kind == "date":
        # what a date dates comes before it, in both reports: "fired last week" and "said
        # Wednesday during the man's arraignment" date two events, whatever words they share
        # … among the two words nearest before each, and no name ("Alabama in 1990" and
        # "Alabama in 2002" date two things done there)
        before_a = [c for c in ctx_a if c.before]
        before_b = [c for c in ctx_b if c.before]
        close_b = {c.term for c in before_b[:2] if _plain(c)}
        close_a = {c.term for c in before_a[:2] if _plain(c)}
        if not any(c.term in close_b and _plain(c) for c in before_a[:2]):
            return None
        if before_a[0].term not in close_b and before_b[0].term not in close_a:
            return None  # (nor when the word right before each is another's: "the talks began
            # on March 3" and "the talks will end on March 6" date two things)
        terms_b = {c.term for c in before_b}
        near = [c for c in before_a if c.term in terms_b]
    else:
        near = [c for c in ctx_a if c.term in terms_b]  # nearest first
    if not near:
        return None
    if kind != "date" and any(c.follows for c in near):
        # what a quantity counts comes right after it: "$45.8 billion goods trade deficit"
        chosen = [c for c in ctx_a if c.follows][:3]
    else:
        # what a date dates comes before it: "took effect on August 27"
        chosen = ([c for c in near if c.before] or near)[:3]
    return " ".join(c.word for c in sorted(chosen, key=lambda c: c.pos))


_Ask = tuple[str, str, str]


def _partners(figs_b: Sequence[_Figure], ctx_b: Sequence[list[_Near]]) -> dict[_Ask, list[int]]:
    """The figures of B's sentence by what a figure of A must share with one to be compared
    with it in the loop of ``_conflicts`` (``_asks``): a toll, a named measure, a unit, a
    word near it, a deed done to what it counts. (So that a sentence of any length is not
    compared figure by figure.)"""
    out: dict[_Ask, list[int]] = defaultdict(list)
    for n, (gb, near) in enumerate(zip(figs_b, ctx_b)):
        keys: set[tuple[str, str]] = set()
        if gb.toll:
            keys.add(("toll", gb.toll))  # (a toll is compared with a toll only)
        else:
            if gb.measure:
                keys.add(("measure", gb.measure))
            if gb.qual:
                keys.add(("unit", gb.qual))
                keys.update(("unit term", t) for t in _qualifier_terms(gb.qual))
                if dimension(gb.qual):
                    keys.add(("dimension", dimension(gb.qual) or ""))
                keys.update(("named near", t) for t in _qualifier_terms(gb.qual))
            else:
                keys.update(("near", c.term) for c in near)
                keys.update(("names unit", c.term) for c in near[:2])
                if gb.acts and (gb.counts or gb.kind == "money"):
                    keys.add(("deed", _deed_key(gb)))
            if gb.stance:
                keys.add(("stance", gb.stance))
        for k, v in keys:
            out[(gb.kind, k, v)].append(n)
    return out


def _asks(ga: _Figure, ctx_a: list[_Near]) -> list[_Ask]:
    """The keys of ``_partners`` under which a figure of B may be about what ``ga`` is about
    (``_about``, a named measure, a toll): every figure the loop could compare it with."""
    if ga.toll:
        return [(ga.kind, "toll", ga.toll)]
    out: list[_Ask] = [(ga.kind, "measure", ga.measure)] if ga.measure else []
    if ga.qual:
        terms = _qualifier_terms(ga.qual)
        out += [(ga.kind, "unit", ga.qual), *((ga.kind, "unit term", t) for t in terms),
                *((ga.kind, "names unit", t) for t in terms)]
        if dimension(ga.qual):
            out.append((ga.kind, "dimension", dimension(ga.qual) or ""))
    else:
        out += [(ga.kind, "near", c.term) for c in ctx_a]
        out += [(ga.kind, "named near", c.term) for c in ctx_a[:2]]
        if ga.acts and (ga.counts or ga.kind == "money"):
            out.append((ga.kind, "deed", _deed_key(ga)))
    if ga.stance:
        out.append((ga.kind, "stance", ga.stance))
    return out


def _deed_key(g: _Figure) -> str:
    """A deed and what it is done to ("cut job"); for an amount, the deed alone ("spend")."""
    return f"{g.acts} {g.counts}" if g.kind == "number" else str(g.acts)


def counted(ga: _Figure, gb: _Figure, ctx_a: list[_Near]) -> str | None:
    """What two counts of one thing count, in A's words, however each report words it ("4,000
    troops" and "5,000 soldiers": "troops"), or None."""
    if ga.kind != "number" or ga.qual or gb.qual or not ga.counts or ga.counts != gb.counts:
        return None
    # (no word after A's count: the listed noun both count, "workers" of "employs 2,500")
    return next((c.word for c in ctx_a if c.follows), None) \
        or _NOUNS.get(ga.counts)


def one_stance(ga: _Figure, gb: _Figure, text_a: str, ua: _Unit, text_b: str, ub: _Unit) -> str | None:
    """What two shares of one stance are about, when what is near them does not say (one tells
    whom it is a share of, the other not: "62% of residents backed the plan" and "58% support
    the plan"): the stance's verb in A and what both stand on, a content word right after each
    verb ("backed plan"); None when they stand on nothing in common (or two ways)."""
    if ga.kind != "percent" or gb.kind != "percent" or not ga.stance or ga.stance != gb.stance:
        return None
    sa = stance_object(text_a, ga.fact.end - ua.start)
    sb = stance_object(text_b, gb.fact.end - ub.start)
    what = next((t for t in sa[1] if t in sb[1]), None) if sa is not None and sb is not None else None
    return f"{sa[0]} {what}" if sa is not None and what is not None else None


# a listed noun's plural as written ("worker" -> "workers", "child" -> "children")
_NOUNS = {k: next((f for f in v.split() if f != k and f.startswith(k)), k)
          for k, v in mapping("compare_nouns").items()}
_DEED_FORMS = frozenset(f for v in mapping("compare_deeds").values() for f in v.split())


def one_deed(ga: _Figure, gb: _Figure, ctx_a: list[_Near]) -> str | None:
    """What two counts of one listed deed done to one thing count ("destroyed 40 homes" and
    "razed 55 houses": "homes"), or the deed two amounts are of ("will invest $430 billion"
    and "plans to spend $350bn": "invest"), or None: about one thing, whatever other words
    they share."""
    if not ga.acts or ga.acts != gb.acts:
        return None
    if ga.kind == "money":  # ("will invest $430 billion" and "plans to spend $350bn")
        return next((c.word for c in ctx_a if c.before and c.term[:1].isalpha()
                     and c.word.lower() in _DEED_FORMS), ga.acts)
    return counted(ga, gb, ctx_a)


# the speech verb right before a date: "said in 1971", "said last year", "told reporters on"
# (not the reporters: the verb, then at most a preposition)
_SAID_BEFORE = re.compile(r"\b([A-Za-z]+)(?:[^\S\n]+(?:in|on)[^\S\n]+(?:a|an|the|his|her|their|its)"
                          r"(?:[^\S\n]+[\w-]+){1,2})?[^\S\n]+(?:(?:on|in|at|during|earlier|later)[^\S\n]+)?$")
_SPEECH = speech_verbs()
_SPEECH_TERMS = frozenset(stem(w) for w in _SPEECH)


def said_when(text: str, u: _Unit, f: Fact) -> bool:
    """Does the date ``f`` date a saying ("said in 1971", "said last year", "said in a blog
    post on Sept. 18", "wrote in a statement Tuesday")?"""
    lo = f.start - u.start
    m = _SAID_BEFORE.search(text, max(0, lo - 50), lo)
    return m is not None and m.group(1).lower() in _SPEECH


def two_speakers(facts_a: Sequence[Fact], facts_b: Sequence[Fact]) -> bool:
    """Do two sentences name people and no person in common ("Wee said in a blog post on
    Sept. 18" and "Childs said in a blog post Tuesday")? Then the dates of their sayings are
    two people speaking, each on their day."""
    people_a = {str(f.value) for f in facts_a if f.kind == "person"}
    people_b = {str(f.value) for f in facts_b if f.kind == "person"}
    return bool(people_a) and bool(people_b) and not people_a & people_b


def says_only(ua: _Unit, ub: _Unit, facts_a: Sequence[Fact], facts_b: Sequence[Fact]) -> bool:
    """Do two sentences share no word but who speaks and a speech verb ("LaRue said in 1971,
    "I'm no millionaire"" and "LaRue said last year that Nixon had not been told")? Then they
    tell two statements, and the dates of their sayings are two times someone spoke."""
    names = {t for f in (*facts_a, *facts_b) if f.kind in ("person", "organization")
             for tok in _TOKEN.findall(f.text) for t in _token_terms(tok)}
    def speaker(t: str) -> bool:  # (a name's word, or the name: "@larue")
        return t in names or (t[:1] == "@" and any(
            x in names for tok in _TOKEN.findall(t[1:]) for x in _token_terms(tok)))

    return not any(t[:1] not in "#=" and t not in STOPWORDS and t not in _SPEECH_TERMS
                   and not speaker(t) for t in ua.terms & ub.terms)

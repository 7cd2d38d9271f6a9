"""Where two reports disagree: figures about the same thing with values that cannot both be
true. Pure.

Two figures conflict when they are of one kind, count the same thing (what follows a count,
what a percentage is of, the words around them), and their values differ in a way no reading
reconciles. Not conflicts: the same words ("Thursday" and "Thursday", whatever each report's
date makes of them); qualified figures that can both be true ("more than 100" and "up to
120"); a sum ("25% on top of 25%" and "50%"); and a rounding ("roughly 1,500" and "1,483"),
which is kept apart, to be shown quietly.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from ..model import Fact, FactConflict
from .about import (
    _about,
    _asks,
    _near_terms,
    _partners,
    _when,
    counted,
    one_deed,
    one_stance,
    said_when,
    says_only,
    two_speakers,
)
from .ages import two_people
from .date_relations import _dates_disagree, _month_day, _same_day_of_year, _weekday
from .deeds import noun as count_noun
from .deeds import two_deeds
from .figure_read import _Figure, _in_ranges, _ordinal_counts, _read
from .figures import FIGURE_KINDS, _compatible, _figure_identity, is_era
from .slots import same_slot
from .toll_where import at_facility, part_of_running, places_apart, told_of_another_event
from .tolls import toll_pairs, years_told
from .units import converted_relation, convertible, dimension, in_brackets, is_rate
from .words import STOPWORDS, _Unit, normalize_words, stem

ROUNDING = 0.05  # a rounded figure is within this share of the exact one
SUM_REACH = 24  # the two figures of a sum are no further apart than this many figures of a
# sentence (more than any sentence holds; a text without full stops is one "sentence")


def _rounds_to(x: float, y: float) -> bool:
    """True when ``x`` is ``y`` rounded to x's own significant digits (1,500 <- 1,483), and
    close enough to it to be a rounding rather than another figure (100 and 120 are not)."""
    if x == 0 or y == 0 or (x < 0) != (y < 0) or abs(x - y) > ROUNDING * max(abs(x), abs(y)):
        return False
    # (the mantissa's digits: "2e+06" is one significant digit, as "2 million" is)
    digits = len(f"{abs(x):.5e}".split("e")[0].replace(".", "").rstrip("0")) or 1
    mag = math.floor(math.log10(abs(x)))
    step = 10.0 ** (mag - digits + 1)
    return step > 1e-9 and abs(round(y / step) * step - x) < step * 1e-6 and abs(x - y) < step


def _small_counts(fa: _Figure, fb: _Figure) -> bool:
    """Two whole counts under a hundred, neither said to be rough: a report writes such a count
    as it is ("20 countries" and "19 countries" disagree; "about 20" and "19" do not), where a
    big one is often rounded without a word ("1,500 homes" for 1,483), and so is a measure
    ("winds of 40mph")."""
    return fa.kind == fb.kind == "number" and all(
        f.value is not None and float(f.value).is_integer() and abs(f.value) < 100 and not (
            f.qual and (dimension(f.qual) or is_rate(f.qual))) for f in (fa, fb))


def _relation(fa: _Figure, fb: _Figure) -> str | None:
    """"conflict", "rounding", or None (they agree or can both be true)."""
    if fa.main == fb.main or normalize_words(fa.fact.text) == normalize_words(fb.fact.text):
        return None  # the same value, or the same words (a relative date read against two dates)
    if fa.kind == "date":
        if _same_day_of_year(fa.fact, fb.fact):
            return None  # "June 24" and "June 24, 2005": the year of the first was guessed
        day_a, day_b = _month_day(fa.fact), _month_day(fb.fact)
        if day_a and day_b and not (fa.ranged or fb.ranged) and (
                isinstance(fa.fact.value, dict) or isinstance(fb.fact.value, dict)):
            # "March 3" and "March 4" in a report no date places: two days, whatever the year
            return "conflict" if day_a != day_b else None
        if _weekday(fa.fact) and _weekday(fb.fact):  # "on Tuesday" and "on Wednesday"
            return "conflict" if not (fa.ranged or fb.ranged) \
                and _weekday(fa.fact) != _weekday(fb.fact) else None
        return "conflict" if _dates_disagree(fa.fact, fb.fact) else None
    if fa.value is None or fb.value is None or fa.change != fb.change:
        return None  # (the size of a change and a level: "by 0.5 points", "to 4.5%")
    if fa.scope is not None and fb.scope is not None and fa.scope != fb.scope \
            and not _one_place(fa.scope, fb.scope):
        return None  # "in the province" and "across Asia": two counts, both true (not "in
        # the US" and "in the United States": one place)
    if (fa.per is None) != (fb.per is None):
        return None  # a rate and a total: "5.2 yards a carry" and "63 yards"
    if fa.kind == "money" and _currency(fa.fact) != _currency(fb.fact):
        return None  # "£88m" and "103 million euros": no rate says they differ
    if fa.kind == "number" and fa.qual and fb.qual and fa.qual != fb.qual \
            and (dimension(fa.qual) or dimension(fb.qual) or is_rate(fa.qual) or is_rate(fb.qual)):
        # "30C" and "86F" agree, "31C" and "87F" (30.6C) are a rounding; "55 mph" and "55
        # miles", "12 km" and "12 people", "200,000 barrels a day" and "300,000 barrels" (or
        # "a year") are two measures
        return converted_relation(fa, fb) if convertible(fa.qual, fb.qual) else None
    if fa.approx or fb.approx:
        if fa.low <= fb.high and fb.low <= fa.high:
            return "rounding"
    elif fa.low == fa.high and fb.low == fb.high and not _small_counts(fa, fb) and (
            _rounds_to(fa.value, fb.value) or _rounds_to(fb.value, fa.value)):
        return "rounding"
    if (fa.ranged or fb.ranged) and fa.low <= fb.high and fb.low <= fa.high:
        return None  # "4-6 weeks" and "six weeks"
    same_way = (fa.low, fa.high) != (fa.value, fa.value) and fb.low != fb.high and (
        (fa.high == math.inf) == (fb.high == math.inf) and (fa.low == 0) == (fb.low == 0))
    # (two bounds alike; not "nearly 30 hours" and "29 hours", which agree)
    if fa.toll and fa.toll == fb.toll and ((_bound(fa) and fb.low == fb.high)
                                            or (_bound(fb) and fa.low == fa.high)):
        # "at least 12 killed" and "the toll rose to 15": a toll's "at least" is the count of
        # the dead found so far, and the other report's count is another
        return "rounding" if _rounds_to(fa.value, fb.value) or _rounds_to(fb.value, fa.value) \
            else "conflict"
    if fa.low <= fb.high and fb.low <= fa.high and (fa.low != fa.high or fb.low != fb.high) \
            and not same_way:
        return None  # "more than 100" and "up to 120" can both be true; "at least 672" and
        # "at least 1,204" are one count, updated
    return "conflict"


_THE = re.compile(r"^the\s+")


def _one_place(x: str, y: str) -> bool:
    """One place written two ways where a figure holds: "the US" and "the United States", "the
    U.K." and "the UK" (letters or initials; not two names alike, "Austria" and "Australia")."""
    x, y = _THE.sub("", x), _THE.sub("", y)
    lx, ly = "".join(filter(str.isalpha, x)), "".join(filter(str.isalpha, y))
    return lx == ly or ly == "".join(w[:1] for w in x.split()) or lx == "".join(w[:1] for w in y.split())


def _bound(g: _Figure) -> bool:
    """A lower bound: "at least 12", "more than 100"."""
    return g.high == math.inf and g.low == g.value


def _currency(f: Fact) -> str:
    return str(f.value.get("currency") or "") if isinstance(f.value, dict) else ""


_ADDING = re.compile(r"\b(?:on top of|in addition to|additional|extra|plus|another|further|"
                     r"added to|doubl\w*|rais\w* (?:it|them|the \w+) to|bringing)\b", re.IGNORECASE)


def _sums(figs: Sequence[_Figure], text: str) -> dict[tuple[str, float], list[Fact]]:
    """(kind, value) of every sum of two figures of one kind in a sentence that adds them up
    ("a 25% penalty on top of 25% tariffs" makes 50%) -> the two figures."""
    out: dict[tuple[str, float], list[Fact]] = {}
    if not _ADDING.search(text):
        return out
    for n, x in enumerate(figs):
        for y in figs[n + 1:n + 1 + SUM_REACH]:
            if x.kind == y.kind and x.value is not None and y.value is not None:
                out.setdefault((x.kind, round(x.value + y.value, 6)), []).extend((x.fact, y.fact))
    return out


def _stated(figs: Iterable[_Figure]) -> dict[tuple[str, str], list[_Figure]]:
    """(kind, value) -> the figures of a report that state it."""
    out: dict[tuple[str, str], list[_Figure]] = defaultdict(list)
    for g in figs:
        out[(g.kind, g.main)].append(g)
    return out


def _also_stated(stated: dict[tuple[str, str], list[_Figure]], g: _Figure) -> bool:
    """The other report states this value too, about the same thing (so "four rescuers" in B
    does not excuse "four miners" in A when B says five miners; "$334 million for SeaMicro"
    does excuse "a $334 million deal": a function word after a figure names nothing)."""
    for other in stated.get((g.kind, g.main), ()):
        if other.was and not g.was:
            continue  # ("the toll rose from 12 to 15": its 12 was, and B's 12 is out of date)
        qa, qb = _figure_identity(g.fact)[2], _figure_identity(other.fact)[2]
        if not _compatible(qa, qb) or (g.toll and other.toll and g.toll != other.toll):
            continue  # (nor do "five people died" excuse "injuring at least five people")
        if (qa is not None and qb is not None) or g.counts is None or other.counts is None \
                or g.counts == other.counts or g.counts in STOPWORDS or other.counts in STOPWORDS \
                or g.around & other.around:
            return True  # (a unit says what it is: "10 kilometres", "10 km"; the same word
            # around both: "magnitude 6.7 earthquake" and "6.7 magnitude quake")
    return False


def _conflicts(links: Iterable[tuple[int, int]], ua: list[_Unit], ub: list[_Unit],
               texts: tuple[list[str], list[str]], fa_per: list[list[Fact]],
               fb_per: list[list[Fact]]
               ) -> tuple[list[FactConflict], list[FactConflict], tuple[list[Fact], list[Fact]],
                          list[FactConflict]]:
    """(conflicts, roundings, summed, sums): figures about the same thing whose values cannot
    both be true, first within linked sentences, then counts of the same thing across the two
    reports; the figures that differ only by rounding; the figures of A and of B that are a
    sum of two figures in a sentence of the other report, or one of the two; and those sums
    (``a_reading``/``b_reading`` "25% + 25%" on the side of the parts)."""
    # (an era, "the 21st century", "the 1990s", is no figure to compare: ``is_era``)
    read_a = [in_brackets(_in_ranges([_read(f, texts[0][i], ua[i]) for f in fs if f.kind in FIGURE_KINDS
                                      and not is_era(f, texts[0][i], ua[i].start)],
                                     texts[0][i], ua[i]), texts[0][i], ua[i].start)
              for i, fs in enumerate(fa_per)]
    read_b = [in_brackets(_in_ranges([_read(f, texts[1][j], ub[j]) for f in fs if f.kind in FIGURE_KINDS
                                      and not is_era(f, texts[1][j], ub[j].start)],
                                     texts[1][j], ub[j]), texts[1][j], ub[j].start)
              for j, fs in enumerate(fb_per)]
    stated_a = _stated(g for gs in read_a for g in gs)
    stated_b = _stated(g for gs in read_b for g in gs)
    out: dict[tuple[int, int, int, int], FactConflict] = {}
    rounded: dict[tuple[int, int, int, int], FactConflict] = {}
    done_a: set[tuple[int, int]] = set()
    done_b: set[tuple[int, int]] = set()
    summed: tuple[list[Fact], list[Fact]] = ([], [])
    adds: dict[tuple[int, int, int, str, str], FactConflict] = {}

    told: dict[tuple[int, int, int, int], tuple[str, str, str, str | None]] = {}

    def add(fa: _Figure, fb: _Figure, about: str, relation: str) -> None:
        key = (fa.fact.start, fa.fact.end, fb.fact.start, fb.fact.end)
        target = out if relation == "conflict" else rounded
        target.setdefault(key, FactConflict(fa.kind, about, fa.fact, fb.fact, fa.reading, fb.reading))
        told.setdefault(key, (fa.kind, fa.main, fb.main, fa.toll or fb.toll))
        done_a.add(key[:2])
        done_b.add(key[2:])

    several = (_counted_values(read_a), _counted_values(read_b))
    for i, j in links:
        figs_a = [g for g in read_a[i] if not g.listed and not _also_stated(stated_b, g)]
        figs_b = [g for g in read_b[j] if not g.listed and not _also_stated(stated_a, g)]
        # (a count before it moved, "rose from 12 to 15", is compared with the other's only
        # when both tell it of one year: "up from 48% in 2020" and "47% in 2020")
        past = bool(years_told(fa_per[i])) and years_told(fa_per[i]) == years_told(fb_per[j])
        if any(g.kind == "date" for g in figs_a) and (says_only(ua[i], ub[j], fa_per[i], fb_per[j])
                                                     or two_speakers(fa_per[i], fb_per[j])):
            # two statements of one speaker, or of two: when each was made is no disagreement
            figs_a = [g for g in figs_a if g.kind != "date" or not said_when(texts[0][i], ua[i], g.fact)]
            figs_b = [g for g in figs_b if g.kind != "date" or not said_when(texts[1][j], ub[j], g.fact)]
        ages_a = [g for g in read_a[i] if g.age is not None]
        ages_b = [g for g in read_b[j] if g.age is not None]
        if len(ages_a) == len(ages_b) == 1 and ages_a[0].value != ages_b[0].value \
                and not _also_stated(stated_b, ages_a[0]) and not _also_stated(stated_a, ages_b[0]) \
                and (ages_a[0].age or "") in ub[j].terms | {""} \
                and (ages_b[0].age or "") in ua[i].terms | {""}:
            # the one age each sentence tells, of a person both name, however each writes it
            # ("the 32-year-old striker" and "the striker, 33,"): the age of one person
            add(ages_a[0], ages_b[0], "age", "conflict")
        sums_a, sums_b = _sums(read_a[i], texts[0][i]), _sums(read_b[j], texts[1][j])
        ctx_b = [_near_terms(texts[1][j], ub[j], gb.fact, _when(fb_per[j], gb)) for gb in figs_b]
        index = _partners(figs_b, ctx_b)
        for ga in figs_a:
            ctx_a = _near_terms(texts[0][i], ua[i], ga.fact, _when(fa_per[i], ga))
            for n in sorted({n for key in _asks(ga, ctx_a) for n in index.get(key, ())}):
                gb = figs_b[n]
                if ga.value is not None and ((gb.kind, round(gb.value or 0, 6)) in sums_a
                                             or (ga.kind, round(ga.value, 6)) in sums_b):
                    continue
                if ga.gap or gb.gap or (ga.of and gb.of and ga.of != gb.of) or _two_deeds(ga, gb) \
                        or (ga.was != gb.was and not past) \
                        or two_people(ga.age, gb.age, ua[i].terms, ub[j].terms):
                    continue  # "1mph over the threshold" is no speed; "16GB of memory" and
                    # "500GB of storage" measure two things; so do "12 people were arrested"
                    # and "40 people were questioned"
                relation = _relation(ga, gb)
                if relation is None:
                    continue
                if ga.toll or gb.toll:
                    # the dead against the dead, the injured against the injured, whatever
                    # words each report counts them with ("killing 41 people", "toll rose to 58")
                    # (not one told with a year or a month the other's sentence does not
                    # tell: "in 2010 killed 40 people" is another flood's toll)
                    if ga.toll is not None and ga.toll == gb.toll \
                            and years_told(fa_per[i]) == years_told(fb_per[j]) \
                            and at_facility(ga, ua[i]) == at_facility(gb, ub[j]) \
                            and not part_of_running(ga, ua[i], fa_per[i], gb, ub[j], fb_per[j]) \
                            and not places_apart(ga, ua[i], fa_per[i], gb, ub[j], fb_per[j]):
                        same_unit = ga.qual is not None and gb.qual is not None \
                            and _compatible(ga.qual, gb.qual)
                        add(ga, gb, ga.qual if same_unit and ga.qual else ga.toll, relation)
                    continue
                if _apart(ga, gb) or _scopes_apart(ga, ua[i], fa_per[i], gb, ub[j], fb_per[j]):
                    continue
                if ga.measure != gb.measure and (
                        (ga.measure and gb.measure) or (ga.measure or gb.measure or "")
                        not in (texts[1][j] if ga.measure else texts[0][i]).lower()):
                    continue  # "a depth of 1. 2 miles" and "20 miles north of the town": a
                    # measure one names, that the other's sentence does not (a depth, a distance)
                qa, qb = ga.qual, gb.qual
                # (both the value of one named measure, "of magnitude 6.1 struck" and "put the
                # magnitude at 5.9;": whatever follows each, they are about one thing)
                measured = ga.measure is not None and ga.measure == gb.measure
                if ga.kind == "number" and qa is None and qb is None and ga.counts != gb.counts \
                        and not measured:
                    continue  # bare counts of different things: "450 basis points", "ten hikes"
                if ga.kind == "number" and qa is None and qb is None and ga.counts is None \
                        and (_set_off(texts[0][i], ua[i], ga) or _set_off(texts[1][j], ub[j], gb)) \
                        and not measured:
                    continue  # a number that counts nothing named, set off by a comma, a dash
                    # or a colon: an age ("Comeaux, 49,"), a modifier ("12 - gauge"), a clock
                if ga.kind == "number" and ga.counts is not None \
                        and _several(several, ga.counts, gb.counts):
                    continue  # a thing a report counts several ways ("716 yards", "269 yards")
                about = ga.measure if measured else (_about(ga.kind, qa, qb, ctx_a, ctx_b[n])
                                                     or one_stance(ga, gb, texts[0][i], ua[i],
                                                                   texts[1][j], ub[j]))
                if not measured:  # (in the words of what is counted, when both count one thing)
                    about = (counted(ga, gb, ctx_a) or about) if about is not None \
                        else one_deed(ga, gb, ctx_a)
                if about is not None:
                    add(ga, gb, about, relation)
        # one figure put for another in the frame both sentences share ("said 4,000 troops
        # would" and "said 5,000 soldiers would"): about one thing, whatever noun each counts
        for ga, gb, word in same_slot(ua[i], ub[j], read_a[i], read_b[j]):
            slot = (ga.fact.start, ga.fact.end, gb.fact.start, gb.fact.end)
            if ga not in figs_a or gb not in figs_b or slot in out or slot in rounded \
                    or ga.toll or gb.toll or ga.gap or gb.gap or ga.listed or gb.listed \
                    or (ga.was != gb.was and not past) \
                    or two_people(ga.age, gb.age, ua[i].terms, ub[j].terms) \
                    or _apart(ga, gb) or (ga.of and gb.of and ga.of != gb.of) or _two_deeds(ga, gb) \
                    or _scopes_apart(ga, ua[i], fa_per[i], gb, ub[j], fb_per[j]) \
                    or (gb.kind, round(gb.value or 0, 6)) in sums_a \
                    or (ga.kind, round(ga.value or 0, 6)) in sums_b:
                continue
            relation = _relation(ga, gb)
            if relation is not None:
                add(ga, gb, word or ga.kind, relation)
    # a figure of one report that is the sum of two in a sentence of the other, about the same
    # thing ("50% tariffs" and "a 25% penalty in addition to 25% tariffs"), agrees with them
    all_sums: tuple[dict[tuple[str, float], list[list[Fact]]], ...] = ({}, {})
    for side, figures, sentence_texts in ((0, read_a, texts[0]), (1, read_b, texts[1])):
        for k, figs in enumerate(figures):
            if len(figs) > 1:
                for key, parts in _sums(figs, sentence_texts[k]).items():
                    all_sums[side].setdefault(key, []).append(parts)
    for side, figures in ((0, read_a), (1, read_b)):
        other_sums = all_sums[1 - side]
        if not other_sums:
            continue
        for g in (g for figs in figures for g in figs):
            if g.value is None or (g.kind, round(g.value, 6)) not in other_sums:
                continue
            qual = _figure_identity(g.fact)[2]
            for parts in other_sums[(g.kind, round(g.value, 6))]:
                if any(_compatible(qual, _figure_identity(p)[2]) for p in parts):
                    summed[side].append(g.fact)
                    summed[1 - side].extend(parts)
                    whole, plus = g.fact, " + ".join(p.text for p in parts[:2])
                    about = qual or next((q for p in parts if (q := _figure_identity(p)[2])), g.kind)
                    add_key = (side, parts[0].start, parts[0].end, g.kind, g.main)  # "50%" = "50 percent"
                    adds.setdefault(add_key, FactConflict(
                        g.kind, about, *((whole, parts[0], g.reading, plus) if side == 0
                                         else (parts[0], whole, plus, g.reading))))
    # counts of the same thing across the reports: "Four miners were trapped" and, in a
    # sentence told differently, "trapped five miners" or "a fifth miner was found"
    dated = ({_key(g) for i, gs in enumerate(read_a) if years_told(fa_per[i]) for g in gs},
             {_key(g) for j, gs in enumerate(read_b) if years_told(fb_per[j]) for g in gs})
    where = ((ua, ub), fa_per, fb_per, {_key(g): i for i, gs in enumerate(read_a) for g in gs},
             {_key(g): j for j, gs in enumerate(read_b) for g in gs})
    counts_a = _counts(read_a, texts[0], ua, done_a)
    counts_b = _counts(read_b, texts[1], ub, done_b)
    for noun, items_a in counts_a.items():
        if _several(several, noun, noun):
            continue  # a report that counts it several ways counts several things ("716
            # yards rushing", "63 yards"; "10 houses in Takengon", "300 houses in Aceh")
        for ga, words_a in items_a:
            for gb, words_b in counts_b.get(noun, ()):
                ordinal = ga.ordinal or gb.ordinal  # "a fifth miner" raises a count both state
                if not ordinal and (_also_stated(stated_b, ga) or _also_stated(stated_a, gb)):
                    continue
                if (ga.ordinal and _has_ordinal(counts_b, ga)) or (gb.ordinal and _has_ordinal(counts_a, gb)):
                    continue  # both reports tell of the fifth miner
                shared = [w for t, w in words_a.items()
                          if t in words_b and t != noun and count_noun(t) != noun]
                if not ordinal and not shared and not (ga.acts and ga.acts == gb.acts):
                    continue  # "four miners died" and "five miners were rescued" can both be true
                if not (ga.toll or gb.toll) and (_apart(ga, gb) or _two_deeds(ga, gb)
                                                  or _apart_told(ga, gb, where)
                                                  or _other_event(ga, gb, where)
                                                  or _of_two_places(ga, gb, where)):
                    continue  # (as the dead: "30 homes nationwide" and "12 in the city"; a
                    # game's "63 yards" and a season's "716 yards", in sentences that do not link)
                if (ga.toll or gb.toll) and (ga.toll != gb.toll or _key(ga) in dated[0]
                                             or _key(gb) in dated[1] or _apart_told(ga, gb, where)):
                    continue  # the dead are not the injured; "in 2010 killed 40" is another toll;
                    # "30 nationwide" and "12 in the city" are two
                relation = _relation(ga, gb)
                if relation is None:
                    continue
                about = " ".join([words_a.get(noun) or noun, *shared[:1]])
                add(ga, gb, about, relation)
    # the dead, the injured, those driven from their homes: one count each report gives, in
    # whatever sentences ("The storm killed 12 people", "Officials said 15 were dead")
    for ga, gb in toll_pairs(read_a, read_b, (ua, ub), fa_per, fb_per, done_a, done_b, _relation):
        add(ga, gb, ga.toll or ga.kind, "conflict")
    return (_once(out, told), [rounded[k] for k in sorted(rounded)], summed,
            [adds[k] for k in sorted(adds)])


def _once(found: dict[tuple[int, int, int, int], FactConflict],
          told: dict[tuple[int, int, int, int], tuple[str, str, str, str | None]]) -> list[FactConflict]:
    """The conflicts in text order, one per pair of values: a report that gives its count in
    the headline and again in the body ("5 dead", "Five people died") against the other's 7
    disagrees once, not twice (two tolls, the dead and the injured, with the same two values
    are two disagreements)."""
    seen: set[tuple[str, str, str, str | None]] = set()
    out: list[FactConflict] = []
    for k in sorted(found):
        if told[k] not in seen:
            seen.add(told[k])
            out.append(found[k])
    return out


def _apart_told(ga: _Figure, gb: _Figure, where: tuple[Any, ...]) -> bool:
    """Two tolls of two sentences that count in two places or over two stretches of time
    (``where``: the sentences, their facts, and the sentence of each figure of A and of B)."""
    (ua, ub), fa_per, fb_per, sent_a, sent_b = where
    i, j = sent_a.get(_key(ga)), sent_b.get(_key(gb))
    if i is None or j is None:
        return False  # ("a fifth miner": no toll)
    if not (ga.toll or gb.toll):
        return _scopes_apart(ga, ua[i], fa_per[i], gb, ub[j], fb_per[j])
    return part_of_running(ga, ua[i], fa_per[i], gb, ub[j], fb_per[j]) \
        or places_apart(ga, ua[i], fa_per[i], gb, ub[j], fb_per[j])


def _other_event(ga: _Figure, gb: _Figure, where: tuple[Any, ...]) -> bool:
    """Two counts of two sentences, one of them told of the one event its sentence opens with,
    which the other's does not name (``toll_where.told_of_another_event``)."""
    (ua, ub), fa_per, fb_per, sent_a, sent_b = where
    i, j = sent_a.get(_key(ga)), sent_b.get(_key(gb))
    if i is None or j is None:
        return False
    return told_of_another_event(ua[i], fa_per[i], ub[j], fb_per[j])


_INCREMENT = frozenset((stem("another"), stem("additional"), stem("further")))


def _of_two_places(ga: _Figure, gb: _Figure, where: tuple[Any, ...]) -> bool:
    """Are two counts of people told of two places, each the last one its sentence names before
    it ("Bandar Abbas, a city of 500,000 people" and "Qeshm island, home to 120,000 people")?"""
    _units, fa_per, fb_per, sent_a, sent_b = where
    i, j = sent_a.get(_key(ga)), sent_b.get(_key(gb))
    if i is None or j is None or ga.counts != "peopl":
        return False
    pa = next((f for f in reversed(fa_per[i]) if f.kind == "place" and f.end <= ga.fact.start), None)
    pb = next((f for f in reversed(fb_per[j]) if f.kind == "place" and f.end <= gb.fact.start), None)
    return pa is not None and pb is not None and str(pa.value or pa.text) != str(pb.value or pb.text)


def _scopes_apart(ga: _Figure, ua: _Unit, facts_a: Sequence[Fact],
                  gb: _Figure, ub: _Unit, facts_b: Sequence[Fact]) -> bool:
    """Are two figures that are no tolls told of two places or stretches of time, as tolls are
    (``toll_where``): "30 homes nationwide" and "In the city, 12 homes"; "has 716 yards this
    season" and "rushed for 63 yards on Sunday"; "40 schools in Texas" and "15 schools in
    Oklahoma"? (A place one counts in and one inside it only for counts and sums: a magnitude
    told "in Aceh" and one told "in Sumatra" are of one quake.)"""
    if ga.kind == "date":
        return False
    return part_of_running(ga, ua, facts_a, gb, ub, facts_b) \
        or places_apart(ga, ua, facts_a, gb, ub, facts_b, nested=_additive(ga) and _additive(gb))


def _additive(g: _Figure) -> bool:
    """A count or a sum, whose parts add up to its whole (no measure, no rate, no unit that
    converts: a magnitude, a temperature, a share are not)."""
    return g.per is None and (g.kind == "money" or (
        g.kind == "number" and g.measure is None and dimension(g.qual) is None and not is_rate(g.qual)))


def _key(g: _Figure) -> tuple[int, int]:
    return g.fact.start, g.fact.end


def _two_deeds(ga: _Figure, gb: _Figure) -> bool:
    """Counts of which two different things are said ("12 people were arrested", "40 people
    were questioned"; "four miners were trapped", "five were rescued"; "destroyed 40 homes",
    "damaged 55 homes"; see ``deeds``); not tolls, which have their own words ("were killed",
    "were hurt")."""
    if ga.stance and gb.stance and ga.stance != gb.stance:
        return True  # "62% backed the plan" and "30% opposed it": two answers, both true
    return not (ga.toll or gb.toll) and two_deeds(ga.acts, ga.does, gb.acts, gb.does)


def _apart(ga: _Figure, gb: _Figure) -> bool:
    """Do the two figures count on different occasions or different parts, whatever they count:
    "nine carries" one week before and "6 carries" in this game, "the next three sets" and "two
    sets" behind? (Not asked of dates, which are the occasions, nor of the dead and the injured:
    a toll told a week after the quake still counts the quake's dead.)"""
    return ga.kind != "date" and (ga.part != gb.part or ga.occasion != gb.occasion)


_SET_OFF = re.compile(r"[^\S\n]*[,:\-–]")


def _set_off(text: str, u: _Unit, g: _Figure) -> bool:
    """Is the figure followed by a comma, a colon or a dash ("Comeaux, 49, escaped", "a 12 -
    gauge shotgun", "15: 39")?"""
    return _SET_OFF.match(text, g.fact.end - u.start) is not None


def _counted_values(read: list[list[_Figure]]) -> dict[str, set[float]]:
    """What a report counts without a unit -> the values it gives ("yard" -> {716, 269})."""
    out: dict[str, set[float]] = defaultdict(set)
    for g in (g for figs in read for g in figs):
        if g.kind == "number" and g.counts is not None and g.qual is None and g.value is not None \
                and not g.toll:
            out[g.counts].add(g.value)
    return out


def _several(counted: tuple[dict[str, set[float]], dict[str, set[float]]], noun_a: str,
             noun_b: str | None) -> bool:
    """Does report A give several counts of ``noun_a``, or report B of ``noun_b``?"""
    return len(counted[0].get(noun_a, ())) > 1 or len(counted[1].get(noun_b or "", ())) > 1


def _has_ordinal(counts: dict[str, list[tuple[_Figure, dict[str, str]]]], g: _Figure) -> bool:
    return any(o.ordinal and o.value == g.value for o, _ in counts.get(g.counts or "", ()))


def _counts(read: list[list[_Figure]], texts: list[str], units: list[_Unit],
            done: set[tuple[int, int]]) -> dict[str, list[tuple[_Figure, dict[str, str]]]]:
    """Counts of a report by what they count, each with the content words near it (term ->
    word), counts already in a conflict left out; ordinal counts ("a fifth miner") included."""
    out: dict[str, list[tuple[_Figure, dict[str, str]]]] = defaultdict(list)
    for i, figs in enumerate(read):
        for g in [*figs, *_ordinal_counts(texts[i], units[i])]:
            if g.kind != "number" or g.counts is None or g.counts in STOPWORDS or g.listed or g.was \
                    or (g.fact.start, g.fact.end) in done:
                continue
            unit = _figure_identity(g.fact)[2]
            if not _INCREMENT.isdisjoint(g.around):
                continue  # "another 4,000 people", "an additional 300 troops": more, not all
            if unit is not None and (unit != "people" or g.toll):
                continue  # (a measure is no count of things: "12 km"; "37 people were
                # arrested" is one, a toll of people is compared as a toll: ``toll_pairs``)
            near = {n.term: n.word for n in _near_terms(texts[i], units[i], g.fact)}
            if g.counts not in near:
                near[g.counts] = g.counts
            out[g.counts].append((g, near))
    return out

"""One measure in two units (pure): "30C" and "86F", "55 mph" and "89 km/h", "12 miles" and
"19 km" are one temperature, one speed, one distance. ``conflicts`` converts the figure of one
report into the unit of the other's before comparing them, and allows each figure the rounding
its written digits tell ("31C" holds 30.5 to 31.5, and so holds the 87F of the other report).

Only units of one dimension convert: temperatures (°C, °F; a bare "40 degrees" has no scale),
speeds (mph, km/h and the rates the analysis writes "unit/time") and lengths (km, mile, metre,
foot, inch, cm, mm). A rate never converts to a total ("barrel/day" and "barrel"), nor a speed
to a distance ("mph" and "mile").
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace

from .figure_read import _Figure

# unit (as ``_figure_identity`` folds it) -> (dimension, scale, offset): the value in the
# dimension's base unit is value * scale + offset (°C, km/h, metre)
_UNITS: dict[str, tuple[str, float, float]] = {
    "°c": ("temperature", 1.0, 0.0),
    "°f": ("temperature", 5 / 9, -160 / 9),
    "km/h": ("speed", 1.0, 0.0),
    "mph": ("speed", 1.609344, 0.0),
    "km/s": ("speed", 3600.0, 0.0),
    "mile/s": ("speed", 5793.6384, 0.0),
    "metre/s": ("speed", 3.6, 0.0),
    "km": ("length", 1000.0, 0.0),
    "mile": ("length", 1609.344, 0.0),
    "metre": ("length", 1.0, 0.0),
    "foot": ("length", 0.3048, 0.0),
    "inch": ("length", 0.0254, 0.0),
    "cm": ("length", 0.01, 0.0),
    "mm": ("length", 0.001, 0.0),
}
ROUNDING = 0.05  # a figure with zeros at its end ("100 km") may be rounded by up to this share


def dimension(unit: str | None) -> str | None:
    """"temperature", "speed", "length", or None for a unit that does not convert."""
    known = _UNITS.get(unit or "")
    return known[0] if known else None


def is_rate(unit: str | None) -> bool:
    """A unit per a unit of time ("barrel/day", "km/h", "mph"): never a total."""
    return "/" in (unit or "") or dimension(unit) == "speed"


def convertible(qa: str | None, qb: str | None) -> bool:
    """Two different units of one dimension ("°c" and "°f", "mph" and "km/h")."""
    return qa != qb and dimension(qa) is not None and dimension(qa) == dimension(qb)


def _convert(x: float, unit: str, into: str) -> float:
    _, scale, offset = _UNITS[unit]
    _, scale_to, offset_to = _UNITS[into]
    return (x * scale + offset - offset_to) / scale_to


_DECIMALS = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _tolerance(g: _Figure) -> float:
    """How far from its value the figure as written may be: half its last digit ("31" 0.5,
    "30.6" 0.05), more for zeros at its end ("100" may round 95), up to ``ROUNDING``."""
    m = _DECIMALS.search(g.fact.text)
    value = abs(g.value or 0.0)
    if m is not None and m.group(1):
        return 0.5 * 10.0 ** -len(m.group(1))
    whole = str(round(value))
    zeros = len(whole) - len(whole.rstrip("0")) if value >= 1 else 0
    return max(0.5, min(0.5 * 10.0 ** zeros, ROUNDING * value))


def _ends(g: _Figure, into: str, rounded: bool) -> tuple[float, float]:
    """The values ``g`` as written may stand for, with the rounding of its digits when
    ``rounded``, in the unit ``into`` (an open end stays open: "up to 90F" has no lower end)."""
    t, unit = _tolerance(g) if rounded else 0.0, g.qual or ""
    low = -math.inf if g.low == 0 and g.value != 0 and not g.ranged else g.low - t
    ends = (_convert(low, unit, into) if math.isfinite(low) else low,
            _convert(g.high + t, unit, into) if math.isfinite(g.high) else g.high)
    return min(ends), max(ends)


def converted_relation(ga: _Figure, gb: _Figure) -> str | None:
    """How two figures in two units of one dimension relate, ``gb`` converted into ``ga``'s
    unit: "conflict", "rounding" (each as written may be a rounding of one value), or None (one
    value; or qualified figures that can both be true, as ``conflicts._relation`` reads them)."""
    if ga.value is None or gb.value is None:
        return None
    into = ga.qual or ""
    b = _convert(gb.value, gb.qual or "", into)
    exact = ga.low == ga.high and gb.low == gb.high
    same_way = not (ga.approx or gb.approx or ga.ranged or gb.ranged) \
        and (ga.high == math.inf) == (gb.high == math.inf) and (ga.low == 0) == (gb.low == 0)
    if exact or same_way:  # ("more than 12 miles" and "more than 19 km": their values)
        if math.isclose(ga.value, b, rel_tol=1e-9, abs_tol=1e-9):
            return None
        ga, gb = (replace(ga, low=ga.value, high=ga.value), replace(gb, low=gb.value, high=gb.value))
    a_lo, a_hi = _ends(ga, into, rounded=True)
    b_lo, b_hi = _ends(gb, into, rounded=True)
    if not (a_lo <= b_hi and b_lo <= a_hi):
        return "conflict"
    if exact or same_way or ga.approx or gb.approx:
        return "rounding"
    a_lo, a_hi = _ends(ga, into, rounded=False)
    b_lo, b_hi = _ends(gb, into, rounded=False)
    if not (a_lo <= b_hi and b_lo <= a_hi):
        return "rounding"  # "more than 12 miles" and "19 km" (11.8 miles, or as much as 12.1)
    return None  # "more than 100 mph" and "up to 200 km/h" can both be true


_OPENING = re.compile(r"(?:[^\S\n]*[A-Za-z°][\w/.]*){0,2}[^\S\n]*[(\[]"
                      r"[^\S\n]*(?:about|around|roughly|some|or|nearly|almost)?[^\S\n]*")


def in_brackets(figs: Sequence[_Figure], text: str, start: int) -> list[_Figure]:
    """The figures of a sentence (``text``, at ``start`` of its report), a conversion in
    brackets right after a figure ("a depth of 10 kilometers (6 miles)", "30C (86F)") set
    aside as one of a list, so that it is never compared on its own: it is the figure before it."""
    out = list(figs)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if a.kind == b.kind == "number" and a.value is not None and b.value is not None \
                and convertible(a.qual, b.qual) \
                and _OPENING.fullmatch(text, a.fact.end - start, b.fact.start - start) \
                and converted_relation(replace(a, low=a.value or 0.0, high=a.value or 0.0),
                                       replace(b, low=b.value or 0.0, high=b.value or 0.0)) != "conflict":
            out[k] = replace(b, listed=True)
    return out

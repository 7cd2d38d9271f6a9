"""The analysers ``briefing facts`` needs (no quotes), loaded on import."""

from ..startup import load_analysers

load_analysers(quotes=False)

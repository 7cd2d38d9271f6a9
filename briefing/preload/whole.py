"""Every analyser, loaded on import."""

from ..startup import load_analysers

load_analysers()

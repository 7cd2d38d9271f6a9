"""Old name of :mod:`briefing.analyze.figures` (numbers, percentages, money and dates)."""

from .figures import extract_figures

__all__ = ["extract_figures"]

"""briefing: a terminal reader for news briefs."""

__version__ = "0.1.0"

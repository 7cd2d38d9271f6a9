"""Writing results for scripts and people: JSON and JSON Lines (``stream``)."""

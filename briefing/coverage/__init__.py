"""Coverage across many reports of one event: who reports what, and where the outlets disagree.

Pure (no I/O, no Textual): ``build_coverage(analyses) -> Coverage``. Renderers for scripts and
editors are in ``coverage.output``.
"""

from __future__ import annotations

from .build import build_coverage
from .result import Coverage, Dispute, Mention, Reading, Row, Source

__all__ = ["Coverage", "Dispute", "Mention", "Reading", "Row", "Source", "build_coverage"]

"""Files, Markdown, stdin -> Article.

Reading (bytes, encodings, size caps, paths: `inputs`, `decode`) is kept apart from parsing
(`blocks.parse_text`, pure), so that the cleaning rules (`clean`) can be tested on strings.
Cleaning removes scraping debris and anything that could drive a terminal (escape sequences,
control characters, bidi overrides), and the reader is told once, through
``Article.warnings``, whenever something was removed or replaced.
"""

from __future__ import annotations

from ..textsafe import safe_line, strip_terminal_controls
from .blocks import MAX_NESTING, parse_text
from .clean import clean_line
from .decode import decode
from .errors import IngestError
from .inputs import (
    EXTENSIONS,
    MAX_BYTES,
    MAX_FILES,
    Loaded,
    article_and_source,
    article_from_bytes,
    article_from_source,
    default_inputs,
    expand_inputs,
    list_reports,
    load,
    read_any,
    read_article,
    read_bytes,
    read_source,
    read_stream,
    seeds_dir,
)
from .metadata import infer_date, infer_source, parse_front_matter

__all__ = [
    "EXTENSIONS", "MAX_BYTES", "MAX_FILES", "MAX_NESTING", "IngestError", "Loaded",
    "article_and_source", "article_from_bytes", "article_from_source", "clean_line", "decode",
    "default_inputs", "expand_inputs",
    "infer_date", "infer_source", "list_reports", "load", "parse_front_matter", "parse_text",
    "read_any", "read_article", "read_bytes", "read_source", "read_stream", "safe_line", "seeds_dir",
    "strip_terminal_controls",
]

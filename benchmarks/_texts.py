"""What the per-stage benchmarks time, and the other copy of the package they time it against.

- ``texts(path, mb)``: about ``mb`` MB of reports: generated news-like reports (``path`` None),
  or distinct real reports from a folder of ``.txt``/``.md`` files or a ``.jsonl`` of report pairs
  (``{"a": [sentences], "b": [sentences]}``, as in the ABCD-LINK sets).
- ``baseline(dir)``: a context manager that copies ``dir/briefing`` under the name
  ``briefing_baseline`` (the package imports itself relatively) and puts it on ``sys.path``.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from bench_analyze import make_report

BASELINE = "briefing_baseline"


def texts(path: Path | None, mb: float) -> list[str]:
    if path is None:
        r = random.Random(20251211)
        found: Iterable[str] = ("---\ndate: 2025-12-11\n---\n" + make_report(r) for _ in iter(int, 1))
    elif path.is_dir():
        found = (p.read_text(encoding="utf-8", errors="replace") for p in sorted(path.iterdir())
                 if p.suffix in (".txt", ".md"))
    else:
        found = ("\n\n".join(map(str, pair[side])) for line in path.open(encoding="utf-8")
                 if line.strip() for pair in [json.loads(line)] for side in ("a", "b")
                 if isinstance(pair.get(side), list))
    out: list[str] = []
    seen: set[str] = set()
    total = 0
    for text in found:
        if text not in seen:
            seen.add(text)
            out.append(text)
            total += len(text.encode("utf-8"))
            if total >= mb * 1e6:
                break
    return out


@contextmanager
def baseline(directory: Path) -> Iterator[str]:
    tmp = tempfile.mkdtemp()
    try:
        shutil.copytree(directory.resolve() / "briefing", Path(tmp) / BASELINE)
        sys.path.insert(0, tmp)
        yield BASELINE
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

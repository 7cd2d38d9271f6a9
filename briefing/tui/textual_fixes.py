"""Work-arounds for defects of the pinned Textual (8.2.8), applied once when the reader starts.

- A toast whose notification has already expired when the toast is built (a note raised just
  before a screen change re-shows it, or on a machine so busy that the toast is mounted late)
  starts a timer with a negative delay. Textual's timer loop never yields on a negative delay:
  the whole reader freezes, the note stays on screen and no key is read. The toast's delay is
  kept at a few hundredths of a second at least, so such a note just goes.
"""

from __future__ import annotations

from typing import Any

MIN_TOAST_SECONDS = 0.05


def apply() -> None:
    from textual.widgets._toast import Toast

    original = Toast._on_mount
    if getattr(original, "_briefing_fix", False):
        return

    def _on_mount(self: Any, event: Any) -> None:
        self._timeout = max(self._timeout, MIN_TOAST_SECONDS)
        original(self, event)

    _on_mount._briefing_fix = True  # type: ignore[attr-defined]
    Toast._on_mount = _on_mount  # type: ignore[method-assign,assignment]

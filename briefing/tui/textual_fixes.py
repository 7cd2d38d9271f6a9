"""Work-arounds for defects of the pinned Textual (8.2.8), applied once when the reader starts.

- A toast's timer is a one-shot ``Timer`` that skips ticks it is late for. A one-shot timer
  that is late before its first tick (its delay is short and the process was not scheduled
  between two lines of Textual's timer loop, which happens on a busy machine) skips its only
  tick: the toast never goes. And a toast whose notification has already expired when it is
  built (a note raised just before a screen change re-shows it, or mounted late on a busy
  machine) starts a timer with a negative delay, on which Textual's timer loop never yields:
  the whole reader freezes. The toast's timer is therefore started here, with a delay of a few
  hundredths of a second at least and without skipping: it fires, late or not.
"""

from __future__ import annotations

from functools import partial
from typing import Any

MIN_TOAST_SECONDS = 0.05


def apply() -> None:
    from textual.timer import Timer
    from textual.widgets._toast import Toast

    if getattr(Toast._on_mount, "_briefing_fix", False):
        return

    def _on_mount(self: Any, event: Any) -> None:
        # Toast._on_mount is `self.set_timer(self._timeout, self._expire)`; set_timer makes a
        # Timer(repeat=0) that skips late ticks, hence a timer of our own (as set_timer builds it)
        delay = max(self._timeout, MIN_TOAST_SECONDS)
        timer = Timer(self, delay, name=f"toast#{Timer._timer_count}",
                      callback=partial(self.call_next, self._expire), repeat=0, skip=False)
        timer._start()
        self._timers.add(timer)

    _on_mount._briefing_fix = True  # type: ignore[attr-defined]
    Toast._on_mount = _on_mount  # type: ignore[method-assign,assignment]

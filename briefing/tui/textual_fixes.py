"""Work-arounds for defects of the pinned Textual (8.2.8), applied once when the reader starts.

- A toast's timer is a one-shot ``Timer`` that skips ticks it is late for. A one-shot timer
  that is late before its first tick (its delay is short and the process was not scheduled
  between two lines of Textual's timer loop, which happens on a busy machine) skips its only
  tick: the toast never goes. And a toast whose notification has already expired when it is
  built (a note raised just before a screen change re-shows it, or mounted late on a busy
  machine) starts a timer with a negative delay, on which Textual's timer loop never yields:
  the whole reader freezes. The toast's timer is therefore started here, with a delay of a few
  hundredths of a second at least and without skipping: it fires, late or not.
- A toast that removes itself from its own message pump (Toast._expire, run by the toast) is
  sometimes left painted on a busy machine: the toast is gone from the DOM, the screen still
  shows it until something else repaints that region (seen in tmux: "Still reading the
  reports" stayed for minutes). The toast is therefore removed by the app, and the screen it
  was on painted again once the removal is done.
"""

from __future__ import annotations

import asyncio
from functools import partial
from typing import Any

MIN_TOAST_SECONDS = 0.05
_REMOVING: set[asyncio.Future[None]] = set()  # (a task is only weakly held by the event loop)


def expire_toast(toast: Any) -> None:
    """What a toast's timer does (Toast._expire, run on the app's message pump): the note goes,
    the toast is removed, and its screen is painted again once the removal is done. A toast
    already taken off its screen (the screen changed, the toast rack was rebuilt) has nothing
    left to remove: Textual raised NoScreen there, and the reader crashed."""
    from textual.dom import NoScreen
    from textual.widgets._toast import ToastHolder

    toast.app._unnotify(toast._notification, refresh=False)
    try:
        screen = toast.screen
    except NoScreen:
        return
    removed = (toast.parent if isinstance(toast.parent, ToastHolder) else toast).remove()

    async def repaint() -> None:
        await removed
        screen.refresh()

    task = asyncio.ensure_future(repaint())
    _REMOVING.add(task)
    task.add_done_callback(_REMOVING.discard)


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
                      callback=partial(self.app.call_later, expire_toast, self), repeat=0,
                      skip=False)
        timer._start()
        self._timers.add(timer)

    _on_mount._briefing_fix = True  # type: ignore[attr-defined]
    Toast._on_mount = _on_mount  # type: ignore[method-assign,assignment]

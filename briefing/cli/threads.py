"""The reader's thread pool: it knows how many of its tasks are running, so that quitting
need not wait for a thread that still analyses or compares."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


class CountingThreads(ThreadPoolExecutor):
    """The reader's thread pool, counting the tasks that are running now."""

    def __init__(self) -> None:
        super().__init__(thread_name_prefix="briefing")
        self._lock = threading.Lock()
        self.busy = 0

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        def run() -> T:
            with self._lock:
                self.busy += 1
            try:
                return fn(*args, **kwargs)
            finally:
                with self._lock:
                    self.busy -= 1

        return super().submit(run)

"""Hang guards: a test fails, rather than hangs, when something that must finish never does.

The project never asserts on speed inside the suite: the machines are shared and noisy, and a
flaky test blocks every landing. Speed is measured by the scripts in benchmarks/, which print
figures. What a test may say is "this finishes": a guard fires only on a true hang (a read that
never ends, a loop that never stops) or on a blow-up by orders of magnitude (a quadratic path on
the multi-megabyte inputs of these tests takes hours), never because the machine is busy.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import pytest

HANG = 300.0  # seconds: far beyond any run of these tests on a busy machine

T = TypeVar("T")


@contextmanager
def no_hang(what: str, seconds: float = HANG) -> Iterator[None]:
    """Fail the test if the block is still running after ``seconds``.

    A SIGALRM interrupts the main thread even inside a long regular expression or a blocking
    read (both check for signals), and ``pytest.fail`` raises an exception that the code under
    test cannot swallow with ``except Exception``. For synchronous code on the main thread."""

    def alarm(signum, frame):
        pytest.fail(f"{what}: still running after {seconds:.0f} s, it hangs", pytrace=False)

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


async def finishes(step: Awaitable[T], what: str, seconds: float = HANG) -> T:
    """Await ``step``; fail the test if it has not finished after ``seconds`` (for async tests:
    the app and the test share the event loop, so the wait is cancelled, not interrupted)."""
    try:
        return await asyncio.wait_for(step, seconds)
    except TimeoutError:
        pytest.fail(f"{what}: not done after {seconds:.0f} s, it hangs", pytrace=False)


async def until(pilot: Any, ready: Callable[[], object], what: str,
                seconds: float = HANG) -> None:
    """Let the app run until ``ready()`` holds (a state, not a time); fail on a hang."""

    async def poll() -> None:
        while not ready():
            await pilot.pause(0.05)

    await finishes(poll(), f"waiting for {what}", seconds)

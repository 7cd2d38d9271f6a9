"""End-to-end tests: the real `briefing` command in a real terminal (tmux)."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

TIMEOUT = 45.0  # generous: CI machines are shared and slow


def briefing_command() -> str:
    exe = Path(sys.executable).with_name("briefing")
    if exe.exists():
        return str(exe)
    found = shutil.which("briefing")
    if not found:
        pytest.fail("the briefing command is not installed in this environment")
    return found


class Terminal:
    def __init__(self, width: int, height: int, tmp: Path) -> None:
        if not shutil.which("tmux"):
            pytest.fail("tmux is required for the end-to-end tests (.ci/run installs it)")
        self.name = f"briefing-e2e-{uuid.uuid4().hex[:8]}"
        self.width, self.height = width, height
        self.sock = str(tmp / "tmux.sock")
        self.exit_file = tmp / "exit-code"

    def tmux(self, *args: str, check: bool = True) -> str:
        out = subprocess.run(["tmux", "-S", self.sock, *args], capture_output=True, text=True,
                             check=check, timeout=30)
        return out.stdout

    def start(self, args: list[str], env: dict[str, str] | None = None, cwd: str | None = None,
              stdin: str | None = None) -> None:
        cmd = " ".join(shlex.quote(a) for a in [briefing_command(), *args])
        if stdin:
            cmd = f"{cmd} < {shlex.quote(stdin)}" if not stdin.startswith("|") else \
                f"{stdin[1:]} | {cmd}"
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in (env or {}).items())
        # Wait (up to 20 s) until tmux has given the pane the size we asked for and kept it for
        # half a second (setting the window size below may flip it to 80x24 for a moment).
        wait = (f"ok=0; for i in $(seq 400); do if [ \"$(stty size)\" = \"{self.height} "
                f"{self.width}\" ]; then ok=$((ok+1)); [ $ok -ge 10 ] && break; else ok=0; fi; "
                f"sleep 0.05; done;")
        script = (f"{wait} cd {shlex.quote(cwd or os.getcwd())}; "
                  f"{('export ' + exports + ';') if exports else ''}"
                  f" {cmd}; echo $? > {shlex.quote(str(self.exit_file))}; sleep 600")
        self.tmux("-f", "/dev/null", "new-session", "-d", "-s", self.name, "-x", str(self.width),
                  "-y", str(self.height), "env", "TERM=xterm-256color", "bash", "-c", script)
        # Keep the size we asked for (a client-less server may fall back to 80x24), and send a
        # lone Escape as Escape rather than waiting to see if it starts an Alt-key.
        self.tmux("set-option", "-g", "window-size", "manual")
        self.tmux("set-option", "-s", "escape-time", "0")
        self.tmux("resize-window", "-t", self.name, "-x", str(self.width), "-y", str(self.height))

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", self.name, check=False)

    def wait_for(self, *texts: str, timeout: float = TIMEOUT) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if all(t in screen for t in texts):
                return screen
            time.sleep(0.2)
        size = self.tmux("display", "-p", "-t", self.name, "#{window_width}x#{window_height}",
                         check=False).strip()
        raise AssertionError(f"timed out waiting for {texts!r}; screen ({size}) was:\n{screen}")

    def wait_for_any(self, *texts: str, timeout: float = TIMEOUT) -> str:
        """The screen once one of ``texts`` is on it."""
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if any(t in screen for t in texts):
                return screen
            time.sleep(0.2)
        raise AssertionError(f"timed out waiting for any of {texts!r}; screen was:\n{screen}")

    def wait_gone(self, text: str, timeout: float = TIMEOUT) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text not in screen:
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{text!r} is still on the screen:\n{screen}")

    def wait_exit(self, timeout: float = TIMEOUT) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.exit_file.exists() and self.exit_file.read_text().strip():
                return int(self.exit_file.read_text())
            time.sleep(0.2)
        raise AssertionError(f"briefing did not exit; screen was:\n{self.screen()}")

    def press(self, *keys: str) -> None:
        for k in keys:
            self.tmux("send-keys", "-t", self.name, k)

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-t", self.name, "-l", text)

    def close(self) -> None:
        self.tmux("kill-server", check=False)


@pytest.fixture
def terminal(tmp_path):
    made: list[Terminal] = []

    def make(width: int = 160, height: int = 45) -> Terminal:
        t = Terminal(width, height, tmp_path)
        made.append(t)
        return t

    yield make
    for t in made:
        t.close()

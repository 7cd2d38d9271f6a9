"""Hostile input against the real `briefing` in a real terminal (tmux), issue 7.

tmux keeps what programs do to a terminal in its pane state: the title (OSC 0/2), the default
colours (OSC 10/11), the clipboard (OSC 52, into a paste buffer), the alternate screen, mouse
modes and the cursor. A control run (`cat` of the same report) proves each of these detectors
fires; the reader must leave every one of them untouched. A Ctrl-C during a long load or while
the reader runs must end cleanly and leave the terminal usable (checked with `stty -a` on the
pane's tty).
"""

from __future__ import annotations

import contextlib
import re
import shlex
import sqlite3
import subprocess
import time
from pathlib import Path

from ..unit.test_hostile import plain_report, write_big_file, write_hostile_pair
from .conftest import TIMEOUT

STATE = "#{pane_title}|#{pane_fg}|#{pane_bg}"
MODES = ("#{alternate_on}|#{mouse_any_flag}|#{mouse_button_flag}|#{mouse_standard_flag}"
         "|#{cursor_flag}")


def raw_session(t, name: str, command: str) -> None:
    """Another session on the same tmux server, running a shell command."""
    t.tmux("new-session", "-d", "-s", name, "-x", "100", "-y", "30", "env", "TERM=xterm-256color",
           "bash", "-c", command)


def display(t, target: str, fmt: str) -> str:
    return t.tmux("display-message", "-p", "-t", target, fmt).strip()


def buffers(t) -> str:
    return t.tmux("list-buffers", check=False).strip()


def wait_until(predicate, timeout: float = TIMEOUT, what: str = "a condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def stty(t, target: str) -> str:
    tty = display(t, target, "#{pane_tty}")
    return subprocess.run(["stty", "-a", "-F", tty], capture_output=True, text=True,
                          check=True).stdout


def assert_terminal_usable(t, target: str) -> None:
    settings = stty(t, target).split()
    for flag in ("icanon", "echo", "isig", "icrnl", "opost"):
        assert flag in settings, f"the terminal was left with -{flag}"
    alternate, *mouse, cursor = display(t, target, MODES).split("|")
    assert alternate == "0", "still on the alternate screen"
    assert mouse == ["0", "0", "0"], "mouse reporting left on"
    assert cursor == "1", "the cursor was left hidden"


def test_a_report_cannot_retitle_recolour_or_use_the_clipboard(terminal, tmp_path):
    a, b = write_hostile_pair(tmp_path / "reports")
    t = terminal(160, 50)
    # A baseline session starts the server; then every pane may set the clipboard (so an OSC 52
    # would land in a tmux paste buffer) and the title.
    raw_session(t, "baseline", "sleep 600")
    t.tmux("set-option", "-s", "set-clipboard", "on")
    t.tmux("set-option", "-g", "allow-rename", "on")
    baseline = display(t, "baseline", STATE)
    assert "PWNED" not in baseline and buffers(t) == ""

    # The control: the same report printed raw does change the terminal, so the detectors work.
    raw_session(t, "control", f"cat {shlex.quote(str(a))}; sleep 600")
    changed = wait_until(lambda: (s := display(t, "control", STATE)) != baseline and s,
                         what="the raw report to change the control pane")
    assert "PWNED" in changed.split("|")[0] or changed.split("|")[1:] != baseline.split("|")[1:]
    wait_until(lambda: buffers(t), what="the raw OSC 52 to fill a paste buffer")
    t.tmux("delete-buffer", check=False)
    t.tmux("kill-session", "-t", "control")

    # The reader on the same report: nothing changes.
    t.start([str(a), str(b)], cwd=str(tmp_path))

    def outcome():
        if display(t, t.name, STATE) != baseline or buffers(t):
            return "the terminal changed"
        screen = t.screen()
        if "Talks in Geneva end without a deal" in screen and "We will not sign a bad" in screen:
            return "shown"
        return None

    assert wait_until(outcome, what="the reader's first screen") == "shown", (
        display(t, t.name, STATE), buffers(t))
    t.wait_for("removed")  # the reader is told (a notification)
    for _ in range(3):
        t.press("G")
        t.press("Tab")
    screen = t.wait_for("The last paragraph is plain and ends the report.")
    # Page through both panes (whatever the layout) and collect what was on the screen.
    wanted = ("[@click=app.quit]z[/]", "[link=http://e.vil]y[/link]")  # shown as written
    for _pane in range(2):
        t.press("Tab")
        t.press("g")
        for _ in range(8):
            screen += t.screen()
            if all(w in screen for w in wanted):
                break
            before = t.screen()
            t.press("Space")
            deadline = time.monotonic() + 5  # at the bottom the screen stays as it is
            while t.screen() == before and time.monotonic() < deadline:
                time.sleep(0.05)
    assert all(w in screen for w in wanted), screen
    assert "PWNED" not in screen
    assert display(t, t.name, STATE) == baseline
    assert buffers(t) == "", "a report wrote to the clipboard"
    t.press("q")
    assert t.wait_exit() == 0
    assert display(t, t.name, STATE) == baseline
    assert buffers(t) == ""
    assert_terminal_usable(t, t.name)


def _child_pid(t) -> int:
    shell = int(display(t, t.name, "#{pane_pid}"))

    def child():
        # the briefing process, not the `stty`/`sleep` of the wait for the terminal's size
        out = subprocess.run(["pgrep", "-P", str(shell), "-f", "briefing"], capture_output=True,
                             text=True).stdout
        return int(out.split()[0]) if out.split() else 0

    return wait_until(child, what="briefing to start")


def _bytes_read(pid: int) -> int:
    try:
        io_stats = Path(f"/proc/{pid}/io").read_text()
    except OSError:
        return -1
    return int(next(ln.split()[1] for ln in io_stats.splitlines() if ln.startswith("rchar")))


def test_ctrl_c_during_a_long_load_exits_cleanly(terminal, tmp_path):
    big = write_big_file(tmp_path / "fifty.txt")
    second = write_big_file(tmp_path / "second.txt")
    t = terminal(100, 30)
    t.start([str(big), str(second)], cwd=str(tmp_path))
    pid = _child_pid(t)
    # wait until the first report has been read (8 MB), so that parsing it is under way
    wait_until(lambda: _bytes_read(pid) > 8_000_000 or _bytes_read(pid) < 0,
               what="the load to start")
    t.press("C-c")
    code = t.wait_exit()
    screen = t.screen()
    assert "Traceback" not in screen, screen
    if code != 0:  # interrupted during the load (0 only if the load won the race and we quit)
        assert code == 130, screen
    assert_terminal_usable(t, t.name)


def test_ctrl_c_while_a_folder_loads_in_the_reader(terminal, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    body = plain_report() + "More words about the talks in Geneva and the tariffs. " * 4000
    for i in range(100):
        (folder / f"{i:03d}.txt").write_text(body.replace("Report 1", f"Report {i}"))
    t = terminal(120, 30)
    t.start([str(folder)], cwd=str(tmp_path), env={"XDG_CACHE_HOME": str(tmp_path / "cache"),
                                                    "XDG_CONFIG_HOME": str(tmp_path / "cfg")})
    t.wait_for("Trade talks resume", "reading")  # the first screen, the rest still loading
    # press once the pool is busy: some reports are in, most are still being read
    wait_until(lambda: re.search(r"reading [1-9]\d*/98", t.screen()), what="a report to load")
    assert display(t, t.name, "#{alternate_on}") == "1"
    t.press("C-c")
    code = t.wait_exit(timeout=120)
    assert code in (0, 130), t.screen()
    # each report is stored in the cache as it is analysed: had quitting waited for the
    # background load, all 98 would be there
    with contextlib.closing(sqlite3.connect(tmp_path / "cache" / "briefing" / "analyses.sqlite")) as db:
        stored = db.execute("SELECT count(*) FROM analyses").fetchone()[0]
    assert stored < 98, "quitting waited for the background load"
    screen = t.screen()
    assert "Traceback" not in screen and "Trade talks resume" not in screen, screen
    assert_terminal_usable(t, t.name)
    # and the terminal still echoes what is typed: a shell in the same pane answers
    t.tmux("respawn-pane", "-k", "-t", t.name, "bash --norc --noprofile")
    t.type("echo sane-$((40+2))")
    t.press("Enter")
    t.wait_for("sane-42")

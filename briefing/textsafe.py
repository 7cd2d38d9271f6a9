"""Terminal-safe text: what every renderer uses before untrusted text reaches a terminal."""

from __future__ import annotations

import re

# ESC-introduced sequences: CSI (ESC [ … final), OSC (ESC ] … BEL or ST), DCS/SOS/PM/APC strings,
# and two-byte escapes. Also the 8-bit C1 forms of CSI and OSC.
_ESCAPES = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]?            # CSI
  | \x9b[0-?]*[ -/]*[@-~]?              # 8-bit CSI
  | (?:\x1b\]|\x9d)[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)   # OSC (title, clipboard, links)
  | (?:\x1b[PX^_]|[\x90\x98\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x1b\\|\x9c)  # DCS, SOS, PM, APC
  | \x1b[ -/]*[0-~]?                    # other escapes (and the opener of an unterminated string)
    """,
    re.VERBOSE,
)
# A string sequence (OSC, DCS, …) must be terminated on its own line: an unterminated one loses
# only its opener, never the text that follows it (harmless plain text once ESC is gone).
# Everything else that a terminal acts on or that reorders what the reader sees.
_CONTROLS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)


def strip_terminal_controls(text: str) -> tuple[str, int]:
    """Remove escape sequences, control characters and bidi overrides. Returns (text, count)."""
    if _CONTROLS.search(text) is None:  # the common case: every escape starts with a control
        return text.replace("\t", "    "), 0
    count = 0

    def _drop(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return ""

    text = _ESCAPES.sub(_drop, text)
    text = text.replace("\t", "    ")
    text = _CONTROLS.sub(_drop, text)
    return text, count


def safe_line(text: str) -> str:
    """A single printable line of untrusted text (for messages and CLI output)."""
    for ch in "\r\n\x0b\x0c\x85\u2028\u2029":
        text = text.replace(ch, " ")
    return strip_terminal_controls(text)[0]

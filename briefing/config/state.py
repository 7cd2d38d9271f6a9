"""What briefing remembers between runs (today: the theme chosen last), in one small JSON file
in the config folder. Reading never fails (a missing or corrupt file is an empty state);
writing is atomic and reports failure instead of raising."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from typing import Any

from . import paths

THEME_KEY = "theme"


def read_state() -> dict[str, Any]:
    """Everything remembered; {} when the file is missing, unreadable or not a JSON object."""
    try:
        data = json.loads(paths.state_path().read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def remember(key: str, value: Any) -> bool:
    """Set one key of the state: written to a temp file then os.replace'd, so a crash never
    leaves a half-written file. Other keys of a valid state file are kept. Returns False (and
    raises nothing) when the folder cannot be written."""
    path = paths.state_path()
    data = read_state()
    data[key] = value
    tmp_name = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".state-", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=2, sort_keys=True)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
        return True
    except OSError:
        return False
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def load_choice() -> str | None:
    """The theme chosen last time, or None (no file, unreadable or corrupt file)."""
    name = read_state().get(THEME_KEY)
    return name if isinstance(name, str) and name else None


def save_choice(name: str) -> bool:
    """Remember the theme `name` for next time (False when it cannot be written)."""
    return remember(THEME_KEY, name)

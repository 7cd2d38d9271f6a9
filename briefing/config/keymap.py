"""The user's key map: ``keymap.toml`` in the config folder remaps keys by binding id.

    [keys]
    "app.quit" = "q,ctrl+q"
    "pane.down" = "j,down,ctrl+n"

Every binding of the reader has an id (the help screen lists them). Pure Python, no Textual.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from .paths import keymap_path


def load_keymap(path: Path | None = None) -> tuple[dict[str, str], list[str]]:
    """(binding id -> keys, problems). A missing file is an empty key map, not a problem."""
    path = path or keymap_path()
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return {}, []
    except (OSError, UnicodeDecodeError) as e:
        return {}, [f"{path}: cannot read ({e})"]
    except tomllib.TOMLDecodeError as e:
        return {}, [f"{path}: {e}"]
    keys = data.get("keys", {})
    problems = [f"{path}: unknown table or key {k!r} (only [keys])" for k in data if k != "keys"]
    if not isinstance(keys, dict):
        return {}, [*problems, f"{path}: [keys] must be a table"]
    out: dict[str, str] = {}
    for binding_id, value in keys.items():
        if isinstance(value, list):
            value = ",".join(str(v) for v in value)
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{path}: {binding_id!r} needs keys like \"j,down\"")
            continue
        out[binding_id] = ",".join(k.strip() for k in value.split(",") if k.strip())
    return out, problems

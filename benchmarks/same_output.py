"""Does a change keep the output on the bundled reports? (issue 12: "same output as before")

    python benchmarks/same_output.py REF [REF2]

Runs ``briefing facts|quotes --json``, ``briefing diff --json``, ``briefing diff --markdown`` and the
tables for people on the two bundled reports with the package as it is at git ref REF (checked out into a
temporary worktree, run from there with ``python -m briefing``) and with REF2 (default: the
working tree), with an empty cache each, and prints, per output, "same" or the first lines that
differ. Exit status 1 when any output differs, so it can gate a refactoring.
"""

from __future__ import annotations

import difflib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted(str(p) for p in (ROOT / "seeds").iterdir() if p.suffix in (".md", ".txt"))
COMMANDS = {
    "facts --json": ["facts", *SEEDS, "--json"],
    "quotes --json": ["quotes", *SEEDS, "--json"],
    "diff --json": ["diff", *SEEDS, "--json"],
    "diff --markdown": ["diff", *SEEDS, "--markdown"],
    "diff (table)": ["diff", *SEEDS],
    "facts (table)": ["facts", *SEEDS],
}


def run(tree: Path, args: list[str], cache: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(tree), "XDG_CACHE_HOME": cache, "COLUMNS": "120"}
    out = subprocess.run([sys.executable, "-m", "briefing", *args], cwd=tempfile.gettempdir(),
                         env=env, capture_output=True, text=True, timeout=300)
    if out.returncode != 0:
        return f"exit {out.returncode}: {out.stderr.strip()}"
    return out.stdout


def normalised(name: str, text: str) -> list[str]:
    if name.endswith("--json"):
        try:
            return json.dumps(json.loads(text), indent=1, sort_keys=True, ensure_ascii=False).splitlines()
        except ValueError:
            pass
    return text.splitlines()


def checkout(ref: str, where: Path) -> Path:
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(where), ref], check=True)
    return where


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    differs = False
    with tempfile.TemporaryDirectory() as tmp:
        trees = []
        for n, ref in enumerate(sys.argv[1:3]):
            trees.append(checkout(ref, Path(tmp) / f"tree{n}"))
        if len(trees) == 1:
            trees.append(ROOT)
        try:
            for name, args in COMMANDS.items():
                before, after = (normalised(name, run(t, args, str(Path(tmp) / f"cache{n}")))
                                 for n, t in enumerate(trees))
                if before == after:
                    print(f"{name:16} same ({len(after):,} lines)")
                    continue
                differs = True
                diff = list(difflib.unified_diff(before, after, "before", "after", n=0, lineterm=""))
                print(f"{name:16} DIFFERS ({len(diff):,} diff lines); first ones:")
                for line in diff[:12]:
                    print("    " + line[:150])
        finally:
            for t in trees:
                if t != ROOT:
                    subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(t)],
                                   check=False)
    return 1 if differs else 0


if __name__ == "__main__":
    sys.exit(main())

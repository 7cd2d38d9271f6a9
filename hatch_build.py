"""Build hook: the analysers (``briefing/analyze``) compiled to C with mypyc when the wheel is
built, so that ``pip install .`` gives the same analysis faster; pure Python where compiling
cannot be done here (no C compiler, no Python headers, a compiler error), or when asked for
(``BRIEFING_PURE=1``), and always for an editable install, so that an edited file is the code
that runs. Same code, same results: the test suite runs on what was built (see README, "Compiled analysers").
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from hatch_mypyc.plugin import MypycBuildHook


class CompiledAnalysers(MypycBuildHook):
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        if os.environ.get("BRIEFING_PURE", "") not in ("", "0"):
            self.app.display_info("briefing: BRIEFING_PURE is set: the analysers stay pure Python")
        else:
            self._compile(version, build_data)
        self._seed(build_data)

    def _compile(self, version: str, build_data: dict[str, Any]) -> None:
        try:
            super().initialize(version, build_data)
        except Exception as e:  # the wheel is pure Python then: slower, never broken
            self.clean([version])
            last = [line for line in str(e).splitlines() if line.strip()][-1:] or ["?"]
            self.app.display_warning(
                "briefing: the analysers could not be compiled here, so they stay pure Python "
                f"(same results, slower): {last[0][:300]}")
            return
        self.app.display_info("briefing: the analysers are compiled (mypyc)")

    def _seed(self, build_data: dict[str, Any]) -> None:
        """The store of compiled patterns (``briefing.startup.write_seed``) made by the code just
        built, with this Python, written beside the sources (``briefing/prebuilt/``, ignored by
        git, as the compiled modules are: the tests and benchmarks of the checkout use it too)
        and shipped in the wheel (``startup.SEED``). Without it (any error here), the first run
        compiles them, as before."""
        folder = Path(self.root) / "briefing" / "prebuilt"
        try:
            folder.mkdir(exist_ok=True)
            for old in folder.glob("patterns-*.json"):  # (a build's own, never one added to)
                old.unlink()
            env = dict(os.environ, PYTHONPATH=self.root)
            env.pop("PYTHONSAFEPATH", None)
            out = subprocess.run([sys.executable, "-c", _SEED, str(folder)], cwd=self.root,
                                 env=env, capture_output=True, text=True, timeout=300)
            made = sorted(folder.glob("patterns-*.json"))
            if out.returncode or len(made) != 1:
                raise RuntimeError((out.stderr.strip().splitlines() or ["no store written"])[-1])
        except Exception as e:
            self.app.display_warning(f"briefing: no store of compiled patterns shipped: {e}")
            return
        build_data["force_include"][str(made[0])] = f"briefing/prebuilt/{made[0].name}"
        self.app.display_info(f"briefing: ships its compiled patterns ({made[0].name})")


# Run in the build's environment, which has the build's requirements and not the package's:
# the store is JSON written with orjson, which is lent a stand-in made of the standard library's
# json for the run (the same document; nothing else here needs a dependency).
_SEED = """
import json, sys, types
try:
    import orjson
except ImportError:
    orjson = types.ModuleType("orjson")
    orjson.dumps = lambda o: json.dumps(o, ensure_ascii=False).encode()
    orjson.loads = json.loads
    sys.modules["orjson"] = orjson
from pathlib import Path
from briefing.startup import write_seed
sys.exit(0 if write_seed(Path(sys.argv[1])) else 1)
"""


def get_build_hook() -> type[CompiledAnalysers]:
    return CompiledAnalysers

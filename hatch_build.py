"""Build hook: the analysers (``briefing/analyze``) compiled to C with mypyc when the wheel is
built, so that ``pip install .`` gives the same analysis faster; pure Python where compiling
cannot be done here (no C compiler, no Python headers, a compiler error), or when asked for
(``BRIEFING_PURE=1``), and always for an editable install, so that an edited file is the code
that runs. Same code, same results: the test suite runs on what was built (see README, "Compiled analysers").
"""

from __future__ import annotations

import os
from typing import Any

from hatch_mypyc.plugin import MypycBuildHook


class CompiledAnalysers(MypycBuildHook):
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        if os.environ.get("BRIEFING_PURE", "") not in ("", "0"):
            self.app.display_info("briefing: BRIEFING_PURE is set: the analysers stay pure Python")
            return
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


def get_build_hook() -> type[CompiledAnalysers]:
    return CompiledAnalysers

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Hypothesis' per-example deadline (200 ms) and its "too slow" health check are timing asserts:
# on a shared, busy machine they fail at random. Property tests check properties, never speed.
settings.register_profile("suite", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("suite")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

SEED_A = SEEDS / "000_1d6d51afe2c521b8.txt"  # The Tribune / AFP
SEED_B = SEEDS / "003_a3f936aae91260b2.txt"  # NDTV


def _stale_compiled() -> list[str]:
    """Analysers compiled by ``pip install .`` (hatch_build.py) beside sources edited since: Python
    imports the compiled module first, so the suite would test the old code."""
    stale = []
    for so in (ROOT / "briefing").rglob("*.so"):
        py = so.with_name(so.name.split(".")[0] + ".py")
        if py.exists() and py.stat().st_mtime > so.stat().st_mtime:
            stale.append(str(py.relative_to(ROOT)))
    return stale


if _stale := _stale_compiled():
    pytest.exit(f"{len(_stale)} source file(s) changed since they were compiled ({_stale[0]}, ...): "
                "run `pip install .` again, or remove the compiled modules: "
                "find briefing -name '*.so' -delete", returncode=4)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Never read or write the real user's config or cache."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("BRIEFING_THEME", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)


@pytest.fixture
def seed_a():
    from briefing.ingest import read_article

    return read_article(SEED_A)


@pytest.fixture
def seed_b():
    from briefing.ingest import read_article

    return read_article(SEED_B)

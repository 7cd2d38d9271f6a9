"""The config package: where files live, the key map file, and highlight kinds that follow the
model's fact kinds."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing.config import paths
from briefing.config.keymap import load_keymap
from briefing.config.theme_spec import HIGHLIGHT_KINDS, highlight_key
from briefing.config.themes import discover_themes
from briefing.model import FACT_KINDS


def test_user_folders_follow_xdg(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert paths.keymap_path() == tmp_path / "cfg" / "briefing" / "keymap.toml"
    assert paths.state_path() == tmp_path / "cfg" / "briefing" / "state.json"
    assert paths.user_themes_dir() == tmp_path / "cfg" / "briefing" / "themes"
    assert paths.analyses_cache_path().parent == tmp_path / "cache" / "briefing"
    assert paths.pages_store_path().parent == tmp_path / "cache" / "briefing"
    assert paths.analyses_cache_path() != paths.pages_store_path()


def test_bundled_folders_are_found():
    seeds, themes = paths.bundled_seeds_dir(), paths.bundled_themes_dir()
    assert seeds is not None and sorted(p.suffix for p in seeds.iterdir()) == [".txt", ".txt"]
    assert themes is not None and (themes / "newsroom.toml").is_file()
    assert paths.bundled_dir("no-such-folder") is None


def test_keymap_is_read_from_the_config_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert load_keymap() == ({}, [])  # no file: nothing to remap, nothing wrong
    os.makedirs(tmp_path / "briefing")
    (tmp_path / "briefing" / "keymap.toml").write_text(
        '[keys]\n"app.quit" = "q, ctrl+q"\n"pane.down" = ["j", "ctrl+n"]\n"pane.up" = ""\n'
        '[extra]\n')
    keys, problems = load_keymap()
    assert keys == {"app.quit": "q,ctrl+q", "pane.down": "j,ctrl+n"}
    assert len(problems) == 2
    assert any("'pane.up'" in p for p in problems) and any("'extra'" in p for p in problems)


def test_broken_keymap_is_a_problem_not_a_crash(tmp_path):
    path = Path(tmp_path / "keymap.toml")
    path.write_text('[keys\n"app.quit" = "q"\n')
    keys, problems = load_keymap(path)
    assert keys == {} and len(problems) == 1 and str(path) in problems[0]


def test_every_fact_kind_and_quote_has_a_colour_in_every_shipped_theme():
    assert HIGHLIGHT_KINDS[: len(FACT_KINDS)] == FACT_KINDS
    found = discover_themes()
    assert found.problems == []
    for kind in (*FACT_KINDS, "quote", "scare"):
        key = highlight_key(kind)
        for spec in found.themes:
            assert spec.variables[key].startswith(("#", "ansi_")), (spec.name, key)
    with pytest.raises(KeyError):
        highlight_key("weather")

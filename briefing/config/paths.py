"""Where briefing's files live: the user's config and cache folders (platformdirs, so XDG on
Linux) and the files bundled with the package (themes/, seeds/). Every other module asks here.

Bundled folders are found from this package's own path: inside an installed wheel they sit in
the package (``briefing/themes``), in a source checkout beside it (``<repo>/themes``).
"""

from __future__ import annotations

from pathlib import Path

APP_NAME = "briefing"

STATE_FILE = "state.json"
KEYMAP_FILE = "keymap.toml"
THEMES_FOLDER = "themes"
SEEDS_FOLDER = "seeds"
ANALYSES_FILE = "analyses.sqlite"
PAGES_FILE = "pages.sqlite"


# --- the user's folders (platformdirs is imported only when a folder is asked for) ----------


def config_dir() -> Path:
    """The user's config folder for briefing (XDG_CONFIG_HOME/briefing on Linux)."""
    import platformdirs

    return Path(platformdirs.user_config_path(APP_NAME))


def cache_dir() -> Path:
    """The user's cache folder for briefing (XDG_CACHE_HOME/briefing on Linux)."""
    import platformdirs

    return Path(platformdirs.user_cache_path(APP_NAME, appauthor=False))


def user_themes_dir() -> Path:
    """Where the user's own theme files go."""
    return config_dir() / THEMES_FOLDER


def state_path() -> Path:
    """The remembered choices (the theme chosen last)."""
    return config_dir() / STATE_FILE


def keymap_path() -> Path:
    """The user's key map."""
    return config_dir() / KEYMAP_FILE


def analyses_cache_path() -> Path:
    """The cache of analyses, keyed by content."""
    return cache_dir() / ANALYSES_FILE


def pages_store_path() -> Path:
    """The store of fetched pages and feed items."""
    return cache_dir() / PAGES_FILE


# --- the package and what ships with it ----------------------------------------------------


def package_dir() -> Path:
    """The `briefing` package folder."""
    return Path(__file__).resolve().parent.parent


def bundled_dir(name: str) -> Path | None:
    """A folder shipped with briefing ("themes", "seeds"): inside the installed package, or the
    repo's folder of that name in a checkout; None when neither exists."""
    here = package_dir()
    for candidate in (here / name, here.parent / name):
        if candidate.is_dir():
            return candidate
    return None


def bundled_themes_dir() -> Path | None:
    """The shipped themes."""
    return bundled_dir(THEMES_FOLDER)


def bundled_seeds_dir() -> Path | None:
    """The bundled reports `briefing` opens with no arguments."""
    return bundled_dir(SEEDS_FOLDER)

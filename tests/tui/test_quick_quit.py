"""Leaving the reader before its first screen has settled never ends in a traceback."""

from __future__ import annotations

import time

from .conftest import make_app


async def test_quitting_while_the_first_screen_is_drawn():
    """The sidebar builds its list after the first refresh; when the reader was closing by
    then, mount() mounted nothing and the lookup of its filter raised NoMatches."""
    for _ in range(3):
        app = make_app()
        async with app.run_test(size=(100, 30)):
            time.sleep(0.3)  # the loop busy (a slow machine) until the test leaves: app.exit()
        assert app.return_code in (0, None)

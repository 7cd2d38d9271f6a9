"""What's new: the sidebar's count, ]/[ in either pane and `briefing diff` agree."""

from __future__ import annotations

from briefing.tui.widgets.article_pane import ArticlePane
from briefing.tui.widgets.facts_sidebar import FactsSidebar

from .conftest import make_app, settle

A = ("A storm cut power to 5,000 homes in the valley on Friday.\n\n"
     "The mayor said the clean-up would keep crews busy in the old town for weeks to come.\n\n"
     "The utility said repairs would cost 2 million dollars.\n")
B = ("Some 8,000 homes across the valley lost electricity when the storm hit on Friday.\n\n"
     "For weeks to come, crews in the old town would be kept busy by the clean-up, the mayor said.\n\n"
     "The utility said repairs would cost 3 million dollars.\n")


async def test_changed_count_matches_the_stops_of_the_change_keys(tmp_path):
    pa, pb = tmp_path / "a.txt", tmp_path / "b.txt"
    pa.write_text(A)
    pb.write_text(B)
    app = make_app((pa, pb))
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        title = str(app.query_one(FactsSidebar).title)
        assert "2 changed" in title, title
        for pane in app.query(ArticlePane):
            pane.focus()
            await pilot.press("g")
            seen = []
            for _ in range(4):  # ] wraps round: two stops, then the first again
                await pilot.press("right_square_bracket")
                seen.append(pane.cursor_offset)
            assert len(set(seen)) == 2, seen


JOINED_A = ("A storm cut power to 5,000 homes in the valley on Friday.\n\n"
            "The mayor said the clean-up would keep crews busy in the old town for weeks.\n\n"
            "Repair crews from three counties worked through the night on the damaged lines. "
            "They restored power to the county hospital by dawn on Saturday.\n\n"
            "The utility said repairs would cost 2 million dollars.\n")
JOINED_B = ("A storm cut power to 5,000 homes in the valley on Friday.\n\n"
            "The mayor said the clean-up would keep crews busy in the old town for weeks.\n\n"
            "Repair crews from four counties worked through the night on the damaged lines and "
            "restored power to the county hospital by dawn on Saturday.\n\n"
            "The utility said repairs would cost 2 million dollars.\n")


async def test_one_sentence_of_b_joining_two_of_a_is_one_stop_in_either_pane(tmp_path):
    # B joins A's two sentences about the crews into one, changed: one change, "1 changed",
    # and ] stops once in A (at the first of the two) as in B, not twice
    pa, pb = tmp_path / "a.txt", tmp_path / "b.txt"
    pa.write_text(JOINED_A)
    pb.write_text(JOINED_B)
    app = make_app((pa, pb))
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        c = app.comparison
        assert sorted((k.a, k.b) for k in c.links if k.status != "same") == [(2, 2), (3, 2)]
        title = str(app.query_one(FactsSidebar).title)
        assert "1 changed" in title, title
        for slot, pane in enumerate(app.query(ArticlePane)):
            pane.focus()
            await pilot.press("g")
            seen = []
            for _ in range(3):  # ] wraps round: one stop, again and again
                await pilot.press("right_square_bracket")
                seen.append(pane.cursor_offset)
            assert len(set(seen)) == 1, (slot, seen)
            assert seen[0] == (c.a if slot == 0 else c.b).sentences[2].start

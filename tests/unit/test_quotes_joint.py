"""Who speaks, more classes of miss (issue 15): a body's long name and a role before the speaker's
name, roles joined by "and", two people speaking together."""

from __future__ import annotations

import pytest

from .test_quotes import find
from .test_quotes_speakers import analysed

# --- a body's name and a role before the name ----------------------------------------------------


@pytest.mark.parametrize("raw, speaker", [
    ('"Nobody checked the permits," Oregon Department of Fish and Wildlife deputy director '
     'Lena Marsh told reporters.', "Lena Marsh"),
    ('"The budget is gone," Bank of Portugal chief economist Rui Tavares said on Friday.',
     "Rui Tavares"),
])
def test_a_body_then_a_role_before_the_name_names_the_speaker(raw, speaker):
    q = find(analysed(raw), "")
    assert q.speaker == speaker
    assert q.mention is not None and q.mention.text.endswith(speaker)


"""figure_facts.new_fact makes the same Fact as its constructor."""

from __future__ import annotations

import pickle

from briefing.analyze.figure_facts import new_fact
from briefing.model import Fact


def test_new_fact_is_the_constructors():
    for args in (("number", "12", 4, 6, {"value": 12.0, "unit": None}),
                 ("date", "Friday", 0, 6, "2025-12-12"), ("money", "$5", 1, 3, None)):
        made, built = new_fact(*args), Fact(*args)
        assert made == built and hash(repr(made)) == hash(repr(built))
        assert pickle.loads(pickle.dumps(made)) == built
        assert made.__class__ is Fact

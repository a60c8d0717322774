"""recognise.before.Before: the latest mention of each entity before a place, read by bisection."""

from __future__ import annotations

import random

import pytest

from tacb_graph.recognise.before import Before
from tacb_graph.recognise.state import Found


def first_fitting(mentions, fits):
    return next((f.key for f in reversed(mentions) if f.key in fits), None)


@pytest.mark.parametrize("seed", range(30))
def test_the_nearest_fitting_entity_is_the_same_as_a_reading_of_every_mention(seed):
    rnd = random.Random(seed)
    text = "".join(rnd.choice(["x", "原名为"]) for _ in range(60))
    found = []
    named = None
    for step in range(40):
        start = rnd.randrange(0, len(text) - 3)
        found.append(Found(start, start + rnd.randrange(1, 4), rnd.choice("abcdefg"), "name"))
        if named is None:
            named = Before(found, text, ("原名为",))
        named.take_in()
        found.sort(key=lambda f: f.start)  # stably, as the recogniser sorts
        cut = rnd.randrange(0, len(text) + 1)
        every = [f for f in found if f.end <= cut and not text.endswith("原名为", 0, f.start)]
        for fits in ({"a"}, {"b", "c"}, set("abcdefg"), set()):
            assert first_fitting(named.latest(cut), fits) == first_fitting(every, fits), (step, cut, fits)


def test_mentions_at_one_place_keep_the_order_of_the_list():
    found = [Found(5, 9, "b", "name"), Found(5, 7, "a", "name")]
    named = Before(found, "0123456789", ())
    assert [f.key for f in named.latest(10)] == ["b", "a"]

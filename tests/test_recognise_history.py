"""recognise.context.History: what earlier units named, read back without rescanning them."""

from __future__ import annotations

import random
from collections import namedtuple

import pytest

from tacb_graph.recognise.context import History

F = namedtuple("F", "start key end", defaults=(None,))
U = namedtuple("U", "unit")


def pushed(units, kinds=None) -> History:
    h = History()
    for i, keys in enumerate(units):
        h.push(U((kinds or ["paragraph"] * len(units))[i]), [F(j, k, j + 1) for j, k in enumerate(keys)], {})
    return h


def backward_scan(h: History, reach: int, paragraphs: bool) -> list[str]:
    """What a scan of every earlier mention, latest first, meets, each key once."""
    return list(dict.fromkeys(k for _p, k in reversed(h.previous(reach, paragraphs))))


@pytest.mark.parametrize("seed", range(20))
def test_latest_first_meets_keys_in_the_order_a_full_backward_scan_does(seed):
    rnd = random.Random(seed)
    units = [[rnd.choice("abcdef") for _ in range(rnd.randrange(0, 9))] for _ in range(rnd.randrange(1, 7))]
    kinds = [rnd.choice(["paragraph", "footnote"]) for _ in units]
    h = pushed(units, kinds)
    for reach in range(0, len(units) + 2):
        for paragraphs in (False, True):
            got = list(dict.fromkeys(h.latest_first(reach, paragraphs)))
            assert got == backward_scan(h, reach, paragraphs), (units, kinds, reach, paragraphs)


def test_a_key_named_in_two_units_is_met_first_in_the_later_one():
    h = pushed([["a", "b"], ["b", "c", "b"]])
    assert list(h.latest_first(2)) == ["b", "c", "b", "a"]
    assert list(h.latest_first(1)) == ["b", "c"]
    assert list(h.latest_first(0)) == []


def test_last_is_the_place_of_each_keys_latest_mention_in_the_report():
    h = pushed([["a", "b"], ["b", "c"]])
    assert h.last == {"a": 0, "b": 2, "c": 3}
    assert h.counts == {"a": 1, "b": 2, "c": 1}


def test_a_name_and_its_bracketed_abbreviation_are_one_naming():
    h = History()
    # "Office of the Special Adviser on Africa (OSAA)", then OHCHR: each named once
    h.push(U("paragraph"), [F(0, "org/osaa", 31), F(33, "org/osaa", 37), F(40, "org/ohchr", 45)], {})
    assert h.counts == {"org/osaa": 1, "org/ohchr": 1}
    h.push(U("paragraph"), [F(0, "org/osaa", 4), F(10, "org/osaa", 14)], {})  # named twice, apart
    assert h.counts["org/osaa"] == 3


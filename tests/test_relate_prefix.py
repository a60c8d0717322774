"""relate.prefix.Prefix: what a growing list held when a sentence began, read in place."""

from __future__ import annotations

import pytest

from tacb_graph.relate.prefix import Prefix


def test_a_prefix_keeps_its_length_while_the_list_grows():
    items = [1, 2, 3]
    p = Prefix(items)
    items += [4, 5]
    assert len(p) == 3 and list(p) == [1, 2, 3] and list(reversed(p)) == [3, 2, 1]
    assert p[-1] == 3 and p[0] == 1 and p[1:] == [2, 3] and p[::-1] == [3, 2, 1]
    assert 4 not in p and 2 in p
    assert list(p) + [9] == [1, 2, 3, 9]


@pytest.mark.parametrize("i", [3, -4, 10])
def test_an_index_past_the_prefix_is_out_of_range_even_when_the_list_has_it(i):
    items = [1, 2, 3, 4, 5]
    with pytest.raises(IndexError):
        Prefix(items, 3)[i]


def test_an_empty_prefix_is_false_and_matches_a_filter_like_a_list():
    assert not Prefix([]) and not Prefix([1], 0)
    items = ["a", "bb", "c"]
    p = Prefix(items, 2)
    assert [x for x in p if len(x) == 1] == ["a"]
    assert next((x for x in reversed(p) if x.startswith("b")), None) == "bb"

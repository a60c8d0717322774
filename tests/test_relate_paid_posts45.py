"""An adviser's post paid for in the next sentence, after a time phrase or by two donors jointly (zh ``repeated_help``
``funded_back`` with a time phrase, ``funded_back_verbs`` ``共同出资``, ``extra_nouns`` ``人员``): the donors help the State
the post was placed in (and, as before, whom the post advised: the open question of ``tests/gold/README.md``).
Sentences of our own, not copied from any gold text."""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment


def _facts(text: str) -> set[tuple[str, str, str, str]]:
    text = f"1. {text}\n\n"
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {(r.subject, r.predicate, r.object, r.modality) for r in rec.relations if r.predicate != "cites"}


@pytest.mark.parametrize("text, donors", [
    ("人权高专办自 2101 年起在蒙古派驻一名人权顾问，为联合国国家工作队提供咨询。该职位的费用在本报告所述期间由瑞典政府承担。",
     ("state/SWE",)),
    ("人权高专办自 2101 年起向蒙古派驻了一名人权顾问。在本报告所述期间，人权顾问的职位由加拿大和新西兰共同出资。",
     ("state/CAN", "state/NZL")),
    ("人权高专办自 2101 年起在蒙古派驻一个人权顾问小组。在本报告所述期间，小组的人员费用由瑞典和挪威分担。",
     ("state/SWE", "state/NOR")),
])
def test_donors_of_a_post_help_the_state_it_was_placed_in(text, donors):
    facts = _facts(text)
    for d in donors:
        assert (d, "assists", "state/MNG", "Reported") in facts

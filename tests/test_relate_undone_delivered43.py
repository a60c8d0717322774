"""What became of help planned, offered or asked for, in more forms: an activity the text says did not take place
with a time between the negation and the verb (``该培训未能在本报告所述期间举行``: zh ``modality`` ``undone_rx``); an
offer the other side turned down at the end of the sentence (``…曾提议…，政府则以…为由
婉拒``: ``offer_refused_later``); and the work asked for, said to be delivered in the next sentence even after an
aside (``The comments of the adviser, prepared with …, were transmitted``: en ``delivered_refs``, ``delivered_reach``).
Sentences of our own, not copied from any gold text."""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment


def _help(text: str) -> dict[tuple[str, str], str]:
    text = f"1. {text}\n\n"
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {(r.subject, r.object): r.modality for r in rec.relations if r.predicate == "assists"}


@pytest.mark.parametrize("text, pair, modality", [
    ("挪威曾表示愿意为尼日尔的劳动监察员举办一期培训，但由于资金审批延误，该培训未能在本报告所述期间举行。",
     ("state/NOR", "state/NER"), "Negated"),
    ("联合国开发计划署(开发署)曾提议为尼日尔的法官举办培训，政府则以司法改革尚未完成为由婉拒。",
     ("org/undp", "state/NER"), "Negated"),
])
def test_help_that_did_not_come(text, pair, modality):
    assert _help(text).get(pair) == modality


def test_help_put_off_with_a_time_stays_planned():
    got = _help("挪威曾表示愿意为尼日尔的劳动监察员举办一期培训，该培训将在 2107 年举行。")
    assert got.get(("state/NOR", "state/NER")) != "Negated"


@pytest.mark.parametrize("text, modality", [
    ("In March 2101, the Ministry of Justice of Ghana requested OHCHR to advise on the draft bail bill. The comments of "
     "the adviser, prepared with the Special Rapporteur on the independence of judges and lawyers, were transmitted to "
     "the Ministry in June 2101.", "Reported"),
    ("The Ministry of Justice of Ghana asked OHCHR to advise it on the draft law on assemblies. A legal analysis was "
     "transmitted to the Ministry in September 2101.", "Reported"),
    ("The Ministry of Justice of Ghana asked OHCHR to advise it on the draft law on assemblies. The comments are still "
     "being prepared.", "Requested"),
])
def test_the_work_asked_for_delivered(text, modality):
    assert _help(text).get(("org/ohchr", "state/GHA")) == modality

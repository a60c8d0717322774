"""Input to the report in more forms: addressed to the author named by its title (``向独立专家提交了书面资料``), given at
the author's invitation (``应起草小组之邀``, ``应邀提出了意见``), supplementary or written in other words (``还提交了补充材料``,
``以书面形式发表了意见``, ``expressed her views in writing``, ``submitted supplementary information``), the report said
to be based on what the submitters sent (``报告以 A 和 B 提交的季度进展报告为基础``), a State's ministry whose name
holds ``与`` (``南非国际关系与合作部``), and progress reports as the place of a submitter's words (``在季度报告中``,
``In its quarterly report``). Word lists: ``submitted_input`` and ``state_organ`` in relations.json. Sentences of our
own, not copied from any gold text."""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment


def _inputs(text: str) -> set[tuple[str, str]]:
    text = f"1. {text}\n\n"
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {(r.subject, r.modality) for r in rec.relations if r.predicate == "submittedInputTo"}


@pytest.mark.parametrize("text, submitters", [
    ("开发署、儿基会和国际法学家委员会向特别报告员提交了书面资料，供编写本报告之用。",
     {"org/undp", "org/unicef", "org/icj-jurists"}),
    ("当代形式奴隶制问题特别报告员应起草小组之邀提交了书面意见。", {"org/sr-slavery"}),
    ("人权理事会咨询委员会也应邀提出了意见。", {"org/hrc-advisory-committee"}),
    ("秘鲁监察员办公室和智利国家人权研究所还提交了补充材料。", {"org/ombudsman-peru", "org/indh-chile"}),
    ("报告以联合国开发计划署(开发署)和联合国儿童基金会(儿基会)提交的进展报告以及约旦政府提交的书面意见为基础。",
     {"org/undp", "org/unicef", "state/JOR"}),
    ("人权高专办收到了南非司法与宪法发展部、开发署和国际劳工组织(劳工组织)的书面材料。", {"state/ZAF", "org/undp", "org/ilo"}),
    ("开发署在季度报告中认为，互利合作的提法有助于争取各部委的支持。", {"org/undp"}),
    ("UNDP, UNICEF and the International Commission of Jurists submitted written information to the Special Rapporteur.",
     {"org/undp", "org/unicef", "org/icj-jurists"}),
    ("The Independent Expert on human rights and international solidarity expressed her views in writing.",
     {"org/ie-solidarity"}),
    ("In its quarterly report, UNDP considered that mutually beneficial cooperation helped.", {"org/undp"}),
])
def test_input_in_more_forms(text, submitters):
    assert {k for k, m in _inputs(text) if m == "Reported"} >= submitters


@pytest.mark.parametrize("text", [
    "The Office transmitted its observations on the draft law in May 2090.",
    "The Regional Office sent its written comments to the Ministry of Justice of Jordan in March 2092.",
    "国家人权委员会应政府的要求对法律草案提出了意见。",
])
def test_advice_on_a_draft_is_no_input(text):
    assert not _inputs(text)

"""A report of our own around the sentences an outcomes test reads (tests/test_relate_outcomes47.py and after): the
front page of a High Commissioner's report to the Human Rights Council, in English or Chinese, and its paragraphs
numbered from 1, through the real pipeline."""

from __future__ import annotations

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment

HEAD = """{symbol}
Human Rights Council
Nine hundred and ninety-ninth session
Agenda item 10
Technical assistance and capacity-building

Technical cooperation in the field of human rights

Report of the United Nations High Commissioner for Human Rights

 I. Introduction

"""

HEAD_ZH = """{symbol}

人权理事会
第九百九十九届会议
议程项目 10
技术援助和能力建设

人权领域的技术合作

联合国人权事务高级专员的报告

 一. 导言

"""


def extract(*paragraphs: str, zh: bool = False, symbol: str = "A/HRC/999/14"):
    """The relate result of a report whose numbered paragraphs are ``paragraphs``."""
    text = (HEAD_ZH if zh else HEAD).format(symbol=symbol) + "".join(f"{i}. {p}\n\n" for i, p in enumerate(paragraphs, 1))
    return relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))


def facts(*paragraphs: str, zh: bool = False) -> set[tuple[str, str, str, str]]:
    """``(subject, predicate, object, modality)`` of every relation but ``cites`` the report's paragraphs gave."""
    rec = extract(*paragraphs, zh=zh)
    return {(r.subject, r.predicate, r.object, r.modality) for r in rec.relations if r.predicate != "cites"}


def assists(*paragraphs: str, zh: bool = False) -> set[tuple[str, str, str]]:
    """``(provider, recipient, modality)`` of every ``assists`` the report's paragraphs gave."""
    return {(s, o, m) for s, p, o, m in facts(*paragraphs, zh=zh) if p == "assists"}


def mentions(*paragraphs: str, zh: bool = False) -> set[tuple[str, str]]:
    """``(surface, entity)`` of every mention the report's paragraphs gave."""
    rec = extract(*paragraphs, zh=zh)
    return {(m.surface, m.entity) for m in rec.mentions}

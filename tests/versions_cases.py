"""Small reports of our own for the tests of language versions (tests/test_align.py,
tests/test_check_languages.py): a zh and an en version of one short report, and hand-made records."""

from __future__ import annotations

from tacb_graph.records import Entity, Footnote, Mention, Paragraph, Recognised, ReportMeta, Segmented, Source

ZH = """A/HRC/60/12

人权理事会
第六十届会议

 一. 导言

1. 人权高专办协助马里政府开展培训。

2. 挪威为该项目捐款 20 万美元。

3. 联合国人权事务高级专员福尔克尔·蒂尔克访问了巴马科。

4. 人权高专办还举办了一次讲习班。
"""

EN = """A/HRC/60/12

Human Rights Council
Sixtieth session

 I. Introduction

1. OHCHR assisted the Government of Mali in organizing training.

2. Norway contributed USD 200,000 to the project.

3. The United Nations High Commissioner for Human Rights, Volker Türk, visited Bamako.

4. OHCHR also cooperated with UNDP in organizing a workshop.
"""


def rec(name: str, lang: str, paragraphs: int = 3, symbol: str | None = "A/HRC/1/1", footnotes: int = 0,
        sha: str | None = None, persons=(), mentions=(), entities=(), **facts) -> Recognised:
    """A report of ``paragraphs`` empty paragraphs with the given facts, persons and other entities."""
    seg = Segmented(Source(f"/x/{name}.txt", name, "", sha or (name * 64)[:64], "utf-8", 0), (),
                    tuple(Paragraph(n, None, "", 0, 0) for n in range(1, paragraphs + 1)),
                    tuple(Footnote(n, "", 0, 0) for n in range(1, footnotes + 1)),
                    meta=ReportMeta(symbol=symbol, language=lang))
    entities = tuple(entities) + tuple(Entity(k, "Person", k, k) for k in persons)
    return Recognised(seg, entities, tuple(mentions), lang=lang, **facts)


def person(key: str, n: int, start: int) -> Mention:
    return Mention(key, "paragraph", n, start, start + 2, "xx")

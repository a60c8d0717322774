"""Recipients of help likened to help the unit reported before: ``…协助斐济编写了报告。汤加也得到了类似的支持``.

A clause whose States *also received similar help* (``assists`` ``similar_received``: a regular expression
of the language, e.g. 也得到了类似的支持, 也获得了同样的援助) and that names no provider of its own was helped
by the providers of the last assistance the unit reported before it (in an earlier sentence). A modality
word before the phrase (尚未, 将) gives the fact its modality, as for any other help.

>>> from tacb_graph.records import Source
>>> from tacb_graph.segment import segment
>>> from tacb_graph.recognise import recognise
>>> from tacb_graph.relate import relate
>>> text = "1. 开发署协助贝宁修订了刑法。多哥也得到了类似的支持。\\n"
>>> rec = relate(recognise(segment(Source("r.txt", "r", text, "0", "utf-8", 0))))
>>> sorted((r.subject, r.object) for r in rec.relations if r.predicate == "assists")
[('org/undp', 'state/BEN'), ('org/undp', 'state/TGO')]
"""

from __future__ import annotations

import re

from .emit import emit_assist
from .patterns import SentenceContext
from .roles import members_of, year_before

__all__ = ["similar_help"]


def _rx(lx) -> re.Pattern | None:
    """``similar_received`` compiled once per lexicon."""
    if "_similar_received" not in lx.__dict__:
        pattern = lx["assists"].get("similar_received")
        lx.__dict__["_similar_received"] = re.compile(pattern) if pattern else None
    return lx.__dict__["_similar_received"]


def similar_help(ctx: SentenceContext) -> None:
    sent = ctx.sentence
    lx = sent.lx
    rx = _rx(lx)
    if rx is None or not ctx.earlier:
        return
    for m in rx.finditer(sent.text, sent.start, sent.end):
        s = m.start()
        lo = sent.clause_start(s)
        groups = [g for g in sent.groups if lo <= g.start and g.end <= s]
        if not groups or any(g.kinds() & lx.agents - {"State"} for g in groups):
            continue  # a provider of its own (开发署也提供了类似的支持) is read by the other patterns
        recipients = [k for g in groups if g.governor is None and "State" in g.kinds() for k in members_of(g, {"State"})]
        done = [r for r in ctx.earlier if r.predicate == "assists" and r.modality == "Reported"]
        if not recipients or not done:
            continue
        last = done[-1].sentence
        providers = list(dict.fromkeys(r.subject for r in done if r.sentence == last and r.subject not in recipients))
        if providers:
            emit_assist(ctx, providers, recipients, year_before(sent, s), None, ctx.mood(s))

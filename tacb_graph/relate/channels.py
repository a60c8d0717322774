"""Help given through another organisation: ``摩洛哥通过法语国家国际组织为 A 举办了培训``, ``Morocco trained officials of
A through the OIF``. The organisation the help went through gives it too (a co-provider, no partnership): the
pairs returned join the sentence's co-providers (:func:`~.patterns.co_providers`).

The language's ``partners`` ``channel`` settings: ``markers`` (通过, through, via) govern the channel; ``kinds`` are the
classes a channel may have (a regional organisation, an agency: not a State, whose people a phrase may name); a body
of the UN itself (``own_kinds``) is a channel only of the body it belongs to, or of a State (a donor gives through
any OHCHR office); a channel right before ``not_before`` (X 的, X's: through X's funds) is an owner, not a channel.
"""

from __future__ import annotations

import re

from .clauses import Group
from .doers import reporter
from .roles import is_free, members_of, subject_before

__all__ = ["channels"]


def channels(ctx) -> list[tuple[tuple[str, ...], tuple[str, ...], int, None]]:
    """(the actor, the organisations it acted through, 0, None) for each channel group of the sentence."""
    sent = ctx.sentence
    lx = sent.lx
    spec = lx["partners"].get("channel")
    if not spec:
        return []
    kinds = set(spec["kinds"])
    # a body of the UN itself (``own_kinds``: an OHCHR office) is a channel only of the body it belongs to (OHCHR
    # through its regional office), not of another (WHO through its country office; an office through OHCHR's adviser)
    own_kinds = set(spec.get("own_kinds", ()))
    item_kinds = sent.item_kinds() if own_kinds else {}
    own_offices = {k for k, kind in item_kinds.items() if kind in own_kinds}
    not_before = re.compile(spec["not_before"]) if spec.get("not_before") else None
    out = []
    for g in sent.groups:
        if g.governor not in spec["markers"] or not g.kinds() & kinds:
            continue
        if not_before is not None and not_before.match(sent.text, g.end):
            continue  # 通过 X 提供的资金: X's money, not X
        subj = _actor(ctx, g)
        if subj is None or set(subj.keys) & set(g.keys):
            continue
        donor = bool(subj.kinds()) and subj.kinds() <= {"State"}  # a State gives through any UN office (a donor's channel)
        via = [k for k in members_of(g, kinds) if k not in own_offices or donor or _office_of(ctx, k, subj)]
        if via:
            out.append((tuple(subj.keys), tuple(via), 0, None))
    return out


def _actor(ctx, g: Group) -> Group | None:
    """Who acted through ``g``: the first free actor of the sentence before the marker (Morocco trained officials of
    A through X; 日本通过 X 为…), else the first after it (Through X, Canada trained …)."""
    sent = ctx.sentence
    agents = sent.lx.agents
    marker = sent.text.rfind(g.governor, sent.start, g.head)
    first = reporter(sent, marker if marker != -1 else g.start, agents, set(g.keys))
    if first is None:
        first = next((h for h in sent.groups if h.start >= g.end and is_free(sent, h) and h.kinds() & agents), None)
    return first or subject_before(sent, marker if marker != -1 else g.start, agents, ctx.prev_subject)


def _office_of(ctx, key: str, subj: Group) -> bool:
    """``key``'s parent (the gazetteer's) is the actor or the actor's own parent (the High Commissioner's Office)."""
    parent = ctx.parents.get(key)
    return parent is not None and any(parent == k or parent == ctx.parents.get(k) for k in subj.keys)


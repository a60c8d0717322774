"""Runs of groups: the groups right after a place, joined by coordinators (:func:`coordinated_run`); and which groups a
partner marker governs make one run of partners: ``与 A 及与 B``, ``with A, including …, and with
B`` are one run; ``与 Y 共同在 A 与 B 接壤的地区`` is not (the second marker is a place phrase's)."""

from __future__ import annotations

from .clauses import Group, Sentence

__all__ = ["coordinated_run", "joined", "repeated_marker"]


def joined(sent: Sentence, prev: Group, g: Group) -> bool:
    """Whether only a coordinator (or nothing) and the marker again stand between ``prev`` and ``g``: 与 A 及与 B
    is one run; in 与 Y 共同在 A 与 B 接壤的地区 the second 与 is another phrase's."""
    lx = sent.lx
    gap = lx.trim(lx.squeeze(sent.text[prev.end:g.head]), "determiners").strip(" ,、")
    gap = gap[:-len(g.governor)].strip(" ,、") if g.governor and gap.endswith(g.governor) else gap
    return not gap or gap in lx["coordinators"]


def repeated_marker(sent: Sentence, prev: Group, g: Group) -> bool:
    """``with A, including …, and with B``: a comma, a coordinator and the same marker join B to A's run."""
    lx = sent.lx
    gap = lx.trim(lx.squeeze(sent.text[prev.end:g.head]), "determiners")
    return gap.endswith(g.governor) and gap[:-len(g.governor)].strip().lstrip(",").strip() in lx["coordinators"]


def coordinated_run(sent: Sentence, e: int, hi: int | None = None) -> list[Group]:
    """The groups right after ``e`` (before ``hi``), each joined to the one before by nothing, a comma or a coordinator:
    ``extended to A, B and C``, ``carried out in A and B a project``."""
    lx = sent.lx
    run: list[Group] = []
    for g in sent.after(e):
        gap = lx.trim(lx.squeeze(sent.text[e if not run else run[-1].end:g.head]).strip(" ,、"), "determiners")
        if (hi is not None and g.start >= hi) or (gap and gap not in lx["coordinators"]):
            break
        run.append(g)
    return run


def joined_run(sent: Sentence, g: Group, hi: int) -> list[Group]:
    """The agent groups after ``g`` (starting before ``hi``), each joined to the one before by a coordinator or a
    partner marker alone (:func:`joined`): ``由 A 与 B 联合举办`` gives ``[B]``."""
    run: list[Group] = []
    last = g
    for h in sent.after(g.end):
        if h.start >= hi or not h.kinds() & sent.lx.agents or not joined(sent, last, h):
            break
        run.append(h)
        last = h
    return run

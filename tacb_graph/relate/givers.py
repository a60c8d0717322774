"""Who gave money and who took it, where the amount's own clause names neither.

* ``supported by the European Union, which provided €1.2 million``: the name right before a relative clause that
  states the amount gave it (``contribution`` ``relative_givers``);
* ``contributions of CAD 600,000 from Canada, £250,000 from the United Kingdom``: the name a ``giver_markers`` word
  governs right after an amount gave it (``contribution`` ``amount_from``);
* ``The work of the Office … was supported by G, which gave …``: the one whose work the sentence's passive says G
  paid for took it (``contribution`` ``work_of``).
"""

from __future__ import annotations

import re

from .roles import members_of

__all__ = ["amount_from", "relative_giver", "work_owner"]


def relative_giver(sent, s: int, c: dict, donors):
    """``supported by the European Union, which provided €1.2 million``: the name right before a relative clause
    (``relative_givers``: which, who) that states the amount gives it."""
    words = c.get("relative_givers")
    lo = sent.clause_start(s)
    if not words or lo <= sent.start or not sent.lx.starts_with(sent.lx.squeeze(sent.text[lo:s]).lower(), words):
        return None
    g = next((h for h in reversed(sent.before(lo)) if h.end <= lo), None)
    return g if g is not None and g.kinds() & donors and not sent.text[g.end:lo].strip(" ,)") else None


def work_owner(sent, pos: int, c: dict, takers) -> str | None:
    """``The work of the Office with ASEAN was supported by G``: the one whose work (``work_of`` ``lead``, a regular
    expression before the owner) the sentence's passive verb (``verb``, one before ``by``) says G paid for."""
    w = c["work_of"]
    g = next(iter(sent.groups), None)
    if g is None or g.start >= pos or not g.kinds() & takers \
            or not re.fullmatch(w["lead"], sent.lx.squeeze(sent.text[sent.start:g.start]).strip()):
        return None
    if not re.search(w["verb"], sent.lx.squeeze(sent.text[g.end:pos])):
        return None
    return members_of(g, takers)[0]


def amount_from(sent, e: int, c: dict):
    """``CAD 600,000 from Canada``: the one entity a ``giver_markers`` word governs right after the amount ending at
    ``e`` (``amount_from``)."""
    if not c.get("amount_from"):
        return None
    g = next(iter(sent.after(e)), None)
    if g is None or len(g.items) != 1 or g.governor not in c.get("giver_markers", ()) or not g.kinds() & sent.lx.agents:
        return None
    gap = sent.lx.trim(sent.lx.squeeze(sent.text[e:g.head]), "determiners")
    return g.items[0] if gap == g.governor else None

"""Stage 4 — relate: the relations, positions and contributions the text states.

Until relation patterns land, :func:`relate` passes the recogniser's output on
unchanged (no relations are invented).
"""

from __future__ import annotations

from ..records import Recognised

__all__ = ["relate"]


def relate(rec: Recognised) -> Recognised:
    """Add the relations stated in each text unit to ``rec``."""
    return rec

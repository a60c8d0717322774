"""HTTP ``Accept`` headers: parse media ranges and pick the best of our offers.

Follows RFC 9110 §12.5.1: a range's ``q`` (default 1) weighs it; the most
specific range that matches an offer decides its weight (``type/subtype`` over
``type/*`` over ``*/*``); ``q=0`` refuses; media-type parameters other than
``q`` are ignored. Among offers of equal weight the server's order wins.

>>> negotiate("application/sparql-results+json,text/turtle", ["text/turtle", "application/ld+json"])
'text/turtle'
>>> negotiate("text/*;q=0.5, */*;q=0.1", ["application/n-triples", "text/turtle"])
'text/turtle'
>>> negotiate("image/png", ["text/turtle"]) is None
True
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

__all__ = ["MediaRange", "parse_accept", "negotiate"]


@dataclass(frozen=True)
class MediaRange:
    """One entry of an Accept header, e.g. ``text/*;q=0.5``."""

    type: str
    subtype: str
    q: float

    def matches(self, media_type: str) -> int:
        """How specifically this range matches ``media_type``: 2 exact, 1 ``type/*``, 0 ``*/*``, -1 no."""
        mtype, _, msub = media_type.lower().partition("/")
        if self.type == "*":
            return 0 if self.subtype == "*" else -1
        if self.type != mtype:
            return -1
        if self.subtype == "*":
            return 1
        return 2 if self.subtype == msub else -1


def _quality(value: str) -> float | None:
    try:
        q = float(value)
    except ValueError:
        return None
    return q if 0.0 <= q <= 1.0 else None


def parse_accept(header: str) -> list[MediaRange]:
    """The media ranges of an Accept header; malformed entries are skipped.

    >>> parse_accept("text/turtle;q=0.8, application/ld+json")
    [MediaRange(type='text', subtype='turtle', q=0.8), MediaRange(type='application', subtype='ld+json', q=1.0)]
    """
    ranges = []
    for part in header.split(","):
        fields = [f.strip() for f in part.split(";")]
        mtype, slash, msub = fields[0].lower().partition("/")
        if not slash or not mtype or not msub or (mtype == "*" and msub != "*"):
            continue
        q: float | None = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                q = _quality(value.strip())
                break
        if q is not None:
            ranges.append(MediaRange(mtype, msub, q))
    return ranges


def negotiate(header: str | None, offers: Sequence[str]) -> str | None:
    """The offer the client prefers, ``offers[0]`` when it states no preference, or ``None``.

    A missing, empty or wholly malformed header means "anything"; ``None``
    means nothing on offer is acceptable (answer 406).
    """
    if not offers:
        return None
    ranges = parse_accept(header or "")
    if not ranges:
        return offers[0]
    best, best_q = None, 0.0
    for offer in offers:
        specific, q = -1, 0.0
        for r in ranges:
            s = r.matches(offer)
            if s > specific:
                specific, q = s, r.q
        if specific >= 0 and q > best_q:
            best, best_q = offer, q
    return best

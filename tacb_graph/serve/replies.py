"""Answers waiting to be read by their clients: a bounded amount, sent as the client takes them.

A worker's answer arrives whole in the server process, and a client that
never reads it would keep it there; many such clients would grow the server
without bound (each answer can be a sizeable share of a worker's memory cap).
So every answer body is held under a :class:`ReplyBudget` — bytes in all and
per client address — from when it arrives until it is sent or the client is
gone. When an answer does not fit, the client holding the most gives way if
it holds more than the newcomer would (its newest answers are abandoned and
their connections closed, as a full queue does with jobs);
otherwise the answer is dropped and its client gets ``503`` with
``Retry-After``. :class:`HeldResponse` sends the body in chunks, each only
when the client has taken the last (so the transport buffers no copy of it),
and closes a connection whose client takes nothing for ``stall`` seconds.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from starlette.responses import Response
from starlette.types import Receive, Scope, Send

__all__ = ["ReplyBudget", "Hold", "HeldResponse", "CHUNK"]

CHUNK = 65536


@dataclass(eq=False)
class Hold:
    """``size`` bytes of one answer held for ``client``; ``abandon`` is set when it must give way."""

    client: str
    size: int
    abandon: asyncio.Event = field(default_factory=asyncio.Event)
    released: bool = False


class ReplyBudget:
    """Bytes of answers this process may hold for its clients: ``total`` in all, ``per_client`` each.

    >>> budget = ReplyBudget(100, 60)
    >>> a, b = budget.take("a", 50), budget.take("b", 50)
    >>> budget.take("a", 20) is None, budget.held     # over the share of "a"
    (True, 100)
    >>> budget.take("b", 5) is None                   # "a" holds no more than "b" would: no one gives way
    True
    >>> c = budget.take("c", 10)                      # "c" holds nothing: "a" gives way
    >>> a.abandon.is_set(), budget.held
    (True, 60)
    """

    def __init__(self, total: int, per_client: int) -> None:
        self.total = total
        self.per_client = per_client
        self.held = 0
        self._holds: dict[str, list[Hold]] = {}

    def holding(self, client: str) -> int:
        """Bytes held for ``client`` now."""
        return sum(h.size for h in self._holds.get(client, ()))

    def take(self, client: str, size: int) -> Hold | None:
        """Hold ``size`` bytes for ``client``, making room if a bigger holder can give way; else ``None``."""
        mine = self.holding(client)
        if mine + size > self.per_client:
            return None
        while self.held + size > self.total:
            others = [c for c in self._holds if c != client]
            hog = max(others, key=self.holding, default=None)
            if hog is None or self.holding(hog) <= mine + size:  # only a bigger holder gives way
                return None
            self._release(self._holds[hog][-1]).abandon.set()
        hold = Hold(client, size)
        self._holds.setdefault(client, []).append(hold)
        self.held += size
        return hold

    def _release(self, hold: Hold) -> Hold:
        if not hold.released:
            hold.released = True
            self.held -= hold.size
            holds = self._holds[hold.client]
            holds.remove(hold)
            if not holds:
                del self._holds[hold.client]
        return hold

    def give(self, hold: Hold) -> None:
        """The answer of ``hold`` is sent or abandoned: its bytes are free."""
        self._release(hold)


class HeldResponse(Response):
    """A response whose body is held under ``hold`` until it is sent, abandoned, or stalls."""

    def __init__(self, content: bytes, budget: ReplyBudget, hold: Hold, stall: float, **kwargs) -> None:
        super().__init__(content, **kwargs)
        self.budget, self.hold, self.stall = budget, hold, stall

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        size = len(self.body)
        view = memoryview(self.body)
        try:
            await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
            for start in range(0, max(size, 1), CHUNK):
                end = min(size, start + CHUNK)
                sending = asyncio.ensure_future(send({"type": "http.response.body", "body": bytes(view[start:end]),
                                                      "more_body": end < size}))
                abandoned = asyncio.ensure_future(self.hold.abandon.wait())
                done, _ = await asyncio.wait({sending, abandoned}, timeout=self.stall,
                                             return_when=asyncio.FIRST_COMPLETED)
                abandoned.cancel()
                if sending not in done:  # stalled or giving way: left incomplete, the server closes it
                    sending.cancel()
                    return
                sending.result()
        finally:
            view.release()
            self.body = b""
            self.budget.give(self.hold)

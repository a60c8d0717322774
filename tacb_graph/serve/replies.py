"""Results waiting to be read by their clients: a bounded amount, sent as the client takes them.

A worker's answer arrives whole in the server process, and a client that
never reads it would keep it there; many such clients would grow the server
without bound (each answer can be a sizeable share of a worker's memory cap).
So every answer body is counted against a :class:`ReplyBudget` — bytes in all
and per client address — from when it arrives until it is sent or the client
is gone; an answer that does not fit is dropped at once and the client gets
``503`` with ``Retry-After``. :class:`HeldResponse` sends the body in chunks,
each only when the client has taken the last (so the transport buffers no
copy of it), and closes a connection whose client takes nothing for ``stall``
seconds.
"""

from __future__ import annotations

import asyncio

from starlette.responses import Response
from starlette.types import Receive, Scope, Send

__all__ = ["ReplyBudget", "HeldResponse", "CHUNK"]

CHUNK = 65536


class ReplyBudget:
    """Bytes of answers this process may hold for its clients: ``total`` in all, ``per_client`` each.

    >>> budget = ReplyBudget(100, 60)
    >>> budget.take("a", 50), budget.take("a", 20), budget.take("b", 50), budget.take("b", 40)
    (True, False, True, False)
    >>> budget.give("a", 50); budget.take("b", 10), budget.held
    (True, 60)
    """

    def __init__(self, total: int, per_client: int) -> None:
        self.total = total
        self.per_client = per_client
        self.held = 0
        self._by_client: dict[str, int] = {}

    def take(self, client: str, size: int) -> bool:
        """Count ``size`` bytes for ``client`` if they fit; whether they did."""
        mine = self._by_client.get(client, 0)
        if size and (self.held + size > self.total or mine + size > self.per_client):
            return False
        self.held += size
        self._by_client[client] = mine + size
        return True

    def give(self, client: str, size: int) -> None:
        """Return ``size`` bytes taken for ``client``."""
        self.held -= size
        left = self._by_client.get(client, 0) - size
        if left > 0:
            self._by_client[client] = left
        else:
            self._by_client.pop(client, None)


class HeldResponse(Response):
    """A response whose body is counted in ``budget`` for ``client`` until it is sent or abandoned."""

    def __init__(self, content: bytes, budget: ReplyBudget, client: str, stall: float, **kwargs) -> None:
        super().__init__(content, **kwargs)
        self.budget, self.client, self.stall = budget, client, stall

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        size = len(self.body)
        try:
            await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
            view = memoryview(self.body)
            start = 0
            while True:
                end = min(size, start + CHUNK)
                await asyncio.wait_for(send({"type": "http.response.body", "body": bytes(view[start:end]),
                                             "more_body": end < size}), self.stall)
                if end >= size:
                    return
                start = end
        except asyncio.TimeoutError:
            return  # the response stays incomplete: the server closes the connection
        finally:
            self.body = b""
            self.budget.give(self.client, size)

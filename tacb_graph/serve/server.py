"""Running the app on uvicorn, with the HTTP limits the endpoint promises.

uvicorn's own parser (h11) answers a request head it will not buffer with a
bare ``400 Invalid HTTP request``. :class:`LimitedH11Protocol` answers such a
request — typically a GET whose URL carries an over-long query — with the
same ``413`` and message the app gives to one just over the limit.
"""

from __future__ import annotations

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

__all__ = ["LimitedH11Protocol", "uvicorn_config", "HEAD_ALLOWANCE"]

HEAD_ALLOWANCE = 16384  # bytes of request line and headers beyond the request-size limit


class LimitedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, with ``413`` instead of ``400`` for an over-long request head."""

    def send_400_response(self, msg: str) -> None:
        limit = getattr(self.conn, "_max_incomplete_event_size", None)
        buffered = getattr(self.conn, "_receive_buffer", b"")
        if limit is None or len(buffered) <= limit:
            super().send_400_response(msg)
            return
        body = (f"request URL and headers are over the {limit}-byte limit; "
                "send a long query by POST\n").encode("ascii")
        headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"connection", b"close"),
                   (b"access-control-allow-origin", b"*"), (b"content-length", str(len(body)).encode())]
        for event in (h11.Response(status_code=413, headers=headers, reason=b"Content Too Large"),
                      h11.Data(data=body), h11.EndOfMessage()):
            self.transport.write(self.conn.send(event))
        self.transport.close()


def uvicorn_config(app, host: str = "127.0.0.1", port: int = 7878, max_request_bytes: int = 262144,
                   **kwargs) -> uvicorn.Config:
    """The uvicorn configuration ``tacb-graph serve`` runs ``app`` with."""
    kwargs.setdefault("log_level", "warning")
    return uvicorn.Config(app, host=host, port=port, http=LimitedH11Protocol,
                          h11_max_incomplete_event_size=max_request_bytes + HEAD_ALLOWANCE, **kwargs)

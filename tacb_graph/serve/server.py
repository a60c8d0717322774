"""Running the app on uvicorn, with the HTTP limits the endpoint promises.

uvicorn's own parser (h11) answers a request head it will not buffer with a
bare ``400 Invalid HTTP request``. :class:`LimitedH11Protocol` answers such a
request — typically a GET whose URL carries an over-long query — with the
same ``413`` and message the app gives to one just over the limit.

It also bounds what slow or numerous connections can hold in this process
(uvicorn by itself waits for ever for a request that never ends):

* a request's head and body must arrive within ``read_timeout`` seconds of the
  connection (or of the first byte after a kept-alive one); past that, ``408``
  and the connection is closed, so a stalled upload frees its buffer;
* at most ``client_connections`` connections from one client address and
  ``max_connections`` in all; more are answered ``503`` and closed at once.

A client is its TCP peer address (:func:`client_key`: an IPv6 address by its
/64, the block one subscriber gets, so it cannot be a new client per address;
an IPv4-mapped one as IPv4): uvicorn's ``proxy_headers`` (on by default,
trusting ``X-Forwarded-For`` from 127.0.0.1) is turned off, or any local
process, or a TCP-level proxy passing the header through, could name itself
a new client at each request and so escape every per-client limit.
"""

from __future__ import annotations

import ipaddress
import resource

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

__all__ = ["LimitedH11Protocol", "uvicorn_config", "client_key", "HEAD_ALLOWANCE"]

HEAD_ALLOWANCE = 16384  # bytes of request line and headers beyond the request-size limit


def client_key(host: str | None) -> str:
    """Who a peer address counts as for the per-client limits.

    >>> client_key("2001:db8:1:2:aaaa::1"), client_key("::ffff:192.0.2.7"), client_key("192.0.2.7")
    ('2001:db8:1:2::/64', '192.0.2.7', '192.0.2.7')
    """
    try:
        ip = ipaddress.ip_address((host or "").split("%")[0])
    except ValueError:
        return host or ""
    if ip.version == 6 and ip.ipv4_mapped is not None:
        return str(ip.ipv4_mapped)
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def _raw_response(status: int, reason: str, message: str, extra: str = "") -> bytes:
    body = (message + "\n").encode("ascii")
    return (f"HTTP/1.1 {status} {reason}\r\ncontent-type: text/plain; charset=utf-8\r\nconnection: close\r\n"
            f"access-control-allow-origin: *\r\n{extra}content-length: {len(body)}\r\n\r\n").encode("ascii") + body


class LimitedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, with ``413`` instead of ``400`` for an over-long request head, a
    deadline for reading each request, and a cap on connections (see the module's docstring)."""

    read_timeout: float = 20.0
    max_connections: int = 1024
    client_connections: int = 256
    _open_by_client: dict[str, int] = {}  # each uvicorn_config() subclass gets its own

    def connection_made(self, transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._deadline = None
        self._host = client_key(self.client[0] if self.client else "")
        self._counted = False
        held = self._open_by_client.get(self._host, 0)
        if held >= self.client_connections or len(self.connections) > self.max_connections:
            whose = f"{held} from your address" if held >= self.client_connections else "too many"
            transport.write(_raw_response(503, "Service Unavailable", f"{whose} connections are open already; "
                                          "close some, or try again later", "retry-after: 1\r\n"))
            transport.close()
            return
        self._open_by_client[self._host] = held + 1
        self._counted = True
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        if getattr(self, "_counted", False):
            self._counted = False
            left = self._open_by_client.get(self._host, 1) - 1
            if left > 0:
                self._open_by_client[self._host] = left
            else:
                self._open_by_client.pop(self._host, None)
        super().connection_lost(exc)

    def _arm(self) -> None:
        if self._deadline is None and not self.transport.is_closing():
            self._deadline = self.loop.call_later(self.read_timeout, self._read_timed_out)

    def _disarm(self) -> None:
        if getattr(self, "_deadline", None) is not None:
            self._deadline.cancel()
            self._deadline = None

    def data_received(self, data: bytes) -> None:
        if self.conn.their_state is not h11.DONE:  # a request has begun: it must end in time
            self._arm()
        super().data_received(data)
        if self.conn.their_state in (h11.DONE, h11.MUST_CLOSE, h11.CLOSED, h11.ERROR):
            self._disarm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if self.conn.their_state is h11.SEND_BODY:  # a pipelined request, half received
            self._arm()

    def _read_timed_out(self) -> None:
        self._deadline = None
        if self.transport.is_closing() or self.conn.their_state in (h11.DONE, h11.MUST_CLOSE):
            return
        if self.conn.their_state is h11.IDLE:  # the head never ended: no app saw it, say why
            self.transport.write(_raw_response(408, "Request Timeout", f"the request did not arrive within "
                                               f"{self.read_timeout:g} s"))
        self.transport.close()  # an app still reading the body sees the client leave

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


def _default_max_connections() -> int:
    """Connections in all: well under this process's open-file limit (each is a descriptor)."""
    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return 4096
    return max(16, min(4096, soft - 128))


def uvicorn_config(app, host: str = "127.0.0.1", port: int = 7878, max_request_bytes: int = 262144, *,
                   read_timeout: float = 20.0, client_connections: int = 256, max_connections: int | None = None,
                   **kwargs) -> uvicorn.Config:
    """The uvicorn configuration ``tacb-graph serve`` runs ``app`` with."""
    kwargs.setdefault("log_level", "warning")
    kwargs.setdefault("proxy_headers", False)  # a client is its peer address (see above)
    kwargs.setdefault("ws", "none")  # no WebSocket routes; an upgraded connection would leave the limits above
    protocol = type("LimitedH11Protocol", (LimitedH11Protocol,), {
        "read_timeout": read_timeout, "client_connections": client_connections, "_open_by_client": {},
        "max_connections": max_connections or _default_max_connections()})
    return uvicorn.Config(app, host=host, port=port, http=protocol,
                          h11_max_incomplete_event_size=max_request_bytes + HEAD_ALLOWANCE, **kwargs)

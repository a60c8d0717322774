"""The HTTP side of :mod:`tacb_graph.push`: one client for a SPARQL endpoint, with Basic or Digest
authentication as the server's challenge asks, and every error as a one-line
:class:`~tacb_graph.errors.StoreError`. Imported only when a push runs (httpx is the ``push``
extra's)."""

from __future__ import annotations

import re

import httpx

from . import __version__
from .errors import StoreError

__all__ = ["Http"]


class _ChallengeAuth(httpx.Auth):
    """Basic or Digest, whichever the server's 401 challenge asks for (then kept)."""

    def __init__(self, user: str, password: str) -> None:
        self._schemes = {"basic": httpx.BasicAuth(user, password),
                         "digest": httpx.DigestAuth(user, password)}
        self._chosen: httpx.Auth | None = None

    def auth_flow(self, request: httpx.Request):
        if self._chosen is not None:
            yield from self._chosen.auth_flow(request)
            return
        response = yield request
        if response.status_code != 401:
            return
        scheme = response.headers.get("www-authenticate", "").split(" ", 1)[0].lower()
        if scheme not in self._schemes:
            return
        self._chosen = self._schemes[scheme]
        flow = self._chosen.auth_flow(request)
        request = next(flow)
        if "authorization" not in request.headers:  # Digest wants the challenge we already have
            request = flow.send(response)
        while True:
            response = yield request
            try:
                request = flow.send(response)
            except StopIteration:
                return


def _server_message(response: httpx.Response) -> str:
    text = response.text
    if "html" in response.headers.get("content-type", "") or text.lstrip().startswith("<"):
        text = re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", " ", text, flags=re.S | re.I)
    text = text.split("SPARQL query:", 1)[0]  # Virtuoso echoes the whole request after this
    text = " ".join(text.split())
    return text[:300] + ("…" if len(text) > 300 else "")


class Http:
    """One HTTP client, errors turned into one-line :class:`StoreError` messages."""

    def __init__(self, user, password, timeout: float, transport=None) -> None:
        self.user = user
        self.timeout = timeout
        self.requests = 0
        self.bytes_sent = 0
        self.client = httpx.Client(
            auth=_ChallengeAuth(user, password) if user is not None else None,
            timeout=httpx.Timeout(timeout), transport=transport,
            headers={"User-Agent": f"tacb-graph/{__version__}"})

    def send(self, method: str, url: str, what: str, *, ok=(), **kwargs) -> httpx.Response:
        body = kwargs.get("content") or b""
        try:
            response = self.client.request(method, url, **kwargs)
        except httpx.ConnectError as exc:
            raise StoreError(f"{url}: cannot connect ({_reason(exc)})") from None
        except httpx.TimeoutException:
            raise StoreError(f"{url}: no answer within {self.timeout:g} s ({what})") from None
        except httpx.HTTPError as exc:
            raise StoreError(f"{url}: {_reason(exc)} ({what})") from None
        self.requests += 1
        self.bytes_sent += len(body)
        code = response.status_code
        if code < 300 or code in ok:
            return response
        head = f"{url}: HTTP {code} {response.reason_phrase}"
        if code in (401, 403):
            hint = ("wrong user or password, or no write permission" if self.user is not None
                    else "the server wants a user and password (--user, --password)")
            raise StoreError(f"{head}: {hint} ({what})")
        message = _server_message(response)
        raise StoreError(f"{head} ({what}){': ' + message if message else ''}")

    def close(self) -> None:
        self.client.close()


def _reason(exc: Exception) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__

"""The SPARQL 1.1 Protocol web app (ASGI, Starlette) over the embedded store.

Routes: ``/sparql`` (queries by GET, HEAD or POST; with no query, the Service
Description), ``/void``, ``/health``, ``/queries`` (the research query library
as JSON), ``/`` (a YASGUI query page) and ``/assets/*`` (its files, served
locally).

Read-only and safe to expose:

* queries run in worker processes with no network (``SERVICE`` cannot reach
  anything, see :mod:`tacb_graph.sandbox`) and a memory cap; a syntax check
  turns updates and ``SERVICE`` into a friendly 403 first (it too runs in a
  worker, under the timeout: this process never lexes a client's query);
* a query is stopped at the timeout (503), or as soon as its client goes
  away; long queries cannot hold every worker, and waiting is fair between
  clients and bounded (503 with ``Retry-After``) — see :mod:`.pool`;
* results are cut at ``max_results`` rows or triples, which the response says
  (``X-Tacb-Truncated: true``, and a ``link`` in SPARQL JSON/XML results);
  requests over ``max_request_bytes`` → 413; malformed queries → 400;
* answers waiting for their clients hold at most ``reply_budget_mb`` of this
  process's memory (half of it per client; the biggest holder gives way to a
  smaller one, else 503), and are sent as the client reads them — see :mod:`.replies` (and :mod:`.server` for slow
  or too many connections);
* the dataset follows the query's ``FROM`` / ``FROM NAMED`` or the protocol's
  ``default-graph-uri`` / ``named-graph-uri``, else the union of all graphs;
* when ``tacb-graph build`` swaps in a new store, new queries see it.

Every response carries ``Access-Control-Allow-Origin: *``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qsl

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from ..namespaces import PREFIXES
from .accept import negotiate
from .describe import LIMIT_FRAGMENT, service_description, void_description
from .formats import FORMAT_NAMES, GRAPH_TYPES, OFFERS
from .pool import PoolBusy, QueryTimeout, WorkerPool
from .replies import HeldResponse, ReplyBudget
from .server import client_key
from .worker import Job, Reply

__all__ = ["ServeConfig", "create_app", "ASSETS"]

ASSETS = Path(str(resources.files("tacb_graph") / "serve" / "assets"))
_FORM = "application/x-www-form-urlencoded"
_PAGES = ("/", "/sparql", "/void", "/health", "/queries")


@dataclass(frozen=True)
class ServeConfig:
    """Settings of the endpoint (the ``tacb-graph serve`` options)."""

    store: str = "out/store"
    timeout: float = 10.0
    max_results: int = 10000
    max_request_bytes: int = 262144
    workers: int = 2
    spare: int = 1
    queue: int = 512
    client_queue: int = 256
    per_client: int | None = None
    long_after: float = 0.5
    max_memory_mb: int | None = 1024
    allow_network: bool = False
    reply_budget_mb: int | None = None  # default: max_memory_mb (1024 without a cap)
    stall: float = 30.0  # seconds a client may take nothing of its answer before it is dropped


class _Refused(Exception):
    def __init__(self, status: int, message: str, headers: dict | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.headers = headers or {}


def _error(status: int, message: str, headers: dict | None = None) -> PlainTextResponse:
    return PlainTextResponse(message + "\n", status_code=status, headers=headers)


class CORS:
    """ASGI middleware: ``Access-Control-Allow-Origin: *`` on every response; answers
    preflight ``OPTIONS`` requests on the app's own paths (others fall through to 404)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    @staticmethod
    def _real(path: str) -> bool:
        if path in _PAGES:
            return True
        if path.startswith("/assets/"):
            name = path[len("/assets/"):]
            return "/" not in name and not name.startswith(".") and (ASSETS / name).is_file()
        return False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] == "OPTIONS" and self._real(scope["path"]):
            methods = "GET, HEAD, POST, OPTIONS" if scope["path"] == "/sparql" else "GET, HEAD, OPTIONS"
            headers = {
                "Access-Control-Allow-Origin": "*",
                "Access-Control-Allow-Methods": methods,
                "Access-Control-Allow-Headers": "Accept, Content-Type, Authorization",
                "Access-Control-Max-Age": "86400",
                "Allow": methods,
            }
            await Response(status_code=204, headers=headers)(scope, receive, send)
            return

        async def send_with_cors(message) -> None:
            if message["type"] == "http.response.start":
                extra = [(b"access-control-allow-origin", b"*"),
                         (b"access-control-expose-headers",
                          b"X-Tacb-Truncated, X-Tacb-Max-Results, Retry-After")]
                message = {**message, "headers": list(message.get("headers", [])) + extra}
            await send(message)

        await self.app(scope, receive, send_with_cors)


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _Refused(413, f"request body of {declared} bytes is over the {limit}-byte limit")
    data = bytearray()
    try:
        async for chunk in request.stream():
            data += chunk
            if len(data) > limit:
                raise _Refused(413, f"request body is over the {limit}-byte limit")
    except ClientDisconnect:  # gone, or cut off for sending too slowly (see .server)
        raise _Refused(408, "the request body did not arrive in time") from None
    return bytes(data)


async def _params(request: Request, limit: int) -> tuple[list[tuple[str, str]], bool]:
    """The protocol parameters of a request, and whether it had a query at all."""
    if len(request.url.query.encode()) > limit:
        raise _Refused(413, f"request URL is over the {limit}-byte limit; send a long query by POST")
    params = list(request.query_params.multi_items())
    if request.method in ("GET", "HEAD"):
        return params, any(k == "query" for k, _ in params)
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "application/sparql-update":
        raise _Refused(403, "SPARQL Update is not allowed: this endpoint is read-only")
    body = await _read_body(request, limit)
    if ctype == _FORM:
        try:
            params += parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
        except UnicodeDecodeError:
            raise _Refused(400, "form body is not UTF-8") from None
    elif ctype == "application/sparql-query":
        try:
            params.append(("query", body.decode("utf-8")))
        except UnicodeDecodeError:
            raise _Refused(400, "query body is not UTF-8") from None
    else:
        raise _Refused(415, f"unsupported content type {ctype or '(none)'}; use {_FORM} or application/sparql-query")
    return params, True


def _accept(request: Request, params: list[tuple[str, str]]) -> str | None:
    for key, value in params:
        if key in ("format", "output") and value.lower() in FORMAT_NAMES:
            return FORMAT_NAMES[value.lower()]
        if key in ("format", "output") and "/" in value:
            return value
    return request.headers.get("accept")


def _rdf_response(request: Request, triples: list[ox.Triple]) -> Response:
    media = negotiate(request.headers.get("accept"), OFFERS["CONSTRUCT"])
    if media is None:
        return _error(406, "this description is available as " + ", ".join(OFFERS["CONSTRUCT"][:4]))
    fmt = GRAPH_TYPES[media]
    prefixes = {"sd": "http://www.w3.org/ns/sparql-service-description#", "void": "http://rdfs.org/ns/void#",
                "dcterms": "http://purl.org/dc/terms/", "formats": "http://www.w3.org/ns/formats/"}
    if fmt in (ox.RdfFormat.TURTLE,):
        body = ox.serialize(triples, format=fmt, prefixes=prefixes)
    else:
        body = ox.serialize(triples, format=fmt)
    return Response(body, media_type=media, headers={"Vary": "Accept"})


async def _client_gone(request: Request) -> None:
    """Return when the client closes its connection (the request body is already read)."""
    while True:
        message = await request.receive()
        if message["type"] == "http.disconnect":
            return


def create_app(config: ServeConfig) -> Starlette:
    """The ASGI application serving the store at ``config.store``."""
    pool = WorkerPool(
        config.store, size=config.workers, timeout=config.timeout, spare=config.spare, queue=config.queue,
        client_queue=config.client_queue, per_client=config.per_client, long_after=config.long_after,
        memory_bytes=config.max_memory_mb * 2**20 if config.max_memory_mb else None,
        allow_network=config.allow_network)
    cache: dict = {}
    budget_bytes = (config.reply_budget_mb or config.max_memory_mb or 1024) * 2**20
    budget = ReplyBudget(budget_bytes, budget_bytes // 2)

    async def run(request: Request, job: Job) -> Reply:
        """Run ``job`` for this request's client; stop it if the client goes away."""
        client = client_key(request.client.host if request.client else "")
        ticket = pool.submit(job, client)
        watch = asyncio.ensure_future(_client_gone(request))
        try:
            await asyncio.wait({ticket.future, watch}, return_when=asyncio.FIRST_COMPLETED)
        except asyncio.CancelledError:
            pool.cancel(ticket)
            raise
        finally:
            watch.cancel()
        if not ticket.future.done():
            pool.cancel(ticket)
            raise _Refused(499, "client closed the connection; its query was stopped")
        return ticket.future.result()

    async def stats(request: Request) -> dict:
        pool.check_store()
        if cache.get("generation") != pool.generation:
            reply = await run(request, Job(kind="stats"))
            if reply.status != 200:
                raise _Refused(500, reply.body.decode("utf-8", "replace").strip())
            cache.update(generation=pool.generation, stats=reply.stats)
        return cache["stats"]

    def limits(base: str) -> dict:
        return {"max_results": config.max_results, "timeout": config.timeout,
                "max_memory_mb": config.max_memory_mb, "max_request_bytes": config.max_request_bytes,
                "offline": not config.allow_network, "link": base + "sparql" + LIMIT_FRAGMENT}

    async def sparql(request: Request) -> Response:
        base = str(request.base_url)
        try:
            params, has_query = await _params(request, config.max_request_bytes)
            if any(k == "update" for k, _ in params):
                raise _Refused(403, "SPARQL Update is not allowed: this endpoint is read-only")
            queries = [v for k, v in params if k == "query"]
            if not has_query or not queries:
                if request.method in ("GET", "HEAD"):
                    return _rdf_response(request, service_description(base, await stats(request), limits(base)))
                raise _Refused(400, "no query: give query= or a application/sparql-query body")
            if len(queries) > 1:
                raise _Refused(400, "give exactly one query parameter")
            job = Job(
                query=queries[0],
                accept=_accept(request, params),
                default_graphs=tuple(v for k, v in params if k == "default-graph-uri"),
                named_graphs=tuple(v for k, v in params if k == "named-graph-uri"),
                max_results=config.max_results,
                limit_link=base + "sparql" + LIMIT_FRAGMENT,
                screen=True,
            )
            reply = await run(request, job)
        except _Refused as exc:
            return _error(exc.status, str(exc), exc.headers)
        except PoolBusy as exc:
            return _error(503, str(exc), {"Retry-After": str(exc.retry_after)})
        except QueryTimeout as exc:
            return _error(503, str(exc))
        client = client_key(request.client.host if request.client else "")
        hold = budget.take(client, len(reply.body))
        if hold is None:
            whose = ("your earlier answers are still waiting for you to read them"
                     if budget.holding(client) + len(reply.body) > budget.per_client
                     else "answers are waiting for their clients to read them")
            return _error(503, f"this answer ({len(reply.body) // 2**20} MB) does not fit: {whose}; "
                               "try again later", {"Retry-After": str(max(1, math.ceil(config.timeout)))})
        headers = {"Vary": "Accept"}
        if reply.truncated:
            headers["X-Tacb-Truncated"] = "true"
            headers["X-Tacb-Max-Results"] = str(config.max_results)
        return HeldResponse(reply.body, budget, hold, config.stall, status_code=reply.status,
                            headers=headers, media_type=reply.media_type)

    async def void(request: Request) -> Response:
        try:
            return _rdf_response(request, void_description(str(request.base_url), await stats(request)))
        except _Refused as exc:
            return _error(exc.status, str(exc), exc.headers)
        except PoolBusy as exc:
            return _error(503, str(exc), {"Retry-After": str(exc.retry_after)})
        except QueryTimeout as exc:
            return _error(503, str(exc))

    async def health(request: Request) -> Response:
        pool.check_store()
        status = "ok" if pool.alive > 0 else "degraded"
        return JSONResponse({"status": status, "workers": pool.alive, "idle": pool.idle, "running": pool.running,
                             "long_running": pool.long_running, "queued": pool.queued, "restarts": pool.restarts,
                             "store_generation": pool.generation, "network": pool.isolation,
                             "timeout": config.timeout, "max_results": config.max_results,
                             "max_memory_mb": config.max_memory_mb},
                            status_code=200 if status == "ok" else 503)

    async def queries(request: Request) -> Response:
        from ..library import list_queries

        prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
        out = [{"name": q.name, "title": q.title, "question": q.question,
                "params": [{"name": p.name, "description": p.description, "default": p.default} for p in q.params],
                "sparql": prologue + q.bind({})} for q in list_queries()]
        return Response(json.dumps(out, ensure_ascii=False), media_type="application/json")

    async def index(request: Request) -> Response:
        return FileResponse(ASSETS / "index.html", media_type="text/html; charset=utf-8")

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        await pool.start()
        try:
            yield
        finally:
            await pool.close()

    app = Starlette(
        routes=[
            Route("/", index),
            Route("/sparql", sparql, methods=["GET", "HEAD", "POST"]),
            Route("/void", void),
            Route("/health", health),
            Route("/queries", queries),
            Mount("/assets", app=StaticFiles(directory=ASSETS), name="assets"),
        ],
        lifespan=lifespan,
    )
    app.state.pool = pool
    app.state.budget = budget
    app.add_middleware(CORS)
    return app

"""The query worker: a process that holds the store and answers one job at a time.

pyoxigraph cannot cancel a query from Python, so queries run in worker
processes that the server can kill (see :mod:`tacb_graph.serve.pool`). Even
reading the query's text for the friendly refusals (:func:`screen`) happens
here, under the timeout: the lexer's time grows faster than the text, and the
server's event loop must never wait on what a client wrote. Before
it opens the store a worker cuts itself off the network
(:func:`tacb_graph.sandbox.isolate_network` — a ``SERVICE`` call cannot reach
anything) and caps its own memory (:func:`tacb_graph.sandbox.limit_memory`).

:func:`execute` is the pure part (job in, reply out) and is tested on its own;
:func:`worker_main` is the body of the process.
"""

from __future__ import annotations

import os
import signal
from dataclasses import dataclass, field
from multiprocessing.connection import Connection

import pyoxigraph as ox

from ..errors import QueryError, TacbError
from ..sandbox import death_reason, isolate_network, limit_memory
from ..sparqltext import QUERY_FORMS, UPDATE_KEYWORDS, query_form, uses_service
from ..store import open_store, run_query
from .accept import negotiate
from .formats import OFFERS, form_of, serialize_graph, serialize_results

__all__ = ["Job", "Reply", "execute", "screen", "worker_main"]

_DISTINCT_TRIPLES = "SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
_STATS = {
    "triples": f"SELECT (COUNT(*) AS ?n) WHERE {{ {_DISTINCT_TRIPLES} }}",
    "quads": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    "entities": "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH tacbid:graph\\/entities { ?s a ?c } }",
    "classes": "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?s a ?c }",
    "properties": "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }",
    "distinctSubjects": "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }",
    "distinctObjects": "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }",
}
_CLASS_COUNTS = "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c"
_GRAPH_COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
# how a SERVICE call fails in a worker without network (its socket cannot route, its name cannot resolve)
_OFFLINE_HINTS = ("network is unreachable", "failed to lookup address", "name or service not known",
                  "temporary failure in name resolution")


@dataclass(frozen=True)
class Job:
    """One query to run: its text, the Accept header, the protocol dataset, the row cap.

    ``kind`` is ``"query"`` or ``"stats"`` (the counts for VoID and the service
    description). ``limit_link`` is the IRI a cut result points to. With
    ``screen``, updates and ``SERVICE`` get a friendly 403 and an unacceptable
    Accept header a 406 before the query runs (see :func:`screen`).
    """

    query: str = ""
    accept: str | None = None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    max_results: int = 10000
    kind: str = "query"
    limit_link: str | None = None
    screen: bool = False


@dataclass(frozen=True)
class Reply:
    """What a worker answers: an HTTP status, a media type and a body."""

    status: int
    media_type: str
    body: bytes
    truncated: bool = False
    stats: dict = field(default_factory=dict)


def text_reply(status: int, message: str) -> Reply:
    """A plain-text reply (errors)."""
    return Reply(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


def _stats(store: ox.Store) -> dict:
    out: dict = {}
    for key, sparql in _STATS.items():
        out[key] = int(next(iter(run_query(store, sparql)))["n"].value)
    out["classPartitions"] = [(s["c"].value, int(s["n"].value)) for s in run_query(store, _CLASS_COUNTS)]
    out["graphs"] = [(s["g"].value, int(s["n"].value)) for s in run_query(store, _GRAPH_COUNTS)]
    return out


def _failure(exc: Exception) -> Reply:
    message = " ".join(str(exc).split())
    if any(hint in message.lower() for hint in _OFFLINE_HINTS):
        return text_reply(403, f"this endpoint has no network access (SERVICE is disabled): {message}")
    return text_reply(400, f"query failed: {message}")


def screen(job: Job) -> Reply | None:
    """A friendly refusal for what the worker could not do anyway (write, call out), or ``None``.

    Also 406 when no offered format fits the query form, before the query runs.

    >>> screen(Job("LOAD <http://example.org/>")).status
    403
    >>> screen(Job("ASK {}", accept="text/turtle")).status
    406
    """
    form = query_form(job.query)
    if form in UPDATE_KEYWORDS:
        return text_reply(403, "SPARQL Update is not allowed: this endpoint is read-only")
    if uses_service(job.query):
        return text_reply(403, "SERVICE (federated query) is disabled on this endpoint")
    if form in QUERY_FORMS and negotiate(job.accept, OFFERS[form]) is None:
        return text_reply(406, f"cannot answer a {form} query in any of: {job.accept}; "
                               f"offered: {', '.join(OFFERS[form][:4])}")
    return None


def execute(store: ox.Store, job: Job) -> Reply:
    """Run ``job`` on ``store`` and serialize the answer in the negotiated format.

    Malformed queries and bad graph IRIs give 400 with the parser's message;
    an unacceptable Accept header gives 406.

    >>> store = ox.Store()
    >>> execute(store, Job("ASK {}", accept="text/csv")).body
    b'true'
    """
    if job.kind == "stats":
        return Reply(200, "application/json", b"", stats=_stats(store))
    refusal = screen(job) if job.screen else None
    if refusal is not None:
        return refusal
    try:
        results = run_query(store, job.query, default_graphs=job.default_graphs, named_graphs=job.named_graphs)
    except QueryError as exc:
        return text_reply(400, str(exc))
    form = form_of(results)
    media = negotiate(job.accept, OFFERS[form])
    if media is None:
        return text_reply(406, f"cannot answer a {form} query in any of: {job.accept}; "
                               f"offered: {', '.join(OFFERS[form][:4])}")
    try:
        if form == "CONSTRUCT":
            body, truncated = serialize_graph(results, media, job.max_results, job.limit_link)
        else:
            body, truncated = serialize_results(results, media, job.max_results, job.limit_link)
    except (OSError, RuntimeError, SyntaxError, ValueError) as exc:
        return _failure(exc)
    charset = "" if media.endswith(("+xml", "/xml")) else "; charset=utf-8"
    return Reply(200, media + charset, body, truncated)


def worker_main(conn: Connection, store_path: str, memory_bytes: int | None = None,
                allow_network: bool = False) -> None:
    """Body of a worker process: leave the network, cap memory, open the store, answer jobs until EOF.

    The first message says ``("ready", how)`` or ``("fatal", why)``. A job that
    runs out of memory in Python gets a 503 and the worker exits (the pool
    starts a fresh one); one that runs out inside Oxigraph aborts the process.
    """
    os.environ["RUST_BACKTRACE"] = "0"  # a query past the memory cap: one line in the log, not a backtrace
    try:
        how = "network allowed" if allow_network else isolate_network()
        if memory_bytes:
            limit_memory(memory_bytes)
        store = open_store(store_path)
    except TacbError as exc:
        conn.send(("fatal", str(exc)))
        return
    except MemoryError:
        conn.send(("fatal", f"{store_path}: a query worker could not open the store within its "
                            f"{(memory_bytes or 0) // 2**20} MB memory cap"))
        return
    conn.send(("ready", how))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply = execute(store, job)
        except MemoryError:
            reply = None
        except Exception as exc:  # noqa: BLE001 - a worker must answer, never die silently
            reply = text_reply(500, f"internal error: {type(exc).__name__}: {exc}")
        if reply is None:  # memory is exhausted: answer, then leave for a fresh worker
            conn.send(text_reply(503, death_reason(-signal.SIGABRT, memory_bytes or 2**20)))
            return
        conn.send(reply)

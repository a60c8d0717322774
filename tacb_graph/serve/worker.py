"""Queries run in worker processes, so that a runaway query can really be stopped.

pyoxigraph cannot cancel a query from Python. Each worker process holds the
store opened read-only and runs one job at a time; the server waits for its
answer at most ``timeout`` seconds, then kills the worker (the query stops, the
core is freed) and starts a fresh one in its place.

:func:`execute` is the pure part (job in, reply out) and is tested on its own;
:class:`WorkerPool` is the asyncio side used by the web app.
"""

from __future__ import annotations

import asyncio
import multiprocessing as mp
from dataclasses import dataclass, field
from multiprocessing.connection import Connection

import pyoxigraph as ox

from ..errors import QueryError, StoreError, TacbError
from ..store import open_store, run_query
from .accept import negotiate
from .formats import OFFERS, form_of, serialize_graph, serialize_results

__all__ = ["Job", "Reply", "execute", "WorkerPool", "QueryTimeout", "PoolBusy"]

_STATS = {
    "triples": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    "entities": "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH tacbid:graph\\/entities { ?s a ?c } }",
    "classes": "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?s a ?c }",
    "properties": "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }",
    "distinctSubjects": "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }",
    "distinctObjects": "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }",
}
_CLASS_COUNTS = "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c"
_GRAPH_COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"


@dataclass(frozen=True)
class Job:
    """One query to run: its text, the Accept header, the protocol dataset, the row cap.

    ``kind`` is ``"query"`` or ``"stats"`` (the counts for VoID and the service description).
    """

    query: str = ""
    accept: str | None = None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    max_results: int = 10000
    kind: str = "query"


@dataclass(frozen=True)
class Reply:
    """What a worker answers: an HTTP status, a media type and a body."""

    status: int
    media_type: str
    body: bytes
    truncated: bool = False
    stats: dict = field(default_factory=dict)


def _text(status: int, message: str) -> Reply:
    return Reply(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


def _dataset(job: Job) -> dict:
    """pyoxigraph options for the protocol's ``default-graph-uri`` / ``named-graph-uri``."""
    if not job.default_graphs and not job.named_graphs:
        return {"use_default_graph_as_union": True}
    opts: dict = {"use_default_graph_as_union": False}
    opts["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
    if job.named_graphs:
        opts["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    return opts


def _stats(store: ox.Store) -> dict:
    out: dict = {}
    for key, sparql in _STATS.items():
        out[key] = int(next(iter(run_query(store, sparql)))["n"].value)
    out["classPartitions"] = [(s["c"].value, int(s["n"].value)) for s in run_query(store, _CLASS_COUNTS)]
    out["graphs"] = [(s["g"].value, int(s["n"].value)) for s in run_query(store, _GRAPH_COUNTS)]
    return out


def execute(store: ox.Store, job: Job) -> Reply:
    """Run ``job`` on ``store`` and serialize the answer in the negotiated format.

    Malformed queries and bad graph IRIs give 400 with the parser's message;
    an unacceptable Accept header gives 406.
    """
    if job.kind == "stats":
        return Reply(200, "application/json", b"", stats=_stats(store))
    try:
        results = run_query(store, job.query, **_dataset(job))
    except QueryError as exc:
        return _text(400, str(exc))
    except ValueError as exc:
        return _text(400, f"bad graph IRI: {exc}")
    form = form_of(results)
    media = negotiate(job.accept, OFFERS[form])
    if media is None:
        return _text(406, f"cannot answer a {form} query in any of: {job.accept}; "
                          f"offered: {', '.join(OFFERS[form][:4])}")
    try:
        if form == "CONSTRUCT":
            body, truncated = serialize_graph(results, media, job.max_results)
        else:
            body, truncated = serialize_results(results, media, job.max_results)
    except (OSError, RuntimeError, SyntaxError, ValueError) as exc:
        return _text(400, f"query failed: {' '.join(str(exc).split())}")
    charset = "" if media.endswith(("+xml", "/xml")) else "; charset=utf-8"
    return Reply(200, media + charset, body, truncated)


def worker_main(conn: Connection, store_path: str) -> None:
    """Body of a worker process: open the store read-only, then answer jobs until EOF."""
    try:
        store = open_store(store_path)
    except TacbError as exc:
        conn.send(("fatal", str(exc)))
        return
    conn.send(("ready", ""))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply = execute(store, job)
        except Exception as exc:  # noqa: BLE001 - a worker must answer, never die silently
            reply = _text(500, f"internal error: {type(exc).__name__}: {exc}")
        conn.send(reply)


class QueryTimeout(TacbError):
    """A query ran longer than the server's timeout; its worker was stopped."""


class PoolBusy(TacbError):
    """No worker became free within the timeout."""


@dataclass(eq=False)
class _Worker:
    process: mp.process.BaseProcess
    conn: Connection


class WorkerPool:
    """A fixed number of worker processes sharing one read-only store.

    >>> pool = WorkerPool("out/store", size=2, timeout=10.0)   # doctest: +SKIP
    >>> await pool.start(); reply = await pool.run(Job("ASK {}"))  # doctest: +SKIP
    """

    def __init__(self, store_path: str, size: int = 2, timeout: float = 10.0) -> None:
        self.store_path = str(store_path)
        self.size = max(1, size)
        self.timeout = timeout
        self._ctx = mp.get_context("spawn")
        self._idle: asyncio.Queue[_Worker] | None = None
        self._all: set[_Worker] = set()
        self._tasks: set[asyncio.Task] = set()
        self.restarts = 0

    @property
    def alive(self) -> int:
        """How many worker processes are running."""
        return sum(1 for w in self._all if w.process.is_alive())

    @property
    def idle(self) -> int:
        """How many workers are ready and waiting for a job."""
        return self._idle.qsize() if self._idle is not None else 0

    async def start(self) -> None:
        """Start all workers and wait until each has opened the store."""
        self._idle = asyncio.Queue()
        workers = await asyncio.gather(*(self._spawn() for _ in range(self.size)))
        for w in workers:
            self._idle.put_nowait(w)

    async def close(self) -> None:
        """Stop every worker."""
        for t in list(self._tasks):
            t.cancel()
        for w in list(self._all):
            self._kill(w)

    async def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=worker_main, args=(child, self.store_path), daemon=True,
                                 name="tacb-graph-query-worker")
        proc.start()
        child.close()
        w = _Worker(proc, parent)
        self._all.add(w)
        try:
            status, message = await asyncio.wait_for(self._recv(w), timeout=60)
        except (asyncio.TimeoutError, EOFError, OSError):
            self._kill(w)
            raise StoreError(f"{self.store_path}: a query worker did not start") from None
        if status != "ready":
            self._kill(w)
            raise StoreError(message)
        return w

    async def _recv(self, w: _Worker):
        """Wait (without blocking the event loop) until ``w`` answers, and read the answer."""
        loop = asyncio.get_running_loop()
        ready = loop.create_future()
        fd = w.conn.fileno()
        loop.add_reader(fd, lambda: ready.done() or ready.set_result(None))
        try:
            await ready
        finally:
            loop.remove_reader(fd)
        return w.conn.recv()

    def _kill(self, w: _Worker) -> None:
        self._all.discard(w)
        if w.process.is_alive():
            w.process.kill()
        w.process.join(timeout=5)
        w.conn.close()

    def _replace(self) -> None:
        async def replace() -> None:
            w = await self._spawn()
            self.restarts += 1
            assert self._idle is not None
            self._idle.put_nowait(w)

        task = asyncio.get_running_loop().create_task(replace())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def run(self, job: Job) -> Reply:
        """Run ``job`` on a free worker within the timeout.

        Raises :class:`PoolBusy` if no worker frees up within the timeout and
        :class:`QueryTimeout` (after killing and replacing the worker) if the
        query itself takes longer.
        """
        assert self._idle is not None, "start() the pool first"
        try:
            w = await asyncio.wait_for(self._idle.get(), timeout=self.timeout)
        except asyncio.TimeoutError:
            raise PoolBusy(f"all {self.size} query workers stayed busy for {self.timeout:g} s; try again") from None
        try:
            w.conn.send(job)
            reply = await asyncio.wait_for(self._recv(w), timeout=self.timeout)
        except asyncio.TimeoutError:
            self._kill(w)
            self._replace()
            raise QueryTimeout(f"query stopped after the {self.timeout:g} s timeout") from None
        except (EOFError, OSError, asyncio.CancelledError) as exc:
            # the client went away or the worker died: never hand a half-used worker back
            self._kill(w)
            self._replace()
            if isinstance(exc, asyncio.CancelledError):
                raise
            return _text(500, "the query worker died; it has been restarted")
        self._idle.put_nowait(w)
        return reply

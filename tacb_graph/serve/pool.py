"""Worker processes shared fairly between clients, with every query stoppable.

The pool keeps ``size + spare`` worker processes (:mod:`.worker`) on the current store and a bounded queue:

* **Stoppable** — a query past ``timeout`` seconds, or whose client went away (:meth:`WorkerPool.cancel`),
  is stopped by killing its worker; a fresh one, forked from a preloaded server process, takes its place.
* **Long queries cannot hold every worker** — a job that has run ``long_after`` seconds counts as
  *long*. At most ``size`` jobs may be long at once and at most ``per_client`` of them from one client
  (its IP address), so at least ``spare`` workers stay free for short queries, and one client cannot
  hold all the long slots. A job that turns long when no slot is free is stopped and queued again, to
  run when a slot frees. A long job's worker runs at lower CPU priority and is replaced when it ends.
* **Fair and bounded** — waiting jobs are taken round-robin across clients; at most ``queue`` jobs
  wait in all and ``client_queue`` per client, and a job waits at most ``timeout`` seconds; a full
  queue admits a client by pushing out the newest job of the client with the most waiting, if that
  one has more. Past those limits :class:`PoolBusy` says when to retry.
* **Follows rebuilds** — before each job the pool checks whether the store folder was swapped for a
  new one (``tacb-graph build`` replaces it atomically); if so, new workers open the new store, jobs
  already running finish on the old one, and their workers are then retired.
"""

from __future__ import annotations

import asyncio
import math
import multiprocessing as mp
import os
import signal
import sys
import time
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from multiprocessing.connection import Connection

from ..errors import StoreError, TacbError
from ..sandbox import IsolationError, death_reason
from ..store import store_identity
from .worker import Job, Reply, text_reply, worker_main

__all__ = ["WorkerPool", "PoolBusy", "QueryTimeout"]

_LONG_NICE = 10


class PoolBusy(TacbError):
    """The job could not get a worker in time (or the queue is full); try again later."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class QueryTimeout(TacbError):
    """A query ran longer than the server's timeout; its worker was stopped."""


@dataclass(eq=False)
class _Ticket:
    job: Job
    client: str
    future: asyncio.Future
    arrived: float
    known_long: bool = False
    long: bool = False
    worker: "_Worker | None" = None
    timers: list = field(default_factory=list)

    def clear_timers(self) -> None:
        for t in self.timers:
            t.cancel()
        self.timers.clear()


@dataclass(eq=False)
class _Worker:
    process: mp.process.BaseProcess
    conn: Connection
    generation: int
    ready: bool = False
    ticket: _Ticket | None = None
    retired: bool = False


class WorkerPool:
    """A fair pool of query worker processes on one read-only store.

    >>> pool = WorkerPool("out/store", size=2, timeout=10.0)        # doctest: +SKIP
    >>> await pool.start(); reply = await pool.run(Job("ASK {}"))   # doctest: +SKIP
    """

    def __init__(self, store_path: str, size: int = 2, timeout: float = 10.0, *, spare: int = 1,
                 queue: int = 512, client_queue: int = 256, per_client: int | None = None,
                 long_after: float = 0.5, memory_bytes: int | None = None,
                 allow_network: bool = False) -> None:
        self.store_path = str(store_path)
        self.size, self.spare = max(1, size), max(1, spare)
        self.timeout, self.long_after = timeout, long_after
        self.queue_limit, self.client_queue = max(1, queue), max(1, client_queue)
        self.per_client = per_client if per_client else max(1, self.size // 2)
        self.memory_bytes, self.allow_network = memory_bytes, allow_network
        self.restarts = self.generation = 0
        self.isolation = self.last_error = ""
        self._ctx = mp.get_context("forkserver" if sys.platform.startswith("linux") else "spawn")
        if self._ctx.get_start_method() == "forkserver":
            self._ctx.set_forkserver_preload(["tacb_graph.serve.worker"])
        self._identity: tuple | None = None
        self._workers: set[_Worker] = set()
        self._waiting: OrderedDict[str, deque[_Ticket]] = OrderedDict()
        self._queued = self._long_total = self._spawn_failures = 0
        self._long_by: dict[str, int] = {}
        self._closing = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._started: asyncio.Future | None = None

    # --- state ---------------------------------------------------------------------------

    @property
    def capacity(self) -> int:
        """How many workers the pool keeps on the current store."""
        return self.size + self.spare

    @property
    def alive(self) -> int:
        """Worker processes running (starting, idle or busy, any generation)."""
        return sum(1 for w in self._workers if w.process.is_alive())

    @property
    def idle(self) -> int:
        """Workers on the current store, ready and without a job."""
        return len(self._idle_workers())

    @property
    def running(self) -> int:
        """Jobs running now."""
        return sum(1 for w in self._workers if w.ticket is not None)

    @property
    def queued(self) -> int:
        """Jobs waiting for a worker."""
        return self._queued

    @property
    def long_running(self) -> int:
        """Jobs running now that have run longer than ``long_after``."""
        return self._long_total

    def _idle_workers(self) -> list[_Worker]:
        return [w for w in self._workers
                if w.ready and w.ticket is None and not w.retired and w.generation == self.generation]

    # --- life cycle ----------------------------------------------------------------------

    async def start(self) -> None:
        """Start the workers and wait until each has opened the store.

        Raises :class:`~tacb_graph.sandbox.IsolationError` if the workers cannot
        leave the network, :class:`~tacb_graph.errors.StoreError` if they cannot
        open the store.
        """
        self._loop = asyncio.get_running_loop()
        self._identity = store_identity(self.store_path)
        self._started = self._loop.create_future()
        for _ in range(self.capacity):
            self._spawn()
        try:
            await asyncio.wait_for(asyncio.shield(self._started), timeout=120)
        except asyncio.TimeoutError:
            await self.close()
            raise StoreError(f"{self.store_path}: the query workers did not start") from None
        except TacbError:
            await self.close()
            raise

    async def close(self) -> None:
        """Stop every worker; waiting and running jobs fail."""
        self._closing = True
        for w in list(self._workers):
            self._kill(w)
        for queue in list(self._waiting.values()):
            for t in list(queue):
                self._fail(t, PoolBusy("the server is shutting down", 1))
        self._waiting.clear()

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=worker_main, name="tacb-graph-query-worker", daemon=True,
                                 args=(child, self.store_path, self.memory_bytes, self.allow_network))
        proc.start()
        child.close()
        w = _Worker(proc, parent, self.generation)
        self._workers.add(w)
        assert self._loop is not None
        self._loop.add_reader(parent.fileno(), self._on_readable, w)
        return w

    def _kill(self, w: _Worker) -> None:
        """Stop ``w`` now; its process is reaped in the background."""
        if w not in self._workers:
            return
        self._workers.discard(w)
        if self._loop is not None and not w.conn.closed:
            try:
                self._loop.remove_reader(w.conn.fileno())
            except (OSError, ValueError):
                pass
        if w.process.is_alive():
            w.process.kill()
        w.conn.close()
        self._reap(w.process)

    def _reap(self, proc: mp.process.BaseProcess, tries: int = 0) -> None:
        if proc.exitcode is None and tries < 500 and self._loop is not None:
            self._loop.call_later(0.01, self._reap, proc, tries + 1)

    def _top_up(self) -> None:
        """Start workers until the current generation has its full capacity again."""
        if self._closing:
            return
        current = sum(1 for w in self._workers if w.generation == self.generation and not w.retired)
        for _ in range(self.capacity - current):
            self._spawn()

    def _replace(self, w: _Worker) -> None:
        self._kill(w)
        if w.generation == self.generation:
            self.restarts += 1
        self._top_up()

    # --- worker messages -----------------------------------------------------------------

    def _on_readable(self, w: _Worker) -> None:
        try:
            message = w.conn.recv()
        except (EOFError, OSError):
            self._on_death(w)
            return
        if not w.ready:
            self._on_hello(w, message)
        elif w.ticket is not None:
            self._on_reply(w, message)

    def _on_hello(self, w: _Worker, message: tuple) -> None:
        status, detail = message
        if status == "ready" and (w.retired or w.generation != self.generation):
            self._kill(w)  # started on the store that has just been replaced
            return
        if status == "ready":
            w.ready = True
            self.isolation = detail
            self._spawn_failures = 0
            if self._started is not None and not self._started.done() and self.idle >= self.capacity:
                self._started.set_result(None)
            self._dispatch()
            return
        self._kill(w)
        self.last_error = detail
        error = IsolationError(detail) if "network" in detail else StoreError(detail)
        if self._started is not None and not self._started.done():
            self._started.set_exception(error)
            return
        self._spawn_failures += 1  # e.g. the store was missing for a moment: try again, slower
        print(f"tacb-graph serve: a query worker failed to start: {detail}", file=sys.stderr, flush=True)
        assert self._loop is not None
        self._loop.call_later(min(5.0, 0.1 * 2 ** self._spawn_failures), self._top_up)

    def _on_reply(self, w: _Worker, reply: Reply) -> None:
        t = w.ticket
        assert t is not None
        self._release(t)
        w.ticket = None
        if t.long or w.retired or reply.status == 503:
            self._replace(w)  # niced, on an old store, or out of memory: start afresh
        if not t.future.done():
            t.future.set_result(reply)
        self._dispatch()

    def _on_death(self, w: _Worker) -> None:
        """``w`` closed its pipe: it is exiting. Wait (without blocking) for its exit status."""
        if self._loop is not None and not w.conn.closed:
            try:
                self._loop.remove_reader(w.conn.fileno())
            except (OSError, ValueError):
                pass
        self._after_death(w, 0)

    def _after_death(self, w: _Worker, tries: int) -> None:
        exitcode = w.process.exitcode
        if exitcode is None and tries < 200 and self._loop is not None:
            self._loop.call_later(0.005, self._after_death, w, tries + 1)
            return
        t = w.ticket
        was_ready = w.ready
        if w in self._workers:
            self._replace(w)
        if t is not None:
            self._release(t)
            w.ticket = None
            if not t.future.done():
                t.future.set_result(text_reply(503, death_reason(exitcode, self.memory_bytes)
                                               + "; its worker was replaced"))
        elif not was_ready and self._started is not None and not self._started.done():
            if exitcode == -signal.SIGABRT and self.memory_bytes:
                why = f"it could not open the store within its {self.memory_bytes // 2**20} MB memory cap"
            else:
                why = death_reason(exitcode, None)
            self._started.set_exception(StoreError(f"a query worker died while starting: {why}"))
        self._dispatch()

    # --- jobs ----------------------------------------------------------------------------

    def _retry_after(self) -> int:
        return max(1, math.ceil(self.timeout))

    def check_store(self) -> bool:
        """Switch to a new store if the folder was swapped since; whether it was."""
        ident = store_identity(self.store_path)
        if ident is None or ident == self._identity:
            return False
        self._identity = ident
        self.generation += 1
        for w in list(self._workers):
            w.retired = True
            if w.ticket is None:
                self._kill(w)
        self._top_up()
        return True

    def submit(self, job: Job, client: str = "") -> _Ticket:
        """Queue ``job`` for ``client``; :class:`PoolBusy` if the queue is full.

        Await ``ticket.future`` for the :class:`~.worker.Reply`; it raises
        :class:`PoolBusy` or :class:`QueryTimeout` when the job could not run.
        """
        assert self._loop is not None, "start() the pool first"
        self.check_store()
        mine = len(self._waiting.get(client, ()))
        if mine >= self.client_queue:
            raise PoolBusy(f"you have {mine} queries waiting already; try again later", self._retry_after())
        if self._queued >= self.queue_limit:  # full: room only at the expense of a client with more waiting
            hog = max(self._waiting.values(), key=len)
            if len(hog) <= mine + 1:
                raise PoolBusy(f"{self._queued} queries are waiting already; try again later", self._retry_after())
            pushed = hog[-1]
            self._dequeue(pushed)
            self._fail(pushed, PoolBusy("the queue was full and a client with fewer queries waiting took "
                                        "this one's place; try again later", self._retry_after()))
        t = _Ticket(job, client, self._loop.create_future(), time.monotonic())
        self._enqueue(t)
        self._dispatch()
        return t

    async def run(self, job: Job, client: str = "") -> Reply:
        """Run ``job`` and return its reply (cancelling the wait cancels the job)."""
        t = self.submit(job, client)
        try:
            return await asyncio.shield(t.future)
        except asyncio.CancelledError:
            self.cancel(t)
            raise

    def cancel(self, t: _Ticket) -> None:
        """Drop ``t``: out of the queue, or stop the worker running it (and replace it)."""
        if t.future.done() and t.worker is None:
            return
        if t.worker is not None:
            w = t.worker
            self._release(t)
            w.ticket = None
            self._replace(w)
        else:
            self._dequeue(t)
        t.clear_timers()
        if not t.future.done():
            t.future.cancel()
        self._dispatch()

    def _enqueue(self, t: _Ticket, front: bool = False) -> None:
        queue = self._waiting.setdefault(t.client, deque())
        queue.appendleft(t) if front else queue.append(t)
        self._queued += 1
        assert self._loop is not None
        wait = t.arrived + self.timeout - time.monotonic()
        t.timers.append(self._loop.call_later(max(0.0, wait), self._on_wait_expired, t))

    def _dequeue(self, t: _Ticket) -> None:
        queue = self._waiting.get(t.client)
        if queue is not None and t in queue:
            queue.remove(t)
            self._queued -= 1
            if not queue:
                del self._waiting[t.client]

    def _fail(self, t: _Ticket, exc: Exception) -> None:
        t.clear_timers()
        if not t.future.done():
            t.future.set_exception(exc)

    def _on_wait_expired(self, t: _Ticket) -> None:
        if t.worker is not None or t.future.done():
            return
        self._dequeue(t)
        kind = "long-query slots" if t.known_long else "query workers"
        self._fail(t, PoolBusy(f"all {kind} stayed busy for {self.timeout:g} s; try again later",
                               self._retry_after()))

    def _long_ok(self, client: str) -> bool:
        return self._long_total < self.size and self._long_by.get(client, 0) < self.per_client

    def _next_ticket(self) -> _Ticket | None:
        """The next job to run: clients in turn, each client's jobs in order.

        A job already known to be long waits for a long slot; the jobs behind
        it may run before it.
        """
        for client in list(self._waiting):
            queue = self._waiting[client]
            for t in queue:
                if t.known_long and not self._long_ok(client):
                    continue
                queue.remove(t)
                self._queued -= 1
                if queue:
                    self._waiting.move_to_end(client)
                else:
                    del self._waiting[client]
                return t
        return None

    def _dispatch(self) -> None:
        if self._closing:
            return
        idle = self._idle_workers()
        while idle:
            t = self._next_ticket()
            if t is None:
                return
            self._start(idle.pop(), t)

    def _start(self, w: _Worker, t: _Ticket) -> None:
        assert self._loop is not None
        t.clear_timers()
        t.worker, w.ticket = w, t
        if t.known_long:
            self._mark_long(t)
        else:
            t.timers.append(self._loop.call_later(self.long_after, self._on_long, t))
        t.timers.append(self._loop.call_later(self.timeout, self._on_timeout, t))
        try:
            w.conn.send(t.job)
        except OSError:
            self._on_death(w)

    def _mark_long(self, t: _Ticket) -> None:
        t.long = True
        self._long_total += 1
        self._long_by[t.client] = self._long_by.get(t.client, 0) + 1
        try:
            if t.worker is not None and t.worker.process.pid:
                os.setpriority(os.PRIO_PROCESS, t.worker.process.pid, _LONG_NICE)
        except (OSError, AttributeError):
            pass

    def _release(self, t: _Ticket) -> None:
        """``t`` no longer runs: free its long slot and timers."""
        t.clear_timers()
        if t.long:
            t.long = False
            self._long_total -= 1
            left = self._long_by.get(t.client, 1) - 1
            if left > 0:
                self._long_by[t.client] = left
            else:
                self._long_by.pop(t.client, None)
        t.worker = None

    def _on_long(self, t: _Ticket) -> None:
        w = t.worker
        if w is None or t.future.done():
            return
        if self._long_ok(t.client):
            self._mark_long(t)
            return
        # no long slot for it now: stop it, and run it again when one frees
        self._release(t)
        w.ticket = None
        self._replace(w)
        t.known_long = True
        self._enqueue(t, front=True)
        self._dispatch()

    def _on_timeout(self, t: _Ticket) -> None:
        w = t.worker
        if w is None or t.future.done():
            return
        self._release(t)
        w.ticket = None
        self._replace(w)
        self._fail(t, QueryTimeout(f"query stopped after the {self.timeout:g} s timeout"))
        self._dispatch()

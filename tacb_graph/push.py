"""Push the dataset to an external SPARQL 1.1 store, named graph by named graph.

Two ways to write, both *replacing* each named graph, so pushing again never
duplicates anything:

* ``gsp`` — the SPARQL 1.1 Graph Store HTTP Protocol: one ``PUT ?graph=<g>``
  per graph, with the graph as N-Triples (sent as ``text/turtle``).
* ``update`` — SPARQL 1.1 Update: ``DROP SILENT GRAPH <g>`` then
  ``INSERT DATA { GRAPH <g> { … } }``, several graphs per request and a large
  graph split over requests, at most ``max_triples`` triples and about
  ``max_bytes`` bytes per request (Virtuoso's parser fails on ~5,000 triples).

Only what changed is sent. A push from a store folder keeps a small state file
beside it (``out/store.push.json``): for each query endpoint pushed to, the
SHA-256 of every named graph's content as pushed. The next push to that
endpoint sends only the graphs whose content differs, and drops there the
graphs it pushed before that the dataset no longer has (a report removed from
the corpus); ``--all`` sends everything again. Graphs on the server that no
push put there are left alone. A push is not atomic: if it stops half-way, push
again (the state is written only after a push succeeded). After writing, the
triples of every graph pushed are counted through the query endpoint and
compared.

HTTP Basic and Digest authentication are both answered: the scheme is taken
from the server's ``WWW-Authenticate`` challenge (Virtuoso's ``/sparql-auth``
and ``/sparql-graph-crud-auth`` use Digest).

What is sent is made in :mod:`tacb_graph.pushdata`.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from .errors import StoreError, TacbError
from .pushdata import (MAX_BYTES, MAX_TRIPLES, NamedGraph, UpdateRequest, changed_graphs, graph_digest, nt_term,
                       read_graphs, read_state, state_path, update_requests, write_state)

if TYPE_CHECKING:
    import httpx

    from .pushhttp import Http

__all__ = [
    "PushReport",
    "NamedGraph",
    "changed_graphs",
    "graph_digest",
    "state_path",
    "UpdateRequest",
    "push",
    "read_graphs",
    "nt_term",
    "update_requests",
    "add_commands",
    "METHODS",
]

METHODS = ("auto", "gsp", "update")

Progress = Callable[[str], None]


@dataclass(frozen=True)
class PushReport:
    """What a push did: ``graphs`` and ``triples`` sent, ``unchanged`` graphs not sent,
    ``dropped`` graphs removed from the server (pushed before, gone from the dataset)."""

    target: str
    method: str
    graphs: int
    triples: int
    requests: int
    bytes_sent: int
    seconds: float
    verified: bool
    unchanged: int = 0
    dropped: int = 0
    state: str | None = None  # the state file read and written, if any


# ---------------------------------------------------------------- reading


# ---------------------------------------------------------------- SPARQL Update


def _check_url(url: str | None, option: str) -> None:
    if url is None:
        return
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise TacbError(f"{option} {url!r}: not an http(s) URL")


# ---------------------------------------------------------------- push


def _push_update(http: Http, url: str, graphs: list[NamedGraph], max_triples: int,
                 max_bytes: int, tell: Callable[[int, int], None]) -> None:
    done = triples = 0
    for req in update_requests(graphs, max_triples, max_bytes):
        where = graphs[min(done, len(graphs) - 1)].iri
        http.send("POST", url, f"update request {http.requests + 1}, at graph <{where}>",
                  content=req.text.encode("utf-8"),
                  headers={"Content-Type": "application/sparql-update; charset=utf-8"})
        done += req.graphs_done
        triples += req.triples
        tell(done, triples)


def _push_gsp(http: Http, url: str, graphs: list[NamedGraph], tell: Callable[[int, int], None],
              fallback: bool) -> bool:
    """PUT each graph; False if ``fallback`` and the server refuses the protocol at the first graph."""
    triples = 0
    for i, g in enumerate(graphs):
        what = f"graph {i + 1}/{len(graphs)} <{g.iri}>"
        refusals = (404, 405, 415, 501) if fallback and i == 0 else ()
        if g.lines:
            r = http.send("PUT", url, what, ok=refusals, params={"graph": g.iri},
                          content=("\n".join(g.lines) + "\n").encode("utf-8"),
                          headers={"Content-Type": "text/turtle; charset=utf-8"})
        else:
            r = http.send("DELETE", url, what, ok=(404,) + refusals, params={"graph": g.iri})
        if r.status_code in refusals:
            return False
        triples += len(g.lines)
        tell(i + 1, triples)
    return True


def _count_remote(http: Http, url: str, graphs: list[NamedGraph], batch: int = 50) -> dict[str, int]:
    counts: dict[str, int] = {}
    for k in range(0, len(graphs), batch):
        values = " ".join(f"<{g.iri}>" for g in graphs[k:k + batch])
        query = (f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} "
                 "GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        r = http.send("POST", url, "counting the pushed triples", data={"query": query},
                      headers={"Accept": "application/sparql-results+json"})
        try:
            for b in r.json()["results"]["bindings"]:
                counts[b["g"]["value"]] = int(b["n"]["value"])
        except (ValueError, KeyError, TypeError):
            raise StoreError(f"{url}: the count query did not answer SPARQL JSON results") from None
    return counts


def _verify(http: Http, url: str, graphs: list[NamedGraph]) -> None:
    counts = _count_remote(http, url, graphs)
    wrong = [(g.iri, len(g.lines), counts.get(g.iri, 0)) for g in graphs
             if counts.get(g.iri, 0) != len(g.lines)]
    if wrong:
        shown = ", ".join(f"<{g}> has {got} not {want}" for g, want, got in wrong[:3])
        raise StoreError(f"{url}: after the push {len(wrong)} graph(s) hold other triple counts "
                         f"than the dataset: {shown}")


def push(store_or_path, endpoint: str, *, update_endpoint: str | None = None,
         graph_store: str | None = None, user: str | None = None, password: str | None = None,
         method: str = "auto", max_triples: int = MAX_TRIPLES, max_bytes: int = MAX_BYTES,
         timeout: float = 60.0, verify: bool = True, progress: Progress | None = None,
         transport: httpx.BaseTransport | None = None, state: str | os.PathLike[str] | None | bool = True,
         everything: bool = False) -> PushReport:
    """Replace, on a SPARQL 1.1 store, every named graph of the dataset with its content here.

    Parameters
    ----------
    store_or_path
        A ``pyoxigraph.Store``, a store folder (``out/store``) or a TriG / N-Quads file.
    endpoint
        The SPARQL query endpoint (used to count the pushed triples; the Update default).
    update_endpoint
        Where SPARQL Update requests go (default: ``endpoint``).
    graph_store
        The Graph Store Protocol endpoint, e.g. Virtuoso's ``…/sparql-graph-crud-auth``.
    user, password
        Credentials, answered by Basic or Digest as the server asks.
    method
        ``gsp``, ``update``, or ``auto``: GSP when ``graph_store`` is given (falling back
        to Update if the server refuses the protocol at the first graph), else Update.
    max_triples, max_bytes
        Limits for one SPARQL Update request.
    verify
        Count the triples of every pushed graph on the server afterwards and compare.
        (A store that canonicalises literals, as Virtuoso turns ``"1.50"^^xsd:decimal``
        into ``1.5``, merges triples differing only so; their counts then differ.)
    progress
        Called with a line of progress now and then.
    state
        The state file of what was pushed before: ``True`` (default) for the one beside a store
        folder (:func:`state_path`; none for a file or an open store), a path, or ``False``/``None``
        for none (every graph is sent).
    everything
        Send every graph, whatever the state says (the state is written again).

    Raises :class:`~tacb_graph.errors.StoreError` with the server's message when
    the server cannot be reached or refuses a request, and
    :class:`~tacb_graph.errors.InputError` when the dataset has blank nodes.

    Example (needs a server)::

        push("out/store", "http://localhost:8890/sparql",
             update_endpoint="http://localhost:8890/sparql-auth", user="dba", password="dba")
    """
    from .pushhttp import Http  # httpx, the push extra: missing, the command says so before any work

    if method not in METHODS:
        raise TacbError(f"--method {method!r}: choose one of {', '.join(METHODS)}")
    if (user is None) != (password is None):
        raise TacbError("give both --user and --password, or neither")
    for url, option in ((endpoint, "--endpoint"), (update_endpoint, "--update-endpoint"),
                        (graph_store, "--graph-store")):
        _check_url(url, option)
    if method == "gsp" and not graph_store:
        raise TacbError("--method gsp needs --graph-store URL")
    update_url = update_endpoint or endpoint
    say = progress or (lambda _m: None)
    start = time.monotonic()
    every = read_graphs(store_or_path)
    state_file = state_path(store_or_path) if state is True else (Path(state) if state else None)
    before = {} if everything else read_state(state_file, endpoint)
    graphs, unchanged, dropped = changed_graphs(every, before)
    total = sum(len(g.lines) for g in graphs)
    last = [0.0]

    def tell(done: int, triples: int) -> None:
        now = time.monotonic()
        if now - last[0] >= 1.0 or done == len(graphs):
            last[0] = now
            say(f"push: {done}/{len(graphs)} graphs, {triples}/{total} triples")

    http = Http(user, password, timeout, transport)
    try:
        used = "gsp" if method == "gsp" or (method == "auto" and graph_store) else "update"
        target = graph_store if used == "gsp" else update_url
        if not graphs:
            say(f"push: nothing changed since the last push to {endpoint} ({unchanged} graphs; --all sends them)")
            return PushReport(target, used, 0, 0, 0, 0, time.monotonic() - start, False, unchanged, 0,
                              str(state_file) if state_file else None)
        kept = f", {unchanged} unchanged graphs not sent" if unchanged else ""
        gone = f", {dropped} graphs dropped there (no longer in the dataset)" if dropped else ""
        say(f"push: {len(graphs) - dropped} named graphs, {total} triples to {target} ({used}){kept}{gone}")
        if used == "gsp" and not _push_gsp(http, graph_store, graphs, tell, fallback=method == "auto"):
            say(f"push: {graph_store} refuses the Graph Store Protocol; using SPARQL Update at {update_url}")
            used, target = "update", update_url
        if used == "update":
            _push_update(http, update_url, graphs, max_triples, max_bytes, tell)
        if verify and graphs:
            _verify(http, endpoint, graphs)
            say(f"push: verified the triple counts of {len(graphs)} graphs at {endpoint}")
        if state_file is not None:
            write_state(state_file, endpoint, {g.iri: graph_digest(g) for g in every})
        return PushReport(target, used, len(graphs) - dropped, total, http.requests, http.bytes_sent,
                          time.monotonic() - start, verify and bool(graphs), unchanged, dropped,
                          str(state_file) if state_file else None)
    finally:
        http.close()


# ---------------------------------------------------------------- CLI


def _cmd_push(args: argparse.Namespace) -> int:
    password = args.password if args.password is not None else os.environ.get("TACB_PUSH_PASSWORD")
    if args.user is None:
        password = args.password  # the environment variable only completes a --user
    report = push(args.store, args.endpoint, update_endpoint=args.update_endpoint,
                  graph_store=args.graph_store, user=args.user, password=password,
                  method=args.method, max_triples=args.chunk_triples, max_bytes=args.chunk_bytes,
                  timeout=args.timeout, verify=not args.no_verify,
                  progress=None if args.quiet else lambda m: print(m, file=sys.stderr, flush=True),
                  state=args.state if args.state else True, everything=args.all)
    if not report.graphs and not report.dropped:
        print(f"nothing to push: the {report.unchanged} named graphs are as last pushed to {args.endpoint}")
        return 0
    others = (f"; {report.unchanged} unchanged not sent" if report.unchanged else "") + \
             (f"; {report.dropped} dropped there" if report.dropped else "")
    print(f"pushed {report.triples} triples in {report.graphs} named graphs to {report.target} "
          f"by {'Graph Store Protocol' if report.method == 'gsp' else 'SPARQL Update'} "
          f"({report.requests} requests, {report.bytes_sent / 1e6:.2f} MB) in {report.seconds:.2f} s"
          + (", counts verified" if report.verified else "") + others)
    return 0


def add_commands(subparsers) -> None:
    """Register ``push`` on the ``tacb-graph`` command line."""
    p = subparsers.add_parser(
        "push", help="load the named graphs into an external SPARQL 1.1 store (replacing them)",
        description="Replace each named graph of the dataset on a SPARQL 1.1 store, through the "
                    "Graph Store HTTP Protocol (PUT per graph) or SPARQL Update (DROP + INSERT DATA).")
    p.add_argument("--endpoint", required=True, metavar="URL", help="SPARQL query endpoint")
    p.add_argument("--update-endpoint", metavar="URL", help="SPARQL Update endpoint (default: --endpoint)")
    p.add_argument("--graph-store", metavar="URL", help="Graph Store Protocol endpoint")
    p.add_argument("--user", metavar="U", help="user name (HTTP Basic or Digest, as the server asks)")
    p.add_argument("--password", metavar="P", help="password (default: $TACB_PUSH_PASSWORD)")
    p.add_argument("--store", default="out/store",
                   help="store folder, or a TriG / N-Quads file (default: out/store)")
    p.add_argument("--method", choices=METHODS, default="auto",
                   help="gsp, update, or auto: gsp when --graph-store is given, else update")
    p.add_argument("--chunk-triples", type=int, default=MAX_TRIPLES, metavar="N",
                   help=f"at most N triples per Update request (default: {MAX_TRIPLES})")
    p.add_argument("--chunk-bytes", type=int, default=MAX_BYTES, metavar="N",
                   help=f"about N bytes at most per Update request (default: {MAX_BYTES})")
    p.add_argument("--timeout", type=float, default=60.0, metavar="S", help="seconds per request (default: 60)")
    p.add_argument("--no-verify", action="store_true", help="do not count the pushed triples afterwards")
    p.add_argument("--all", action="store_true",
                   help="send every named graph, not only those changed since the last push to this endpoint")
    p.add_argument("--state", metavar="FILE",
                   help="the file recording what was pushed (default: STORE.push.json beside a store folder; "
                        "a TriG or N-Quads file is pushed whole unless given one)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress messages")
    p.set_defaults(func=_cmd_push)

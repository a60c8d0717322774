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

>>> g = NamedGraph("urn:g", ('<urn:s> <urn:p> "多\\\\n行"@zh .',))
>>> print(next(update_requests([g])).text)
DROP SILENT GRAPH <urn:g> ;
INSERT DATA {
GRAPH <urn:g> {
<urn:s> <urn:p> "多\\n行"@zh .
}
}
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pyoxigraph as ox

from .errors import InputError, StoreError, TacbError
from .store import open_dataset

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
MAX_TRIPLES = 1000
MAX_BYTES = 1_000_000
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
# Characters an IRIREF may not hold in SPARQL or N-Triples (they cannot be escaped there either).
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
# Only ECHARs, never \u: SPARQL processes \u escapes before parsing, so a literal holding a
# backslash followed by "u" needs care in an Update (see _concat_insert); raw control
# characters other than these are allowed in SPARQL and N-Triples strings.
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_TO_ESCAPE = re.compile(r'[\\"\n\r\t\b\f]')
# A backslash of the value (escaped: an even run of backslashes) followed by u or U.
_BACKSLASH_U = re.compile(r'(?<!\\)(?:\\\\)+[uU]')

Progress = Callable[[str], None]


@dataclass(frozen=True)
class NamedGraph:
    """One named graph ready to send: its IRI and its triples as N-Triples lines (sorted)."""

    iri: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class UpdateRequest:
    """One SPARQL Update request: its text and the graphs and triples it writes."""

    text: str
    graphs_done: int
    triples: int


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


# ---------------------------------------------------------------- what changed since the last push

STATE_FORMAT = 1


def graph_digest(g: NamedGraph) -> str:
    """The SHA-256 of a graph's content (its sorted N-Triples lines)."""
    h = hashlib.sha256()
    for line in g.lines:
        h.update(line.encode("utf-8") + b"\n")
    return h.hexdigest()


def state_path(store_or_path) -> Path | None:
    """Where a push from ``store_or_path`` keeps its state: ``{store folder}.push.json`` beside a
    store folder; none for a file or an open store (those are pushed whole)."""
    if isinstance(store_or_path, (str, os.PathLike)) and Path(store_or_path).is_dir():
        p = Path(store_or_path)
        return p.parent / f"{p.resolve().name}.push.json"
    return None


def read_state(path: Path | None, endpoint: str) -> dict[str, str]:
    """Graph IRI → digest, as last pushed to ``endpoint`` (empty when unknown)."""
    if path is None or not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != STATE_FORMAT:
            return {}
        return dict(data["endpoints"].get(endpoint, {}))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def write_state(path: Path, endpoint: str, digests: dict[str, str]) -> None:
    data = {"format": STATE_FORMAT, "endpoints": {}}
    if path.is_file():
        try:
            old = json.loads(path.read_text(encoding="utf-8"))
            if old.get("format") == STATE_FORMAT and isinstance(old.get("endpoints"), dict):
                data["endpoints"] = old["endpoints"]
        except (OSError, ValueError):
            pass
    data["endpoints"][endpoint] = dict(sorted(digests.items()))
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        raise StoreError(f"{path}: cannot write the push state ({exc.strerror})") from None


def changed_graphs(graphs: list[NamedGraph], previous: dict[str, str]) -> tuple[list[NamedGraph], int, int]:
    """The graphs to send: those whose digest differs from ``previous``, then an empty graph (a
    drop) for each graph pushed before and gone now; with how many are unchanged and dropped.

    >>> a, b = NamedGraph("urn:a", ("<urn:s> <urn:p> <urn:o> .",)), NamedGraph("urn:b", ())
    >>> send, same, gone = changed_graphs([a, b], {"urn:a": graph_digest(a), "urn:c": "x"})
    >>> [(g.iri, len(g.lines)) for g in send], same, gone
    ([('urn:b', 0), ('urn:c', 0)], 1, 1)
    """
    here = {g.iri for g in graphs}
    send = [g for g in graphs if previous.get(g.iri) != graph_digest(g)]
    gone = [NamedGraph(iri, ()) for iri in sorted(previous) if iri not in here]
    return send + gone, len(graphs) - len(send), len(gone)


# ---------------------------------------------------------------- reading


def _escape(value: str) -> str:
    return _TO_ESCAPE.sub(lambda m: _ESCAPES[m.group()], value)


def _iri(value: str) -> str:
    bad = _BAD_IRI.search(value)
    if bad:
        raise InputError(f"<{value}>: IRI holds {bad.group()!r}, which SPARQL and N-Triples cannot carry")
    return f"<{value}>"


def nt_term(term) -> str:
    """A term in the syntax N-Triples and SPARQL share (IRIs and literals only).

    >>> import pyoxigraph as ox
    >>> nt_term(ox.Literal('他说 "好"\\n', language="zh"))
    '"他说 \\\\"好\\\\"\\\\n"@zh'
    >>> nt_term(ox.Literal("1.5", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")))
    '"1.5"^^<http://www.w3.org/2001/XMLSchema#decimal>'
    """
    if isinstance(term, ox.NamedNode):
        return _iri(term.value)
    if isinstance(term, ox.Literal):
        if getattr(term, "direction", None):
            raise InputError(f"{term}: literals with a base direction cannot be pushed")
        text = f'"{_escape(term.value)}"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype.value == _XSD_STRING:
            return text
        return f"{text}^^{_iri(term.datatype.value)}"
    if isinstance(term, ox.BlankNode):
        raise InputError(f"_:{term.value}: blank node")
    raise InputError(f"{term}: cannot push this kind of term (quoted triple?)")


def _open(store_or_path) -> ox.Store:
    return open_dataset(store_or_path)


def read_graphs(store_or_path) -> list[NamedGraph]:
    """Every named graph of a store (or TriG / N-Quads file), sorted by IRI, ready to push.

    Refuses, with a message saying where, what a replace-by-graph push cannot carry:
    blank nodes (the contract has none), triples in the default graph, and quoted triples.
    """
    store = _open(store_or_path)
    stray = sum(1 for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    if stray:
        raise InputError(f"{stray} triple(s) in the default graph; the contract puts every triple "
                         "in a named graph, and only named graphs are pushed")
    graphs = []
    for g in sorted(store.named_graphs(), key=lambda n: n.value):
        if not isinstance(g, ox.NamedNode):
            raise InputError(f"_:{g.value}: a graph named by a blank node; the contract names graphs by IRI")
        lines = []
        for q in store.quads_for_pattern(None, None, None, g):
            try:
                lines.append(f"{nt_term(q.subject)} {nt_term(q.predicate)} {nt_term(q.object)} .")
            except InputError as exc:
                raise InputError(f"graph <{g.value}>: {exc}; the dataset must have no blank nodes "
                                 "(docs/graph-contract.md), so it cannot be pushed") from None
        graphs.append(NamedGraph(g.value, tuple(sorted(lines))))
    return graphs


# ---------------------------------------------------------------- SPARQL Update


def _concat_insert(graph: str, line: str) -> str:
    r"""An ``INSERT … WHERE { BIND }`` for a triple whose literal holds a backslash before ``u``.

    In ``INSERT DATA`` such a literal would meet SPARQL's ``\u`` pre-processing; here
    the value is cut after each such backslash and put together again by ``CONCAT``.

    >>> print(_concat_insert("urn:g", r'<urn:s> <urn:p> "C:\\users"@en .'))
    INSERT { GRAPH <urn:g> { <urn:s> <urn:p> ?o } } WHERE { BIND(STRLANG(CONCAT("C:\\", "users"), "en") AS ?o) }
    """
    (t,) = ox.parse(line.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    o = t.object
    parts = re.split(r"(?<=\\)(?=[uU])", o.value)
    value = "CONCAT(" + ", ".join(f'"{_escape(p)}"' for p in parts) + ")"
    if o.language:
        value = f'STRLANG({value}, "{o.language}")'
    elif o.datatype.value != _XSD_STRING:
        value = f"STRDT({value}, <{o.datatype.value}>)"
    return (f"INSERT {{ GRAPH <{graph}> {{ {nt_term(t.subject)} {nt_term(t.predicate)} ?o }} }} "
            f"WHERE {{ BIND({value} AS ?o) }}")


def update_requests(graphs: Iterable[NamedGraph], max_triples: int = MAX_TRIPLES,
                    max_bytes: int = MAX_BYTES) -> Iterator[UpdateRequest]:
    """SPARQL Update requests that replace each graph, packed and split to stay under the limits.

    A graph's ``DROP SILENT GRAPH`` travels with its first triples, so a graph split
    over requests is dropped once. A single triple longer than ``max_bytes`` goes alone.
    """
    if max_triples < 1 or max_bytes < 1:
        raise TacbError("the request limits must be at least 1")
    drops: list[str] = []
    blocks: dict[str, list[str]] = {}
    computed: list[str] = []
    size = count = done = 0

    def flush() -> UpdateRequest:
        nonlocal drops, blocks, computed, size, count, done
        ops = [f"DROP SILENT GRAPH <{g}>" for g in drops]
        body = [f"GRAPH <{g}> {{\n" + "\n".join(lines) + "\n}" for g, lines in blocks.items() if lines]
        if body:
            ops.append("INSERT DATA {\n" + "\n".join(body) + "\n}")
        req = UpdateRequest(" ;\n".join(ops + computed), done, count)
        drops, blocks, computed, size, count, done = [], {}, [], 0, 0, 0
        return req

    for g in graphs:
        _iri(g.iri)
        if not g.lines:
            drops.append(g.iri)
            size += len(g.iri) + 24
        for i, line in enumerate(g.lines):
            n = len(line.encode("utf-8")) + 1
            if count and (count >= max_triples or size + n > max_bytes):
                yield flush()
            if i == 0:
                drops.append(g.iri)
                size += 2 * len(g.iri) + 40
            if _BACKSLASH_U.search(line):
                computed.append(_concat_insert(g.iri, line))
            else:
                blocks.setdefault(g.iri, []).append(line)
            size += n
            count += 1
        done += 1
    if drops or blocks or computed:
        yield flush()


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

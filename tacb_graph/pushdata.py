"""What a push sends: the dataset's named graphs as N-Triples lines, their digests and the state
of the last push, and the SPARQL Update requests that replace them (:mod:`tacb_graph.push` sends
them).

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

import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import InputError, StoreError, TacbError
from .store import open_dataset

__all__ = ["NamedGraph", "UpdateRequest", "MAX_TRIPLES", "MAX_BYTES", "graph_digest", "state_path", "read_state",
           "write_state", "changed_graphs", "nt_term", "read_graphs", "update_requests"]


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


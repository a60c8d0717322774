"""The research query library: named SPARQL queries shipped in ``queries/*.rq``.

Each file starts with a comment block that describes it::

    # title: Who partners with an organisation
    # question: Which actors does the report say work together with a given entity?
    # param: entity — label (zh/en) or IRI of the entity (default 人权高专办)

and holds, for each parameter, one line ``VALUES ?name { <default term> }``,
so the file runs as it is in any SPARQL tool. :meth:`NamedQuery.bind` replaces
those lines with the caller's values, each turned into one RDF term by
pyoxigraph and written in its escaped N-Triples form — user text is never
pasted into the query as SPARQL.

>>> q = get_query("partners")
>>> [p.name for p in q.params]
['entity', 'lang']
>>> 'VALUES ?entity { "OHCHR" }' in q.bind({"entity": "OHCHR"})
True
>>> to_term('say "hi"}')
<Literal value=say "hi"} datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from typing import Iterable, Mapping

import pyoxigraph as ox

from .errors import TacbError
from .namespaces import PREFIXES
from .store import run_query

__all__ = [
    "Param",
    "NamedQuery",
    "list_queries",
    "get_query",
    "parse_query_file",
    "parse_params",
    "to_term",
    "run_named",
]

_XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
_HEADER = re.compile(r"^#\s*(title|question|param):\s*(.*?)\s*$")
_PARAM = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s+[—-]+\s+(?P<desc>.*?)\s*\(default\s+(?P<default>.*)\)$")
_CURIE = re.compile(r"^(?P<prefix>[A-Za-z][\w-]*):(?P<local>[A-Za-z_][\w.-]*)$")
_IRI_SCHEMES = ("http://", "https://", "urn:")


@dataclass(frozen=True)
class Param:
    """One parameter of a named query: its name, what it means, its default value."""

    name: str
    description: str
    default: str


@dataclass(frozen=True)
class NamedQuery:
    """A research query: name, title, question in plain words, parameters, SPARQL text."""

    name: str
    title: str
    question: str
    params: tuple[Param, ...]
    sparql: str

    def bind(self, values: Mapping[str, str] | None = None) -> str:
        """The SPARQL text with each parameter's ``VALUES`` line set to a value.

        Missing parameters take their default; an unknown one raises
        :class:`~tacb_graph.errors.TacbError`.
        """
        values = dict(values or {})
        known = {p.name for p in self.params}
        unknown = sorted(set(values) - known)
        if unknown:
            allowed = ", ".join(sorted(known)) or "none"
            raise TacbError(f"query {self.name}: unknown parameter {unknown[0]!r} (parameters: {allowed})")
        text = self.sparql
        for p in self.params:
            term = _sparql(to_term(values.get(p.name, p.default)))
            line = _values_line(p.name)
            text = line.sub(lambda m: f"{m.group(1)}VALUES ?{p.name} {{ {term} }}", text, count=1)
        return text


def _sparql(term: ox.NamedNode | ox.Literal) -> str:
    """A term in SPARQL syntax: integers bare, everything else escaped by pyoxigraph."""
    if isinstance(term, ox.Literal) and term.datatype == _XSD_INTEGER:
        return str(int(term.value))
    return str(term)


def _values_line(name: str) -> re.Pattern[str]:
    return re.compile(rf"^([ \t]*)VALUES \?{re.escape(name)} \{{.*\}}[ \t]*$", re.MULTILINE)


def to_term(value: str) -> ox.NamedNode | ox.Literal:
    """Turn a parameter value typed by a person into one RDF term.

    ``<…>``, ``http(s)://…`` and ``urn:…`` give an IRI; ``tacb:State`` (a known
    prefix) gives the expanded IRI; an integer gives an ``xsd:integer``;
    anything else is a plain string.

    >>> to_term("tacb:State")
    <NamedNode value=https://w3id.org/tacb/ontology#State>
    >>> to_term("12")
    <Literal value=12 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>
    """
    v = value.strip()
    iri = None
    if v.startswith("<") and v.endswith(">"):
        iri = v[1:-1]
    elif v.startswith(_IRI_SCHEMES):
        iri = v
    elif (m := _CURIE.match(v)) and m["prefix"] in PREFIXES:
        iri = PREFIXES[m["prefix"]] + m["local"]
    if iri is not None:
        try:
            return ox.NamedNode(iri)
        except ValueError as exc:
            raise TacbError(f"not a valid IRI: {value!r} ({exc})") from None
    if re.fullmatch(r"[+-]?\d+", v):
        return ox.Literal(v, datatype=_XSD_INTEGER)
    return ox.Literal(v)


def parse_query_file(name: str, text: str) -> NamedQuery:
    """Read a query file's header comments and check its ``VALUES`` lines."""
    fields: dict[str, str] = {}
    params: list[Param] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        m = _HEADER.match(line)
        if not m:
            continue
        key, rest = m.groups()
        if key == "param":
            pm = _PARAM.match(rest)
            if not pm:
                raise TacbError(f"query {name}: cannot read parameter line {line!r}")
            params.append(Param(pm["name"], pm["desc"], pm["default"].strip()))
        else:
            fields[key] = rest
    for key in ("title", "question"):
        if key not in fields:
            raise TacbError(f"query {name}: no '# {key}:' line")
    for p in params:
        if not _values_line(p.name).search(text):
            raise TacbError(f"query {name}: parameter {p.name} has no 'VALUES ?{p.name} {{ … }}' line")
    return NamedQuery(name, fields["title"], fields["question"], tuple(params), text)


def list_queries() -> list[NamedQuery]:
    """All named queries shipped with the package, sorted by name."""
    folder = resources.files("tacb_graph") / "queries"
    out = []
    for entry in folder.iterdir():
        if entry.name.endswith(".rq"):
            out.append(parse_query_file(entry.name[:-3], entry.read_text(encoding="utf-8")))
    return sorted(out, key=lambda q: q.name)


def get_query(name: str) -> NamedQuery:
    """The named query ``name``; an unknown name raises :class:`TacbError`."""
    for q in list_queries():
        if q.name == name:
            return q
    raise TacbError(f"no query named {name!r}; see `tacb-graph query --list`")


def parse_params(pairs: Iterable[str]) -> dict[str, str]:
    """``["a=中国", "b=OHCHR"]`` → ``{"a": "中国", "b": "OHCHR"}``.

    >>> parse_params(["a=x=y"])
    {'a': 'x=y'}
    """
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise TacbError(f"--param wants key=value, not {pair!r}")
        out[key.strip()] = value
    return out


def run_named(store: ox.Store, name: str, params: Mapping[str, str] | None = None):
    """Run the named query ``name`` on ``store`` with ``params``."""
    return run_query(store, get_query(name).bind(params))

"""Stage 6 — the embedded persistent store (Oxigraph) and the files beside it.

A build is written aside (``out/.build-*``) and swapped in only when complete,
so a failed build leaves the previous store and files untouched.

>>> import tempfile, rdflib
>>> ds = rdflib.Dataset()
>>> g = ds.graph(rdflib.URIRef("urn:g"))
>>> _ = g.add((rdflib.URIRef("urn:s"), rdflib.RDFS.label, rdflib.Literal("x")))
>>> out = tempfile.mkdtemp()
>>> paths = write_outputs(ds, out)
>>> rows = select(open_store(paths.store), "SELECT ?l WHERE { ?s rdfs:label ?l }")
>>> [str(r["l"].value) for r in rows]
['x']
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from typing import TYPE_CHECKING, Sequence

import pyoxigraph as ox

from .errors import InputError, QueryError, StoreError
from .namespaces import PREFIXES
from .sparqltext import UPDATE_KEYWORDS, names_dataset, query_form

if TYPE_CHECKING:  # rdflib is imported only by the code that builds (queries start faster)
    from rdflib import Dataset

__all__ = [
    "OutputPaths",
    "Staging",
    "write_outputs",
    "open_store",
    "open_dataset",
    "store_identity",
    "run_query",
    "dataset_options",
    "select",
    "to_oxigraph",
    "DEFAULT_OUT",
]

DEFAULT_OUT = Path("out")


@dataclass(frozen=True)
class OutputPaths:
    out: Path
    trig: Path
    ttl: Path
    jsonld: Path
    store: Path

    @classmethod
    def under(cls, out: str | os.PathLike[str]) -> "OutputPaths":
        o = Path(out)
        return cls(o, o / "tacb.trig", o / "tacb.ttl", o / "tacb.jsonld", o / "store")


def to_oxigraph(ds: Dataset, store: ox.Store) -> None:
    """Load an rdflib dataset into an Oxigraph store (via N-Quads, in bulk)."""
    data = ds.serialize(format="nquads", encoding="utf-8")
    store.bulk_load(data, format=ox.RdfFormat.N_QUADS)


_UNION = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def _write_files(store: ox.Store, paths: OutputPaths) -> None:
    store.dump(str(paths.trig), format=ox.RdfFormat.TRIG, prefixes=PREFIXES)
    union = store.query(_UNION)
    ox.serialize(union, str(paths.ttl), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    store.dump(str(paths.jsonld), format=ox.RdfFormat.JSON_LD)


def write_outputs(ds: Dataset, out: str | os.PathLike[str] = DEFAULT_OUT) -> OutputPaths:
    """Write TriG, Turtle (union), JSON-LD and the store under ``out``, atomically.

    Everything is written into a temporary folder beside ``out`` first; the old
    files and store are replaced only when all writing succeeded.
    """
    with Staging(out) as staged:
        try:
            to_oxigraph(ds, staged.store)
            staged.store.flush()
            _write_files(staged.store, staged.paths)
        except OSError as exc:
            raise StoreError(f"{staged.final.out}: cannot write the build ({exc})") from None
        return staged.commit()


class Staging:
    """A build written aside, in ``out/.build-*/``, and swapped in by :meth:`commit`.

    ``base=True`` starts the new store from a snapshot of the current one
    (``Store.backup``: hard links to its immutable files, so it is cheap), for a
    build that replaces only some named graphs; otherwise it starts empty. Leaving
    the ``with`` block without a commit (an error) removes everything written,
    so the previous store and files stay as they were.
    """

    def __init__(self, out: str | os.PathLike[str] = DEFAULT_OUT, base: bool = False) -> None:
        self.final = OutputPaths.under(out)
        try:
            self.final.out.mkdir(parents=True, exist_ok=True)
            self.dir = Path(tempfile.mkdtemp(prefix=".build-", dir=self.final.out))
        except OSError as exc:
            raise StoreError(f"{self.final.out}: cannot create output folder ({exc.strerror})") from None
        self.paths = OutputPaths.under(self.dir)
        self.based = False
        try:
            if base and self.final.store.is_dir():
                open_store(self.final.store).backup(str(self.paths.store))
                self.based = True
            self.store = ox.Store(str(self.paths.store))
        except OSError as exc:
            self.close()
            raise StoreError(f"{self.final.store}: cannot copy the store to update it ({exc})") from None

    def __enter__(self) -> "Staging":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def identity(self) -> tuple[int, int]:
        """The new store folder's device and inode, which it keeps once swapped in."""
        st = self.paths.store.stat()
        return st.st_dev, st.st_ino

    def commit(self, folders: dict[str, Path] | None = None) -> OutputPaths:
        """Swap the new store and files in (and ``folders``: name under ``out`` → folder written)."""
        try:
            self.store.flush()
            del self.store
            _swap(self.paths, self.final, self.dir)
            for name, folder in (folders or {}).items():
                target = self.final.out / name
                if target.exists():
                    os.replace(target, self.dir / f"old-{name}")
                os.replace(folder, target)
        except OSError as exc:
            raise StoreError(f"{self.final.out}: cannot write the build ({exc})") from None
        return self.final

    def close(self) -> None:
        if hasattr(self, "store"):
            del self.store
        shutil.rmtree(self.dir, ignore_errors=True)


def _swap(tmp: OutputPaths, final: OutputPaths, tmpdir: Path) -> None:
    old = tmpdir / "old-store"
    if final.store.exists():
        os.replace(final.store, old)
    os.replace(tmp.store, final.store)
    for name in ("trig", "ttl", "jsonld"):
        os.replace(getattr(tmp, name), getattr(final, name))


def open_store(path: str | os.PathLike[str] = DEFAULT_OUT / "store", read_only: bool = True) -> ox.Store:
    """Open the store written by ``tacb-graph build``.

    Read-only opening lets any number of readers share a store that a build may
    replace; raises :class:`~tacb_graph.errors.StoreError` if there is none.
    """
    p = Path(path)
    if not p.is_dir():
        raise StoreError(f"{p}: no store here; run `tacb-graph build` first")
    try:
        return ox.Store.read_only(str(p)) if read_only else ox.Store(str(p))
    except OSError as exc:
        raise StoreError(f"{p}: cannot open the store ({exc})") from None


def store_identity(path: str | os.PathLike[str]) -> tuple | None:
    """What tells one build's store folder from the next: its inode and the database's own id.

    A reader holding a store open can compare this before each use to notice
    that a build has swapped in a new store; ``None`` while there is no store
    at ``path`` (e.g. between the two renames of the swap).
    """
    p = Path(path)
    try:
        st = p.stat()
        ident = (p / "IDENTITY").read_bytes() if (p / "IDENTITY").exists() else b""
    except OSError:
        return None
    return st.st_dev, st.st_ino, ident


def open_dataset(store_or_path) -> ox.Store:
    """A store to read from: an open store, a store folder (read-only), or a TriG /
    N-Quads file loaded into memory. Bad paths raise a one-line ``TacbError``."""
    if isinstance(store_or_path, ox.Store):
        return store_or_path
    path = Path(store_or_path)
    if path.is_dir():
        return open_store(path)
    if not path.exists():
        raise InputError(f"{path}: no such store folder or graph file (run `tacb-graph build` first?)")
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip("."))
    if fmt is None or not fmt.supports_datasets:
        raise InputError(f"{path}: give a store folder, or a TriG (.trig) / N-Quads (.nq) file (named graphs)")
    store = ox.Store()
    try:
        store.load(path=str(path), format=fmt)
    except SyntaxError as exc:
        raise InputError(f"{path}: not valid {fmt.name}: {' '.join(str(exc).split())}") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot read ({' '.join(str(exc).split())})") from None
    return store


def dataset_options(sparql: str, default_graphs: Sequence[str] = (),
                    named_graphs: Sequence[str] = ()) -> dict:
    """The pyoxigraph options that give ``sparql`` its RDF dataset.

    * graphs given by the caller (the protocol's ``default-graph-uri`` /
      ``named-graph-uri``) win over the query's own ``FROM`` / ``FROM NAMED``;
      if only one kind is given, the other is empty (SPARQL 1.1 Protocol §2.1.4);
    * else a query that names its dataset gets exactly that dataset;
    * else the default graph is the union of all named graphs.

    That union is the one Oxigraph evaluates: a *bag* — a triple stated in two
    paragraph graphs matches a pattern twice (so does ``FROM <a> FROM <b>``).
    Use ``DISTINCT`` (the research queries do) to count each triple once.

    >>> dataset_options("SELECT * WHERE { ?s ?p ?o }")
    {'use_default_graph_as_union': True}
    >>> dataset_options("SELECT * FROM <urn:g> WHERE { ?s ?p ?o }")
    {}
    >>> dataset_options("SELECT * FROM <urn:g> WHERE { ?s ?p ?o }", default_graphs=["urn:h"])
    {'default_graph': [<NamedNode value=urn:h>], 'named_graphs': []}
    """
    if default_graphs or named_graphs:
        try:
            return {"default_graph": [ox.NamedNode(g) for g in default_graphs],
                    "named_graphs": [ox.NamedNode(g) for g in named_graphs]}
        except ValueError as exc:
            raise QueryError(f"bad graph IRI: {exc}") from None
    if names_dataset(sparql):
        return {}
    return {"use_default_graph_as_union": True}


_DATASET_KEYS = ("use_default_graph_as_union", "default_graph", "named_graphs")


def run_query(store: ox.Store, sparql: str, *, default_graphs: Sequence[str] = (),
              named_graphs: Sequence[str] = (), **kwargs):
    """Run a read-only SPARQL query on ``store``.

    The dataset follows :func:`dataset_options` (the union of all named graphs
    unless the query or the caller names graphs); pyoxigraph's own dataset
    options in ``kwargs`` override that. The usual prefixes (``tacb:``,
    ``rdfs:``, ``skos:`` …) are predeclared. Raises
    :class:`~tacb_graph.errors.QueryError` with the parser's message, or saying
    that updates are not allowed.
    """
    if not any(k in kwargs for k in _DATASET_KEYS):
        kwargs.update(dataset_options(sparql, default_graphs, named_graphs))
    kwargs.setdefault("prefixes", PREFIXES)
    try:
        return store.query(sparql, **kwargs)
    except SyntaxError as exc:
        form = query_form(sparql)
        if form in UPDATE_KEYWORDS:
            raise QueryError(f"updates are not allowed: this is a SPARQL Update ({form}), "
                             "and queries only read the store") from None
        raise QueryError(f"malformed query: {' '.join(str(exc).split())}") from None
    except OSError as exc:
        raise QueryError(f"query failed: {' '.join(str(exc).split())}") from None


def select(store: ox.Store, sparql: str, **kwargs) -> list[ox.QuerySolution]:
    """Run a SELECT query and return its solutions as a list."""
    res = run_query(store, sparql, **kwargs)
    if not isinstance(res, ox.QuerySolutions):
        raise QueryError("expected a SELECT query")
    return list(res)

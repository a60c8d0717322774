"""The ``analyze`` and ``path`` commands (registered through ``add_commands``).

Thin shells: parse options, call the library, format the result.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path

from ..errors import TacbError
from ..results import format_table

__all__ = ["add_commands", "format_measures", "format_connection"]

_COLUMNS = ("rank", "entity", "kind", "degree", "weighted_degree", "betweenness", "pagerank",
            "community", "core_number", "is_articulation_point")


def _cells(rank: int, m) -> list[str]:
    return [str(rank), m.label_zh or m.label_en or m.iri, m.kind or "", str(m.degree),
            f"{m.weighted_degree:g}", f"{m.betweenness:.4f}", f"{m.pagerank:.4f}",
            str(m.community), str(m.core_number), "yes" if m.is_articulation_point else ""]


def format_measures(measures: list, fmt: str = "table") -> str:
    """Measures as a table, CSV, JSON or Markdown (rows in the given order).

    >>> from tacb_graph.analyse.measures import NodeMeasures
    >>> m = NodeMeasures("urn:x", "State", "利比亚", "Libya", 1, 1, 0.0, 0.5, 0, 1, False)
    >>> print(format_measures([m], "md"), end="")
    | rank | entity | kind | degree | weighted_degree | betweenness | pagerank | community | core_number | is_articulation_point |
    |---|---|---|---|---|---|---|---|---|---|
    | 1 | 利比亚 | State | 1 | 1 | 0.0000 | 0.5000 | 0 | 1 |  |
    """
    if fmt == "json":
        return json.dumps([dict(rank=i, **m.as_dict()) for i, m in enumerate(measures, 1)],
                          ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        fields = ["rank", *measures[0].as_dict()] if measures else ["rank"]
        w = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        for i, m in enumerate(measures, 1):
            w.writerow(dict(rank=i, **m.as_dict()))
        return buf.getvalue()
    rows = [_cells(i, m) for i, m in enumerate(measures, 1)]
    if fmt == "md":
        esc = lambda s: s.replace("|", "\\|")  # noqa: E731
        lines = ["| " + " | ".join(_COLUMNS) + " |", "|" + "---|" * len(_COLUMNS)]
        lines += ["| " + " | ".join(esc(c) for c in r) + " |" for r in rows]
        return "\n".join(lines) + "\n"
    return format_table(list(_COLUMNS), rows)


def _cmd_analyze(args: argparse.Namespace) -> int:
    from ..store import open_store
    from .export import write_gexf, write_graphml
    from .measures import annotate, compute_measures
    from .view import view
    from .writeback import write_measures

    if args.write_back and args.focus:
        raise TacbError("--write-back stores the measures of the whole graph; drop --focus")
    if args.top < 0 or args.depth < 0 or args.min_weight < 1:
        raise TacbError("--top and --depth must be ≥ 0, --min-weight ≥ 1")
    classes = {c.strip() for c in args.classes.split(",") if c.strip()} if args.classes else None
    store = open_store(Path(args.store), read_only=not args.write_back)
    G = view(store, comention=args.comention, classes=classes, min_weight=args.min_weight,
             focus=args.focus, depth=args.depth)
    measures = compute_measures(G, seed=args.seed)
    if args.graphml or args.gexf:
        annotate(G, measures)
        if args.graphml:
            write_graphml(G, args.graphml)
        if args.gexf:
            write_gexf(G, args.gexf)
    if args.write_back:
        n = write_measures(store, measures)
        print(f"wrote {n} measure triples into graph/measures", file=sys.stderr)
    shown = measures[: args.top] if args.top else measures
    sys.stdout.write(format_measures(shown, args.format))
    communities = len({m.community for m in measures})
    summary = (f"{G.number_of_nodes()} nodes, {G.number_of_edges()} edges, "
               f"{communities} communit{'y' if communities == 1 else 'ies'}; top {len(shown)} by PageRank")
    if G.number_of_edges() == 0 and not args.comention:
        summary += " (no relation edges: try --comention)"
    if args.format == "table":
        print(f"({summary})")
    else:
        print(summary, file=sys.stderr)
    return 0


def _hop_lines(conn, hop) -> list[str]:
    lines = []
    for link in hop:
        a, b = conn.labels.get(link.source, link.source), conn.labels.get(link.target, link.target)
        arrow = f"—{link.relation}—" if link.relation == "coMention" else f"—{link.relation}→"
        paras = ", ".join(f"¶{n}" for n in link.paragraphs)
        lines.append(f"    {a} {arrow} {b}  [{paras}]")
        for q in link.quotes:
            q = " ".join(q.split())
            lines.append(f"      “{q if len(q) <= 120 else q[:119] + '…'}”")
    return lines


def format_connection(conn) -> str:
    """A connection as text: one block per chain, each hop with paragraphs and quotes."""
    a, b = conn.labels.get(conn.source, conn.source), conn.labels.get(conn.target, conn.target)
    hops = len(conn.chains[0].hops)
    via = "stated relations" if conn.via == "relations" else "co-mentions (no chain of stated relations)"
    n = len(conn.chains)
    out = [f"{a} → {b}: {n} shortest chain{'s' if n > 1 else ''} of {hops} hop{'s' if hops != 1 else ''} via {via}"]
    for i, chain in enumerate(conn.chains, 1):
        out.append(f"{i}. " + " — ".join(conn.labels.get(x, x) for x in chain.nodes))
        for hop in chain.hops:
            out += _hop_lines(conn, hop)
    return "\n".join(out) + "\n"


def _cmd_path(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from ..store import open_store
    from .paths import connect

    if args.max < 1:
        raise TacbError("--max must be ≥ 1")
    conn = connect(open_store(Path(args.store)), args.source, args.target, max_paths=args.max)
    if args.format == "json":
        data = asdict(conn)
        data["labels"] = {n: conn.labels[n] for c in conn.chains for n in c.nodes}
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_connection(conn))
    return 0


def add_commands(subparsers) -> None:
    """Register ``analyze`` and ``path`` on the ``tacb-graph`` sub-command parser."""
    p = subparsers.add_parser(
        "analyze", help="network measures of the entities (degree, betweenness, PageRank, communities …)")
    p.add_argument("--store", default="out/store", help="store folder (default: out/store)")
    p.add_argument("--top", type=int, default=20, help="rows shown, by PageRank (default 20; 0 = all)")
    p.add_argument("--format", choices=("table", "csv", "json", "md"), default="table")
    p.add_argument("--comention", action="store_true",
                   help="add co-mention edges (entities named in the same paragraph)")
    p.add_argument("--min-weight", type=int, default=1,
                   help="fewest shared paragraphs for a co-mention edge (default 1)")
    p.add_argument("--classes", help="keep only these classes, e.g. State,UNBody")
    p.add_argument("--focus", metavar="ENTITY", help="only the ego network of this entity")
    p.add_argument("--depth", type=int, default=1, help="hops around --focus (default 1)")
    p.add_argument("--seed", type=int, default=42, help="seed of the Louvain communities (default 42)")
    p.add_argument("--graphml", metavar="PATH", help="also write the graph, with measures, as GraphML")
    p.add_argument("--gexf", metavar="PATH", help="also write the graph, with measures, as GEXF")
    p.add_argument("--write-back", action="store_true",
                   help="store the measures as RDF in the named graph graph/measures")
    p.set_defaults(func=_cmd_analyze)

    p = subparsers.add_parser("path", help="how two entities are connected, with paragraph evidence")
    p.add_argument("source", metavar="A", help="entity: label (zh/en), alias, ISO3, symbol or IRI")
    p.add_argument("target", metavar="B", help="entity: label (zh/en), alias, ISO3, symbol or IRI")
    p.add_argument("--store", default="out/store", help="store folder (default: out/store)")
    p.add_argument("--max", type=int, default=5, help="most chains shown (default 5)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=_cmd_path)

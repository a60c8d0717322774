"""The ``tacb-graph`` command: a thin shell over the library.

Each command parses its options, calls one library function and formats the
result. Any :class:`~tacb_graph.errors.TacbError` becomes a one-line message on
stderr and a non-zero exit code; no traceback reaches the user.

Commands defined elsewhere register themselves through an ``add_commands``
function in the modules listed in ``_EXTENSIONS``.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from contextlib import contextmanager
from pathlib import Path

from . import __version__
from .errors import TacbError
from .extras import MissingExtra, extra_for, missing_extra_message

__all__ = ["main", "run", "build_parser"]

# Modules that contribute sub-commands: each has add_commands(subparsers).
_EXTENSIONS: tuple[str, ...] = (
    "tacb_graph.analyse.commands",
    "tacb_graph.analyse.over_time",
    "tacb_graph.check.commands",
    "tacb_graph.evaluate.commands",
    "tacb_graph.push",
    "tacb_graph.render.commands",
    "tacb_graph.serve.commands",
)

# The commands of an extension module that needs an optional extra just to be imported: when
# the extra is missing they are still listed, and answer with the one-line install hint.
_OPTIONAL_COMMANDS: dict[str, tuple[str, ...]] = {"tacb_graph.push": ("push",)}


def _reporter(args: argparse.Namespace):
    if args.quiet:
        return None
    from .progress import BarReporter

    return BarReporter()


def _warn(message: str) -> None:
    print(f"tacb-graph: warning: {message}", file=sys.stderr, flush=True)


def _summary(verb: str, result) -> None:
    """The build's last lines: what it read, kept and dropped, and what the store holds."""
    for warning in result.warnings:
        _warn(warning)
    if not result.changed:
        print(f"up to date: the {result.reports} report(s) in {result.paths.out}/ have not changed "
              f"({result.quads} quads); nothing written")
    else:
        triples = f" ({result.triples} distinct triples)" if result.triples is not None else ""
        kept = f", {result.kept} kept unread" if result.kept else ""
        removed = f", {result.removed} removed or replaced" if result.removed else ""
        print(f"{verb} {result.quads} quads{triples} from {result.reports} report(s) into {result.paths.out}/ "
              f"({result.read} read{kept}{removed}; {result.paragraphs} paragraphs, {result.entities} entities, "
              f"{result.mentions} mentions, {result.relations} relations) in {result.seconds:.2f} s")
    for note in result.notes:
        print(f"tacb-graph: {note}", file=sys.stderr)


def _cmd_build(args: argparse.Namespace) -> int:
    from .pipeline import build
    from .read import given_metadata

    reports = args.reports or [None]
    given = given_metadata("command line", symbol=args.symbol, title=args.title, date=args.date, session=args.session,
                           language=args.lang)
    result = build(reports, out=args.out, progress=_reporter(args), given=given, warn=_warn, jobs=args.jobs,
                   same_work=args.same_work)
    _summary("built", result)
    return 0


def _cmd_add(args: argparse.Namespace) -> int:
    from .pipeline import add

    _summary("built", add(args.reports, out=args.out, progress=_reporter(args), warn=_warn, jobs=args.jobs))
    return 0


def _cmd_remove(args: argparse.Namespace) -> int:
    from .pipeline import remove

    _summary("built", remove(args.reports, out=args.out, progress=_reporter(args), warn=_warn, jobs=args.jobs))
    return 0


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes (1 or more)")
    return n


def _corpus_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", default="out", help="output folder (default: out)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress messages or bar")
    p.add_argument("-j", "--jobs", type=_jobs, metavar="N",
                   help="processes reading reports at once (default: one per core)")


def _read_query(args: argparse.Namespace) -> str:
    if args.name:
        from .library import get_query, parse_params

        return get_query(args.name).bind(parse_params(args.param))
    if args.param:
        raise TacbError("--param goes with --name NAME (see --list)")
    if args.file:
        try:
            return Path(args.file).read_text(encoding="utf-8")
        except OSError as exc:
            raise TacbError(f"{args.file}: cannot read query ({exc.strerror})") from None
    if args.sparql:
        return args.sparql
    raise TacbError("give a SPARQL query, -f FILE, or --name NAME (see --list)")


def query_text(store: str, sparql: str, fmt: str) -> str:
    """Run ``sparql`` on the store folder ``store`` and format the results (runs in the query child)."""
    from .errors import QueryError
    from .results import format_results
    from .store import open_store, run_query

    results = run_query(open_store(Path(store)), sparql)
    try:  # solutions are computed as they are read
        return format_results(results, fmt)
    except (OSError, RuntimeError) as exc:
        raise QueryError(f"query failed: {' '.join(str(exc).split())}") from None


def _cmd_query(args: argparse.Namespace) -> int:
    if args.list:
        from .library import list_queries
        from .results import format_table

        rows = [[q.name, q.title, " ".join(p.name for p in q.params)] for q in list_queries()]
        sys.stdout.write(format_table(["name", "title", "params"], rows))
        return 0
    from .sandbox import IsolationError, run_isolated

    sparql = _read_query(args)
    if not Path(args.store).is_dir():
        from .store import open_store

        open_store(Path(args.store))  # the one-line "no store here" error
    try:  # evaluated in a child process that has no network (SERVICE cannot reach anything)
        text = run_isolated(query_text, args.store, sparql, args.format, allow_network=args.allow_network)
    except IsolationError as exc:
        raise IsolationError(f"{exc}; pass --allow-network to run the query with network access anyway") from None
    sys.stdout.write(text)
    return 0


def _cmd_stats(args: argparse.Namespace) -> int:
    from .results import format_table
    from .stats import class_counts, report_metadata

    store = __import__("tacb_graph.store", fromlist=["open_store"]).open_store(Path(args.store))
    rows = class_counts(store)
    sys.stdout.write(format_table(["class", "count"], rows))
    for report, meta in report_metadata(store):
        sys.stdout.write("\n" + format_table(["report", report], meta))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tacb-graph",
        description="Knowledge graphs from UN human-rights reports: build, query, analyse, render, serve.",
    )
    parser.add_argument("--version", action="version", version=f"tacb-graph {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser(
        "build", help="build the graph, the store and the files from reports (files, or folders of *.txt)",
        description="Make the store hold exactly these reports. Only reports whose text, metadata or "
                    "rules changed since the last build into --out are read again, and only their named "
                    "graphs are replaced; the new store and files are swapped in when all is written.")
    p.add_argument("reports", nargs="*", metavar="REPORT",
                   help="report text files, or folders (every *.txt below; default: the bundled report)")
    _corpus_options(p)
    p.add_argument("--lang", help="the reports' language (a folder under data/patterns/; default: detected)")
    p.add_argument("--same-work", action="store_true",
                   help="the REPORTs are language versions of one report (default: reports with the same "
                        "UN symbol are)")
    meta = p.add_argument_group(
        "report metadata", "given instead of read from the report's front page (these win over a "
        "REPORT.meta.json file beside the report, which wins over the front page)")
    meta.add_argument("--symbol", help="the UN document symbol, e.g. A/HRC/26/51")
    meta.add_argument("--title", help="the report's title (in the report's language)")
    meta.add_argument("--date", help="the report's date, YYYY-MM-DD")
    meta.add_argument("--session", help="the session it goes to: N, or BODY/N with a body id (hrc/26)")
    p.set_defaults(func=_cmd_build)

    p = sub.add_parser("add", help="add reports (files or folders) to the build in --out, keeping the others",
                       description="Read the reports given (a report given again is read again if it changed) "
                                   "and put them into the store beside those already there.")
    p.add_argument("reports", nargs="+", metavar="REPORT", help="report text files, or folders of *.txt")
    _corpus_options(p)
    p.set_defaults(func=_cmd_add)

    p = sub.add_parser("remove", help="take reports out of the build in --out (by file, key or IRI)",
                       description="Drop the named graphs of the reports named and make the shared ones again.")
    p.add_argument("reports", nargs="+", metavar="REPORT|KEY",
                   help="a report's file (path or name), key (A/HRC/43/31/zh, sha-…) or IRI")
    _corpus_options(p)
    p.set_defaults(func=_cmd_remove)

    p = sub.add_parser("query", help="run a SPARQL query against the store")
    p.add_argument("sparql", nargs="?", help="the SPARQL query text")
    p.add_argument("-f", "--file", help="read the query from a file")
    p.add_argument("--list", action="store_true", help="list the named research queries and exit")
    p.add_argument("--name", help="run the named research query NAME (see --list)")
    p.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                   help="a parameter of the named query (repeatable)")
    p.add_argument("--store", default="out/store", help="store folder (default: out/store)")
    p.add_argument("--format", choices=("table", "csv", "json", "tsv", "xml", "turtle", "ntriples", "jsonld"),
                   default="table")
    p.add_argument("--allow-network", action="store_true",
                   help="run even where the query cannot be cut off the network (SERVICE could then connect)")
    p.set_defaults(func=_cmd_query)

    p = sub.add_parser("stats", help="count the entities of each class in the store and show each report's metadata")
    p.add_argument("--store", default="out/store", help="store folder (default: out/store)")
    p.set_defaults(func=_cmd_stats)

    for name in _EXTENSIONS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if name not in _OPTIONAL_COMMANDS or extra_for(exc.name) is None:
                raise
            _add_unavailable(sub, _OPTIONAL_COMMANDS[name], exc.name)
            continue
        module.add_commands(sub)
    return parser


def _add_unavailable(sub, commands: tuple[str, ...], module: str) -> None:
    """Register ``commands`` as stand-ins that say which extra would bring ``module``."""

    def unavailable(args: argparse.Namespace) -> int:
        raise MissingExtra(missing_extra_message(f"tacb-graph {args.command}", module,
                                                 extra_for(module, args.command)))

    for command in commands:
        extra = extra_for(module, command)
        # no option prefix: whatever follows the command is taken as it is, options included
        p = sub.add_parser(command, help=f"(needs the {extra} extra: pip install 'tacb-graph[{extra}]')",
                           add_help=False, prefix_chars="\0")
        p.add_argument("rest", nargs="*")
        p.set_defaults(func=unavailable)


#: The cyclic garbage collector's thresholds while a command runs: a young generation of 100,000
#: objects instead of Python's 700. A command is a batch job that loads spaCy and the pipeline,
#: which makes objects by the million and frees few; with the default, the collector ran about
#: 360 times in a build of the bundled report. Garbage is still collected, just in larger steps.
GC_THRESHOLDS = (100_000, 10, 10)


@contextmanager
def _batch_collections(last: bool = False):
    """:data:`GC_THRESHOLDS` while a command runs; with ``last`` (the process ends with the command), the
    objects it leaves are then frozen (``gc.freeze``): see :func:`run`."""
    before = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        if last:
            gc.freeze()
        gc.set_threshold(*before)


def main(argv: list[str] | None = None) -> int:
    """Run the command ``argv`` (default: the command line's arguments); returns its exit code."""
    with _batch_collections():
        return _main(argv)


def run() -> None:
    """The ``tacb-graph`` program (and ``python -m tacb_graph``): :func:`main`, then exit with its code.

    The process ends with the command, so what the command made — spaCy's pipeline, the gazetteer, the
    word lists, the modules — is frozen first (``gc.freeze``) and left to the end of the process: as the
    interpreter shuts down, the cyclic collector otherwise goes through every object still alive and frees
    the reference cycles among them one by one (about 0.3 s of CPU after a build of the bundled report, an
    eighth of the build). Objects are still freed as their references go; only cycles left at exit are not,
    and Python does not promise to finalize those anyway: the commands close their stores and files
    themselves.
    """
    with _batch_collections(last=True):
        code = _main(None)
    sys.exit(code)


def _main(argv: list[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args) or 0
    except TacbError as exc:
        print(f"tacb-graph: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except ModuleNotFoundError as exc:  # an optional dependency the command needs
        extra = extra_for(exc.name, args.command)
        if extra is None:
            raise
        print(f"tacb-graph: error: {missing_extra_message(f'tacb-graph {args.command}', exc.name, extra)}",
              file=sys.stderr)
        return MissingExtra.exit_code
    except KeyboardInterrupt:
        print("tacb-graph: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

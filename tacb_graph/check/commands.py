"""The ``check`` command (registered through ``add_commands``): print the findings a build stored.

A thin shell: open the store, read the findings (:mod:`.stored`), format them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

__all__ = ["add_commands", "format_findings"]


def format_findings(findings, fmt: str = "table", lang: str = "en") -> str:
    """The findings as a table (message in ``lang``) or as JSON (both messages)."""
    from ..results import format_table

    if fmt == "json":
        return json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=2) + "\n"
    several = len({f.report for f in findings}) > 1
    header = (["report"] if several else []) + ["kind", "evidence", "message"]
    rows = [([f.report] if several else []) + [f.kind, " ".join(f.evidence), f.message(lang)] for f in findings]
    n = len(findings)
    return format_table(header, rows) + f"({n} finding{'' if n == 1 else 's'})\n"


def _cmd_check(args: argparse.Namespace) -> int:
    from ..store import open_store
    from .stored import read_findings

    findings = read_findings(open_store(Path(args.store)))
    sys.stdout.write(format_findings(findings, args.format, args.lang))
    return 0


def add_commands(subparsers) -> None:
    """Register ``check`` on the ``tacb-graph`` sub-command parser."""
    p = subparsers.add_parser(
        "check", help="what the report leaves inconsistent: the findings the build stored (graph/findings)")
    p.add_argument("--store", default="out/store", help="store folder (default: out/store)")
    p.add_argument("--format", choices=("table", "json"), default="table",
                   help="table (one message per finding) or json (both languages, evidence, entities)")
    p.add_argument("--lang", choices=("en", "zh"), default="en", help="language of the messages in the table (default en)")
    p.set_defaults(func=_cmd_check)

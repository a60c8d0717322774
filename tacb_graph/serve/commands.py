"""The ``tacb-graph serve`` command: run the SPARQL endpoint on uvicorn."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..errors import StoreError, TacbError

__all__ = ["add_commands", "serve"]


def serve(store: str, host: str = "127.0.0.1", port: int = 7878, timeout: float = 10.0,
          max_results: int = 10000, max_request_bytes: int = 262144, workers: int = 2) -> None:
    """Serve ``store`` at ``http://host:port/`` until interrupted."""
    import uvicorn

    from .app import ServeConfig, create_app

    if not Path(store).is_dir():
        raise StoreError(f"{store}: no store here; run `tacb-graph build` first")
    for name, value in (("--timeout", timeout), ("--max-results", max_results),
                        ("--max-request-bytes", max_request_bytes), ("--workers", workers)):
        if value <= 0:
            raise TacbError(f"{name} must be positive, not {value}")
    app = create_app(ServeConfig(str(store), timeout, max_results, max_request_bytes, workers))
    print(f"tacb-graph: SPARQL endpoint at http://{host}:{port}/sparql (query page http://{host}:{port}/)",
          file=sys.stderr, flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _cmd_serve(args: argparse.Namespace) -> int:
    serve(args.store, args.host, args.port, args.timeout, args.max_results, args.max_request_bytes, args.workers)
    return 0


def add_commands(sub) -> None:
    """Register ``serve`` on the ``tacb-graph`` sub-command parser."""
    p = sub.add_parser("serve", help="serve the store as a read-only SPARQL 1.1 endpoint with a query page")
    p.add_argument("--store", default="out/store", help="store folder (default: out/store)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=7878, help="port (default: 7878)")
    p.add_argument("--timeout", type=float, default=10.0,
                   help="seconds a query may run before its worker is stopped (default: 10)")
    p.add_argument("--max-results", type=int, default=10000,
                   help="rows or triples returned at most; longer results are cut and flagged (default: 10000)")
    p.add_argument("--max-request-bytes", type=int, default=262144,
                   help="largest request body or URL query accepted (default: 262144)")
    p.add_argument("--workers", type=int, default=min(4, os.cpu_count() or 2),
                   help="query worker processes (default: number of cores, at most 4)")
    p.set_defaults(func=_cmd_serve)

"""The ``tacb-graph serve`` command: run the SPARQL endpoint on uvicorn."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..errors import StoreError, TacbError

__all__ = ["add_commands", "serve", "NETWORK_HINT"]

NETWORK_HINT = ("pass --allow-network to run queries with network access anyway "
                "(SERVICE would then be held back only by a syntax check)")


def serve(store: str, host: str = "127.0.0.1", port: int = 7878, timeout: float = 10.0,
          max_results: int = 10000, max_request_bytes: int = 262144, workers: int = 2,
          max_memory_mb: int = 1024, queue: int = 512, per_client: int | None = None,
          allow_network: bool = False) -> None:
    """Serve ``store`` at ``http://host:port/`` until interrupted.

    Refuses to start (:class:`~tacb_graph.sandbox.IsolationError`) where query
    workers cannot be cut off the network, unless ``allow_network``.
    """
    import uvicorn

    from ..sandbox import IsolationError, check_isolation
    from .app import ServeConfig, create_app
    from .server import uvicorn_config

    if not Path(store).is_dir():
        raise StoreError(f"{store}: no store here; run `tacb-graph build` first")
    for name, value in (("--timeout", timeout), ("--max-results", max_results),
                        ("--max-request-bytes", max_request_bytes), ("--workers", workers),
                        ("--max-memory", max_memory_mb), ("--queue", queue), ("--per-client", per_client or 1)):
        if value <= 0:
            raise TacbError(f"{name} must be positive, not {value}")
    if not allow_network:
        try:
            check_isolation()
        except IsolationError as exc:
            raise IsolationError(f"{exc}; {NETWORK_HINT}") from None
    app = create_app(ServeConfig(str(store), timeout, max_results, max_request_bytes, workers, queue=queue,
                                 per_client=per_client, max_memory_mb=max_memory_mb, allow_network=allow_network))
    print(f"tacb-graph: SPARQL endpoint at http://{host}:{port}/sparql (query page http://{host}:{port}/)"
          + ("; query workers HAVE network access" if allow_network else ""), file=sys.stderr, flush=True)
    uvicorn.Server(uvicorn_config(app, host, port, max_request_bytes)).run()


def _cmd_serve(args: argparse.Namespace) -> int:
    serve(args.store, args.host, args.port, args.timeout, args.max_results, args.max_request_bytes, args.workers,
          args.max_memory, args.queue, args.per_client, args.allow_network)
    return 0


def add_commands(sub) -> None:
    """Register ``serve`` on the ``tacb-graph`` sub-command parser."""
    p = sub.add_parser("serve", help="serve the store as a read-only SPARQL 1.1 endpoint with a query page")
    p.add_argument("--store", default="out/store", help="store folder (default: out/store)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=7878, help="port (default: 7878)")
    p.add_argument("--timeout", type=float, default=10.0,
                   help="seconds a query may run (or wait for a worker) before it is stopped (default: 10)")
    p.add_argument("--max-results", type=int, default=10000,
                   help="rows or triples returned at most; longer results are cut and flagged (default: 10000)")
    p.add_argument("--max-request-bytes", type=int, default=262144,
                   help="largest request body or URL query accepted (default: 262144)")
    p.add_argument("--workers", type=int, default=min(4, os.cpu_count() or 2),
                   help="query workers for long queries; one more is kept for short ones "
                        "(default: number of cores, at most 4)")
    p.add_argument("--max-memory", type=int, default=1024, metavar="MB",
                   help="address space of each query worker, in MB (default: 1024)")
    p.add_argument("--queue", type=int, default=512,
                   help="queries that may wait for a worker; more get 503 with Retry-After (default: 512)")
    p.add_argument("--per-client", type=int, default=None, metavar="N",
                   help="long queries one client (IP address) may run at once (default: half the workers)")
    p.add_argument("--allow-network", action="store_true",
                   help="run even where query workers cannot be cut off the network (not safe to expose)")
    p.set_defaults(func=_cmd_serve)

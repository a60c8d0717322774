"""Benchmark: our SPARQL endpoint against rdflib-endpoint (baseline) on the same data.

Run: ``python benchmarks/bench_endpoint.py [--out out] [--repeat 15] [--requests 200]``

Both servers serve the graph of ``OUT/tacb.ttl`` (built from the bundled report
into a temporary folder when it is missing) on 127.0.0.1 only: ours from an
Oxigraph store loaded with that file, rdflib-endpoint from the file itself.
Measures the median latency of each research query (``tacb_graph/queries``,
defaults bound) and the throughput of 8 concurrent clients, then prints a table
and the ratios ours/theirs. Loops are bounded; no traffic leaves loopback.
Needs ``pip install -e .[bench]`` (rdflib-endpoint).
"""

from __future__ import annotations

import argparse
import math
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pyoxigraph as ox

from tacb_graph.library import list_queries
from tacb_graph.namespaces import PREFIXES

ACCEPT = {"Accept": "application/sparql-results+json"}
CLIENTS = 8
TIMEOUT = 60.0  # seconds a request may take before it counts as failed


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(url: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, params={"query": "ASK {}"}, headers=ACCEPT, timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise SystemExit(f"server at {url} did not start")


def data_file(out: Path, tmp: Path) -> Path:
    ttl = out / "tacb.ttl"
    if ttl.exists():
        return ttl
    from tacb_graph.pipeline import build

    print(f"{ttl} missing: building the bundled report into {tmp / 'out'}", file=sys.stderr)
    return build([None], out=tmp / "out").paths.ttl


def start_ours(ttl: Path, tmp: Path) -> tuple[subprocess.Popen, str]:
    store_path = tmp / "store"
    store = ox.Store(str(store_path))
    store.bulk_load(path=str(ttl), format=ox.RdfFormat.TURTLE)
    store.flush()
    del store
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "tacb_graph", "serve", "--store", str(store_path),
                             "--host", "127.0.0.1", "--port", str(port), "--workers", "2"])
    return proc, f"http://127.0.0.1:{port}/sparql"


def start_theirs(ttl: Path) -> tuple[subprocess.Popen, str]:
    exe = shutil.which("rdflib-endpoint")
    if exe is None:
        raise SystemExit("rdflib-endpoint is not installed: pip install -e .[bench]")
    port = free_port()
    proc = subprocess.Popen([exe, "serve", str(ttl), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return proc, f"http://127.0.0.1:{port}/"  # rdflib-endpoint 0.6 answers SPARQL at its root


def research_queries() -> dict[str, str]:
    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    return {q.name: prologue + q.bind({}) for q in list_queries()}


def latency(client: httpx.Client, url: str, query: str, repeat: int) -> tuple[float, int, int]:
    """Median seconds of ``repeat`` runs (after one warm-up), status, number of result rows."""
    times, status, n = [], 0, 0
    for i in range(repeat + 1):
        t0 = time.perf_counter()
        try:
            r = client.post(url, data={"query": query}, headers=ACCEPT, timeout=TIMEOUT)
        except httpx.TimeoutException:
            return TIMEOUT, 0, 0  # counted as a failure: no ratio for this query
        if i:
            times.append(time.perf_counter() - t0)
        status = r.status_code
        if status == 200:
            n = len(r.json().get("results", {}).get("bindings", []))
    return statistics.median(times), status, n


def throughput(url: str, queries: list[str], total: int) -> float:
    """Requests per second of CLIENTS concurrent clients sending ``total`` requests in all."""
    per_client = total // CLIENTS

    def run(k: int) -> int:
        ok = 0
        with httpx.Client() as c:
            for i in range(per_client):
                q = queries[(k + i) % len(queries)]
                try:
                    ok += c.post(url, data={"query": q}, headers=ACCEPT, timeout=TIMEOUT).status_code == 200
                except httpx.TimeoutException:
                    pass
        return ok

    t0 = time.perf_counter()
    with ThreadPoolExecutor(CLIENTS) as ex:
        ok = sum(ex.map(run, range(CLIENTS)))
    elapsed = time.perf_counter() - t0
    if ok < per_client * CLIENTS:
        print(f"  note: {per_client * CLIENTS - ok} requests failed at {url}", file=sys.stderr)
    return per_client * CLIENTS / elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="out", help="folder with tacb.ttl (default: out)")
    ap.add_argument("--repeat", type=int, default=15, help="timed runs per query (default: 15)")
    ap.add_argument("--requests", type=int, default=200, help="requests in the throughput test (default: 200)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-endpoint-") as tmpdir:
        tmp = Path(tmpdir)
        ttl = data_file(Path(args.out), tmp)
        ours, ours_url = start_ours(ttl, tmp)
        theirs, theirs_url = start_theirs(ttl)
        try:
            wait_ready(ours_url)
            wait_ready(theirs_url)
            return report(ours_url, theirs_url, args.repeat, args.requests, ttl)
        finally:
            for p in (ours, theirs):
                p.terminate()
                try:
                    p.wait(timeout=20)
                except subprocess.TimeoutExpired:  # busy in a long query: stop it hard
                    p.kill()
                    p.wait()


def report(ours_url: str, theirs_url: str, repeat: int, total: int, ttl: Path) -> int:
    queries = research_queries()
    print(f"data: {ttl}   baseline: rdflib-endpoint   repeat: {repeat}   clients: {CLIENTS}")
    print(f"{'query':<20} {'ours ms':>9} {'theirs ms':>10} {'ratio':>7}  rows ours/theirs")
    ratios, both_ok = [], []
    with httpx.Client() as c:
        for name, q in queries.items():
            t_ours, s_ours, n_ours = latency(c, ours_url, q, repeat)
            t_theirs, s_theirs, n_theirs = latency(c, theirs_url, q, repeat)
            if s_ours == 200 and s_theirs == 200:
                ratios.append(t_ours / t_theirs)
                both_ok.append(q)
                ratio = f"{t_ours / t_theirs:7.2f}"
            else:
                ratio = f"{'—':>7}"
            print(f"{name:<20} {t_ours * 1000:9.1f} {t_theirs * 1000:10.1f} {ratio}  "
                  f"{n_ours if s_ours == 200 else 'HTTP ' + str(s_ours)}/"
                  f"{n_theirs if s_theirs == 200 else ('timeout' if s_theirs == 0 else 'HTTP ' + str(s_theirs))}")
    geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios)) if ratios else float("nan")
    qps_ours = throughput(ours_url, both_ok or list(queries.values()), total)
    qps_theirs = throughput(theirs_url, both_ok or list(queries.values()), total)
    print(f"\nmedian latency, geometric mean of ratios ours/theirs: {geo:.3f} "
          f"(ours is {1 / geo:.1f}x faster)" if ratios else "")
    print(f"throughput, {CLIENTS} clients, {total} requests: ours {qps_ours:.1f} req/s, "
          f"theirs {qps_theirs:.1f} req/s, ratio ours/theirs {qps_ours / qps_theirs:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

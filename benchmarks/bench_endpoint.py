"""Benchmark: our SPARQL endpoint against the Oxigraph server and rdflib-endpoint (baselines).

Run: ``python benchmarks/bench_endpoint.py [--out out] [--repeat 15] [--requests 200]``

All three serve the bundled report's graph on 127.0.0.1 only:

* ours — ``tacb-graph serve`` on ``OUT/store`` (query workers cut off the
  network, memory cap, fair scheduling);
* **oxigraph** — ``oxigraph serve-read-only --union-default-graph`` on the same
  ``OUT/store`` (PyPI package ``oxigraph``, the same Oxigraph version as our
  ``pyoxigraph``): same engine, same data, so the ratio is the price of our
  protection and of Python;
* **rdflib-endpoint** — ``rdflib-endpoint serve OUT/tacb.ttl`` (the union as one graph).

``OUT`` is built from the bundled report into a temporary folder when it has
no store. The script times every research query (``tacb_graph/queries``,
defaults bound; median of ``--repeat`` runs after a warm-up, form POST asking
for SPARQL JSON), checks the servers agree on the number of rows, then sends
``--requests`` requests from 8 concurrent clients (round robin over the
queries) to each. Ratios are ours/baseline: below 1 is faster for latency,
above 1 is more for throughput. Loops are bounded; no traffic leaves loopback.
Needs ``pip install -e .[bench]`` (oxigraph, rdflib-endpoint).
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

from tacb_graph.library import list_queries
from tacb_graph.namespaces import PREFIXES

ACCEPT = {"Accept": "application/sparql-results+json"}
CLIENTS = 8
TIMEOUT = 60.0  # seconds a request may take before it counts as failed


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(url: str, proc: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if httpx.get(url, params={"query": "ASK {}"}, headers=ACCEPT, timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise SystemExit(f"server at {url} did not start")


def outputs(out: Path, tmp: Path) -> Path:
    """A folder with ``store/`` and ``tacb.ttl`` (built from the bundled report if ``out`` has none)."""
    if (out / "store").is_dir() and (out / "tacb.ttl").exists():
        return out
    from tacb_graph.pipeline import build

    print(f"{out}/store missing: building the bundled report into {tmp / 'out'}", file=sys.stderr)
    return build([None], out=tmp / "out").paths.out


def start(name: str, out: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    if name == "ours":
        cmd = [sys.executable, "-m", "tacb_graph", "serve", "--store", str(out / "store"),
               "--host", "127.0.0.1", "--port", str(port)]
        url = f"http://127.0.0.1:{port}/sparql"
    elif name == "oxigraph":
        exe = shutil.which("oxigraph")
        if exe is None:
            raise SystemExit("the oxigraph server is not installed: pip install -e .[bench]")
        cmd = [exe, "serve-read-only", "--location", str(out / "store"), "--union-default-graph",
               "--bind", f"127.0.0.1:{port}"]
        url = f"http://127.0.0.1:{port}/query"
    else:
        exe = shutil.which("rdflib-endpoint")
        if exe is None:
            raise SystemExit("rdflib-endpoint is not installed: pip install -e .[bench]")
        cmd = [exe, "serve", str(out / "tacb.ttl"), "--host", "127.0.0.1", "--port", str(port)]
        url = f"http://127.0.0.1:{port}/"  # rdflib-endpoint 0.6 answers SPARQL at its root
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return proc, url


def research_queries() -> dict[str, str]:
    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    return {q.name: prologue + q.bind({}) for q in list_queries()} | {"ASK {}": "ASK {}"}


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


def throughput(url: str, queries: list[str], total: int) -> tuple[float, int]:
    """Requests per second of CLIENTS concurrent clients sending ``total`` requests in all; failures."""
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
    return per_client * CLIENTS / (time.perf_counter() - t0), per_client * CLIENTS - ok


def geomean(xs: list[float]) -> float:
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")


def cell(result: tuple[float, int, int]) -> str:
    t, status, _ = result
    return f"{t * 1000:9.1f}" if status == 200 else f"{'HTTP ' + str(status) if status else 'timeout':>9}"


def report(urls: dict[str, str], repeat: int, total: int) -> int:
    names = list(urls)
    baselines = names[1:]
    queries = research_queries()
    print(f"repeat: {repeat}   clients: {CLIENTS}   ratios: ours / baseline (latency: < 1 is faster)")
    print(f"{'query':<18}" + "".join(f"{n + ' ms':>20}" for n in names)
          + "".join(f"{'ours/' + b:>22}" for b in baselines) + "  rows")
    ratios: dict[str, list[float]] = {b: [] for b in baselines}
    agreed: dict[str, list[str]] = {b: [] for b in baselines}
    with httpx.Client() as c:
        for qname, q in queries.items():
            res = {n: latency(c, urls[n], q, repeat) for n in names}
            line = f"{qname:<18}" + "".join(f"{cell(res[n]):>20}" for n in names)
            for b in baselines:
                if res["ours"][1] == 200 and res[b][1] == 200:
                    ratios[b].append(res["ours"][0] / res[b][0])
                    agreed[b].append(q)
                    line += f"{res['ours'][0] / res[b][0]:22.2f}"
                else:
                    line += f"{'—':>22}"
            rows = "/".join(str(res[n][2]) if res[n][1] == 200 else "-" for n in names)
            print(line + "  " + rows)
    print()
    for b in baselines:
        g = geomean(ratios[b])
        print(f"median latency, geometric mean of ours/{b} over {len(ratios[b])} queries: {g:.3f}")
    qps = {}
    for n in names:
        qps[n], failed = throughput(urls[n], agreed[baselines[0]] or list(queries.values()), total)
        note = f" ({failed} failed)" if failed else ""
        print(f"throughput, {CLIENTS} clients, {total} requests: {n} {qps[n]:.1f} req/s{note}")
    for b in baselines:
        print(f"throughput ratio ours/{b}: {qps['ours'] / qps[b]:.2f}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="out", help="folder with store/ and tacb.ttl (default: out)")
    ap.add_argument("--repeat", type=int, default=15, help="timed runs per query (default: 15)")
    ap.add_argument("--requests", type=int, default=200, help="requests in the throughput test (default: 200)")
    ap.add_argument("--baselines", default="oxigraph,rdflib-endpoint",
                    help="comma-separated: oxigraph, rdflib-endpoint (default: both)")
    args = ap.parse_args()
    names = ["ours"] + [b.strip() for b in args.baselines.split(",") if b.strip()]
    if any(n not in ("ours", "oxigraph", "rdflib-endpoint") for n in names) or len(names) < 2:
        raise SystemExit("--baselines: give oxigraph and/or rdflib-endpoint")
    with tempfile.TemporaryDirectory(prefix="bench-endpoint-") as tmpdir:
        out = outputs(Path(args.out), Path(tmpdir))
        procs: list[subprocess.Popen] = []
        try:
            urls = {}
            for n in names:
                proc, urls[n] = start(n, out)
                procs.append(proc)
                wait_ready(urls[n], proc)
            print(f"data: {out}")
            return report(urls, args.repeat, args.requests)
        finally:
            for p in procs:
                p.terminate()
                try:
                    p.wait(timeout=20)
                except subprocess.TimeoutExpired:  # busy in a long query: stop it hard
                    p.kill()
                    p.wait()


if __name__ == "__main__":
    sys.exit(main())

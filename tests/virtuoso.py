"""A throw-away Virtuoso Open Source server for the ``push`` integration tests.

Never the packaged service: a fresh database in a temporary folder, its own
``virtuoso.ini``, free loopback ports, ``virtuoso-t +foreground``; stopped and
removed at the end. ``.ci/virtuoso.sh`` installs the binaries.

    with VirtuosoServer(tmp) as v:
        v.sparql        # http://127.0.0.1:PORT/sparql            (anonymous)
        v.sparql_auth   # …/sparql-auth              (Digest, dba/dba)
        v.graph_crud    # …/sparql-graph-crud-auth   (Digest, dba/dba)
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import httpx

__all__ = ["VirtuosoServer", "virtuoso_binary", "free_port"]

_INI = """\
[Database]
DatabaseFile       = {d}/virtuoso.db
ErrorLogFile       = {d}/virtuoso.log
LockFile           = {d}/virtuoso.lck
TransactionFile    = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = {d}/virtuoso-temp.db
TransactionFile    = {d}/virtuoso-temp.trx
Striping           = 0

[Parameters]
ServerPort         = 127.0.0.1:{sql_port}
DisableUnixSocket  = 1
CheckpointInterval = 60
CaseMode           = 2
DirsAllowed        = .
NumberOfBuffers    = 10000
MaxDirtyBuffers    = 6000
ThreadsPerQuery    = 2

[HTTPServer]
ServerPort           = 127.0.0.1:{http_port}
ServerRoot           = {d}
ServerThreads        = 4
MaxClientConnections = 4
Charset              = UTF-8

[SPARQL]
ResultSetMaxRows      = 1000000
MaxQueryExecutionTime = 120
"""


def virtuoso_binary() -> str | None:
    """The path of ``virtuoso-t``, or None if Virtuoso is not installed."""
    return shutil.which("virtuoso-t")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class VirtuosoServer:
    """Start a private Virtuoso in ``folder``; use as a context manager."""

    def __init__(self, folder: Path, startup_timeout: float = 90.0) -> None:
        self.folder = Path(folder)
        self.startup_timeout = startup_timeout
        self.sql_port = free_port()
        self.http_port = free_port()
        base = f"http://127.0.0.1:{self.http_port}"
        self.sparql = base + "/sparql"
        self.sparql_auth = base + "/sparql-auth"
        self.graph_crud = base + "/sparql-graph-crud-auth"
        self.graph_crud_anonymous = base + "/sparql-graph-crud"
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> "VirtuosoServer":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def log_tail(self, n: int = 15) -> str:
        log = self.folder / "virtuoso.log"
        lines = log.read_text(errors="replace").splitlines() if log.exists() else []
        return "\n".join(lines[-n:])

    def start(self) -> None:
        binary = virtuoso_binary()
        if binary is None:
            raise RuntimeError("virtuoso-t is not installed (bash .ci/virtuoso.sh)")
        self.folder.mkdir(parents=True, exist_ok=True)
        ini = self.folder / "virtuoso.ini"
        ini.write_text(_INI.format(d=self.folder, sql_port=self.sql_port, http_port=self.http_port))
        self.proc = subprocess.Popen(
            [binary, "+foreground", "+configfile", str(ini)], cwd=self.folder,
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"virtuoso-t exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                r = httpx.get(self.sparql, params={"query": "ASK {}"}, timeout=2)
                if r.status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"virtuoso-t did not answer within {self.startup_timeout:g} s:\n{self.log_tail()}")

    def isql(self, *statements: str) -> str:
        """Run SQL statements as dba through ``isql-vt``; return its output."""
        isql = shutil.which("isql-vt") or shutil.which("isql")
        if isql is None:
            raise RuntimeError("isql-vt is not installed")
        script = "".join(s.rstrip().rstrip(";") + ";\n" for s in statements)
        out = subprocess.run([isql, f"127.0.0.1:{self.sql_port}", "dba", "dba"], input=script,
                             capture_output=True, text=True, timeout=60)
        if out.returncode != 0 or "*** Error" in out.stdout + out.stderr:
            raise RuntimeError(f"isql failed:\n{out.stdout}\n{out.stderr}")
        return out.stdout

    def allow_anonymous_update(self) -> None:
        """Let the anonymous ``/sparql`` endpoint run SPARQL Update (as CI set-ups often do)."""
        self.isql('GRANT SPARQL_UPDATE TO "SPARQL"',
                  "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7)")

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)

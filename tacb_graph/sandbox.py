"""Running queries where no network is reachable, with a memory cap.

Oxigraph evaluates ``SERVICE <iri>`` by opening an HTTP connection, and SPARQL
text can hide a ``SERVICE`` from any scanner that reads it differently from
the parser. So the processes that evaluate queries — the ``serve`` workers and
the child of ``tacb-graph query`` — first move into a new, empty Linux network
namespace: it holds only a loopback interface, and that is down, so no socket
can reach anything, whatever the query says. As root a network namespace is
enough; otherwise a user namespace comes with it (no privilege needed where
the kernel allows unprivileged user namespaces). Where neither is possible,
:func:`isolate_network` raises :class:`IsolationError` and the commands refuse
to run unless given ``--allow-network``.

:func:`limit_memory` caps the address space of the process
(``RLIMIT_AS``): an allocation past the cap fails, which stops Oxigraph (it
aborts) or raises :class:`MemoryError` in Python, and resident memory can never
exceed the cap.

>>> import socket
>>> [name for _, name in run_isolated(socket.if_nameindex)]  # only a loopback, and it is down
['lo']
"""

from __future__ import annotations

import ctypes
import errno
import faulthandler
import multiprocessing as mp
import os
import resource
import signal
import socket
import sys

from .errors import TacbError

__all__ = ["IsolationError", "MemoryCapError", "isolate_network", "limit_memory", "run_isolated",
           "isolation_available", "check_isolation", "death_reason"]

CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000


class IsolationError(TacbError):
    """This process cannot be cut off the network (no network namespaces here)."""

    exit_code = 5


class MemoryCapError(TacbError):
    """A query needed more memory than its process may use."""

    exit_code = 4


def _thread_count() -> int:
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return 1


def _unshare(flags: int) -> int:
    """``unshare(2)``; 0 on success, else the errno."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.unshare(ctypes.c_int(flags)) == 0:
        return 0
    return ctypes.get_errno() or errno.EPERM


def _map_own_ids(uid: int, gid: int) -> None:
    """Inside a fresh user namespace, keep our own uid and gid (cosmetic: file access is unchanged)."""
    try:
        with open("/proc/self/setgroups", "w") as f:
            f.write("deny")
        with open("/proc/self/uid_map", "w") as f:
            f.write(f"{uid} {uid} 1")
        with open("/proc/self/gid_map", "w") as f:
            f.write(f"{gid} {gid} 1")
    except OSError:
        pass


def _check_offline() -> None:
    names = sorted(name for _, name in socket.if_nameindex())
    if names != ["lo"]:
        raise IsolationError(f"network namespace still shows interfaces {', '.join(names)}")
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("127.0.0.1", 9))
    except OSError:
        return  # loopback is down: nothing is reachable
    finally:
        probe.close()
    raise IsolationError("the loopback interface of the new network namespace is up")


def isolate_network() -> str:
    """Move this process into a new network namespace with no usable interface.

    Must run before the process starts a thread (a namespace is per thread);
    returns how it was done. Raises :class:`IsolationError` when impossible.
    """
    if not sys.platform.startswith("linux"):
        raise IsolationError(f"network namespaces need Linux; this is {sys.platform}")
    if _thread_count() > 1:
        raise IsolationError("network isolation must happen before the process starts threads")
    uid, gid = os.geteuid(), os.getegid()
    attempts = [(CLONE_NEWUSER | CLONE_NEWNET, "user and network namespaces")]
    if uid == 0:
        attempts.insert(0, (CLONE_NEWNET, "a network namespace"))
    failed = []
    for flags, name in attempts:
        err = _unshare(flags)
        if err == 0:
            if flags & CLONE_NEWUSER:
                _map_own_ids(uid, gid)
            _check_offline()
            return name
        failed.append(f"{name}: {os.strerror(err)}")
    raise IsolationError("cannot cut query processes off the network (unshare of " + "; ".join(failed) + ")")


_M_ARENA_MAX = -8  # glibc mallopt parameter


def limit_memory(max_bytes: int) -> None:
    """Cap the address space of this process at ``max_bytes`` (``RLIMIT_AS``).

    glibc reserves 64 MB of address space for each thread's malloc arena; the
    cap counts reservations, so the process is first told to share one arena.
    """
    try:
        ctypes.CDLL(None).mallopt(_M_ARENA_MAX, 1)
    except (AttributeError, OSError):  # not glibc
        pass
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        max_bytes = min(max_bytes, hard)
    resource.setrlimit(resource.RLIMIT_AS, (max_bytes, max_bytes))


def death_reason(exitcode: int | None, memory_bytes: int | None) -> str:
    """Why a query process ended with ``exitcode`` (negative: killed by that signal)."""
    if exitcode == -signal.SIGABRT and memory_bytes:
        return f"the query needed more than the {memory_bytes // 2**20} MB of memory a query process may use"
    if exitcode is not None and exitcode < 0:
        return f"the query process was killed by signal {signal.Signals(-exitcode).name}"
    return f"the query process exited with status {exitcode}"


def _child(conn, fn, args, allow_network: bool, memory_bytes: int | None) -> None:
    if memory_bytes:  # a query past the cap aborts Oxigraph: one line on stderr, no backtrace
        os.environ["RUST_BACKTRACE"] = "0"
        faulthandler.disable()
    try:
        if not allow_network:
            isolate_network()
        if memory_bytes:
            limit_memory(memory_bytes)
        result = fn(*args)
    except TacbError as exc:
        conn.send(("error", exc))
    except MemoryError:
        conn.send(("error", MemoryCapError(death_reason(-signal.SIGABRT, memory_bytes or 1))))
    except Exception as exc:  # noqa: BLE001 - the parent reports it as one line
        conn.send(("error", TacbError(f"{type(exc).__name__}: {' '.join(str(exc).split())}")))
    else:
        conn.send(("ok", result))
    conn.close()


def run_isolated(fn, *args, allow_network: bool = False, memory_bytes: int | None = None):
    """``fn(*args)`` run in a fresh child process cut off the network; its result.

    ``fn`` and its result must pickle. A :class:`TacbError` raised in the child
    is raised here; a child that dies (e.g. past ``memory_bytes``) raises one too.
    A single-threaded parent (the CLI) forks, which is quick; otherwise the
    child is a fresh interpreter.
    """
    fork = sys.platform.startswith("linux") and _thread_count() == 1
    ctx = mp.get_context("fork" if fork else "spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, fn, args, allow_network, memory_bytes),
                       name="tacb-graph-query", daemon=True)
    proc.start()
    child.close()
    try:
        try:
            status, value = parent.recv()
        except EOFError:
            proc.join()
            if proc.exitcode == -signal.SIGABRT and memory_bytes:
                raise MemoryCapError(death_reason(proc.exitcode, memory_bytes)) from None
            raise TacbError(death_reason(proc.exitcode, memory_bytes)) from None
        proc.join()
    finally:
        if proc.is_alive():
            proc.kill()
            proc.join()
        parent.close()
    if status == "error":
        raise value
    return value


def _nothing() -> str:
    return "ok"


def check_isolation() -> None:
    """Raise :class:`IsolationError` unless a child process can be cut off the network here."""
    run_isolated(_nothing)


def isolation_available() -> bool:
    """Whether query processes can be cut off the network on this machine."""
    try:
        check_isolation()
    except IsolationError:
        return False
    return True

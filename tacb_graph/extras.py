"""The optional parts of the package: which extra brings which module, and what to say when one is missing.

The core install (``pip install tacb-graph``) builds, stores and queries.
Drawing, analysis, the endpoint, pushing and SHACL validation need extras
(``setup.cfg`` ``[options.extras_require]``; ``tests/test_packaging.py`` checks
this table against it). A command that meets a missing module answers with
one line naming the extra, never a traceback:

>>> print(missing_extra_message("tacb-graph render", "pyvis", extra_for("pyvis", "render")))
tacb-graph render needs the viz extra (pyvis is not installed): pip install 'tacb-graph[viz]'
>>> extra_for("httpx")
'push'
>>> extra_for("numpy", command="analyze")  # not an analyse module: the smallest extra with it
'viz'
>>> extra_for("json") is None
True
"""

from __future__ import annotations

import importlib.util

from .errors import TacbError

__all__ = ["EXTRAS", "COMMAND_EXTRAS", "MissingExtra", "extra_for", "missing", "missing_extra_message", "require"]

#: extra → the top-level modules it installs that the package imports.
EXTRAS: dict[str, tuple[str, ...]] = {
    "analyse": ("networkx", "scipy"),
    "viz": ("networkx", "scipy", "numpy", "matplotlib", "jinja2", "pyvis"),
    "serve": ("starlette", "uvicorn", "h11"),
    "push": ("httpx",),
    "validate": ("pyshacl",),
}

#: command → the extra it needs beyond the core.
COMMAND_EXTRAS: dict[str, str] = {
    "analyze": "analyse",
    "path": "analyse",
    "render": "viz",
    "serve": "serve",
    "push": "push",
}


class MissingExtra(TacbError):
    """An optional dependency is not installed."""


def extra_for(module: str | None, command: str | None = None) -> str | None:
    """The extra that provides ``module`` (its top-level name), preferring the one ``command`` needs."""
    if not module:
        return None
    top = module.split(".")[0]
    wanted = COMMAND_EXTRAS.get(command or "")
    if wanted and top in EXTRAS[wanted]:
        return wanted
    holders = [name for name, modules in EXTRAS.items() if top in modules]
    return min(holders, key=lambda n: len(EXTRAS[n])) if holders else None


def missing_extra_message(subject: str, module: str, extra: str) -> str:
    """One line: ``SUBJECT needs the EXTRA extra (MODULE is not installed): pip install …``."""
    return f"{subject} needs the {extra} extra ({module} is not installed): pip install 'tacb-graph[{extra}]'"


def missing(extra: str) -> list[str]:
    """The modules of ``extra`` that cannot be imported here (found without importing them)."""
    return [m for m in EXTRAS[extra] if importlib.util.find_spec(m) is None]


def require(extra: str, subject: str) -> None:
    """Raise :class:`MissingExtra` if a module of ``extra`` is not installed.

    >>> require("analyse", "tacb-graph analyze") is None  # installed here
    True
    """
    absent = missing(extra)
    if absent:
        raise MissingExtra(missing_extra_message(subject, absent[0], extra))

"""Lazy package exports (PEP 562): a name's module is imported on first use.

The CLI imports every sub-command's module to build its parser; packages whose
``__init__`` imported networkx, matplotlib or starlette eagerly made every
command, even ``tacb-graph query``, pay for them at start-up.

Some exported names are also submodule names (``tacb_graph.render.scene`` the
function and ``tacb_graph.render.scene`` the module). An eager ``__init__``
bound the function last; here the import system would bind the module whenever
the submodule is first loaded, so the package refuses to let a submodule
replace an exported name and :func:`__getattr__` hands out the function, as
before.
"""

from __future__ import annotations

import importlib
import sys
import types

__all__ = ["lazy_exports"]


class _LazyPackage(types.ModuleType):
    def __setattr__(self, name, value):
        if isinstance(value, types.ModuleType) and name in self.__dict__.get("_EXPORTS", ()):
            return  # a submodule named like an export: keep resolving the export
        super().__setattr__(name, value)


def lazy_exports(package: str, exports: dict[str, str]):
    """``(__getattr__, __dir__)`` for ``package``, exporting ``name`` from module ``exports[name]``.

    The package must also define ``_EXPORTS = exports``.
    """
    sys.modules[package].__class__ = _LazyPackage

    def __getattr__(name: str):
        try:
            module = exports[name]
        except KeyError:
            raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
        value = getattr(importlib.import_module(module, package), name)
        setattr(sys.modules[package], name, value)  # later lookups skip this function
        return value

    def __dir__() -> list[str]:
        return sorted(set(exports) | set(vars(sys.modules[package])))

    return __getattr__, __dir__

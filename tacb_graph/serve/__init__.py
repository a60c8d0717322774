"""Stage "serve": a read-only SPARQL 1.1 Protocol endpoint over the embedded store.

:func:`create_app` builds the ASGI app; ``tacb-graph serve`` runs it on uvicorn.
"""

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

if TYPE_CHECKING:
    from .app import ServeConfig, create_app

# imported on first use: the CLI loads this package to build its parser
_EXPORTS = {"ServeConfig": ".app", "create_app": ".app"}

__all__ = list(_EXPORTS)
__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

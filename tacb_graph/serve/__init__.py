"""Stage "serve": a read-only SPARQL 1.1 Protocol endpoint over the embedded store.

:func:`create_app` builds the ASGI app; ``tacb-graph serve`` runs it on uvicorn.
"""

from .app import ServeConfig, create_app

__all__ = ["ServeConfig", "create_app"]

"""tacb-graph: knowledge graphs from UN human-rights reports.

The flow runs one way: read → segment → recognise → relate → RDF → store →
query / analyse / render / serve. :func:`tacb_graph.pipeline.build` runs it.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]

"""``python -m tacb_graph`` runs the ``tacb-graph`` command."""

from .cli import run

run()

"""``python -m tacb_graph`` runs the ``tacb-graph`` command."""

import sys

from .cli import main

sys.exit(main())

"""Network analysis of the knowledge graph: RDF → networkx and back.

The flow: :func:`project` reads the store into a networkx graph;
:mod:`.ego` narrows it (ego networks, class and relation filters);
:mod:`.measures` computes centralities and communities; :mod:`.paths` finds
chains between two entities with their paragraph evidence; :mod:`.export`
writes GraphML and GEXF; :mod:`.writeback` stores the measures as RDF in the
named graph ``graph/measures``. :mod:`.commands` holds the ``analyze`` and
``path`` CLI commands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

if TYPE_CHECKING:
    from .ego import drop_isolates, ego_network, filter_classes, filter_relations, filter_weight
    from .export import graphml_safe, write_gexf, write_graphml
    from .measures import NodeMeasures, annotate, compute_measures, undirected
    from .paths import Chain, Connection, Link, NoPath, connect, shortest_chains
    from .project import NODE_ATTRS, RELATIONS, project
    from .resolve import EntityNotFound, entity_names, resolve_entity
    from .view import view
    from .writeback import MEASURE_PROPERTIES, write_measures

# imported on first use: the CLI loads this package to build its parser
_EXPORTS = {
    "project": ".project",
    "view": ".view",
    "RELATIONS": ".project",
    "NODE_ATTRS": ".project",
    "ego_network": ".ego",
    "filter_classes": ".ego",
    "filter_relations": ".ego",
    "filter_weight": ".ego",
    "drop_isolates": ".ego",
    "NodeMeasures": ".measures",
    "compute_measures": ".measures",
    "annotate": ".measures",
    "undirected": ".measures",
    "Link": ".paths",
    "Chain": ".paths",
    "Connection": ".paths",
    "shortest_chains": ".paths",
    "connect": ".paths",
    "NoPath": ".paths",
    "EntityNotFound": ".resolve",
    "entity_names": ".resolve",
    "resolve_entity": ".resolve",
    "graphml_safe": ".export",
    "write_graphml": ".export",
    "write_gexf": ".export",
    "MEASURE_PROPERTIES": ".writeback",
    "write_measures": ".writeback",
}

__all__ = list(_EXPORTS)
__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

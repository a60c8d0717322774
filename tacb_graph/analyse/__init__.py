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

from .ego import drop_isolates, ego_network, filter_classes, filter_relations, filter_weight
from .export import graphml_safe, write_gexf, write_graphml
from .measures import NodeMeasures, annotate, compute_measures, undirected
from .paths import Chain, Connection, Link, NoPath, connect, shortest_chains
from .project import NODE_ATTRS, RELATIONS, project
from .resolve import EntityNotFound, entity_names, resolve_entity
from .view import view
from .writeback import MEASURE_PROPERTIES, write_measures

__all__ = [
    "project",
    "view",
    "RELATIONS",
    "NODE_ATTRS",
    "ego_network",
    "filter_classes",
    "filter_relations",
    "filter_weight",
    "drop_isolates",
    "NodeMeasures",
    "compute_measures",
    "annotate",
    "undirected",
    "Link",
    "Chain",
    "Connection",
    "shortest_chains",
    "connect",
    "NoPath",
    "EntityNotFound",
    "entity_names",
    "resolve_entity",
    "graphml_safe",
    "write_graphml",
    "write_gexf",
    "MEASURE_PROPERTIES",
    "write_measures",
]

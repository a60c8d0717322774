"""What the endpoint says about itself: a SPARQL 1.1 Service Description and VoID.

Both are built as pyoxigraph triples from the dataset counts a worker
computes (see :func:`tacb_graph.serve.worker.execute` with ``kind="stats"``),
with IRIs (no blank nodes) under the endpoint's own base URL.

>>> stats = {"triples": 3, "entities": 1, "classes": 1, "properties": 2, "distinctSubjects": 1,
...          "distinctObjects": 2, "classPartitions": [("urn:C", 1)], "graphs": [("urn:g", 3)]}
>>> triples = void_description("http://localhost:7878/", stats)
>>> any(t.predicate.value.endswith("sparqlEndpoint") for t in triples)
True
"""

from __future__ import annotations

import pyoxigraph as ox

from ..namespaces import ID_BASE, ONTOLOGY_IRI

__all__ = ["SD", "VOID", "LIMIT_FRAGMENT", "service_description", "void_description"]

LIMIT_FRAGMENT = "#result-limit"  # after the endpoint IRI: what a cut result links to

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_DCT = "http://purl.org/dc/terms/"
_FORMATS = "http://www.w3.org/ns/formats/"
_RESULT_FORMATS = ["SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                   "Turtle", "N-Triples", "JSON-LD", "RDF_XML"]
_XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=_XSD_INTEGER)


_RDFS = "http://www.w3.org/2000/01/rdf-schema#"


def _limit_triples(endpoint: ox.NamedNode, limits: dict) -> list[ox.Triple]:
    """The endpoint's limits, as a resource that cut results link to."""
    node = _n(endpoint.value + LIMIT_FRAGMENT)
    cap = limits["max_results"]
    text = (f"Results are cut at {cap} rows (SELECT) or {cap} triples (CONSTRUCT, DESCRIBE). A cut result "
            f"has the header X-Tacb-Truncated: true, a link to <{node.value}> in the head of SPARQL JSON and "
            "XML results, and a first-line comment in Turtle, N-Triples and RDF/XML.")
    memory = f", and {limits['max_memory_mb']} MB of memory" if limits.get("max_memory_mb") else ""
    text += f" A query may run {limits['timeout']:g} s{memory}; a request may be {limits['max_request_bytes']} bytes."
    if limits.get("offline"):
        text += " Queries run without network access: SERVICE and LOAD cannot reach anything."
    return [
        ox.Triple(endpoint, _n(_RDFS + "seeAlso"), node),
        ox.Triple(node, _n(_RDFS + "label"), ox.Literal("result limit", language="en")),
        ox.Triple(node, _n(_RDFS + "comment"), ox.Literal(text, language="en")),
        ox.Triple(node, _n("http://www.w3.org/1999/02/22-rdf-syntax-ns#value"), _int(cap)),
    ]


def service_description(base: str, stats: dict, limits: dict | None = None) -> list[ox.Triple]:
    """The SPARQL 1.1 Service Description of the endpoint at ``base + "sparql"``.

    ``limits`` (``max_results``, ``timeout``, ``max_memory_mb``,
    ``max_request_bytes``, ``offline``) adds a description of the endpoint's
    limits at ``base + "sparql#result-limit"``, the IRI cut results link to.
    """
    endpoint = _n(base + "sparql")
    dataset = _n(base + "sparql#dataset")
    default = _n(base + "sparql#default-graph")
    t = [
        ox.Triple(endpoint, _RDF_TYPE, _n(SD + "Service")),
        ox.Triple(endpoint, _n(SD + "endpoint"), endpoint),
        ox.Triple(endpoint, _n(SD + "supportedLanguage"), _n(SD + "SPARQL11Query")),
        ox.Triple(endpoint, _n(SD + "feature"), _n(SD + "UnionDefaultGraph")),
        ox.Triple(endpoint, _n(SD + "defaultEntailmentRegime"), _n("http://www.w3.org/ns/entailment/Simple")),
        ox.Triple(endpoint, _n(SD + "defaultDataset"), dataset),
        ox.Triple(endpoint, _n(_DCT + "description"),
                  ox.Literal("Read-only SPARQL 1.1 endpoint over the tacb-graph knowledge graph; "
                             "SPARQL Update and SERVICE are refused. With no FROM, FROM NAMED, "
                             "default-graph-uri or named-graph-uri, the default graph is the union of all "
                             "named graphs, evaluated as a bag: a triple stated in several graphs matches "
                             "once per graph (use DISTINCT).", language="en")),
        ox.Triple(dataset, _RDF_TYPE, _n(SD + "Dataset")),
        ox.Triple(dataset, _n(SD + "defaultGraph"), default),
        ox.Triple(dataset, _n("http://www.w3.org/2000/01/rdf-schema#seeAlso"), _n(base + "void")),
        ox.Triple(default, _RDF_TYPE, _n(SD + "Graph")),
        ox.Triple(default, _n(VOID + "triples"), _int(stats["triples"])),
    ]
    t += [ox.Triple(endpoint, _n(SD + "resultFormat"), _n(_FORMATS + f)) for f in _RESULT_FORMATS]
    if limits:
        t += _limit_triples(endpoint, limits)
    for i, (graph, count) in enumerate(stats["graphs"], 1):
        named = _n(f"{base}sparql#named-graph-{i}")
        g = _n(f"{base}sparql#graph-{i}")
        t += [
            ox.Triple(dataset, _n(SD + "namedGraph"), named),
            ox.Triple(named, _RDF_TYPE, _n(SD + "NamedGraph")),
            ox.Triple(named, _n(SD + "name"), _n(graph)),
            ox.Triple(named, _n(SD + "graph"), g),
            ox.Triple(g, _RDF_TYPE, _n(SD + "Graph")),
            ox.Triple(g, _n(VOID + "triples"), _int(count)),
        ]
    return t


def void_description(base: str, stats: dict) -> list[ox.Triple]:
    """A VoID description of the dataset served at ``base``: counts, classes, named graphs."""
    doc = _n(base + "void")
    ds = _n(base + "void#tacb-graph")
    t = [
        ox.Triple(doc, _RDF_TYPE, _n(VOID + "DatasetDescription")),
        ox.Triple(doc, _n("http://xmlns.com/foaf/0.1/primaryTopic"), ds),
        ox.Triple(ds, _RDF_TYPE, _n(VOID + "Dataset")),
        ox.Triple(ds, _n(_DCT + "title"), ox.Literal("tacb-graph knowledge graph", language="en")),
        ox.Triple(ds, _n(VOID + "sparqlEndpoint"), _n(base + "sparql")),
        ox.Triple(ds, _n(VOID + "uriSpace"), ox.Literal(ID_BASE)),
        ox.Triple(ds, _n(VOID + "vocabulary"), _n(ONTOLOGY_IRI + "#")),
        ox.Triple(ds, _n(VOID + "feature"), _n(_FORMATS + "Turtle")),
    ]
    for key in ("triples", "entities", "classes", "properties", "distinctSubjects", "distinctObjects"):
        t.append(ox.Triple(ds, _n(VOID + key), _int(stats[key])))
    for i, (cls, count) in enumerate(stats["classPartitions"], 1):
        part = _n(f"{base}void#class-{i}")
        t += [
            ox.Triple(ds, _n(VOID + "classPartition"), part),
            ox.Triple(part, _n(VOID + "class"), _n(cls)),
            ox.Triple(part, _n(VOID + "entities"), _int(count)),
        ]
    for i, (graph, count) in enumerate(stats["graphs"], 1):
        sub = _n(f"{base}void#graph-{i}")
        t += [
            ox.Triple(ds, _n(VOID + "subset"), sub),
            ox.Triple(sub, _RDF_TYPE, _n(VOID + "Dataset")),
            ox.Triple(sub, _n(SD + "name"), _n(graph)),
            ox.Triple(sub, _n(VOID + "triples"), _int(count)),
        ]
    return t


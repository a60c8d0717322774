"""The ``tacb:`` namespace and the W3C vocabularies the graph reuses.

All IRIs used by the package come from here; ``tests/test_namespaces.py``
checks the terms against ``ontology/tacb.ttl`` both ways. The lists the
ontology defines (relations, stance values, modalities) are generated into
:mod:`tacb_graph.vocab`.

>>> str(TACB.assists)
'https://w3id.org/tacb/ontology#assists'
>>> PREFIXES["org"]
'http://www.w3.org/ns/org#'
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace
from rdflib.term import URIRef

__all__ = [
    "TACB",
    "ID",
    "ORG",
    "SH",
    "DCTERMS",
    "OWL",
    "PROV",
    "RDF",
    "RDFS",
    "SKOS",
    "XSD",
    "ONTOLOGY_IRI",
    "ID_BASE",
    "PREFIXES",
]

ONTOLOGY_IRI = "https://w3id.org/tacb/ontology"
ID_BASE = "https://w3id.org/tacb/id/"


class TACB(DefinedNamespace):
    """The tacb-graph ontology (``https://w3id.org/tacb/ontology#``)."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # Structure of a report
    Report: URIRef
    Section: URIRef
    Paragraph: URIRef
    Footnote: URIRef
    # Actors and things
    Agent: URIRef
    State: URIRef
    UNBody: URIRef
    SpecializedAgency: URIRef
    UNFundOrProgramme: URIRef
    RegionalOrganization: URIRef
    NGO: URIRef
    NHRI: URIRef
    AcademicInstitution: URIRef
    Person: URIRef
    Resolution: URIRef
    Document: URIRef
    Instrument: URIRef
    Fund: URIRef
    Programme: URIRef
    Event: URIRef
    Concept: URIRef
    Place: URIRef
    # Structure properties
    number: URIRef
    section: URIRef
    text: URIRef
    title: URIRef
    numeral: URIRef
    inReport: URIRef
    inParagraph: URIRef
    hasFootnote: URIRef
    mentions: URIRef
    startOffset: URIRef
    endOffset: URIRef
    sha256: URIRef
    sourceFile: URIRef
    encoding: URIRef
    toolVersion: URIRef
    # Identifiers
    iso3: URIRef
    m49: URIRef
    symbol: URIRef
    # Relations, positions and contributions
    relation: URIRef
    heldBy: URIRef
    contributor: URIRef
    adoptedBy: URIRef
    submittedInputTo: URIRef
    stanceValue: URIRef
    evidence: URIRef
    holder: URIRef
    partnersWith: URIRef
    establishes: URIRef
    amount: URIRef
    quote: URIRef
    confidence: URIRef
    Stance: URIRef
    cites: URIRef
    currency: URIRef
    assists: URIRef
    onConcept: URIRef
    year: URIRef
    Sceptical: URIRef
    Contribution: URIRef
    recipient: URIRef
    period: URIRef
    provider: URIRef
    Critical: URIRef
    NotQuestioned: URIRef
    memberOf: URIRef
    StanceValue: URIRef
    renamedTo: URIRef
    Supportive: URIRef
    topic: URIRef
    administeredBy: URIRef
    fundedBy: URIRef
    Assistance: URIRef
    requests: URIRef
    # Modality of facts (issue 8)
    Modality: URIRef
    Reported: URIRef
    Requested: URIRef
    Recommended: URIRef
    Planned: URIRef
    Negated: URIRef
    modality: URIRef
    requestedBy: URIRef
    # Sessions, posts, related organisations
    Session: URIRef
    sessionOf: URIRef
    sessionNumber: URIRef
    atSession: URIRef
    Post: URIRef
    RelatedOrganization: URIRef
    # Findings (tacb-graph check)
    Finding: URIRef
    FindingKind: URIRef
    UnlistedRespondent: URIRef
    CountMismatch: URIRef
    ReferenceMismatch: URIRef
    AmbiguousAbbreviation: URIRef
    LanguageMismatch: URIRef
    findingKind: URIRef
    message: URIRef
    concerns: URIRef
    # Report metadata and language versions
    agendaItem: URIRef
    agendaItemTitle: URIRef
    originalLanguage: URIRef
    jobNumber: URIRef
    layout: URIRef
    submittedPursuantTo: URIRef
    ReportWork: URIRef
    ParagraphWork: URIRef
    reportWork: URIRef
    paragraphWork: URIRef
    shortLabel: URIRef
    # Network measures (graph/measures)
    degree: URIRef
    weightedDegree: URIRef
    betweenness: URIRef
    pagerank: URIRef
    community: URIRef
    coreNumber: URIRef
    isArticulationPoint: URIRef


# Instances (entities, paragraphs, graphs) live under this base.
ID = Namespace(ID_BASE)
# W3C Organization Ontology (rdflib ships ORG, but as a plain Namespace here for clarity).
ORG = Namespace("http://www.w3.org/ns/org#")
SH = Namespace("http://www.w3.org/ns/shacl#")

PREFIXES: dict[str, str] = {
    "tacb": str(TACB._NS),
    "tacbid": ID_BASE,
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "org": str(ORG),
}

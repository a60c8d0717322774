"""Lists of ontology terms, generated from ``ontology/tacb.ttl`` — do not edit.

Regenerate with ``python -m tacb_graph.vocabgen`` after changing the ontology
(see :mod:`tacb_graph.vocabgen` for what marks each list). Names are local
names in the ``tacb:`` namespace, in the order the ontology declares them.

>>> "assists" in ENTITY_RELATIONS, "cites" in UNIT_RELATIONS
(True, True)
"""

__all__ = [
    "RELATIONS",
    "UNIT_RELATIONS",
    "ENTITY_RELATIONS",
    "SYMMETRIC_RELATIONS",
    "AGENT_CLASSES",
    "STANCE_VALUES",
    "MODALITIES",
    "FINDING_KINDS",
]

RELATIONS: tuple[str, ...] = (
    "adoptedBy",
    "establishes",
    "requests",
    "assists",
    "submittedInputTo",
    "partnersWith",
    "fundedBy",
    "administeredBy",
    "memberOf",
    "renamedTo",
    "cites",
    "atSession",
    "heldBy",
)
"""Every relation property (``rdfs:subPropertyOf tacb:relation``)."""

UNIT_RELATIONS: tuple[str, ...] = ("cites",)
"""Relations whose subject is the paragraph or footnote itself (also ``dcterms:references``)."""

ENTITY_RELATIONS: tuple[str, ...] = (
    "adoptedBy",
    "establishes",
    "requests",
    "assists",
    "submittedInputTo",
    "partnersWith",
    "fundedBy",
    "administeredBy",
    "memberOf",
    "renamedTo",
    "atSession",
    "heldBy",
)
"""Relations between two entities: :data:`RELATIONS` without :data:`UNIT_RELATIONS`."""

SYMMETRIC_RELATIONS: frozenset[str] = frozenset({"partnersWith"})
"""Relations declared ``owl:SymmetricProperty``."""

AGENT_CLASSES: tuple[str, ...] = (
    "State",
    "UNBody",
    "SpecializedAgency",
    "UNFundOrProgramme",
    "RegionalOrganization",
    "NGO",
    "NHRI",
    "AcademicInstitution",
    "Person",
    "Fund",
    "Programme",
    "Post",
    "RelatedOrganization",
)
"""Classes whose members act: every sub-class of ``tacb:Agent``."""

STANCE_VALUES: tuple[str, ...] = ("Supportive", "Critical", "Sceptical", "NotQuestioned")
"""The individuals of ``tacb:StanceValue``."""

MODALITIES: tuple[str, ...] = ("Reported", "Requested", "Recommended", "Planned", "Negated")
"""The individuals of ``tacb:Modality``."""

FINDING_KINDS: tuple[str, ...] = (
    "UnlistedRespondent",
    "CountMismatch",
    "ReferenceMismatch",
    "AmbiguousAbbreviation",
    "LanguageMismatch",
)
"""The individuals of ``tacb:FindingKind``."""

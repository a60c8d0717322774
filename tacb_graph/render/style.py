"""How each class of entity and each relation looks: colour, shape, labels.

The same styles drive the HTML view and the static images, so a slide and the
browser agree. Class and relation names (zh and en) come from the ontology
(``ontology/tacb.ttl``); only the colours and shapes are decided here.

Shapes are vis-network shape names whose size is set by ``size`` (the label
sits below the node); :data:`MARKERS` maps them to matplotlib markers.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "SIZE_BY",
    "ClassStyle",
    "RelationStyle",
    "class_style",
    "relation_style",
    "MARKERS",
    "UNDIRECTED",
]

#: vis-network shape → matplotlib marker.
MARKERS: dict[str, str] = {
    "dot": "o", "diamond": "D", "square": "s", "triangle": "^", "triangleDown": "v",
    "star": "*", "hexagon": "h",
}

# kind → (colour, shape). Colours: Okabe–Ito and Tableau, UN blue for UN bodies.
_CLASSES: dict[str, tuple[str, str]] = {
    "State": ("#E69F00", "dot"),
    "UNBody": ("#009EDB", "diamond"),
    "SpecializedAgency": ("#56B4E9", "diamond"),
    "RelatedOrganization": ("#7FB8DA", "diamond"),
    "UNFundOrProgramme": ("#0072B2", "diamond"),
    "Fund": ("#009E73", "hexagon"),
    "Programme": ("#66C2A5", "hexagon"),
    "RegionalOrganization": ("#CC79A7", "square"),
    "NGO": ("#B8A200", "square"),
    "NHRI": ("#8C564B", "square"),
    "AcademicInstitution": ("#9467BD", "square"),
    "Person": ("#17BECF", "star"),
    "Post": ("#0E8C99", "star"),
    "Event": ("#FF7F0E", "star"),
    "Report": ("#555555", "star"),
    "Instrument": ("#2CA02C", "triangle"),
    "Resolution": ("#D55E00", "triangle"),
    "Document": ("#BCBD22", "triangle"),
    "Place": ("#7F7F7F", "triangleDown"),
    "Concept": ("#AEC7E8", "dot"),
    "Agent": ("#C7C7C7", "dot"),
    "Paragraph": ("#DDDDDD", "square"),
}
_OTHER_CLASS = ("#999999", "dot")
_OTHER_NAMES = ("其他", "Other")

# relation → colour. Co-mentions are grey and dashed, without arrows.
_RELATIONS: dict[str, str] = {
    "adoptedBy": "#D55E00",
    "establishes": "#009E73",
    "requests": "#CC79A7",
    "assists": "#0072B2",
    "submittedInputTo": "#E69F00",
    "partnersWith": "#56B4E9",
    "fundedBy": "#2CA02C",
    "administeredBy": "#8C564B",
    "memberOf": "#9467BD",
    "renamedTo": "#555555",
    "heldBy": "#17BECF",
    "atSession": "#7F7F7F",
    "coMention": "#B0B0B0",
    "mentions": "#CCCCCC",
}
#: Relations drawn without an arrow (symmetric by construction).
UNDIRECTED: frozenset[str] = frozenset({"coMention"})
# Names of relations that are not ontology properties.
_EXTRA_NAMES: dict[str, tuple[str, str]] = {"coMention": ("共同提及", "co-mention")}


#: measures a node can be sized by (``--size-by``)
SIZE_BY: tuple[str, ...] = ("pagerank", "degree", "mentions")


@dataclass(frozen=True)
class ClassStyle:
    """The look of one class: ``kind`` is the class local name (``""`` for none)."""

    kind: str
    label_zh: str
    label_en: str
    color: str
    shape: str

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else self.label_zh


@dataclass(frozen=True)
class RelationStyle:
    """The look of one relation (edge key, e.g. ``"assists"``)."""

    relation: str
    label_zh: str
    label_en: str
    color: str
    dashes: bool
    arrow: bool

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else self.label_zh


@lru_cache(maxsize=1)
def _ontology_labels() -> dict[str, tuple[str, str]]:
    """``{local name: (zh, en)}`` for every class and property of the ontology."""
    from rdflib.namespace import RDFS

    from ..namespaces import TACB
    from ..rdf.validate import ontology_graph

    ns = str(TACB._NS)
    labels: dict[str, dict[str, str]] = {}
    for s, o in ontology_graph().subject_objects(RDFS.label):
        if str(s).startswith(ns) and getattr(o, "language", None) in ("zh", "en"):
            labels.setdefault(str(s)[len(ns):], {})[o.language] = str(o)
    return {k: (v.get("zh", k), v.get("en", k)) for k, v in labels.items()}


def class_style(kind: str | None) -> ClassStyle:
    """The style of a class, by local name (``None`` or unknown: grey dot).

    >>> s = class_style("State")
    >>> s.label_zh, s.label_en, s.shape
    ('国家', 'State', 'dot')
    >>> class_style(None).label_en
    'Other'
    """
    color, shape = _CLASSES.get(kind or "", _OTHER_CLASS)
    if not kind:
        return ClassStyle("", *_OTHER_NAMES, color, shape)
    zh, en = _ontology_labels().get(kind, (kind, kind))
    return ClassStyle(kind, zh, en, color, shape)


def relation_style(relation: str) -> RelationStyle:
    """The style of a relation, by edge key.

    >>> r = relation_style("assists")
    >>> r.label_zh, r.label_en, r.arrow
    ('协助', 'assists', True)
    >>> relation_style("coMention").dashes
    True
    """
    zh, en = _EXTRA_NAMES.get(relation) or _ontology_labels().get(relation, (relation, relation))
    undirected = relation in UNDIRECTED
    return RelationStyle(relation, zh, en, _RELATIONS.get(relation, "#888888"),
                         dashes=undirected, arrow=not undirected)

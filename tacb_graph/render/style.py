"""How each class of entity, relation, stance and modality looks: colour, shape, line, labels.

The same styles drive the HTML page and the static images, so a slide and the
browser agree. Names (zh and en) come from the ontology (``ontology/tacb.ttl``),
and so does which relations are symmetric (``owl:SymmetricProperty``, drawn
without an arrow), both as :mod:`tacb_graph.vocab` holds them (generated from it);
only colours, shapes and dash patterns are decided here.

Colours are colour-blind safe. Classes are filled with the Okabe–Ito palette
(families share a hue, shapes tell members apart); relations are drawn in
darker colours that none of the class colours comes close to (CIE76 ΔE ≥ 15,
checked by the tests); stances use four Okabe–Ito colours from "supportive"
blue to "critical" vermillion, and only in the positions view, where they
replace the class colour of the holders.

Shapes are vis-network shape names whose size is set by ``size`` (the label
sits below the node); :data:`MARKERS` maps them to matplotlib markers.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..vocab import LABELS, SYMMETRIC_RELATIONS

__all__ = [
    "SIZE_BY",
    "ClassStyle",
    "RelationStyle",
    "StanceStyle",
    "ModalityStyle",
    "class_style",
    "relation_style",
    "stance_style",
    "modality_style",
    "symmetric_relations",
    "MARKERS",
    "OKABE_ITO",
    "STANCES",
    "MODALITIES",
    "UNNAMED",
]

#: vis-network shape → matplotlib marker.
MARKERS: dict[str, str] = {
    "dot": "o", "diamond": "D", "square": "s", "triangle": "^", "triangleDown": "v",
    "star": "*", "hexagon": "h",
}

#: The Okabe–Ito palette (Okabe & Ito 2008), with its grey.
OKABE_ITO: dict[str, str] = {
    "orange": "#E69F00", "skyblue": "#56B4E9", "green": "#009E73", "yellow": "#F0E442",
    "blue": "#0072B2", "vermillion": "#D55E00", "purple": "#CC79A7", "black": "#000000",
    "grey": "#999999",
}
_O = OKABE_ITO

# kind → (fill colour, shape). Families share a colour: States orange, UN system blues,
# other organisations purple, texts yellow, funds and programmes green, the rest grey.
_CLASSES: dict[str, tuple[str, str]] = {
    "State": (_O["orange"], "dot"),
    "UNBody": (_O["blue"], "diamond"),
    "SpecializedAgency": (_O["skyblue"], "diamond"),
    "UNFundOrProgramme": (_O["skyblue"], "hexagon"),
    "Fund": (_O["green"], "hexagon"),
    "Programme": (_O["green"], "square"),
    "RegionalOrganization": (_O["purple"], "square"),
    "RelatedOrganization": (_O["purple"], "diamond"),
    "NGO": (_O["purple"], "triangleDown"),
    "NHRI": (_O["purple"], "hexagon"),
    "AcademicInstitution": (_O["purple"], "star"),
    "Resolution": (_O["yellow"], "triangle"),
    "Instrument": (_O["yellow"], "square"),
    "Document": (_O["yellow"], "triangleDown"),
    "Report": (_O["black"], "star"),
    "Concept": ("#FFFFFF", "dot"),
    "Person": (_O["grey"], "dot"),
    "Post": (_O["grey"], "diamond"),
    "Event": (_O["grey"], "star"),
    "Session": (_O["grey"], "star"),
    "Place": (_O["grey"], "triangleDown"),
    "Agent": (_O["grey"], "dot"),
    "Paragraph": ("#FFFFFF", "square"),
}
_OTHER_CLASS = (_O["grey"], "dot")
_OTHER_NAMES = ("其他", "Other")
#: The kind of the placeholder drawn where a fact names no entity (a contribution
#: without a recipient): never an invented entity, it says "not named".
UNNAMED = "_unnamed"
_UNNAMED = ("#FFFFFF", "dot", "未指明", "not named")

# relation → line colour; none of them is near a class colour.
_RELATIONS: dict[str, str] = {
    "assists": _O["vermillion"],
    "requests": "#882255",
    "establishes": "#117733",
    "adoptedBy": "#332288",
    "partnersWith": "#E7298A",
    "fundedBy": "#8C510A",
    "contributes": "#997700",
    "submittedInputTo": "#1F5F5F",
    "administeredBy": "#AA4499",
    "memberOf": "#6F4E37",
    "renamedTo": "#4D4D4D",
    "heldBy": "#5E3C99",
    "atSession": "#7A5230",
    "stance": "#444444",
    "related": "#2F4F4F",
    "coMention": "#D0D0D0",
    "mentions": "#D0D0D0",
}
# Names of drawn relations that are not ontology properties (zh, en).
_EXTRA_NAMES: dict[str, tuple[str, str]] = {
    "coMention": ("共同提及", "co-mention"),
    "stance": ("立场", "position"),
    "contributes": ("捐款", "contributes"),
    "related": ("相关", "related"),
}
# Relations drawn without an arrow besides the ontology's symmetric properties.
_UNDIRECTED_EXTRA = frozenset({"coMention", "related"})

#: Stance values in the order of the legend: (colour, zh, en fallback).
STANCES: tuple[str, ...] = ("Supportive", "NotQuestioned", "Sceptical", "Critical")
_STANCE_COLOURS = {"Supportive": _O["blue"], "NotQuestioned": _O["skyblue"],
                   "Sceptical": _O["yellow"], "Critical": _O["vermillion"], "Mixed": _O["grey"]}
_MIXED_NAMES = ("立场不一", "mixed")

#: Modalities of a fact, Reported first; ``None`` (no modality stated) counts as Reported.
MODALITIES: tuple[str, ...] = ("Reported", "Requested", "Recommended", "Planned", "Negated")
# dash pattern (vis-network: [dash, gap] in px; False = solid)
_DASHES = {"Reported": False, "Requested": [8, 6], "Recommended": [8, 6], "Planned": [8, 6],
           "Negated": [2, 5]}

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
    """The look of one relation (edge key, e.g. ``"assists"``); ``arrow`` False = symmetric."""

    relation: str
    label_zh: str
    label_en: str
    color: str
    dashes: bool
    arrow: bool

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else self.label_zh


@dataclass(frozen=True)
class StanceStyle:
    """The colour of a stance value (``"Mixed"``: a holder whose stances differ)."""

    value: str
    label_zh: str
    label_en: str
    color: str

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else self.label_zh


@dataclass(frozen=True)
class ModalityStyle:
    """The line of a fact's modality: ``dashes`` is ``False`` (solid) or ``[dash, gap]``."""

    value: str
    label_zh: str
    label_en: str
    dashes: list | bool

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else self.label_zh


def symmetric_relations() -> frozenset[str]:
    """Relations drawn without an arrow: the ontology's symmetric properties, co-mentions, related.

    >>> "partnersWith" in symmetric_relations(), "assists" in symmetric_relations()
    (True, False)
    """
    return SYMMETRIC_RELATIONS | _UNDIRECTED_EXTRA


def class_style(kind: str | None) -> ClassStyle:
    """The style of a class, by local name (``None`` or unknown: grey dot).

    >>> s = class_style("State")
    >>> s.label_zh, s.label_en, s.shape, s.color
    ('国家', 'State', 'dot', '#E69F00')
    >>> class_style(None).label_en
    'Other'
    """
    if kind == UNNAMED:
        color, shape, zh, en = _UNNAMED
        return ClassStyle(UNNAMED, zh, en, color, shape)
    color, shape = _CLASSES.get(kind or "", _OTHER_CLASS)
    if not kind:
        return ClassStyle("", *_OTHER_NAMES, color, shape)
    zh, en = LABELS.get(kind, (kind, kind))
    return ClassStyle(kind, zh, en, color, shape)


def relation_style(relation: str) -> RelationStyle:
    """The style of a relation, by edge key.

    >>> r = relation_style("assists")
    >>> r.label_zh, r.label_en, r.arrow
    ('协助', 'assists', True)
    >>> relation_style("partnersWith").arrow, relation_style("coMention").dashes
    (False, True)
    """
    zh, en = _EXTRA_NAMES.get(relation) or LABELS.get(relation, (relation, relation))
    undirected = relation in symmetric_relations()
    return RelationStyle(relation, zh, en, _RELATIONS.get(relation, "#666666"),
                         dashes=relation == "coMention", arrow=not undirected)


def stance_style(value: str) -> StanceStyle:
    """The colour and names of a stance value (``Supportive`` … or ``Mixed``).

    >>> s = stance_style("Critical")
    >>> s.label_zh, s.label_en, s.color
    ('批评', 'Critical', '#D55E00')
    """
    if value == "Mixed":
        return StanceStyle(value, *_MIXED_NAMES, _STANCE_COLOURS["Mixed"])
    zh, en = LABELS.get(value, (value, value))
    return StanceStyle(value, zh, en, _STANCE_COLOURS.get(value, _O["grey"]))


def modality_style(value: str | None) -> ModalityStyle:
    """The line of a modality; ``None`` (not stated) is drawn as Reported.

    >>> modality_style("Requested").dashes, modality_style(None).value
    ([8, 6], 'Reported')
    """
    value = value or "Reported"
    zh, en = LABELS.get(value, (value, value))
    return ModalityStyle(value, zh, en, _DASHES.get(value, [8, 6]))

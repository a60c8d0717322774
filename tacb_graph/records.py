"""Frozen records passed between the pipeline stages.

Every record that carries a fact carries its provenance: the report, and the
paragraph (or footnote) it was read from, with character offsets.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "Source",
    "Section",
    "Paragraph",
    "Footnote",
    "Segmented",
    "Entity",
    "Mention",
    "Relation",
    "REPORT",
    "UNIT",
    "Stance",
    "Contribution",
    "Assistance",
    "Dated",
    "Recognised",
]


@dataclass(frozen=True)
class Source:
    """A decoded input file."""

    path: str
    name: str  # slug used to mint the report IRI
    text: str
    sha256: str
    encoding: str
    size: int


@dataclass(frozen=True)
class Section:
    """A top-level section such as ``一. 导言``."""

    number: int  # 1-based, from the Chinese numeral
    numeral: str  # as written, e.g. "十三"
    title: str
    start: int  # offsets into Source.text
    end: int


@dataclass(frozen=True)
class Paragraph:
    """A numbered paragraph with its clean text (lines joined, footers removed)."""

    number: int
    section: int | None
    text: str
    start: int  # offset of the paragraph number in Source.text
    end: int  # offset just after the last character of the paragraph
    footnotes: tuple[int, ...] = ()


@dataclass(frozen=True)
class Footnote:
    """A footnote text and the paragraph whose marker refers to it."""

    number: int
    text: str
    start: int
    end: int
    paragraph: int | None = None


@dataclass(frozen=True)
class Segmented:
    """A report cut into sections, paragraphs, footnotes and its document links."""

    source: Source
    sections: tuple[Section, ...]
    paragraphs: tuple[Paragraph, ...]
    footnotes: tuple[Footnote, ...]
    links: tuple[str, ...] = ()  # undocs.org URLs found in page footers


@dataclass(frozen=True)
class Entity:
    """One real-world thing: one node in the graph.

    ``key`` is the stable identity (``state/CHN``, ``org/ohchr``,
    ``resolution/A/HRC/RES/37/23``) from which the RDF stage mints the IRI.
    """

    key: str
    kind: str  # an ontology class local name: State, UNBody, Resolution, ...
    label_zh: str
    label_en: str
    iso3: str | None = None
    m49: str | None = None
    symbol: str | None = None
    parent: str | None = None  # key of the parent organisation
    aliases: tuple[str, ...] = ()
    related: tuple[str, ...] = ()  # keys of related concepts (skos:related)
    short_zh: str | None = None  # short name the UN uses (人权高专办), for drawings: tacb:shortLabel
    short_en: str | None = None  # e.g. "OHCHR"
    renamed_to: str | None = None  # key of the entity this one was later renamed to (tacb:renamedTo)


@dataclass(frozen=True)
class Mention:
    """An occurrence of an entity in a text unit (paragraph or footnote)."""

    entity: str  # Entity.key
    unit: str  # "paragraph" or "footnote"
    number: int  # paragraph or footnote number
    start: int  # offsets into the unit's clean text
    end: int
    surface: str
    via: str = "name"  # name | abbreviation | symbol | backref | link


@dataclass(frozen=True)
class Relation:
    """A stated relation between two entities, read from one text unit.

    ``object`` is an entity key, or :data:`REPORT` for the report itself
    (``submittedInputTo``), and ``subject`` is :data:`UNIT` for the text unit
    itself (``cites``).
    """

    subject: str  # Entity.key
    predicate: str  # ontology property local name, e.g. "adoptedBy"
    object: str  # Entity.key
    unit: str
    number: int
    sentence: str = ""  # the words the relation was read from
    year: str | None = None  # when the text dates the fact (e.g. "2009")


#: ``Relation.object`` standing for the report being read.
REPORT = "@report"
#: ``Relation.subject`` standing for the text unit itself.
UNIT = "@unit"


@dataclass(frozen=True)
class Stance:
    """The position ``holder`` takes on ``concept`` (Supportive, Critical, Sceptical, NotQuestioned)."""

    holder: str
    concept: str
    value: str
    unit: str
    number: int
    sentence: str = ""


@dataclass(frozen=True)
class Contribution:
    """Money given: ``amount`` in ``currency`` (ISO 4217), as a decimal string."""

    contributor: str
    recipient: str | None
    amount: str | None
    currency: str | None
    unit: str
    number: int
    period: str | None = None
    year: str | None = None
    sentence: str = ""


@dataclass(frozen=True)
class Assistance:
    """Technical assistance or capacity-building from ``provider`` to ``recipient``."""

    provider: str
    recipient: str
    unit: str
    number: int
    year: str | None = None
    topic: str | None = None
    sentence: str = ""


@dataclass(frozen=True)
class Dated:
    """The year the text gives for an entity (adopted, set up, launched)."""

    entity: str
    year: str
    unit: str
    number: int
    sentence: str = ""


@dataclass(frozen=True)
class Recognised:
    """The output of the recogniser: entities (deduplicated) and their mentions."""

    segmented: Segmented
    entities: tuple[Entity, ...]
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...] = field(default=())
    links: tuple[str, ...] = ()  # keys of the entities the report's undocs.org links point to
    stances: tuple[Stance, ...] = ()
    contributions: tuple[Contribution, ...] = ()
    assistances: tuple[Assistance, ...] = ()
    dates: tuple[Dated, ...] = ()

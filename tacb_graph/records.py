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
    "Subsection",
    "Mandate",
    "ReportMeta",
    "GivenMeta",
    "Entity",
    "Mention",
    "Relation",
    "REPORT",
    "UNIT",
    "Stance",
    "Contribution",
    "Assistance",
    "Dated",
    "Abbreviation",
    "Finding",
    "Recognised",
    "VersionFact",
    "Versions",
]


@dataclass(frozen=True)
class Source:
    """A decoded input file."""

    path: str
    name: str  # the file's name (tacb:sourceFile); it mints no IRI (see rdf.iris.report_key)
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
class Subsection:
    """A lettered sub-section (``A. 背景``) inside top-level section ``section``."""

    section: int | None
    letter: str
    title: str
    start: int
    end: int


@dataclass(frozen=True)
class Mandate:
    """A resolution or decision the report is submitted under (its mandate).

    ``symbol`` is the UN symbol (``A/HRC/RES/18/18``); ``body`` the key of the
    body that adopted it and so requested the report (``org/hrc``).
    """

    symbol: str
    kind: str  # "resolution" | "decision"
    number: str  # as cited, e.g. "18/18"
    body: str | None = None


@dataclass(frozen=True)
class GivenMeta:
    """Report metadata given by the user (``build --symbol …`` or ``report.meta.json``).

    Every field is optional; what is given wins over what the front matter says.
    ``title`` has no language: it becomes the title in the report's language.
    """

    symbol: str | None = None
    title: str | None = None
    title_zh: str | None = None
    title_en: str | None = None
    date: str | None = None  # ISO 8601, YYYY-MM-DD
    session: int | None = None
    session_body: str | None = None  # body id as in organizations.csv ("hrc")
    agenda_item: str | None = None
    agenda_title: str | None = None
    language: str | None = None
    original_language: str | None = None
    job_number: str | None = None
    origin: str = ""  # where it came from, for messages


@dataclass(frozen=True)
class ReportMeta:
    """What a report says about itself on its front page, or what the user gave.

    ``body`` is the key of the body whose session the report goes to
    (``org/hrc``), ``author`` the key of the body that wrote it when the text
    names one, ``layout`` the text layout the reader recognised (``clean``,
    ``pdf`` or ``web``). ``entities`` describes the bodies and resolutions
    named here, so the RDF stage can label them even when no paragraph does.
    """

    symbol: str | None = None
    body: str | None = None
    author: str | None = None
    session: int | None = None
    session_dates: str | None = None
    session_label_zh: str | None = None  # 人权理事会第二十六届会议
    session_label_en: str | None = None  # Human Rights Council, twenty-sixth session
    agenda_item: str | None = None
    agenda_title: str | None = None
    date: str | None = None  # ISO 8601, YYYY-MM-DD
    distribution: str | None = None
    language: str | None = None  # BCP 47 code of this version
    original_language: str | None = None
    title_zh: str | None = None
    title_en: str | None = None
    note: str | None = None  # the starred footnote of the title
    summary: str | None = None
    job_number: str | None = None
    layout: str | None = None
    mandates: tuple[Mandate, ...] = ()
    entities: tuple["Entity", ...] = ()
    given: tuple[str, ...] = ()  # names of the fields that were given, not read

    @property
    def title(self) -> str | None:
        """The title in the report's own language, else in any language known."""
        own = self.title_zh if self.language == "zh" else self.title_en if self.language == "en" else None
        return own or self.title_zh or self.title_en


@dataclass(frozen=True)
class Segmented:
    """A report cut into sections, paragraphs, footnotes and its document links."""

    source: Source
    sections: tuple[Section, ...]
    paragraphs: tuple[Paragraph, ...]
    footnotes: tuple[Footnote, ...]
    links: tuple[str, ...] = ()  # undocs.org URLs found in page footers
    meta: ReportMeta = field(default_factory=ReportMeta)
    subsections: tuple[Subsection, ...] = ()
    warnings: tuple[str, ...] = ()  # what was skipped on purpose, with counts


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
    session_of: str | None = None  # a Session: the key of the body whose session it is (tacb:sessionOf)
    number: int | None = None  # a Session: its number (tacb:sessionNumber)


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
    modality: str = "Reported"  # Reported | Requested | Recommended | Planned | Negated
    requested_by: str | None = None  # who asked for it (not Reported facts), an Entity.key
    via: str | None = None  # how it was read, when that matters downstream: "list" (a reply list), "model"
    other_quotes: tuple[tuple[str, str], ...] = ()  # (language, sentence) of the same fact in other language versions
    confidence: float | None = None  # the learned back-off's probability, for a fact it read (relate/assist_model.py)


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
    other_quotes: tuple[tuple[str, str], ...] = ()  # (language, sentence) of the same fact in other language versions


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
    modality: str = "Reported"
    requested_by: str | None = None
    other_quotes: tuple[tuple[str, str], ...] = ()  # (language, sentence) of the same fact in other language versions


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
    modality: str = "Reported"
    requested_by: str | None = None
    funded_by: tuple[str, ...] = ()  # funds or donors that financed the activity (tacb:fundedBy)
    other_quotes: tuple[tuple[str, str], ...] = ()  # (language, sentence) of the same fact in other language versions
    confidence: float | None = None  # the learned back-off's probability, for help it read (relate/assist_model.py)


@dataclass(frozen=True)
class Dated:
    """The year the text gives for an entity (adopted, set up, launched)."""

    entity: str
    year: str
    unit: str
    number: int
    sentence: str = ""


@dataclass(frozen=True)
class Abbreviation:
    """An abbreviation the text defines in brackets right after a name (``人权高专办`` → ``org/ohchr``).

    Every definition read is kept, also one the recogniser did not adopt
    because the abbreviation already stood for something else.
    """

    text: str
    entity: str  # Entity.key of the name it follows
    unit: str
    number: int
    start: int  # offsets of the abbreviation in the unit's clean text
    end: int


@dataclass(frozen=True)
class Finding:
    """Something the report leaves inconsistent (``tacb-graph check``).

    ``kind`` is a ``tacb:FindingKind`` local name; ``evidence`` the text units
    ``(unit, number)`` that show it; ``basis`` the values it rests on (stated
    and listed counts, years, symbols), from which, with the rest, its IRI is
    derived.
    """

    kind: str  # UnlistedRespondent | CountMismatch | ReferenceMismatch | AmbiguousAbbreviation
    message_zh: str
    message_en: str
    concerns: tuple[str, ...] = ()  # Entity.keys
    evidence: tuple[tuple[str, int], ...] = ()
    basis: tuple[str, ...] = ()


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
    lang: str = "zh"  # the language the report was read in (decided once, tacb_graph.config)
    abbreviations: tuple[Abbreviation, ...] = ()  # every abbreviation definition read, in text order
    findings: tuple[Finding, ...] = ()  # what tacb_graph.check found inconsistent
    about: tuple[str, ...] = ()  # the entities the report's title names (the fund a fund's report is on)


@dataclass(frozen=True)
class VersionFact:
    """A fact read from text unit ``(unit, number)`` of one language version, compared with another.

    ``found`` and ``other`` are positions in the build's list of reports: the version the fact
    was read from and the version whose aligned unit (the same number) was compared. ``kind``
    is ``relation``, ``stance`` or ``contribution``; ``key`` what the fact states
    (:func:`tacb_graph.align.fact_key`, persons as ``found`` names them).
    """

    kind: str
    key: tuple[str, ...]
    unit: str
    number: int
    found: int
    other: int
    sentence: str = ""


@dataclass(frozen=True)
class Versions:
    """Reports of one build that are language versions of one work (:mod:`tacb_graph.align`).

    ``members`` are positions in the build's list of reports; the work's key comes from
    ``symbol``, else from ``sha256`` (the smallest of the versions' text hashes). ``persons``
    pairs the person keys that name one person in two versions (persons are keyed in the
    script of their version); ``shared`` and ``unmatched`` are the facts of each version
    found, or not found, in the aligned unit of each other version.
    """

    symbol: str | None
    sha256: str
    members: tuple[int, ...]
    persons: tuple[tuple[str, str], ...] = ()
    shared: tuple[VersionFact, ...] = ()
    unmatched: tuple[VersionFact, ...] = ()

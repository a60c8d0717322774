"""The text units of a report and the per-report context the spaCy components share.

A report is read as a sequence of *text units* — each paragraph followed by the
footnotes it refers to. Each unit becomes one spaCy ``Doc``; the components
(:mod:`tacb_graph.nlp`) find the report they belong to in ``Doc._.tacb_report``
and keep what they carry from one unit to the next (abbreviations defined,
earlier mentions, the current stance holder) in its ``state``, one slot per
component. ``Doc._.tacb_mentions`` holds the mentions the recogniser found in
the unit, for the relation extractor, and ``Doc._.tacb_text`` its text (:func:`doc_text`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..config import Config
from ..records import Segmented

__all__ = ["TextUnit", "text_units", "ReportContext", "doc_text"]


@dataclass(frozen=True)
class TextUnit:
    unit: str  # "paragraph" | "footnote"
    number: int
    text: str
    offset: int = 0  # where ``text`` starts in the unit's text: a piece of a very long unit starts later


def text_units(seg: Segmented) -> list[TextUnit]:
    """Paragraphs in order, each followed by the footnotes it refers to."""
    units = []
    by_para: dict[int, list] = {}
    loose = []
    for f in seg.footnotes:
        (by_para.setdefault(f.paragraph, []) if f.paragraph else loose).append(f)
    for p in seg.paragraphs:
        units.append(TextUnit("paragraph", p.number, p.text))
        units += [TextUnit("footnote", f.number, f.text) for f in by_para.get(p.number, [])]
    units += [TextUnit("footnote", f.number, f.text) for f in loose]
    return units


@dataclass
class ReportContext:
    """One report being processed: its segments, the configuration, and per-component state."""

    segmented: Segmented
    config: Config
    entities: dict = field(default_factory=dict)  # entity key -> Entity, everything this report names
    about: tuple[str, ...] = ()  # the entities the report's title names (set by the recogniser, read by later stages)
    state: dict[str, object] = field(default_factory=dict)

    def slot(self, name: str, make):
        """The state component ``name`` keeps for this report (made by ``make()`` on first use)."""
        if name not in self.state:
            self.state[name] = make()
        return self.state[name]


def doc_text(doc: Doc) -> str:
    """``doc.text``, kept from when the ``Doc`` was made (``Doc._.tacb_text``) rather than joined
    again from its tokens at each call — one token per character in Chinese.

    >>> import spacy
    >>> d = spacy.blank("en").make_doc("Two words")
    >>> doc_text(d)
    'Two words'
    """
    text = doc._.tacb_text
    return doc.text if text is None else text


for _name in ("tacb_report", "tacb_unit", "tacb_mentions", "tacb_text"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

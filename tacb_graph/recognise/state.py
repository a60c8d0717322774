"""What the recogniser keeps for one report while it reads unit after unit.

:class:`UnitState` holds the entities and mentions found so far, the back-reference history,
the abbreviations the report defined and the body whose resolutions were cited last;
:class:`Found` is one mention of a unit before it becomes a :class:`~tacb_graph.records.Mention`.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..config import Config
from ..records import Abbreviation, Entity, Mention
from .context import History
from .gazetteer import Gazetteer

__all__ = ["Found", "UnitState", "kind_of", "sentence_start", "sentence_end"]


@dataclass
class Found:
    start: int
    end: int
    key: str
    via: str


@dataclass
class UnitState:
    gz: Gazetteer
    config: Config
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    history: History = field(default_factory=History)
    last_body: dict[str, str] = field(default_factory=dict)  # kind -> body key
    cited: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, number) -> the body first read for it
    abbrevs: dict[str, str] = field(default_factory=dict)  # abbreviation -> entity key
    affiliations: dict[str, str] = field(default_factory=dict)  # person key -> the body they serve (speakers)
    definitions: list[Abbreviation] = field(default_factory=list)  # every definition read
    title: str = ""  # the report's title, in its own language
    body: str | None = None  # the body the report goes to (its front page: Human Rights Council, …th session)
    author: str | None = None  # who the front page says wrote the report (a special procedure): author_first rules
    title_found: list[Found] | None = field(default=None, repr=False)  # what the title names (names.title_entities)
    institution_heads: dict | None = field(default=None, repr=False)  # institutions.institution_heads, made once
    _folded: dict[str, str] | None = field(default=None, repr=False)

    @property
    def lang(self) -> str:
        return self.config.lang

    def folded_forms(self) -> dict[str, str]:
        """The gazetteer's forms in this language as the matcher compares them (folded), to their keys;
        made once per configuration (:meth:`Config.derived <tacb_graph.config.Config.derived>`)."""
        if self._folded is None:
            fold = self.config.language.fold
            self._folded = self.config.derived("folded_forms", lambda: {
                fold(form): key for form, key in self.gz.surfaces.get(self.lang, {}).items()})
        return self._folded

    def entity(self, key: str) -> Entity:
        if key not in self.entities:
            self.entities[key] = self.gz.entities[key]
        return self.entities[key]


def sentence_start(starts: list[int], pos: int) -> int:
    """Offset where the sentence holding ``pos`` begins (``starts``: the doc's sentence starts)."""
    k = bisect.bisect_right(starts, pos) - 1
    return starts[k] if k >= 0 else 0


def kind_of(st: UnitState, key: str) -> str:
    e = st.entities.get(key) or st.gz.entities.get(key)
    return e.kind if e else ""


def sentence_end(starts: list[int], pos: int, n: int) -> int:
    k = bisect.bisect_right(starts, pos)
    return starts[k] if k < len(starts) else n


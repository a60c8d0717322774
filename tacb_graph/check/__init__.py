"""Stage 4b — check: what the report itself leaves inconsistent, as :class:`~tacb_graph.records.Finding` records.

Runs after relate, over what the pipeline read (the segmented text, mentions, abbreviation
definitions, relations with their modality, stances, years), never over facts about one
report. The words it looks for are in ``data/patterns/{lang}/checks.json``; the reference
years and symbols in ``data/gazetteers/reference_years.csv``. Kinds (``tacb:FindingKind``):

* ``UnlistedRespondent`` (:mod:`.respondents`) — a position or submission reported for an
  actor who is not in the report's own list of respondents;
* ``CountMismatch`` (:mod:`.counts`) — a stated count that disagrees with the list after it;
* ``ReferenceMismatch`` (:mod:`.reference`) — a year or adopting resolution that disagrees
  with the reference data;
* ``AmbiguousAbbreviation`` (:mod:`.abbreviations`) — one abbreviation for two bodies;
* ``LanguageMismatch`` (:mod:`.languages`) — a fact read from one language version of a report
  and not from the aligned paragraph of another (across the reports of a build, after
  :mod:`tacb_graph.align`; :func:`language_mismatches`).

The RDF stage writes the findings into the named graph ``graph/findings``; ``tacb-graph
check`` prints them from the store (:mod:`.commands`).
:func:`check` (:mod:`.checks`) runs the four kinds that need one report only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

if TYPE_CHECKING:
    from .checks import KINDS, check
    from .languages import language_mismatches

# imported on first use: the CLI loads this package to build its parser
_EXPORTS = {"check": ".checks", "KINDS": ".checks", "language_mismatches": ".languages"}

__all__ = list(_EXPORTS)
__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

"""All checks of one report, in one call.

>>> from tacb_graph.records import Source
>>> from tacb_graph.segment import segment
>>> from tacb_graph.nlp import run
>>> from tacb_graph.config import load_config
>>> text = ("1. 共有 3 个国家作了回复：中国、法国和德国。\\n"
...         "2. 日本认为互利合作概念不是一个商定的概念。\\n")
>>> rec = run(segment(Source("r.txt", "r", text, "0", "utf-8", 0)), load_config("zh"))
>>> [(f.kind, f.concerns) for f in check(rec)]
[('UnlistedRespondent', ('state/JPN',))]
"""

from __future__ import annotations

from ..config import Config, load_config
from ..records import Finding, Recognised
from .abbreviations import ambiguous_abbreviations
from .counts import count_mismatches
from .lists import read_lists
from .reference import reference_mismatches
from .respondents import unlisted_respondents
from .units import units

__all__ = ["check", "KINDS"]

#: the finding kinds this stage produces (``tacb:FindingKind`` local names)
KINDS = ("UnlistedRespondent", "CountMismatch", "ReferenceMismatch", "AmbiguousAbbreviation")


def check(rec: Recognised, config: Config | None = None) -> tuple[Finding, ...]:
    """The findings of one related report (``config``: the one the report was read with)."""
    config = config or load_config(rec.lang)
    entities = dict(config.gazetteer.entities)
    entities.update({e.key: e for e in rec.entities})
    text_units = units(rec, config)
    lists = read_lists(rec, config, entities, text_units)
    found = (unlisted_respondents(rec, lists, entities) + count_mismatches(lists, entities, config)
             + reference_mismatches(rec, entities, config, text_units) + ambiguous_abbreviations(rec, entities, config))
    return tuple(dict.fromkeys(found))

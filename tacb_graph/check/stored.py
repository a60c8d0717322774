"""The findings a build wrote, read back from the store (graph ``graph/findings``).

>>> import pyoxigraph as ox
>>> store = ox.Store()
>>> read_findings(store)
[]
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from ..store import select

__all__ = ["StoredFinding", "read_findings", "FINDINGS_QUERY"]

FINDINGS_QUERY = """
SELECT ?f ?kind ?report ?zh ?en ?unit ?where ?n ?c ?czh ?cen WHERE {
  GRAPH <https://w3id.org/tacb/id/graph/findings> {
    ?f a tacb:Finding ; tacb:findingKind ?k .
    OPTIONAL { ?f tacb:inReport ?r }
    OPTIONAL { ?f tacb:message ?zh FILTER(LANG(?zh) = "zh") }
    OPTIONAL { ?f tacb:message ?en FILTER(LANG(?en) = "en") }
  }
  BIND(STRAFTER(STR(?k), "#") AS ?kind)
  OPTIONAL { ?r rdfs:label ?report }
  OPTIONAL { GRAPH <https://w3id.org/tacb/id/graph/findings> { ?f tacb:evidence ?unit }
             OPTIONAL { ?unit rdfs:label ?where } OPTIONAL { ?unit tacb:number ?n } }
  OPTIONAL { GRAPH <https://w3id.org/tacb/id/graph/findings> { ?f tacb:concerns ?c }
             OPTIONAL { ?c rdfs:label ?czh FILTER(LANG(?czh) = "zh") }
             OPTIONAL { ?c rdfs:label ?cen FILTER(LANG(?cen) = "en") } }
}
"""


@dataclass(frozen=True)
class StoredFinding:
    """One ``tacb:Finding`` as stored: kind, report, messages, evidence labels (¶3, fn2), concerned entities."""

    iri: str
    kind: str
    report: str
    message_zh: str
    message_en: str
    evidence: tuple[str, ...]
    concerns: tuple[tuple[str, str, str], ...]  # (IRI, label zh, label en)

    def message(self, lang: str) -> str:
        return self.message_zh if lang == "zh" else self.message_en

    def as_dict(self) -> dict:
        return {
            "finding": self.iri,
            "kind": self.kind,
            "report": self.report,
            "message": {"zh": self.message_zh, "en": self.message_en},
            "evidence": list(self.evidence),
            "concerns": [{"entity": c, "label_zh": zh, "label_en": en} for c, zh, en in self.concerns],
        }


def _v(term) -> str:
    return "" if term is None else str(term.value)


def read_findings(store: ox.Store) -> list[StoredFinding]:
    """Every finding in ``store``, by report, first paragraph (footnotes after) and kind."""
    rows: dict[str, dict] = {}
    for s in select(store, FINDINGS_QUERY):
        f = rows.setdefault(_v(s["f"]), {"kind": _v(s["kind"]), "report": _v(s["report"]), "zh": _v(s["zh"]),
                                         "en": _v(s["en"]), "units": {}, "concerns": {}})
        if s["unit"] is not None:
            n = int(s["n"].value) if s["n"] is not None else 0
            is_note = "/footnote/" in _v(s["unit"])
            f["units"][_v(s["unit"])] = ((is_note, n), _v(s["where"]) or _v(s["unit"]))
        if s["c"] is not None:
            f["concerns"][_v(s["c"])] = (_v(s["czh"]), _v(s["cen"]))
    out = []
    for iri, f in rows.items():
        units = sorted(f["units"].values())
        out.append(StoredFinding(iri, f["kind"], f["report"], f["zh"], f["en"], tuple(w for _, w in units),
                                 tuple((c, zh, en) for c, (zh, en) in sorted(f["concerns"].items()))))
    first = {x.iri: min((k for k, _ in rows[x.iri]["units"].values()), default=(False, 0)) for x in out}
    return sorted(out, key=lambda x: (x.report, first[x.iri], x.kind, x.iri))

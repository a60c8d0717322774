"""The one place where IRIs are minted. Deterministic: no blank nodes.

>>> str(entity_iri("state/CHN"))
'https://w3id.org/tacb/id/state/CHN'
>>> str(entity_iri("resolution/A/RES/304(IV)"))
'https://w3id.org/tacb/id/resolution/A/RES/304(IV)'
>>> str(paragraph_iri("tacb-report-zh", 53))
'https://w3id.org/tacb/id/report/tacb-report-zh/paragraph/53'
>>> str(finding_iri("CountMismatch", "r", "15 个国家"))[:52]
'https://w3id.org/tacb/id/finding/count-mismatch/4ae7'
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote

from rdflib import URIRef

from ..namespaces import ID_BASE

__all__ = [
    "entity_iri",
    "report_iri",
    "section_iri",
    "paragraph_iri",
    "footnote_iri",
    "unit_iri",
    "session_iri",
    "graph_iri",
    "finding_iri",
    "work_key",
    "work_iri",
    "paragraph_work_iri",
    "undocs_url",
    "ENTITIES_GRAPH",
    "FINDINGS_GRAPH",
]

# characters left as they are in IRI paths: UN symbols use / . ( ) - and Chinese names stay readable
_SAFE = "/().-_~!$&'*+,;=:@"


def _iri(path: str) -> URIRef:
    return URIRef(ID_BASE + quote(path, safe=_SAFE + "".join(c for c in path if ord(c) > 127)))


def entity_iri(key: str) -> URIRef:
    """IRI of an entity from its key (``kind/identifier``)."""
    return _iri(key)


def report_iri(report: str) -> URIRef:
    return _iri(f"report/{report}")


def section_iri(report: str, number: int) -> URIRef:
    return _iri(f"report/{report}/section/{number}")


def paragraph_iri(report: str, number: int) -> URIRef:
    return _iri(f"report/{report}/paragraph/{number}")


def footnote_iri(report: str, number: int) -> URIRef:
    return _iri(f"report/{report}/footnote/{number}")


def unit_iri(report: str, unit: str, number: int) -> URIRef:
    """IRI of a text unit: ``unit`` is "paragraph" or "footnote"."""
    return paragraph_iri(report, number) if unit == "paragraph" else footnote_iri(report, number)


def session_iri(body: str, number: int) -> URIRef:
    """IRI of session ``number`` of body ``body`` (an entity key ``org/hrc`` or an id ``hrc``).

    >>> str(session_iri("org/hrc", 26))
    'https://w3id.org/tacb/id/session/hrc/26'
    """
    return _iri(f"session/{body.split('/', 1)[-1]}/{number}")


def work_key(symbol: str | None, sha256: str) -> str:
    """The key of a report work: its UN symbol, else ``sha-`` and the first 16 hex digits of ``sha256``.

    >>> work_key("A/HRC/55/80", "8eac8f8b85de624d8b8f"), work_key(None, "8eac8f8b85de624d8b8f")
    ('A/HRC/55/80', 'sha-8eac8f8b85de624d')
    """
    return symbol if symbol else "sha-" + sha256[:16]


def work_iri(key: str) -> URIRef:
    """``work/{key}``: the report as one work, whatever the language (``tacb:ReportWork``).

    >>> str(work_iri("A/HRC/55/80"))
    'https://w3id.org/tacb/id/work/A/HRC/55/80'
    """
    return _iri(f"work/{key}")


def paragraph_work_iri(key: str, unit: str, number: int) -> URIRef:
    """``work/{key}/paragraph/{n}`` (``unit`` "paragraph") or ``work/{key}/footnote/{n}``: unit n of
    the work, which unit n of every language version realises (``tacb:ParagraphWork``).

    >>> str(paragraph_work_iri("A/HRC/55/80", "footnote", 1))
    'https://w3id.org/tacb/id/work/A/HRC/55/80/footnote/1'
    """
    return _iri(f"work/{key}/{'paragraph' if unit == 'paragraph' else 'footnote'}/{number}")


def graph_iri(name: str) -> URIRef:
    """IRI of a named graph that is not a paragraph (e.g. ``entities``, ``measures``)."""
    return _iri(f"graph/{name}")


def undocs_url(symbol: str) -> URIRef:
    """The undocs.org address of a UN document symbol."""
    return URIRef("https://undocs.org/" + quote(symbol, safe="/().-"))


def finding_iri(kind: str, *parts) -> URIRef:
    """``finding/{kind}/{hash}``: ``kind`` a ``tacb:FindingKind`` local name (written in kebab
    case), the hash derived from what the finding states (``parts``), so it survives rebuilds."""
    slug = re.sub(r"(?<!^)(?=[A-Z])", "-", kind).lower()
    digest = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()
    return _iri(f"finding/{slug}/{digest[:16]}")


ENTITIES_GRAPH = graph_iri("entities")
#: the named graph of what ``tacb-graph check`` found (``tacb:Finding`` nodes)
FINDINGS_GRAPH = graph_iri("findings")

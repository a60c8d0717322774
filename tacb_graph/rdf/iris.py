"""The one place where IRIs are minted. Deterministic: no blank nodes.

>>> str(entity_iri("state/CHN"))
'https://w3id.org/tacb/id/state/CHN'
>>> str(entity_iri("resolution/A/RES/304(IV)"))
'https://w3id.org/tacb/id/resolution/A/RES/304(IV)'
>>> key = report_key("A/HRC/43/31", "zh", "60e0f664af9179d1" + "0" * 48)
>>> key
'A/HRC/43/31/zh'
>>> str(paragraph_iri(key, 53))
'https://w3id.org/tacb/id/report/A/HRC/43/31/zh/paragraph/53'
>>> report_key(None, "zh", "60e0f664af9179d13f1552cc7798004df2a599b10c66940ae1988ef0fe205f18")
'sha-60e0f664af9179d1'
>>> str(finding_iri("CountMismatch", "r", "15 个国家"))[:52]
'https://w3id.org/tacb/id/finding/count-mismatch/4ae7'
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from urllib.parse import quote

from rdflib import URIRef

from ..namespaces import ID_BASE

__all__ = [
    "entity_iri",
    "report_key",
    "work_key",
    "report_iri",
    "work_iri",
    "paragraph_work_iri",
    "section_iri",
    "paragraph_iri",
    "footnote_iri",
    "unit_iri",
    "session_iri",
    "graph_iri",
    "finding_iri",
    "undocs_url",
    "ENTITIES_GRAPH",
    "FINDINGS_GRAPH",
]

# characters left as they are in IRI paths (UN symbols use / . ( ) -); every other character, Chinese ones included,
# is percent-encoded as UTF-8 (``quote`` keeps only ASCII characters as they are), so an IRI is also a plain URI
_SAFE = "/().-_~!$&'*+,;=:@"


@lru_cache(maxsize=1 << 14)  # a report names its paragraphs and entities many times over
def _iri(path: str) -> URIRef:
    return URIRef(ID_BASE + quote(path, safe=_SAFE))


def entity_iri(key: str) -> URIRef:
    """IRI of an entity from its key (``kind/identifier``)."""
    return _iri(key)


def report_key(meta_symbol: str | None, lang: str, sha256: str) -> str:
    """The key that names one report (one text, in one language) in every IRI.

    ``{symbol}/{lang}`` when the report has a UN document symbol (read from its front
    page, or given), else ``sha-{the first 16 hex digits of its SHA-256}``: never the
    file name, so two different reports saved under the same name stay two reports,
    and the same text read twice is one.

    >>> report_key("A/HRC/26/51", "en", "ab" * 32), report_key("", "zh", "ab" * 32)
    ('A/HRC/26/51/en', 'sha-abababababababab')
    """
    if meta_symbol:
        return f"{meta_symbol}/{lang}"
    return f"sha-{sha256[:16]}"


def work_key(symbol: str | None, sha256: str) -> str:
    """The key of the work a report is one language version of: its symbol, else its hash.

    >>> work_key("A/HRC/26/51", "ab" * 32), work_key(None, "ab" * 32)
    ('A/HRC/26/51', 'sha-abababababababab')
    """
    return symbol or f"sha-{sha256[:16]}"


def report_iri(report: str) -> URIRef:
    """``report/{key}``, ``key`` from :func:`report_key`."""
    return _iri(f"report/{report}")


def work_iri(key: str) -> URIRef:
    """``work/{key}`` (``tacb:ReportWork``), ``key`` from :func:`work_key`.

    >>> str(work_iri("A/HRC/26/51"))
    'https://w3id.org/tacb/id/work/A/HRC/26/51'
    """
    return _iri(f"work/{key}")


def paragraph_work_iri(key: str, unit: str, number: int) -> URIRef:
    """``work/{key}/paragraph/{n}`` (or ``…/footnote/{n}``): a paragraph of the work, in any language.

    >>> str(paragraph_work_iri("A/HRC/26/51", "footnote", 3))
    'https://w3id.org/tacb/id/work/A/HRC/26/51/footnote/3'
    """
    return _iri(f"work/{key}/{'paragraph' if unit == 'paragraph' else 'footnote'}/{number}")


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

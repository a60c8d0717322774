"""Reading a SPARQL 1.1 Protocol request: the query, its form, and what we refuse.

The query text is scanned (strings, IRIs, comments, variables and prefixed
names blanked out) to learn its form before it is run, so that updates and
``SERVICE`` are refused without touching the store or the network.

>>> query_form("PREFIX s: <http://schema.org/> SELECT * WHERE { ?s s:name 'ASK' }")
'SELECT'
>>> query_form("insert data { <a> <b> <c> }")
'INSERT'
>>> uses_service("SELECT * { SERVICE <http://x/sparql> { ?s ?p ?o } }")
True
>>> uses_service("SELECT ?service { ?service <urn:service> 'SERVICE' }")
False
"""

from __future__ import annotations

import re

__all__ = ["QUERY_FORMS", "UPDATE_KEYWORDS", "scrub", "query_form", "uses_service"]

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_KEYWORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")

_TOKENS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'       # long strings
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'                # short strings
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"                # IRIs
    r"|#[^\n]*"                            # comments
    r"|[?$][\w\u00b7\u0300-\u036f\u203f-\u2040\u00c0-\uffff]+"  # variables
    r"|[\w.-]*:[\w.\-:%]*",                # prefixed names and PREFIX declarations
    re.UNICODE,
)
_KEYWORD = re.compile(r"\b(" + "|".join(QUERY_FORMS + UPDATE_KEYWORDS) + r")\b", re.IGNORECASE)


def scrub(sparql: str) -> str:
    """The query with strings, IRIs, comments, variables and prefixed names blanked."""
    return _TOKENS.sub(" ", sparql)


def query_form(sparql: str) -> str | None:
    """The first query-form or update keyword (upper case), or ``None`` if there is none."""
    m = _KEYWORD.search(scrub(sparql))
    return m.group(1).upper() if m else None


def uses_service(sparql: str) -> bool:
    """Whether the query asks for a federated ``SERVICE`` call."""
    return re.search(r"\bSERVICE\b", scrub(sparql), re.IGNORECASE) is not None

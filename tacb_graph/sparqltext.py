"""Reading SPARQL text without running it: its tokens, its form, its dataset clause.

A small lexer that follows the SPARQL 1.1 grammar's terminals the way
Oxigraph reads them: comments end at ``\\n`` *or* ``\\r``; IRIs may hold
``\\uXXXX`` escapes (and a ``#`` after one is still inside the IRI); prefixed
names may hold ``\\#``-style escapes; ``\\uXXXX`` outside IRIs and strings is
*not* decoded (Oxigraph refuses ``\\u0053ELECT``), so it never makes a keyword.

It serves two purposes, neither of them a security boundary:

* **friendly refusals** — the endpoint and the CLI say "updates are not
  allowed" or "SERVICE is disabled" instead of a parser message (what keeps a
  query off the network is the process it runs in, see :mod:`tacb_graph.sandbox`);
* **dataset semantics** — whether a query names its own dataset (``FROM`` /
  ``FROM NAMED``), in which case the union default graph is not imposed.

>>> query_form("PREFIX s: <http://schema.org/> SELECT * WHERE { ?s s:name 'ASK' }")
'SELECT'
>>> query_form("insert data { <a> <b> <c> }")
'INSERT'
>>> uses_service("SELECT * WHERE { # note\\rSERVICE <http://x/> { ?s ?p ?o } }")
True
>>> uses_service("SELECT ?service { ?service <urn:service> 'SERVICE' }")
False
>>> names_dataset("SELECT * FROM <urn:g> WHERE { ?s ?p ?o }")
True
>>> names_dataset("SELECT * WHERE { ?s <urn:from> ?o } # FROM <urn:g>")
False
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, NamedTuple

__all__ = ["QUERY_FORMS", "UPDATE_KEYWORDS", "Token", "tokens", "keywords", "scrub",
           "query_form", "uses_service", "names_dataset"]

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_KEYWORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")

# SPARQL 1.1 grammar §19.8, terminals 163-173 (PN_CHARS_BASE approximated by "a letter
# or any code point from U+00C0", which is what a query can meaningfully use).
_BASE = r"A-Za-z\u00c0-\ufffd\U00010000-\U000effff"
_PN_CHARS_U = _BASE + "_"
_PN_CHARS = _PN_CHARS_U + r"\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
_PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"
_PN_PREFIX = rf"[{_BASE}](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?"
_PN_LOCAL = rf"(?:[{_PN_CHARS_U}:0-9]|{_PLX})(?:(?:[{_PN_CHARS}.:]|{_PLX})*(?:[{_PN_CHARS}:]|{_PLX}))?"
_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"

_LEXER_SOURCE = (
    r"(?P<ws>\s+)"
    r"|(?P<comment>#[^\r\n]*)"
    r'|(?P<string>"""(?:(?:"|"")?(?:[^"\\]|\\.))*"""'
    r"|'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''"
    r'|"(?:[^"\\\r\n]|\\.)*"'
    r"|'(?:[^'\\\r\n]|\\.)*')"
    rf"|(?P<iri><(?:[^<>\"{{}}|^`\\\x00-\x20]|{_UCHAR})*>)"
    rf"|(?P<var>[?$][{_PN_CHARS_U}0-9][{_PN_CHARS_U}0-9\u00b7\u0300-\u036f\u203f-\u2040]*)"
    rf"|(?P<bnode>_:[{_PN_CHARS_U}0-9](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?)"
    rf"|(?P<pname>(?:{_PN_PREFIX})?:(?:{_PN_LOCAL})?)"
    r"|(?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)"
    r"|(?P<number>[0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?)"
    r"|(?P<word>[A-Za-z][A-Za-z0-9_]*)"
    r"|(?P<other>.)"
)


@lru_cache(maxsize=None)
def _lexer() -> re.Pattern:
    """The lexer, compiled at first use (its wide character classes take ~30 ms to compile)."""
    return re.compile(_LEXER_SOURCE, re.DOTALL)


class Token(NamedTuple):
    """One terminal of the query: its kind (``word``, ``iri``, ``string`` …) and its text."""

    kind: str
    text: str


def tokens(sparql: str) -> Iterator[Token]:
    """The tokens of ``sparql``, whitespace and comments left out.

    >>> [t.text for t in tokens("ASK { <http://x/\\\\u0023#> ?p 'a' } # SERVICE")]
    ['ASK', '{', '<http://x/\\\\u0023#>', '?p', "'a'", '}']
    """
    for m in _lexer().finditer(sparql):
        if m.lastgroup not in ("ws", "comment"):
            yield Token(m.lastgroup, m.group())


def keywords(sparql: str) -> list[str]:
    """The bare words of the query (keywords, function names, ``a``), upper-cased."""
    return [t.text.upper() for t in tokens(sparql) if t.kind == "word"]


def scrub(sparql: str) -> str:
    """The query with strings, IRIs, comments, variables and prefixed names blanked out.

    >>> " ".join(scrub("SELECT ?s WHERE { ?s <urn:x> 'SERVICE' }").split())
    'SELECT WHERE { }'
    """
    return "".join(m.group() if m.lastgroup in ("ws", "word", "number", "other") else " "
                   for m in _lexer().finditer(sparql))


def query_form(sparql: str) -> str | None:
    """The first query-form or update keyword (upper case), or ``None`` if there is none."""
    for word in keywords(sparql):
        if word in QUERY_FORMS or word in UPDATE_KEYWORDS:
            return word
    return None


def uses_service(sparql: str) -> bool:
    """Whether the query asks for a federated ``SERVICE`` call."""
    return "SERVICE" in keywords(sparql)


def names_dataset(sparql: str) -> bool:
    """Whether the query names its own dataset with ``FROM`` or ``FROM NAMED``.

    ``FROM`` is a keyword only in a dataset clause, so any ``FROM`` word is one.
    """
    if "from" not in sparql.lower():  # no such word anywhere: no need to read the tokens
        return False
    return "FROM" in keywords(sparql)

"""Resolutions and documents a unit cites, as entities: the body that adopted a resolution
(named before it in the sentence, after it, or the last one cited) and the entity of a symbol."""

from __future__ import annotations

import re

from ..records import Entity
from .state import Found, UnitState, sentence_end, sentence_start
from .symbols import resolution_symbol, symbol_kind

__all__ = ["resolution_entity", "document_entity", "body_for", "body_in_sentence", "add_resolution", "owned"]


def resolution_entity(st: UnitState, symbol: str, body: str | None, number: str | None, kind: str) -> str:
    key = f"resolution/{symbol}"
    if key not in st.entities:
        b = st.gz.entities.get(body) if body else None
        if b and number:
            sep = " " if number[-1].isdigit() else ""
            zh = f"{b.label_zh}第 {number}{sep}号{'决定' if kind == 'decision' else '决议'}"
            en = f"{b.label_en} {kind} {number}"
        else:
            zh = en = symbol
        st.entities[key] = Entity(key, "Resolution", zh, en, symbol=symbol)
    return key


def document_entity(st: UnitState, symbol: str) -> str:
    if symbol_kind(symbol) == "Resolution":
        body = st.gz.body_for_symbol(symbol)
        number = None
        if body:
            prefix = st.gz.resolution_prefix.get(body, "")
            dprefix = st.gz.decision_prefix.get(body, "")
            kind = "decision" if dprefix and symbol.startswith(dprefix) else "resolution"
            number = symbol[len(dprefix if kind == "decision" else prefix):]
            return resolution_entity(st, symbol, body, number, kind)
        return resolution_entity(st, symbol, None, None, "resolution")
    key = f"document/{symbol}"
    if key not in st.entities:
        st.entities[key] = Entity(key, "Document", symbol, symbol, symbol=symbol)
    return key


def body_for(st: UnitState, found: list[Found], starts: list[int], pos: int, kind: str,
             numbers: tuple[str, ...] = ()) -> str | None:
    """The body that adopted a resolution cited at ``pos``: nearest body with a
    symbol prefix earlier in the sentence, else the body of a resolution of that number
    the report cited before (``In resolution 67/19, the Council …`` after the Human Rights
    Council's resolution 67/19, whatever was named or a footnote cited since), else the last
    body named in this unit, else the last body of the report."""
    table = st.gz.decision_prefix if kind == "decision" else st.gz.resolution_prefix
    start = sentence_start(starts, pos)
    for f in sorted(found, key=lambda f: -f.start):
        if f.start >= start and f.end <= pos and f.key in table:
            return f.key
    cited = next((st.cited[kind, n] for n in numbers if (kind, n) in st.cited), None)
    if cited:  # In resolution 774/15, … after Council resolution 774/15 and Assembly resolution 210/58
        return cited
    for f in sorted(found, key=lambda f: -f.start):
        if f.end <= pos and f.key in table:
            return f.key
    return st.last_body.get(kind) or st.last_body.get("resolution" if kind == "decision" else "decision")


def _body_after(st: UnitState, found: list[Found], r, text: str) -> str | None:
    """A body with a symbol prefix named right after the number, joined by the language's ``resolution_of`` words
    (``resolution 1987/38 of the Commission on Human Rights``)."""
    rx = st.config.language.backrefs.get("resolution_of")
    if not rx:
        return None
    table = st.gz.decision_prefix if r.kind == "decision" else st.gz.resolution_prefix
    for f in sorted(found, key=lambda f: f.start):
        if f.start >= r.end and f.key in table and re.fullmatch(rx, text[r.end:f.start]):
            return f.key
    return None


def owned(language, before: str, owners: tuple[str, ...]) -> bool:
    """The words right before a resolution number end with a possessive (``its resolution``)."""
    return language.ends_with(language.squeeze(before), owners) is not None


def body_in_sentence(st: UnitState, found: list[Found], starts: list[int], pos: int, kind: str) -> bool:
    table = st.gz.decision_prefix if kind == "decision" else st.gz.resolution_prefix
    start = sentence_start(starts, pos)
    return any(f.start >= start and f.end <= pos and f.key in table for f in found)


def add_resolution(st: UnitState, found: list[Found], starts: list[int], r, forward: bool = False,
                   text: str = "") -> None:
    body = _body_after(st, found, r, text)  # resolution 1987/38 of the Commission on Human Rights: the body that follows
    if forward and body is None:  # the first body after the number, in its sentence
        table = st.gz.decision_prefix if r.kind == "decision" else st.gz.resolution_prefix
        end = sentence_end(starts, r.start, 1 << 30)
        body = next((f.key for f in sorted(found, key=lambda f: f.start)
                     if r.end <= f.start < end and f.key in table), None)
    body = body or body_for(st, found, starts, r.start, r.kind, tuple(r.numbers))
    prefix = st.gz.prefix_for(body, r.kind) if body else None
    if not prefix:
        return
    st.last_body[r.kind] = body
    for num in r.numbers:
        st.cited.setdefault((r.kind, num), body)
        key = resolution_entity(st, resolution_symbol(prefix, num), body, num, r.kind)
        found.append(Found(r.start, r.end, key, "symbol"))


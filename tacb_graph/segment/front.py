"""The front page of a UN report read as metadata.

A front page carries, in an order that varies with the layout: "United
Nations" / "联 合 国", the symbol, the body (大 会 / General Assembly),
"Distr.: General", the date (in English even in the Chinese version), the
language line ("Chinese" / "Original: English"), the body and session
("人权理事会" / "第二十六届会议") with the session dates, the agenda item
("议程项目 3") and its title, the report's title (often starred), the starred
footnote, the summary ("概要" / "Summary") and the job number line. Table
cells (``|``), tabs and wide gaps split a line into cells first.

>>> from tacb_graph.segment.lines import split_lines
>>> from tacb_graph.segment.lexicon import load_lexicons
>>> from tacb_graph.segment.bodies import load_bodies
>>> text = ("联 合 国\\nA/HRC/26/51\\n大 会\\nDistr.: General\\n2 April 2014\\nChinese\\n"
...         "Original: English\\n人权理事会\\n第二十六届会议\\n议程项目 3\\n增进和保护所有人权\\n"
...         "受教育权问题特别报告员的报告*\\n概要\\n本报告根据人权理事会第 17/3 号决议提交。\\n"
...         "* 逾期提交。\\n")
>>> fm = read_front(split_lines(text), {}, load_lexicons(), load_bodies(), "zh")
>>> fm.symbol, fm.date, fm.language, fm.original_language, fm.body, fm.session, fm.agenda_item
('A/HRC/26/51', '2014-04-02', 'zh', 'en', 'org/hrc', 26, '3')
>>> fm.agenda_title, fm.title, fm.summary, fm.note
('增进和保护所有人权', '受教育权问题特别报告员的报告', '本报告根据人权理事会第 17/3 号决议提交。', '逾期提交。')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .bodies import BodyTable
from .furniture import JOB, is_symbol
from .lexicon import Lexicon
from .lines import Line, ends_sentence, is_cjk, squeeze
from .text import join_lines

__all__ = ["FrontMatter", "read_front", "first_symbol"]

_CELL_SPLIT = re.compile(r"\s*\|\s*|\t+| {3,}")
_PLACEHOLDER = re.compile(r"^\[\w+\]$")  # [pic] left by a Word table
_STAR = re.compile(r"^(\*+)\s*(.*)$")


@dataclass
class FrontMatter:
    symbol: str | None = None
    issuing_body: str | None = None
    body: str | None = None  # the body whose session it is
    distribution: str | None = None
    date: str | None = None
    language: str | None = None
    original_language: str | None = None
    session: int | None = None
    session_dates: str | None = None
    agenda_item: str | None = None
    agenda_title: str | None = None
    title: str | None = None
    note: str | None = None
    summary: str | None = None
    transmittal: str | None = None  # the words of a note by the Secretary-General
    subtitle: str | None = None  # "Report of the United Nations High Commissioner…" under the title
    job_number: str | None = None
    lines_read: int = 0
    unread: list[str] = field(default_factory=list)


@dataclass
class _Cell:
    text: str  # squeezed, as written
    gap: bool  # a blank line precedes it
    norm: str = ""  # squeezed and full-width folded, for matching


def _alt(words) -> str:
    return "|".join(re.escape(w.rstrip(":：")) for w in sorted(words, key=len, reverse=True)) or "(?!)"


def _patterns(lexicons) -> tuple[re.Pattern, re.Pattern]:
    """The language line ("Chinese / Original: English") and the anchors where one line of
    a copied front page holds several fields: before "Distr." and before a symbol ending it."""
    original = _alt([w for lex in lexicons for w in lex.words("original")])
    dist = _alt([w for lex in lexicons for w in lex.words("distribution")])
    return (
        re.compile(rf"(?P<lang>[^\s/:：]+)?\s*/?\s*(?:{original})\s*[:：]\s*(?P<orig>\S+)", re.I),
        re.compile(rf"(?<=\S)\s+(?=(?:{dist})|[A-Z][A-Z0-9.\-]*/[A-Za-z0-9.\-/()]+\s*$)"),
    )


def _spans(t: str) -> list[tuple[int, int]]:
    """Where the cells of a line are: split at table bars, tabs and wide gaps, but not
    inside a word spread out letter by letter ("大    会")."""
    out, start = [], 0
    for m in _CELL_SPLIT.finditer(t):
        a, b = m.start(), m.end()
        spread = (0 < a and b < len(t) and t[a:b].isspace() and "\t" not in t[a:b] and is_cjk(t[a - 1]) and is_cjk(t[b])
                  and (a < 2 or t[a - 2].isspace()) and (b + 1 >= len(t) or t[b + 1].isspace()))
        if not spread:
            out.append((start, a))
            start = b
    out.append((start, len(t)))
    return out


def _cells(lines: list[Line], skip: set[int], anchor: re.Pattern) -> list[_Cell]:
    out = []
    gap = True
    for i, line in enumerate(lines):
        if not line.norm:
            gap = True
            continue
        if i in skip:
            continue
        parts = []
        for at, end in _spans(line.norm):
            cut = at
            for m in anchor.finditer(line.norm, at, end):
                parts.append((cut, m.start()))
                cut = m.end()
            parts.append((cut, end))
        for k, (a, b) in enumerate((a, b) for a, b in parts if line.norm[a:b].strip()):
            out.append(_Cell(squeeze(line.text[a:b], fold=False), gap or k > 0, squeeze(line.norm[a:b])))
        gap = False
    return out


def first_symbol(lines: list[Line], limit: int = 80) -> str | None:
    """The first cell among the first ``limit`` lines that is a UN symbol."""
    for line in lines[:limit]:
        for part in _CELL_SPLIT.split(line.norm):
            part = part.strip().replace(" ", "")
            if is_symbol(part) and not part.startswith(("http", "www")):
                return part
    return None


def _language(name: str, lexicons) -> str | None:
    for lex in lexicons:
        for word, code in (lex.data.get("language_names") or {}).items():
            if name.strip().casefold() == word.casefold():
                return code
    return None


def read_front(lines: list[Line], furniture: dict[int, str], lexicons: dict[str, Lexicon],
               bodies: BodyTable, lang: str) -> FrontMatter:
    """Read the front matter ``lines`` (everything before the contents and the body)."""
    own = lexicons.get(lang)
    order = ([own] if own else []) + [x for x in lexicons.values() if x is not own]
    fm = FrontMatter()
    skip = {i for i, k in furniture.items() if k in ("job number", "page number", "link")}
    for i in skip:
        m = JOB.match(lines[i].norm) if i < len(lines) else None
        if m and fm.job_number is None:
            fm.job_number = m.group("job")
    state = None
    items = 0
    block: list[_Cell] = []  # agenda and report titles
    summary: list[str] = []
    note: list[str] = []
    blocks_informative = _blocks_informative(lines)
    original, anchor = _patterns(order)
    for cell in _cells(lines, skip, anchor):
        t = cell.norm
        fm.lines_read += 1
        low = t.casefold()
        if any(lex.is_word("united_nations", t) for lex in order):
            continue
        if is_symbol(t.replace(" ", "").rstrip("*")):
            fm.symbol = fm.symbol or t.replace(" ", "").rstrip("*")
            continue
        dist = next((w for lex in order for w in lex.words("distribution") if low.startswith(w.casefold())), None)
        if dist:
            rest = t[len(dist):].strip(" :")
            date = _date(rest, order)
            fm.distribution = re.split(r"\s+\d", rest, 1)[0].strip() or None
            fm.date = fm.date or date
            continue
        orig = original.search(t)
        if orig:
            fm.original_language = _language(orig.group("orig"), order) or fm.original_language
            if orig.group("lang"):
                fm.language = _language(orig.group("lang"), order) or fm.language
            continue
        code = _language(t, order)
        if code and fm.session is None:
            fm.language = code
            continue
        body = bodies.lookup(t)
        if body and state not in ("summary", "note", "titles"):
            if fm.issuing_body is None:
                fm.issuing_body = body
            fm.body = body
            continue
        sess = _session(t, order)
        if sess and fm.session is None and state not in ("summary", "note", "titles"):
            n, m = sess
            fm.session = n
            before = t[: m.start()].strip(" ,")
            if before and bodies.lookup(before):
                fm.body = bodies.lookup(before)
            after = t[m.end():].strip(" ,:：()（）")
            if after and _date(after, order):
                fm.session_dates = cell.text[len(cell.text) - len(after):] if cell.text.endswith(after) else after
            state = "session"
            continue
        if state == "session" and fm.session_dates is None and _date_like(t, order):
            fm.session_dates = cell.text
            continue
        agenda = next((m for lex in order for m in [lex.find_agenda(t)] if m), None)
        if agenda and fm.agenda_item is None:
            fm.agenda_item = re.sub(r"\s+", " ", agenda.group("item")).strip()
            items = max(1, len(order[0].agenda_items(fm.agenda_item)))
            rest = cell.text[agenda.end():].strip(" :：*＊")
            if rest:
                block.append(_Cell(rest, True, t[agenda.end():].strip(" :：*")))
            state = "titles"
            continue
        if not fm.date and state is None and _date(t, order) and len(t) < 40:
            fm.date = _date(t, order)
            continue
        if any(lex.is_word("summary", t) for lex in order):
            state = "summary"
            continue
        star = _STAR.match(t)
        if star and (state != "titles" or block):  # "* Late submission." (not a star opening the titles)
            state = "note"
            if star.group(2):
                note.append(cell.text[len(cell.text) - len(star.group(2)):])
            continue
        if state == "note" and _is_title_start(t, order):
            state = "second title"  # the report a note transmits: its title is not the note's
            continue
        if state == "second title":
            continue
        if state == "titles":
            block.append(cell)
        elif state == "summary":
            summary.append(cell.text)
        elif state == "note":
            note.append(cell.text)
        elif state == "session":
            block.append(cell)  # no agenda item: the title follows the session
            state = "titles"
        elif _PLACEHOLDER.match(t):
            continue
        else:
            fm.unread.append(cell.text)
    if fm.body is None:
        fm.body = fm.issuing_body
    _titles(fm, block, order, blocks_informative, items)
    fm.summary = _join(summary) or None
    fm.note = _join(note) or None
    return fm


def _blocks_informative(lines: list[Line]) -> bool:
    """Whether blank lines separate blocks (not every line, not never)."""
    pairs = sum(1 for a, b in zip(lines, lines[1:]) if a.norm and b.norm)
    nonblank = sum(1 for l in lines if l.norm)
    return nonblank > 0 and 0.3 * nonblank < pairs < 0.95 * nonblank


def _date(text: str, order) -> str | None:
    for lex in order:
        d = lex.find_date(text)
        if d:
            return d
    return None


def _date_like(text: str, order) -> bool:
    return bool(re.search(r"(19|20)\d\d", text)) and (bool(_date(text, order)) or any(
        m.casefold() in text.casefold() for lex in order for m in lex.data.get("months", {})))


def _session(text: str, order):
    for lex in order:
        m = lex.find_session(text)
        if m:
            return lex.number(m.group("n")), m
    return None


def _is_title_start(text: str, order) -> bool:
    for lex in order:
        if any(text.casefold().startswith(w.casefold()) for w in lex.words("title_starts")):
            return True
    return False


def _is_title_end(text: str, order) -> bool:
    t = text.rstrip("*").rstrip()
    return text.endswith("*") or any(t.endswith(w) for lex in order for w in lex.words("title_ends") if lex.han)


def _is_subtitle(text: str, order) -> bool:
    return any(text.casefold().startswith(w.casefold()) for lex in order for w in lex.words("subtitle_starts"))


def _titles(fm: FrontMatter, block: list[_Cell], order, informative: bool, items: int) -> None:
    """Split the cells after the agenda line into agenda title(s) and report title."""
    if not block:
        return
    cells = list(block)
    # a subtitle (Note by the Secretary-General) and what follows is not the title
    for k, c in enumerate(cells):
        if k and _is_subtitle(c.norm, order):
            fm.transmittal = _join([x.text for x in cells[k + 1:]]) or None
            cells = cells[:k]
            break
    split = None
    if fm.agenda_item is None:
        split = 0
    if split is None and informative:  # blank lines part agenda title, title and subtitle
        groups = []
        for c in cells:
            if c.gap or not groups:
                groups.append([c])
            else:
                groups[-1].append(c)
        if len(groups) >= 2:
            split = len(groups[0])
    if split is None:
        for k, c in enumerate(cells[1:], 1):
            if _is_title_start(c.norm, order):
                split = k
                break
    if split is None and not order[0].han:
        # Latin script: a line that starts in lower case continues the line before
        units = [k for k, c in enumerate(cells) if not (k and c.norm[:1].islower())]
        if len(units) > max(items, 1):
            split = units[max(items, 1)]
    if split is None:
        split = max(1, min(items, len(cells) - 1)) if len(cells) > 1 else len(cells)
    agenda, title = cells[:split], cells[split:]
    fm.agenda_title = _join([c.text for c in agenda]) or None
    # the title ends at its star, at a blank line, before a sentence, and within four lines
    out = []
    for j, c in enumerate(title):
        if j and ((informative and c.gap) or ends_sentence(c.norm)):
            break
        if j and not informative and (order[0].han or not c.norm[:1].islower()):
            break  # one line, one unit: the title goes on only in a line starting in lower case
        out.append(c.text)
        if c.norm.endswith("*") or len(out) == 4:
            break
    fm.title = _join(out).rstrip("*＊ ").strip() or None
    rest = title[len(out):]
    if rest and (_is_title_start(rest[0].norm, order) or _is_subtitle(rest[0].norm, order)
                 or _is_title_end(rest[0].norm, order)):
        # "Report of the High Commissioner" under the title: who wrote it
        sub = [rest[0].text] + [c.text for c in rest[1:4] if not (informative and c.gap)]
        fm.subtitle = _join(sub).rstrip("*＊ ").strip() or None


def _join(parts: list[str]) -> str:
    return join_lines(parts)

"""Persons named in a text unit, and the IRI slug of a person's name.

The rules are the language's ``persons.json``: a transliterated name written
with a middle dot (穆罕默德·本纳尼) is a person; so is a name right after a title
(High Commissioner, Volker Türk) or an honorific (Ms. X), or right before one
(X 先生); in a list that already holds two such names, the other
short items are names too (…、刘昕生(主席)、…和徐昌禄).

>>> from tacb_graph.config import load_language
>>> text = "成员由穆罕默德·本纳尼、扬·迪亚科努、刘昕生(主席)和徐昌禄组成。"
>>> [n for _s, _e, n in find_persons(text, load_language("zh"))]
['穆罕默德·本纳尼', '扬·迪亚科努', '刘昕生', '徐昌禄']
>>> en = "The High Commissioner, Volker Türk, met Ms. Ana Brian Nougrères."
>>> [n for _s, _e, n in find_persons(en, load_language("en"))]
['Volker Türk', 'Ana Brian Nougrères']
>>> person_slug("Volker Türk"), person_slug("福尔克尔 · 蒂尔克")
('volker-turk', '福尔克尔·蒂尔克')
"""

from __future__ import annotations

import re
import unicodedata

from ..config import LanguageData

__all__ = ["find_known_persons", "find_persons", "person_slug"]


def person_slug(name: str) -> str:
    """``person/{slug}``: Latin names ASCII-folded, lower-cased, other runs → ``-``; others as written."""
    if re.search(r"[A-Za-z]", name) and not re.search(r"[\u3000-\u9fff]", name):
        folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
        return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return re.sub(r"\s+", "", name)


def _overlaps(a: int, b: int, spans) -> bool:
    return any(a < e and s < b for s, e in spans)


def find_persons(text: str, language: LanguageData, taken=(), title_ends=(), inner=(),
                 title_spans=()) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of the persons named in ``text``, outside the ``taken`` spans.

    ``title_ends`` are where recognised posts end (``The Special Rapporteur on truth, justice, reparation and
    guarantees of non-recurrence``): a name in apposition right after one (``, Fabián Salvioli``) is a person.
    ``inner`` are taken spans a dotted name may hold inside its first word (a State's name in 马里亚姆·萨科,
    followed by more of the name before the dot); the caller drops the mentions a name swallowed.
    ``title_spans`` are the recognised posts' spans: a name that opens a sentence with a post set off after it
    (``Ingrid Mabiala, the Independent Expert, travelled …``) is a person.

    >>> from tacb_graph.config import load_language
    >>> find_persons("成员为马里亚姆·萨科。", load_language("zh"), [(3, 5)], inner=[(3, 5)])
    [(3, 10, '马里亚姆·萨科')]
    """
    rules = language.persons
    if not rules:
        return []
    taken = list(taken)
    found: list[tuple[int, int, str]] = []
    dots = "·•‧"

    def swallowed(m) -> list[tuple[int, int]]:
        first = min(i for i in (text.find(d, m.start(), m.end()) for d in dots) if i != -1)
        return [(a, b) for a, b in inner if m.start() <= a and (b < first and text[b] not in dots
                                                                # 约旦·惠特菲尔德, 赛义德·本·苏丹: a word of the name
                                                                # the dot joins is no State either
                                                                or b <= m.end() and (text[b:b + 1] in dots
                                                                                     or text[a - 1:a] in dots))]

    inner_ok = bool(rules.get("names_over_inner"))

    def keep(s: int, e: int, over: bool = False) -> None:
        """``over``: a name may hold shorter mentions (Chad Whitfield in a list of members is no State)."""
        name = text[s:e].strip()
        clash = [(a, b) for a, b in taken if a < s + len(name) and s < b]
        if over and inner_ok and clash and all(s <= a and b <= s + len(name) and (a, b) != (s, s + len(name))
                                               for a, b in clash):
            clash = []
        if name and not clash and not any(f[0] == s for f in found):
            found.append((s, s + len(name), name))
            taken.append((s, s + len(name)))

    if rules.get("dotted_name"):
        trim = rules.get("trim", "")
        spans = [(m, m.start(), m.end()) for m in re.finditer(rules["dotted_name"], text)]
        while spans:
            m, s, e = spans.pop(0)
            inside = swallowed(m)
            taken = [t for t in taken if t not in inside]
            for ts, te in taken:  # 高级专员米歇尔·巴切莱特: the name starts where the title ends
                if ts <= s < te < e:
                    s = te
            while s < e and text[s] in trim:
                s += 1
            first_dot = min(i for i in (text.find(d, s, e) for d in "·•‧") if i != -1)
            for w in tuple(rules.get("title_words", ())) + tuple(rules.get("cut_after", ())) \
                    + tuple(rules.get("list_separators", ()) if rules.get("separator_before_name") else ()):
                # 特别报告员戴维·博伊德, 会见了阿里·穆萨, 冯晓岚和汤姆·霍洛威: the title, the verb or the
                # list before is no part of the name
                i = text.rfind(w, s, first_dot)
                if i != -1 and i + len(w) < first_dot:
                    s = max(s, i + len(w))
            cut = [(c, sep) for c, sep in ((text.find(sep, m.start(), e), sep) for sep in rules.get("list_separators", ()))
                   if c > s and text.find("·", s, c) != -1]
            if cut:  # …·西图尔辛赫和徐昌禄: the list goes on
                c, sep = min(cut)
                if rules.get("separator_before_name") and any(text.find(d, c, e) != -1 for d in dots):
                    spans.insert(0, (m, c + len(sep), e))  # …·诺瓦克和汤姆·霍洛威: a second dotted name
                elif rules.get("separator_before_name") and spans and spans[0][1] == e:
                    # …·索科洛夫和费尔南达·卡斯特罗: the first name's tail took the start of the next one's
                    spans[0] = (spans[0][0], c + len(sep), spans[0][2])
                e = c
            last_dot = max(text.rfind(d, s, e) for d in "·•‧")
            stops = [text.find(w, last_dot + 2, e) for w in rules.get("stop", ())]
            e = min([x for x in stops if x != -1], default=e)  # …·巴切莱特访问了: the name ends before the verb
            for w in sorted(rules.get("list_end", ()), key=len, reverse=True):
                if text[s:e].endswith(w):
                    e -= len(w)
            keep(s, e)
            taken += [t for t in inside if not any(f[0] <= t[0] and t[1] <= f[1] for f in found)]
    if rules.get("name"):
        name_rx = re.compile(rules["name"])
        bad = set(rules.get("not_name_words", ()))
        cues = [re.escape(h) + r"\s+" for h in rules.get("honorifics", ())]
        cues += [re.escape(t) + rules.get("title_gap", r"\s*") for t in rules.get("titles", ())]
        for m in re.finditer("(?:" + "|".join(sorted(cues, key=len, reverse=True)) + ")", text):
            n = name_rx.match(text, m.end())
            if n and n.group(0).split(" ")[0] not in bad:
                keep(n.start(), n.end(), over=True)  # Ms. Ana Lima: no city in a person's name
        if rules.get("titles_after"):  # A B, member of the Committee …: a name with its office set off after it
            after = re.compile("(" + rules["name"] + r")(?=,\s+(?:" + "|".join(rules["titles_after"]) + r")\s)")
            for n in after.finditer(text):
                if n.group(1).split(" ")[0] not in bad:
                    keep(n.start(1), n.end(1), over=True)
        before = rules.get("name_before_post")
        for ps, pe in title_spans if before else ():
            # A B, the Independent Expert, travelled …: the sentence opens with the name, the post closed by a comma
            g = re.search(before["gap"] + "$", text[max(0, ps - 12):ps])
            if g is None or not re.match(before["after"], text[pe:pe + 40]):
                continue
            gs = ps - (len(text[max(0, ps - 12):ps]) - g.start())
            base = max(0, gs - 60)
            n = re.search("(" + rules["name"] + r")\Z", text[base:gs])
            ns = base + n.start() if n else -1
            if n and (ns == 0 or re.search("(?:" + before["opening"] + r")\Z", text[max(0, ns - 4):ns])) \
                    and not set(n.group(1).split(" ")) & (bad | set(before.get("not_words", ()))):
                keep(ns, gs)
        ap = rules.get("name_before_apposition")
        if ap:  # Keisha Ward, a lecturer in law in Bridgetown, recalled …; Rafael Lind, of UNDP, voiced …
            openers = re.compile("(?:" + ap["opening"] + r")\Z")
            for n in re.finditer("(" + rules["name"] + ")(?=" + ap["apposition"] + ")", text):
                ns = n.start(1)
                words = n.group(1).split(" ")
                if (ns == 0 or openers.search(text[max(0, ns - 4):ns])) \
                        and not set(words) & (bad | set(ap.get("not_words", ()))):
                    keep(ns, n.end(1))
        gap = re.compile(rules["post_apposition"]) if rules.get("post_apposition") else None
        for end in title_ends if gap is not None else ():
            g = gap.match(text, end)
            n = name_rx.match(text, g.end()) if g else None
            if n and n.group(0).split(" ")[0] not in bad:
                keep(n.start(), n.end())
    elif rules.get("title_name"):
        if rules.get("titled_name"):
            # 高级研究员林宝珍。, 高级顾问王小明说: a short name right after a title of two characters or more, before a
            # boundary (punctuation or a verb of speaking: ``titled_name`` ``before``)
            rx = _titled_name(language)
            spec = rules["titled_name"]
            for m in rx.finditer(text):
                name = m.group(1)
                if name.startswith(tuple(spec.get("not_openers", ()))) or any(w in name for w in rules.get("stop", ())):
                    continue  # 秘书长任命: a verb after a title, no name
                if name[0] in spec.get("surnames", "") or name.startswith(tuple(spec.get("compound_surnames", ()))):
                    keep(m.start(1), m.end(1))  # (a Chinese name opens with a surname: 团认为 and 在闭幕 are none)
        # a name right before an honorific: 张三先生 (without the particles before it)
        trim = rules.get("trim", "")
        for h in rules.get("honorifics", ()):
            for m in re.finditer(rf"({rules['title_name']}){re.escape(h)}", text):
                s = m.start(1)
                while s < m.end(1) - 1 and text[s] in trim:
                    s += 1
                if m.end(1) - s >= 2:
                    keep(s, m.end(1))
    _after_list_cues(text, rules, keep)
    _list_members(text, rules, found, taken, keep)
    return sorted(found)


def _titled_name(language: LanguageData) -> re.Pattern:
    """A title of two characters or more, then a short name before a boundary (``titled_name``), made once per language."""
    rx = language.__dict__.get("_titled_name")
    if rx is None:
        rules = language.persons
        titles = sorted((w for w in rules.get("title_words", ()) if len(w) >= 2), key=len, reverse=True)
        rx = re.compile("(?:" + "|".join(map(re.escape, titles)) + rf")({rules['title_name']})"
                        rf"(?={rules['titled_name']['before']})")
        language.__dict__["_titled_name"] = rx
    return rx


def find_known_persons(text: str, names, taken=()) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of each occurrence of a known person's full name outside the ``taken`` spans,
    as a whole word: the report named the person before (after a title, in a list of panellists), and the
    name recurs on its own at the start of a paragraph.

    >>> find_known_persons("5. Amina Diallo Keita, Commissioner of the Commission, spoke.", ["Amina Diallo Keita"])
    [(3, 21, 'Amina Diallo Keita')]
    >>> find_known_persons("Keitas met.", ["Keita"]), find_known_persons("Li Wenjunior", ["Li Wenjun"])
    ([], [])
    """
    spans = list(taken)
    out: list[tuple[int, int, str]] = []
    for name in sorted(set(names), key=len, reverse=True):
        if name not in text:
            continue  # most known names are not in a given unit: no pattern to make
        # (a Chinese name of three characters or more stands between any characters: 研究所的林宝珍说)
        cjk = len(name) >= 3 and re.fullmatch(r"[\u4e00-\u9fff·]+", name) is not None
        for m in re.finditer((r"(?<!·)" if cjk else r"(?<![\w·])") + re.escape(name) + (r"(?!·)" if cjk else r"(?![\w·])"), text):
            if not _overlaps(m.start(), m.end(), spans):
                out.append((m.start(), m.end(), name))
                spans.append((m.start(), m.end()))
    return sorted(out)


def _after_list_cues(text: str, rules: dict, keep) -> None:
    """``a drafting group composed of A, B (Chair) and C``: each item of the list that looks like a name."""
    bare = re.compile(rules.get("bare_name", r"^$"))
    seps = sorted(rules.get("list_separators", ()), key=len, reverse=True)
    asides = re.compile(rules["asides"]) if rules.get("asides") else None
    stop = rules.get("list_stop", "。；：;:")
    for cue in rules.get("list_cues", ()):
        for m in re.finditer(cue, text):
            end = m.end()
            while end < len(text) and text[end] not in stop:
                end += 1
            pos = m.end()
            for part in re.split("(" + "|".join(map(re.escape, seps)) + ")", text[m.end():end]):
                core = asides.sub(lambda a: " " * len(a.group(0)), part) if asides is not None else part
                for w in sorted(rules.get("list_end", ()), key=len, reverse=True):
                    i = core.find(w)
                    if i > 0:
                        core = core[:i]
                lead = len(core) - len(core.lstrip())
                core = core.strip()
                if core and part not in seps and bare.match(core):
                    keep(pos + lead, pos + lead + len(core), over=True)
                pos += len(part)


def _list_members(text: str, rules: dict, found, taken, keep) -> None:
    """In a list holding two found names, the other items that look like names are names."""
    bare = re.compile(rules.get("bare_name", r"^$"))
    seps = sorted(rules.get("list_separators", ()), key=len, reverse=True)
    if not seps or len(found) < 2:
        return
    asides = re.compile(rules["asides"]) if rules.get("asides") else None
    ends = sorted(rules.get("list_end", ()), key=len, reverse=True)
    # items: stretches between list separators, within one clause
    items: list[tuple[int, int]] = []
    runs: list[list[tuple[int, int]]] = []
    pos = 0
    splitter = re.compile("|".join(map(re.escape, seps)) + "|(?P<stop>[" + re.escape(rules.get("list_stop", "。；：;:")) + "])")
    for m in splitter.finditer(text):
        items.append((pos, m.start()))
        if m.group("stop") is not None:
            runs.append(items)
            items = []
        pos = m.end()
    items.append((pos, len(text)))
    runs.append(items)
    names = [(s, e) for s, e, _n in found]
    for run in runs:
        holders = [it for it in run if any(it[0] <= s and e <= it[1] for s, e in names)]
        if len(holders) < 2:
            continue
        for s, e in run:
            if (s, e) in holders:
                continue
            core = text[s:e]
            if asides is not None:
                core = asides.sub(lambda m: " " * len(m.group(0)), core)
            for w in ends:
                i = core.find(w)
                if i > 0:
                    core = core[:i]
            lead = len(core) - len(core.lstrip())
            core = core.strip()
            if core and bare.match(core):
                keep(s + lead, s + lead + len(core))

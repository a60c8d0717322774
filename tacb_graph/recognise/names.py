"""What the recogniser adds to a unit's gazetteer matches: sessions and their bodies, persons,
the names nested inside longer names and inside the report's title, one office per State of a
distributive list (the OHCHR country offices in A and B), and counted plurals (两国)."""

from __future__ import annotations

import bisect
import re

from ..records import Entity
from .context import History, name_head, resolve_backref
from .normalise import normalise
from .report import ReportContext
from .state import Found, UnitState, kind_of, sentence_start

__all__ = ["SESSION_HOLDERS", "add_sessions", "add_persons", "report_title", "report_body", "of_title_state",
           "capitalised_as", "title_entities", "title_referents", "of_title", "of_setting", "nested_names", "most_named", "distribute", "add_plural",
           "add_organs"]


#: classes that hold numbered sessions
SESSION_HOLDERS = ("UNBody", "SpecializedAgency", "RelatedOrganization", "UNFundOrProgramme",
                    "RegionalOrganization", "Fund")


def session_body(st: UnitState, found: list[Found], starts: list[int], text: str, s: int, e: int) -> str | None:
    """Whose session: the body named right before it (人权理事会第四十届会议), right after it
    (the fortieth session of the Council), else the body its sentence speaks of, else the last."""
    rules = st.config.language.sessions
    bodies = [f for f in found if kind_of(st, f.key) in SESSION_HOLDERS and holds_sessions(st, f.key, rules)]
    for f in reversed(bodies):
        if f.end <= s and re.fullmatch(rules.get("body_before", r"\s*"), text[f.end:s]):
            return f.key
    for f in bodies:
        if f.start >= e and re.fullmatch(rules.get("body_after", r"(?!)"), text[e:f.start]):
            return f.key
    lo = sentence_start(starts, s)
    hi = next((x for x in starts if x > s), len(text))
    after = [f for f in bodies if e <= f.start < hi]
    before = [f for f in bodies if lo <= f.start and f.end <= s]
    if after and not before:
        return after[0].key  # 在第四十届会议上，人权理事会…
    if before:
        return before[-1].key
    # else the body the report goes to (its front page: 人权理事会 第六十四届会议): a resolution's own
    # 决定在第六十六届会议上… speaks of the sessions of the body that adopts it
    return st.last_body.get("session") or st.last_body.get("resolution") or st.body


def holds_sessions(st: UnitState, key: str, rules: dict) -> bool:
    """Whether the body ``key`` meets in numbered sessions: it adopts resolutions, or the head of its name
    ends with one of the language's ``holder_heads`` (Council, Committee, Board …; an Office does not)."""
    heads = rules.get("holder_heads")
    if not heads or key in st.gz.resolution_prefix:
        return True
    e = st.entities.get(key) or st.gz.entities.get(key)
    label = getattr(e, f"label_{st.lang}", None) or (e.label_en if e else "")
    head = name_head(label, tuple(st.config.language.backrefs.get("head_ends", ())))
    return any(head.endswith(h) for h in heads)


def add_sessions(st: UnitState, found: list[Found], starts: list[int], text: str) -> None:
    from .sessions import find_sessions

    for s, e, n in find_sessions(text, st.config.language):
        body = session_body(st, found, starts, text, s, e)
        if body is None:
            continue
        st.last_body["session"] = body
        key = f"session/{body.split('/', 1)[1]}/{n}"
        if key not in st.entities:
            b = st.entities.get(body) or st.gz.entities[body]
            zh, en = session_labels(b, n)
            st.entities[key] = Entity(key, "Session", zh, en, session_of=body, number=n)
        found.append(Found(s, e, key, "session"))


def session_labels(body: Entity, n: int) -> tuple[str, str]:
    """The session's names as the reader writes them (``人权理事会第四十三届会议``,
    ``Human Rights Council, forty-third session``), from the layout words of each language."""
    from ..segment.lexicon import load_lexicons

    lex = load_lexicons()
    zh = lex["zh"].session_label(body.label_zh, n) if "zh" in lex else f"{body.label_zh} {n}"
    en = lex["en"].session_label(body.label_en, n) if "en" in lex else f"{body.label_en} {n}"
    return zh, en


def add_persons(st: UnitState, found: list[Found], text: str) -> None:
    from .persons import find_known_persons, find_persons, person_slug

    post_spans = [(f.start, f.end) for f in found if kind_of(st, f.key) == "Post"]
    states = [(f.start, f.end) for f in found if kind_of(st, f.key) == "State"]  # 马里 in 马里亚姆·萨科
    named = find_persons(text, st.config.language, [(f.start, f.end) for f in found], [e for _s, e in post_spans],
                         states, post_spans)
    # a person the report has named before is a person wherever the full name recurs, with no title
    # or honorific ("The panellists were A and B." … "A, Commissioner of …, described …")
    long_enough = lambda n: len(n) > 3 or (len(n) == 3 and re.fullmatch(r"[\u4e00-\u9fff]+", n) is not None)  # noqa: E731
    known = [e.label_en for e in st.entities.values() if e.kind == "Person" and long_enough(e.label_en)]
    known += [n for _s, _e, n in named if long_enough(n)]  # named earlier in this unit too (林宝珍: three characters)
    named += find_known_persons(text, known, [(f.start, f.end) for f in found] + [(s, e) for s, e, _n in named])
    for s, e, name in sorted(named):
        key = f"person/{person_slug(name)}"
        if key == "person/":
            continue
        st.entities.setdefault(key, Entity(key, "Person", name, name))
        found[:] = [f for f in found if not (s <= f.start and f.end <= e)]  # Chad Whitfield holds no State
        found.append(Found(s, e, key, "person"))


def drop_others_posts(st: UnitState, found: list[Found], text: str) -> None:
    """``国际新闻记者联合会秘书长``, ``Secretary-General of the International Federation of Journalists``, ``the ASEAN
    Secretary-General``: a bare post title (``others_posts`` ``titles``) joined to the name of a body outside the UN
    (of ``others_posts`` ``kinds``: with ``before`` between that body and the title, or ``after`` between the title
    and the body) is that body's post, not the gazetteer's (the United Nations Secretary-General)."""
    spec = st.config.language.backrefs.get("others_posts")
    if not spec:
        return
    fold = st.config.language.fold
    titles = {fold(w) for w in spec["titles"]}
    kinds = set(spec["kinds"])
    before = re.compile(spec["before"]) if spec.get("before") is not None else None
    after = re.compile(spec["after"]) if spec.get("after") is not None else None
    others = [f for f in found if kind_of(st, f.key) in kinds]

    def owned(f: Found) -> bool:
        return any(before and o.end <= f.start and before.fullmatch(text, o.end, f.start) for o in others) \
            or any(after and o.start >= f.end and after.fullmatch(text, f.end, o.start) for o in others)

    drop = [f for f in found if kind_of(st, f.key) == "Post" and fold(text[f.start:f.end]) in titles and owned(f)]
    if drop:
        found[:] = [f for f in found if f not in drop]


def state_body_before(st: UnitState, found: list[Found], text: str, at: int, rule: dict) -> tuple[int, str] | None:
    """``墨西哥国家土著人民研究所…该研究所``: the latest State mention before ``at`` in the unit that opens the name of one of
    its bodies ending with the head of the back-reference ``rule`` (its ``suffix`` or ``unnamed_head``), a name with no
    gazetteer row (no other mention in it, none of ``stops``, none of ``not_opening`` right after the State, at most
    ``state_bodies`` ``max`` characters), the State
    right after one of ``governors`` (向, 为), or opening a sentence (after one of ``sentence_ends``), and not followed by
    one of ``not_after`` (政府): (where the State is named, the State). ``None`` when the language has no ``state_bodies`` or there is none."""
    spec = st.config.language.backrefs.get("state_bodies")
    head = rule.get("suffix") or rule.get("unnamed_head")
    if not spec or not head or not rule["text"].startswith(tuple(spec["determiners"])):
        return None  # (a bare 委员会 is a body named before, not an unnamed one)
    language = st.config.language
    rx = language.__dict__.get("_state_body_gap")
    if rx is None:  # (compiled once per language)
        # (a word joining two names may not open the gap, but may stand inside one long name: 防止和打击歧视及确保平等委员会)
        opening = f"(?![{re.escape(spec['not_opening'])}])" if spec.get("not_opening") else ""
        rx = language.__dict__["_state_body_gap"] = re.compile(
            r"%s[^%s]{0,%d}" % (opening, re.escape(spec["stops"]), int(spec["max"])))
    for i in range(len(found) - 1, -1, -1):
        f = found[i]
        if f.end > at or kind_of(st, f.key) != "State":
            continue
        end = text.find(head, f.end, min(at, f.end + int(spec["max"]) + len(head)))
        if end == -1 or end + len(head) > at or not rx.fullmatch(text, f.end, end):
            continue
        opens = spec.get("sentence_ends") and (f.start == 0 or text[:f.start].rstrip()[-1:] in spec["sentence_ends"])
        if any(f.end <= g.start < end + len(head) for g in found if g is not f) \
                or not (opens or text.endswith(tuple(spec["governors"]), 0, f.start)) \
                or text.startswith(tuple(spec["not_after"]), f.end):
            continue  # (欢迎 X 政府延长办事处的任务: no body's name; the State governed by a preposition: 向 X 国家研究所)
        return f.start, f.key
    return None


def report_title(ctx: ReportContext) -> str:
    meta = getattr(ctx.segmented, "meta", None)
    return (meta.title if meta is not None else None) or ""


def of_title_state(st: UnitState, get):
    """``get`` that knows no entity whose name holds a State other than the one the report's title names
    (when the title names exactly one State)."""
    states = {f.key for f in title_entities(st) if f.key.startswith("state/")}
    if len(states) != 1:
        return get

    def fitting(key: str):
        e = get(key)
        if e is None:
            return None
        label = getattr(e, f"label_{st.lang}", None) or e.label_en
        inner = {f.key for f in nested_names(st, [Found(0, len(label), key, "name")], normalise(label))
                 if f.key.startswith("state/")}
        return e if not inner or inner & states else None

    return fitting


def report_body(ctx: ReportContext) -> str | None:
    meta = getattr(ctx.segmented, "meta", None)
    return meta.body if meta is not None else None


def report_author(ctx: ReportContext) -> str | None:
    meta = getattr(ctx.segmented, "meta", None)
    return meta.author if meta is not None else None


def capitalised_as(rule_text: str, written: str) -> bool:
    """Whether every word after the first that the rule writes with a capital (``the Committee``) is
    written with one in the text (not ``the committee``)."""
    want, got = rule_text.split(), written.split()
    return len(want) == len(got) and all(not w[:1].isupper() or g[:1].isupper()
                                         for w, g in zip(want[1:], got[1:]))


def title_entities(st: UnitState) -> list[Found]:
    """The entities the report's title names (read once per report, as :func:`nested_names` reads a name)."""
    if st.title_found is None:
        title = normalise(st.title)
        found = nested_names(st, [Found(0, len(title), "", "name")], title, whole=True) if title else []
        # (a title on small island developing States names no China: the gazetteer's words that are no names)
        folded = st.config.language.fold(title)
        nots = [(m.start(), m.start() + len(w)) for w in st.config.gazetteer.not_names_for(st.lang)
                for m in re.finditer(re.escape(st.config.language.fold(w)), folded)]
        st.title_found = [f for f in found if not any(a <= f.start and f.end <= b for a, b in nots)]
    return st.title_found


def title_referents(st: UnitState) -> list[Found]:
    """The title's entities in the order a back-reference searches them (:func:`~.context.resolve_backref`
    takes the last that fits): the names inside a longer name first, the whole names last, so "the Fund" of a
    report on the Voluntary Trust Fund for Victims of Trafficking in Persons is that fund, not the Trust Fund
    for Victims its name holds; a name inside still serves where no whole name fits (the fund in its Board's)."""
    found = title_entities(st)

    def inside(f: Found) -> bool:
        return any(g.start <= f.start and f.end <= g.end and (g.start, g.end) != (f.start, f.end) for g in found)

    return sorted(found, key=lambda f: not inside(f))


def of_title(st: UnitState, templates) -> str | None:
    """The entity whose name is one of ``templates`` followed by a name the report's title holds ("Board
    of Trustees of the" + the fund of a report on that fund), or ``None``. A template holding ``{}`` puts
    the name there instead (``"{}董事会"``: the Board of the fund a Chinese report is about)."""
    language = st.config.language
    title = normalise(st.title or "")
    table = st.folded_forms()
    for f in title_entities(st):
        for tpl in templates:
            name = title[f.start:f.end]
            written = tpl.format(name) if "{}" in tpl else f"{tpl} {name}"
            key = table.get(" ".join(language.fold(written).split()))
            if key and key != f.key:
                return key
    return None


def of_setting(st: UnitState, found: list[Found], starts: list[int], text: str, at: int, templates) -> str | None:
    """``In Colombia, the country office …``: the entity named by one of ``templates`` (``"OHCHR Country
    Office in {}"``, ``"人权高专办{}办事处"``) around a State its own sentence names before ``at``, the latest
    first, or ``None`` when the gazetteer has no such name."""
    language = st.config.language
    table = st.folded_forms()
    lo = starts[bisect.bisect_right(starts, at) - 1] if starts and starts[0] <= at else 0
    states = [f for f in found if lo <= f.start and f.end <= at and f.key.startswith("state/")]
    for f in sorted(states, key=lambda f: f.start, reverse=True):
        e = st.entities.get(f.key) or st.gz.entities.get(f.key)
        written = {text[f.start:f.end], getattr(e, f"label_{st.lang}", None) or ""} - {""}
        article = language.backrefs.get("state_article")  # "the Niger": the office in the Niger
        if article and text[max(0, f.start - len(article)):f.start].lower() == article:
            written |= {article + w for w in written}
        for tpl in templates:
            for name in sorted(written):
                key = table.get(" ".join(language.fold(tpl.format(name)).split()))
                if key:
                    return key
    return None


def nested_names(st: UnitState, found: list[Found], text: str, whole: bool = False) -> list[Found]:
    """Entities named inside the longer names of ``found`` (the Fund inside "the Board of Trustees
    of the Voluntary Fund for …"): no mentions, but what a later back-reference may stand for."""
    language = st.config.language
    table = st.folded_forms()
    out = []
    for f in found:
        if f.via != "name":
            continue
        surface = language.fold(text[f.start:f.end])
        if language.spaced:  # word starts and ends (a name may end before a comma or a colon)
            cuts = [m.start() for m in re.finditer(r"(?<![\w'’-])[\w(]", surface)]
            ends = [m.end() for m in re.finditer(r"[\w).](?![\w'’-])", surface)]
        else:
            cuts, ends = range(len(surface)), range(1, len(surface) + 1)
        for a in cuts:
            for b in ends:
                if b <= a or ((a, b) == (0, len(surface)) and not whole):
                    continue
                key = table.get(" ".join(surface[a:b].split()) if language.spaced else surface[a:b])
                if key and key != f.key:
                    out.append(Found(f.start + a, f.start + b, key, "nested"))
    # a State's name inside another State's name names no State of its own (Guinea in Equatorial Guinea)
    states = [g for g in out if g.key.startswith("state/")]
    return [g for g in out if not (g.key.startswith("state/") and any(
        h.start <= g.start and g.end <= h.end and (h.start, h.end) != (g.start, g.end) for h in states))]


def most_named(st: UnitState, rule: dict, get, head_ends) -> str | None:
    """The entity fitting ``rule`` that the report has named most often so far.

    On a tie the rule's ``default`` wins (the Office of a UN report is OHCHR, not the special
    coordinator's office named as often), else the latest named.
    """
    order = st.history.last
    best = None
    fitting = []

    def rank(key):
        return st.history.counts[key], key == rule.get("default"), order.get(key, -1)

    for key, n in st.history.counts.items():
        if resolve_backref(rule, [Found(0, 0, key, "name")], History(), get, st.lang, head_ends, 0) != key:
            continue
        fitting.append(n)
        if best is None or rank(key) > rank(best):
            best = key
    if best is not None and rule.get("frequent") == "dominant" and sorted(fitting)[-2:-1] == [st.history.counts[best]]:
        return None  # 应政府请求 in a report naming many States once each: no Government in particular
    return best


def distribute(st: UnitState, found: list[Found], text: str) -> None:
    """``the OHCHR country offices in Guinea, Mauritania and the Sudan``: one office per State.

    Each rule of the language's ``distributive`` list (``backrefs.json``) is a regular
    expression for the plural head (``before``) and the name of one member (``name``, with
    ``{}`` for the State as written); a State named in the list that follows becomes the
    member whose name the gazetteer knows, and the head's own mentions are dropped.
    """
    rules = st.config.language.backrefs.get("distributive", ())
    if not rules:
        return
    language = st.config.language
    folded = st.folded_forms()
    found.sort(key=lambda f: f.start)
    for rule in rules:
        if rule.get("member_rx"):
            _distribute_named(found, text, rule, folded, language)
            continue
        for m in re.finditer(rule["before"], text):
            pos = m.end()
            members = []
            for f in found:
                if f.start < pos:
                    continue
                if not f.key.startswith("state/") or not re.fullmatch(rule.get("joiner", r"\s*"), text[pos:f.start]):
                    break
                surface = text[f.start:f.end]
                office = next((folded[language.fold(rule["name"].format(v))] for v in (surface, "the " + surface)
                               if language.fold(rule["name"].format(v)) in folded), None)
                if office is None:
                    break
                members.append((f, office))
                pos = f.end
            if not members:
                continue
            for i, (f, office) in enumerate(members):
                # with 'from_head' the first office's words begin with the head (人权高专办在乍得…的国家办事处)
                start = m.start() if i == 0 and rule.get("from_head") else f.start
                tail = re.match(rule["tail"], text[f.end:f.end + 12]) if rule.get("tail") else None
                found[found.index(f)] = Found(start, f.end + (tail.end() if tail else 0), office, "name")
            found[:] = [f for f in found if not (m.start() <= f.start and f.end <= m.end())]


def _distribute_named(found: list[Found], text: str, rule: dict, folded: dict, language) -> None:
    """``the OHCHR Regional Offices for South America and for Central America``: a plural head (``before``) and the
    words of each member (``member_rx``, its first group the words that fill ``name``), joined by ``joiner``; every
    member whose full name the gazetteer knows becomes a mention of it, and the head's own mentions are dropped. A
    list with a member the gazetteer does not know is left as it is."""
    member, joiner = re.compile(rule["member_rx"]), re.compile(rule.get("joiner", r"(?!)"))
    for m in re.finditer(rule["before"], text):
        pos, members = m.end(), []
        while True:
            w = member.match(text, pos)
            if w is None:
                break
            key = folded.get(language.fold(rule["name"].format(w.group(1))))
            if key is None:
                members = []
                break
            members.append((w.start(), w.end(1), key))  # (and for Central America: one group with the first)
            j = joiner.match(text, w.end())
            if j is None or j.end() == w.end():
                break
            pos = j.end()
        if len(members) < 2:
            continue
        end = members[-1][1]
        found[:] = [f for f in found if not (m.start() <= f.start < end)]
        for i, (a, b, key) in enumerate(members):
            found.append(Found(m.start() if i == 0 else a, b, key, "name"))
        found.sort(key=lambda f: f.start)


def add_plural(st: UnitState, found: list[Found], text: str) -> None:
    """``科摩罗和圣多美和普林西比…：…两国分别设立了…``, ``… with UNDP and UN-Women. In Montenegro, the three
    entities …``: a counted plural back-reference (the language's ``plural`` rules in ``backrefs.json``: a
    regular expression whose first group is the number, the ``numbers`` it may be, and the ``kinds`` it
    counts, States when not given) stands for the last that many entities of those kinds its own unit
    named before it (by their latest mentions), one mention each at its place; when the unit named fewer, for none.
    A counted plural of the same count as one before it in the unit stands for the same names (两国…。两国认为…)."""
    for rule in st.config.language.backrefs.get("plural", ()):
        kinds = set(rule.get("kinds", ("State",)))
        counted: list[tuple[int, list[str]]] = []  # (the count, the names) of the unit's counted plurals so far
        for m in re.finditer(rule["pattern"], text):
            n = rule["numbers"].get(m.group(1))
            if not n or any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            same = next((keys for c, keys in reversed(counted) if c == n), None)
            if same is not None:  # 两国于…举办了讲习班。两国认为…: the same two States as the plural before
                found += [Found(m.start(), m.end(), k, "backref") for k in same]
                continue
            # the last that many named, each by its latest mention — for a recipient (after a marker of one), those
            # named before the reference's own clause when enough were (越南最高人民法院为这两个国家的法官…: not the
            # actor the clause names before it)
            latest = sorted(found, key=lambda f: (f.start, f.end), reverse=True)  # (in text order: plurals found
            # before this one were appended at the end)
            states = list(dict.fromkeys(f.key for f in latest if f.end <= m.start() and kind_of(st, f.key) in kinds))
            markers = tuple(st.config.language.backrefs.get("plural_recipient_markers", ()))
            if markers and text[:m.start()].rstrip().endswith(markers):
                clause = max(text.rfind(c, 0, m.start()) for c in st.config.language.clause_ends) + 1
                earlier = [k for k in dict.fromkeys(f.key for f in latest if f.end <= clause
                                                    and kind_of(st, f.key) in kinds)
                           if not any(f.key == k and clause <= f.start < m.start() for f in found)]
                if len(earlier) >= n:
                    states = earlier
            acting = _acting_list(st, found, text, m.start(), kinds, n)
            if acting:  # Denmark and Finland replied … trained officials of A and B. Both Governments …: the actors
                states = acting[::-1]
            if len(states) >= n:
                found += [Found(m.start(), m.end(), k, "backref") for k in reversed(states[:n])]
                counted.append((n, list(reversed(states[:n]))))
    found.sort(key=lambda f: (f.start, f.end))
    add_group_plural(st, found, text)
    add_pair(st, found, text)
    add_latter(st, found, text)
    add_owned_names(st, found, text)
    add_organs(st, found, text)


def _acting_list(st: UnitState, found: list[Found], text: str, at: int, kinds: set[str], n: int) -> list[str]:
    """For a counted plural that opens its sentence (``Both Governments endorsed …``), the latest list of exactly ``n``
    entities of ``kinds`` the unit named before it as actors (the language's ``plural_subjects``: ``joiners``, a
    regular expression on what joins two names of a list — and, a comma, speaking on behalf of; ``not_after``, the
    words before a list that make it an object: of, for, to), in their order; else an empty list."""
    rule = st.config.language.backrefs.get("plural_subjects")
    if not rule or text[:at].rstrip()[-1:] not in ("", ".", "\n", ":", ";"):
        return []
    named = [f for f in sorted(found, key=lambda f: f.start) if f.end <= at and kind_of(st, f.key) in kinds]
    runs: list[list[Found]] = []
    for f in named:
        if runs and re.fullmatch(rule["joiners"], text[runs[-1][-1].end:f.start]):
            runs[-1].append(f)
        else:
            runs.append([f])
    not_after = tuple(rule.get("not_after", ()))
    fitting = [r for r in runs if len({f.key for f in r}) == n
               and not text[:r[0].start].rstrip().lower().endswith(not_after)]
    return list(dict.fromkeys(f.key for f in fitting[-1])) if fitting else []


def add_organs(st: UnitState, found: list[Found], text: str) -> None:
    """``the Ministry of Family, Labour and Social Protection``, named with no State in it and listed by no rule: a
    national organ (the language's ``organs`` ``pattern`` in ``backrefs.json``) stands for the State its own unit named
    last before it, else the State the report has named most so far, when one State leads (as ``the Government`` of a
    country report does); where none leads (a panel of many States), for none. A match that runs into other names
    ends where ``list_before`` (a regular expression on the words before the first of them: ``, `` ) begins."""
    rule = st.config.language.backrefs.get("organs")
    if not rule:
        return
    added = []
    titled = {f.key for f in title_entities(st) if f.key.startswith("state/")}
    titled = titled if len(titled) == 1 else set()
    for m in re.finditer(rule["pattern"], text):
        end = m.end()
        if rule.get("not_followed_by") and re.match(rule["not_followed_by"], text[end:end + 80]):
            continue  # (the Minister of Foreign Affairs, X Y, stated …: a person's title)
        inner = [f for f in found if f.start < end and m.start() < f.end]
        if inner:
            first = min(inner, key=lambda f: f.start)
            if rule.get("owner_link") and kind_of(st, first.key) == "State" \
                    and re.search(rule["owner_link"], text[m.start():first.start]):
                continue  # (the Ministry of Women, Youth, Children and Family Affairs of X: X's own, named; read already)
            # (the Ministry of X and Y, OHCHR and UNODC …: the name ends where a list of other names begins)
            cut = re.search(rule.get("list_before", r"(?!)"), text[m.start():first.start])
            if cut is None or cut.start() == 0:
                continue  # (the Ministry of Justice of Mongolia: the State is named; a rule read it already)
            end = m.start() + cut.start()
        # a State its own unit named before it (the one a country report's title names, where the unit named it too,
        # over a visiting State's named since), else the one the report leads with; first, the State of an organ
        # joined to it (officials of the General Directorate of X and of the Ministry of Y of Z: Z's, both)
        named = [f.key for f in reversed(found) if f.end <= m.start() and kind_of(st, f.key) == "State"]
        shared = next((f for f in found if f.start >= end and kind_of(st, f.key) == "State"), None)
        shared = shared.key if shared is not None and rule.get("shared_owner") \
            and re.fullmatch(rule["shared_owner"], text[end:shared.start]) else None
        key = shared or fronted_state(st, found, text, m.start()) \
            or next((k for k in named if k in titled), None) or next(iter(named), None) \
            or most_named(st, {"kinds": ["State"], "frequent": "dominant"},
                          lambda k: st.entities.get(k) or st.gz.entities.get(k), ())
        if key is not None:
            added.append(Found(m.start(), end, key, "backref"))
    if added:
        found += added
        found.sort(key=lambda f: (f.start, f.end))


def fronted_state(st: UnitState, found: list[Found], text: str, pos: int) -> str | None:
    """The State a phrase opening the sentence of ``pos`` places it in (``在埃塞俄比亚，芬兰支持教育部…``, ``In
    Ethiopia, Finland supported the Ministry of Education``: ``fronted_place`` in ``backrefs.json`` — ``before``, a
    regular expression on the words from the sentence's start to the State, and ``after``, on the words after it),
    else ``None``."""
    fronted = st.config.language.backrefs.get("fronted_place")
    if not fronted:
        return None
    lo = max(text.rfind(c, 0, pos) for c in fronted.get("sentence_ends", "。")) + 1
    first = next((f for f in found if f.start >= lo), None)
    if first is None or first.end > pos or kind_of(st, first.key) != "State" \
            or not re.fullmatch(fronted["before"], text[lo:first.start]) or not re.match(fronted["after"], text[first.end:pos]):
        return None
    return first.key


def add_pair(st: UnitState, found: list[Found], text: str) -> None:
    """``X 与 Y 签署了一项协定。根据该协定，双方将…``: a back-reference to two parties (``pair`` in
    ``backrefs.json``: ``pattern``, ``kinds``) stands for the two actors of ``kinds`` its own sentence names before
    it, else the sentence before it in the unit names — one mention each at its place; where there are not
    exactly two, for none."""
    rule = st.config.language.backrefs.get("pair")
    if not rule:
        return
    kinds = set(rule["kinds"])
    ends = rule.get("sentence_ends", "。")
    added = []
    for m in re.finditer(rule["pattern"], text):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        keys = _named_before(st, found, text, m.start(), kinds, ends, rule["pattern"])
        if len(keys) == 2:
            added += [Found(m.start(), m.end(), k, "backref") for k in keys]
    if added:
        found += added
        found.sort(key=lambda f: (f.start, f.end))


def _named_before(st: UnitState, found: list[Found], text: str, pos: int, kinds: set, ends: str, pattern: str) -> list[str]:
    """The entities of ``kinds`` named in the sentence of ``pos`` before it, else in the sentence before it in the unit
    (the first of the two that names any), in text order, each once; a back-reference ``pattern`` itself matched
    counts for none."""
    lo = max(text.rfind(c, 0, pos) for c in ends) + 1
    lo2 = max(text.rfind(c, 0, max(lo - 1, 0)) for c in ends) + 1 if lo > 0 else lo
    for a, b in ((lo, pos), (lo2, lo)):
        keys = list(dict.fromkeys(f.key for f in found if a <= f.start and f.end <= b and kind_of(st, f.key) in kinds
                                  and not (f.via == "backref" and re.fullmatch(pattern, text[f.start:f.end]))))
        if keys:
            return keys
    return []


def add_latter(st: UnitState, found: list[Found], text: str) -> None:
    """``A 请 B 审阅草案，后者已确认…``, ``… asked B for help; the latter agreed``: a back-reference to one of two
    (``latter`` ``rules`` in ``backrefs.json``, each a ``pattern``, a ``position`` — 1 the first named, 2 the second — and
    ``kinds``) stands for that one of the two actors of ``kinds`` its own sentence names before it, else of those the
    sentence before it in the unit names; where there are not exactly two, for none."""
    rules = st.config.language.backrefs.get("latter", {}).get("rules")
    if not rules:
        return
    ends = st.config.language.backrefs.get("pair", {}).get("sentence_ends", "。")
    added = []
    for rule in rules:
        kinds = set(rule["kinds"])
        for m in re.finditer(rule["pattern"], text):
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            keys = _named_before(st, found, text, m.start(), kinds, ends, rule["pattern"])
            if len(keys) == 2:
                key = keys[rule["position"] - 1]
                if rule.get("not_clause_actor") and _acts_on_itself(st, found, text, m.start(), key, ends, kinds):
                    key = keys[2 - rule["position"]]  # (应 A 的请求，B 派两名工作人员赴 X，帮助后者…: B helps A)
                added.append(Found(m.start(), m.end(), key, "backref"))
    if added:
        found += added
        found.sort(key=lambda f: (f.start, f.end))


def _acts_on_itself(st: UnitState, found: list[Found], text: str, at: int, key: str, ends: str, kinds: set) -> bool:
    """The back-reference at ``at`` is no clause's opening word and ``key``, the last of ``kinds`` named before it in
    its sentence, opens a clause: the actor of the clauses that lead to the reference, which they do not say it acts on."""
    clause_ends = st.config.language.clause_ends
    lo = max(text.rfind(c, 0, at) for c in clause_ends) + 1
    if not text[lo:at].strip():
        return False
    start = max(text.rfind(c, 0, at) for c in ends) + 1
    last = next((f for f in reversed(found) if start <= f.start and f.end <= at and kind_of(st, f.key) in kinds), None)
    if last is None or last.key != key:
        return False
    opening = max(text.rfind(c, 0, last.start) for c in clause_ends) + 1
    return opening >= start and not text[opening:last.start].strip()


def add_owned_names(st: UnitState, found: list[Found], text: str) -> None:
    """``该国国家人权委员会``: a State back-reference (one of ``owned_names`` ``pronouns``) right before a generic
    head (``heads``: 国家人权委员会) names the entity the gazetteer calls by the State's name and that head
    (刚果民主共和国国家人权委员会), when there is one; otherwise the head stays generic."""
    rule = st.config.language.backrefs.get("owned_names")
    if not rule:
        return
    heads = sorted(rule["heads"], key=len, reverse=True)
    added = []
    for f in found:
        if f.via != "backref" or kind_of(st, f.key) != "State" or text[f.start:f.end] not in rule["pronouns"]:
            continue
        head = next((h for h in heads if text.startswith(h, f.end)), None)
        if head is None or any(g.start < f.end + len(head) and f.end < g.end for g in found):
            continue
        state = st.gz.entities.get(f.key)
        forms = (state.label_zh, *state.aliases) if state is not None else ()
        named = next((e for e in (st.gz.lookup(form + head, st.lang) for form in forms if form) if e is not None), None)
        if named is not None:
            added.append(Found(f.end, f.end + len(head), named.key, "backref"))
    if added:
        found += added
        found.sort(key=lambda f: (f.start, f.end))


def add_group_plural(st: UnitState, found: list[Found], text: str) -> None:
    """``…世界银行、妇女署和人口基金…，并请这些实体…``, ``赞赏 A 和 B…，并鼓励它们…``: an uncounted plural
    back-reference (``group_plural`` in ``backrefs.json``: ``pattern``, ``joiners``, ``kinds``) stands for the
    nearest coordinated list (two or more names of ``kinds`` joined only by ``joiners``) its own sentence
    named before it, one mention each at its place; with no such list before it in the sentence, for none —
    unless it matches ``reach_back`` (``两者``, both of them) or is counted (``两个机构``, a list of just that many), which
    also reaches the sentence before."""
    rule = st.config.language.backrefs.get("group_plural")
    if not rule:
        return
    kinds = set(rule["kinds"])
    joiners = tuple(rule["joiners"])
    ends = rule.get("sentence_ends", "。")
    added = []
    for m in re.finditer(rule["pattern"], text):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        lo = max(text.rfind(c, 0, m.start()) for c in ends) + 1
        counted = any(w in m.group() for w in rule.get("counts", {}))
        if (counted or rule.get("reach_back") and re.fullmatch(rule["reach_back"], m.group())) and lo > 0:
            lo = max(text.rfind(c, 0, lo - 1) for c in ends) + 1  # the sentence before too (两个机构: as many as it says)
        runs: list[list[Found]] = []
        for f in (f for f in found if lo <= f.start and f.end <= m.start() and f.via != "backref"):
            if runs and kind_of(st, f.key) in kinds and kind_of(st, runs[-1][-1].key) in kinds \
                    and text[runs[-1][-1].end:f.start].strip() in joiners:
                runs[-1].append(f)
            else:
                runs.append([f])
        lists = [r for r in runs if len(r) >= 2 and all(kind_of(st, f.key) in kinds for f in r)]
        # a counted plural (两机构, 'counts': its number words) stands only for a list of that many
        n = next((v for w, v in rule.get("counts", {}).items() if w in m.group()), None)
        if lists and n is not None and len({f.key for f in lists[-1]}) != n:
            lists = []
        heads = rule.get("named_heads", ())
        head = next((h for h in heads if m.group().endswith(h)), None) if n is not None and not lists else None
        if head is not None:  # 这两个委员会 with no list before: the two bodies named … 委员会 in its reach, if just two
            named = list(dict.fromkeys(f.key for f in found if lo <= f.start and f.end <= m.start()
                                       and f.via != "backref" and text[f.start:f.end].endswith(head)
                                       and kind_of(st, f.key) in kinds))
            if len(named) == n:
                lists = [[Found(m.start(), m.end(), k, "backref") for k in named]]
        if lists:
            added += [Found(m.start(), m.end(), k, "backref") for k in dict.fromkeys(f.key for f in lists[-1])]
    if added:
        found += added
        found.sort(key=lambda f: (f.start, f.end))

"""A State's own institution named by its kind alone: ``Jordan's National Centre for Human Rights``,
``the National Human Rights Commission`` of a paragraph about Nepal.

The gazetteer names a national institution by a head and its State (``National Centre for Human
Rights (Jordan)``, ``National Human Rights Commission of Nepal``); texts often write the head alone,
after the State's possessive, before ``of`` and the State, or with ``the`` where the State is clear
from the text around it. The language's ``state_institutions`` rule (``backrefs.json``) turns this on:

* ``kinds``: the classes of entity read this way (``NHRI``);
* ``possessives``: what joins a State to the head before it (``'s``);
* ``links``: what joins the head to the State after it (`` of ``);
* ``definite``: the words before a head that stand alone (``the``, ``its``) — it names the
  institution of the nearest State before it in its unit that has one by that head, else of the
  State the report's title names, else of the nearest State of the unit before;
* ``prefixed`` (Chinese): names are the State's name and a head (``危地马拉人权监察员办公室``); the head
  alone (``人权监察员办公室``, of at least ``min_head`` characters) names the institution of that head the
  report named in full before (the latest), and nothing where it named none; a head that several States'
  institutions share, or one of ``generic_heads`` (国家人权机构: the kind's own name), names none.

Only heads of two words or more that name no entity by themselves are read, and only where no
other mention covers them.
"""

from __future__ import annotations

import re

from .names import title_entities
from .state import Found, UnitState, kind_of

__all__ = ["institution_heads", "add_state_institutions", "add_state_short_names", "state_owned_short", "add_name_heads"]

_BRACKETED = re.compile(r"^(?P<head>.+?) \((?P<state>[^()]+)\)$")


def institution_heads(st: UnitState, rule: dict) -> dict[str, dict[str, str]]:
    """``head → {State key → entity key}`` for the entities of ``rule["kinds"]`` whose names in the
    report's language are a head and a State (``X (State)``, ``X of State``); made once per
    configuration (``rule`` is its language's), not once per report.

    A head that is itself a name in the gazetteer (of this entity or another) is left out: the ruler
    reads it already.
    """
    if st.institution_heads is None:
        st.institution_heads = st.config.derived("institution_heads", lambda: _institution_heads(st, rule))
    return st.institution_heads


def _institution_heads(st: UnitState, rule: dict) -> dict[str, dict[str, str]]:
    kinds = set(rule.get("kinds", ()))
    links = tuple(rule.get("links", (" of ",)))
    heads: dict[str, dict[str, str]] = {}

    def state_of(text: str) -> str | None:
        for t in (text, text[4:] if text.startswith("the ") else None):
            e = st.gz.lookup(t, st.lang) if t else None
            if e is not None and e.kind == "State":
                return e.key
        return None

    prefixed = bool(rule.get("prefixed"))
    for e in st.gz.entities.values():
        if e.kind not in kinds:
            continue
        label = getattr(e, f"label_{st.lang}", None) or ""
        for form in (label, *e.aliases):
            if prefixed:  # 危地马拉人权监察员办公室: the State's name, then the head
                _prefixed_head(st, form, e.key, heads, int(rule.get("min_head", 4)))
                continue
            pairs = []
            m = _BRACKETED.match(form)
            if m:
                pairs.append((m["head"], m["state"]))
            for link in links:
                at = form.find(link)
                if at > 0:
                    pairs.append((form[:at], form[at + len(link):]))
            for head, state in pairs:
                key = state_of(state.strip())
                if key is None or len(head.split()) < 2 or not head[:1].isupper():
                    continue
                if st.gz.lookup(head, st.lang) is not None:
                    continue
                heads.setdefault(head, {}).setdefault(key, e.key)
    return heads


def _prefixed_head(st: UnitState, form: str, key: str, heads: dict, least: int) -> None:
    """Record the head of ``form`` when ``form`` is a State's name and a head of at least ``least`` characters
    that names no entity by itself (危地马拉人权监察员办公室 → 人权监察员办公室)."""
    for i in range(len(form) - least, 1, -1):
        e = st.gz.lookup(form[:i], st.lang)
        if e is not None and e.kind == "State":
            head = form[i:]
            if st.gz.lookup(head, st.lang) is None:
                heads.setdefault(head, {}).setdefault(e.key, key)
            return


def _bounded(text: str, a: int, b: int) -> bool:
    return (a == 0 or not (text[a - 1].isalnum() or text[a - 1] in "-'’")) and \
        (b == len(text) or not (text[b].isalnum() or text[b] in "-"))


def add_state_institutions(st: UnitState, found: list[Found], text: str) -> None:
    """Add the mentions of national institutions named by their head alone (see the module docstring).

    ``found`` is the unit's mentions so far, sorted.
    """
    rule = st.config.language.backrefs.get("state_institutions")
    if not rule:
        return
    heads = institution_heads(st, rule)
    if not heads:
        return
    possessives = tuple(rule.get("possessives", ()))
    links = tuple(rule.get("links", ()))
    definite = tuple(w + " " for w in rule.get("definite", ()))
    title_states = None
    added: list[Found] = []
    taken = [(f.start, f.end) for f in found]
    prefixed = bool(rule.get("prefixed"))
    generic = set(rule.get("generic_heads", ()))
    for head in sorted(heads, key=len, reverse=True):
        owners = heads[head]
        at = text.find(head)
        while at != -1:
            end = at + len(head)
            if prefixed and (len(owners) > 1 or head in generic):
                pass  # 国家人权委员会: the head of many States' institutions, or a kind's name, names none alone
            elif prefixed and not any(a < end and at < b for a, b in taken):
                # 人权监察员办公室 alone: the one of that head the report named in full before, the latest
                mine = set(owners.values())
                here = [f.key for f in found if f.end <= at and f.key in mine]
                named = [k for k in mine if k in st.history.last]
                if here or named:
                    key = here[-1] if here else max(named, key=st.history.last.get)
                    added.append(Found(at, end, key, "backref"))
                    taken.append((at, end))
            elif _bounded(text, at, end) and not any(a < end and at < b for a, b in taken):
                key = _owner(st, found, text, at, end, owners, possessives, links, definite)
                if key is None and text.endswith(definite, 0, at) and not text.startswith(links, end) \
                        and not text.startswith(" (", end):
                    if title_states is None:
                        title_states = [f.key for f in title_entities(st) if kind_of(st, f.key) == "State"]
                    key = _nearest(st, found, at, owners, title_states)
                if key is not None:
                    added.append(Found(at, end, key, "backref"))
                    taken.append((at, end))
            at = text.find(head, at + 1)
    if added:
        found += added
        found.sort(key=lambda f: (f.start, f.end))


def _owner(st, found, text, at, end, owners, possessives, links, definite) -> str | None:
    """The institution of the State written right before the head with a possessive, or right after it
    with a link word."""
    for f in found:
        if f.key not in owners or kind_of(st, f.key) != "State":
            continue
        between = text[f.end:at]
        if between.rstrip() in possessives and (between.endswith(" ") or not between):
            return owners[f.key]
        after = text[end:f.start]
        if after in links or (after.endswith("the ") and after[:-4] in links):
            return owners[f.key]
    return None


def _nearest(st, found, at, owners, title_states) -> str | None:
    for f in reversed(found):
        if f.end <= at and f.key in owners:
            return owners[f.key]
    fitting = [k for k in dict.fromkeys(title_states) if k in owners]
    if len(fitting) == 1:
        return owners[fitting[0]]
    for k in st.history.latest_first(1):  # the unit before: its States, latest first
        if k in owners:
            return owners[k]
    return None


def add_state_short_names(st: UnitState, found: list[Found], text: str) -> None:
    """Read a State's name followed by the last word of an institution's name as that institution, where the
    report named exactly one such institution before: ``the Fiji Commission`` after the Fiji Human Rights and
    Anti-Discrimination Commission, ``the New Zealand commission``, 斐济委员会.

    The language's ``state_short_names`` rule (``backrefs.json``) turns this on: ``heads`` are the last words read
    (compared without case), ``kinds`` the classes of institution, ``before`` the words that must open the short
    name (``the``; none in Chinese) and ``gap`` what stands between the State and the head. The institution's name
    in the report's language must hold the State's name as written and end with the head. Where no institution or
    several fit, the State stays.

    ``found`` is the unit's mentions so far, sorted.
    """
    rule = st.config.language.backrefs.get("state_short_names")
    if not rule:
        return
    heads = sorted(rule.get("heads", ()), key=len, reverse=True)
    kinds = set(rule.get("kinds", ()))
    before = tuple(rule.get("before", ()))
    gap = rule.get("gap", "")
    label = f"label_{st.lang}"
    changed = False
    for i, f in enumerate(found):
        if kind_of(st, f.key) != "State" or (before and not text.endswith(before, 0, f.start)):
            continue
        at = f.end + len(gap)
        if not text.startswith(gap, f.end):
            continue
        head = next((h for h in heads if text[at:at + len(h)].lower() == h.lower()
                     and (not gap or _bounded(text, at, at + len(h)))), None)  # (Chinese has no word bounds)
        if head is None:
            continue
        end = at + len(head)
        if any(g is not f and g.start < end and f.start < g.end for g in found):
            continue  # (part of a longer name the gazetteer reads)
        surface = text[f.start:f.end]
        named = set(st.history.last) | {g.key for g in found[:i]}
        fits = [k for k in named if kind_of(st, k) in kinds and _short_of(st.gz.entities.get(k), label, surface, head)]
        if len(fits) == 1:
            found[i] = Found(f.start, end, fits[0], "backref")
            changed = True
    if changed:
        found.sort(key=lambda f: (f.start, f.end))


def _short_of(entity, label: str, state: str, head: str) -> bool:
    """Whether ``entity``'s name holds ``state`` and ends with ``head`` (without case)."""
    name = (getattr(entity, label, None) or "") if entity is not None else ""
    return bool(name) and state in name and name.lower().endswith(head.lower())


def state_owned_short(st: UnitState, found: list[Found], text: str) -> None:
    """A body's short name right after a State's name is that State's own body, not the body the short name stands
    for alone (``比利时开发署`` is Belgium's development agency, not UNDP, whose short name is ``开发署``): the language's
    ``state_owned_short`` (``backrefs.json``) lists such short names, ``state_owned_infixes`` the words that may stand
    between (``丹麦国际开发署``); the State's mention takes in the short name.

    ``found`` is the unit's mentions so far, sorted.
    """
    shorts = set(st.config.language.backrefs.get("state_owned_short", ()))
    if not shorts:
        return
    infixes = ("", *st.config.language.backrefs.get("state_owned_infixes", ()))  # 丹麦国际开发署: Denmark's, too
    drop = []
    for i, f in enumerate(found):
        if text[f.start:f.end] not in shorts:
            continue
        before = next((g for g in reversed(found[:i]) if g.end <= f.start), None)
        if before is not None and text[before.end:f.start] in infixes and kind_of(st, before.key) == "State":
            drop.append(f)
            before.end = f.end  # (the State's own agency: a mention of the State)
    if drop:
        found[:] = [f for f in found if f not in drop]


def add_name_heads(st: UnitState, found: list[Found], text: str) -> None:
    """Read the words a body's full name opens with, after ``the``, as that body where the report named exactly one
    body whose name opens so: ``The National Council`` after the National Council for Human Rights of Egypt, ``the
    Consultative Commission`` after the Consultative Commission on Human Rights of Luxembourg.

    The language's ``name_heads`` rule (``backrefs.json``) turns this on: ``pattern`` (a regular expression whose
    group ``head`` is the short name: a few capitalised words and a head word such as Commission or Council),
    ``kinds`` (the classes of body), ``head_ends`` (what must follow the short name in the body's full name: `` for
    ``, `` of ``, `` on ``) and ``not_followed_by`` (a longer name goes on after the match). The short name must be
    two words or more, cover no name, abbreviation or symbol the text reads, and fit one body of the report's
    mentions so far (the unit's before it included); else nothing is read. A back-reference it covers (an organ's
    rule read ``National Council`` as a State's) gives way.

    ``found`` is the unit's mentions so far, sorted.
    """
    rule = st.config.language.backrefs.get("name_heads")
    if not rule:
        return
    kinds = set(rule.get("kinds", ()))
    ends = tuple(rule.get("head_ends", ()))
    after = re.compile(rule["not_followed_by"]) if rule.get("not_followed_by") else None
    label = f"label_{st.lang}"
    changed = False
    for m in re.finditer(rule["pattern"], text):
        s, e = m.span("head")
        short = m.group("head")
        if len(short.split()) < 2 or (after is not None and after.match(text, e)):
            continue
        over = [f for f in found if f.start < e and s < f.end]
        if any(f.via != "backref" for f in over):
            continue  # (a name the gazetteer reads, or part of one)
        named = set(st.history.last) | {f.key for f in found if f.end <= s}
        fits = []
        for k in named:
            ent = st.gz.entities.get(k)
            if ent is None or ent.kind not in kinds:
                continue
            names = (getattr(ent, label, None) or "",) + tuple(ent.aliases)
            if any(n.startswith(short) and n[len(short):].startswith(ends) for n in names if n):
                fits.append(k)
        if len(fits) != 1:
            continue
        found[:] = [f for f in found if f not in over]
        found.append(Found(s, e, fits[0], "backref"))
        changed = True
    if changed:
        found.sort(key=lambda f: (f.start, f.end))

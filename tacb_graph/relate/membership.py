"""Membership and renaming: ``A 是 B 的成员国`` / ``A is a member of B``, the members a body's list names
(``董事会成员为：A、B 和 C``, ``The members of the Board are A, B and C``) → ``tacb:memberOf``;
``A (后来)更名为 B`` / ``A was later renamed B``, ``B took its present name when A was renamed`` → ``tacb:renamedTo``. Every word list is the language's
``relations.json`` (``member_of``, ``renamed``)."""

from __future__ import annotations

import re

from .patterns import SentenceContext
from .roles import followed_by, members_of, subject_before

__all__ = ["member_renamed"]


def _more_after(sent, end: int, phrases) -> bool:
    """Words of the clause follow the membership phrase after ``end`` (为 X 的成员举办了培训: 为 is "for", not "is")."""
    lx = sent.lx
    rest = lx.squeeze(sent.text[end:sent.clause_end(end)])
    p = lx.starts_with(rest.strip(), phrases)
    return bool(p) and bool(rest.strip()[len(p):].strip(" 。之一"))


def member_renamed(ctx: SentenceContext) -> None:
    """``A 是 B 的成员国`` / ``A is a member of B`` → memberOf; ``A (后来)更名为 B`` /
    ``A was later renamed B`` → renamedTo."""
    sent = ctx.sentence
    lx = sent.lx
    text = sent.text
    groups = sent.groups
    rn = lx["renamed"]
    mo = lx["member_of"]
    fillers = re.compile(rn["gap_fillers"]) if rn.get("gap_fillers") else None
    for i, g in enumerate(groups[:-1]):
        h = groups[i + 1]
        raw = text[g.end:h.head]
        gap = lx.trim(lx.squeeze(fillers.sub(" ", raw) if fillers else raw).strip(), "determiners")
        if gap in rn["phrases"]:
            for a in g.keys:
                for b in h.keys:
                    ctx.add(a, "renamedTo", b)
        elif gap in rn.get("former_phrases", ()):
            for a in h.keys:  # F, originally called G: G was renamed F
                for b in g.keys:
                    ctx.add(a, "renamedTo", b)
    # F 是…设立的，原名为 X: X is F's former name
    for s, e, _w in lx.find(text, rn.get("former_phrases", ()), sent.start, sent.end):
        h = next((g for g in sent.after(e) if not lx.squeeze(text[e:g.head])), None)
        subj = subject_before(sent, s, lx.agents | {"Programme", "Fund"}, ctx.prev_subject)
        if h is not None and subj is not None and not set(h.keys) & set(subj.keys):
            for a in h.keys:
                for b in subj.keys:
                    ctx.add(a, "renamedTo", b)
    # F took its present name in 2014, when G was renamed: G is F's former name
    for s, e, _w in lx.find(text, rn.get("present_name", ()), sent.start, sent.end):
        subj = subject_before(sent, s, lx.agents | {"Programme", "Fund"}, ctx.prev_subject)
        old = next((g for g in sent.after(e) if followed_by(sent, g.end, rn.get("renamed_after", ()))), None)
        if subj is not None and old is not None and not set(old.keys) & set(subj.keys):
            for a in old.keys:
                for b in subj.keys:
                    ctx.add(a, "renamedTo", b)
    for i, g in enumerate(groups[:-1]):
        h = groups[i + 1]
        raw = text[g.end:h.head]
        gap = lx.trim(lx.squeeze(fillers.sub(" ", raw) if fillers else raw).strip(), "determiners")
        member = gap in mo["copula"] and followed_by(sent, h.end, mo["phrases"]) \
            and not (gap in mo.get("copula_unless_more", ()) and _more_after(sent, h.end, mo["phrases"]))
        member = member or (gap in mo.get("became", ()) and followed_by(sent, h.end, mo.get("became_phrases", ())))
        member = member or (gap in mo.get("joined", ()) and bool(h.kinds() & set(mo.get("joined_kinds", ()))))  # X 加入了 Y
        bodies_g = [k for k in members_of(g, lx.agents) if not k.startswith("state/")]
        if gap in mo.get("state_titles", ()) and bodies_g:
            # 西非国家经济共同体成员国加纳: the States the title stands right before
            for a in [it.key for it in h.items[:next((n for n, it in enumerate(h.items) if it.kind != "State"),
                                                     len(h.items))]]:
                for b in bodies_g:
                    ctx.add(a, "memberOf", b)
        as_member = mo.get("as_member") or {}
        if gap in as_member.get("gaps", ()) and bodies_g and lx.ends_with(
                lx.squeeze(text[sent.clause_start(g.start):g.start]), as_member.get("before", ())):
            # 作为国家人权机构全球联盟成员的 X: X is a member of the body named after 作为
            for a in members_of(h, lx.agents):
                for b in bodies_g:
                    ctx.add(a, "memberOf", b)
        appos = gap.lower() if raw.lstrip().startswith(",") and g.kinds() == {"Person"} else None
        if appos and appos in mo.get("appositions", ()):
            member = True  # A, Commissioner of the African Commission, …: a person and the body of her office
        # (X and Y are members of Z: "members of" is also a phrase naming people through Z, the lead of its group)
        whole = gap if h.lead is None else lx.trim(lx.squeeze(text[g.end:h.start]).strip(), "determiners")
        ordinal = bool(mo.get("before_rx")) and re.fullmatch(mo["before_rx"], gap) is not None  # the eleventh member of
        owned = lx.starts_with(lx.squeeze(text[h.end:h.end + 40]).lower(), (lx.get("activities") or {}).get("nouns", ())) \
            or re.match(r"\s*(?:'s|’s)\s", text[h.end:h.end + 4])
        if (member or ordinal or gap in mo.get("before", ()) or whole in mo.get("before", ())) and not owned:
            # (X joined the UNDP programme: the programme, not UNDP, is what X joined)
            subs, persons = members_of(g, lx.agents), {it.key for it in h.items if it.kind in ("Person", "Place")}
            if raw.lstrip().startswith(",") and "Person" in g.kinds():  # X, and B, Vice-Chair of Y: B, not X;
                rev = g.items[::-1]  # A, member of X, and B: B is no body to belong to
                subs = [it.key for it in rev[:next((n for n, it in enumerate(rev) if it.kind != "Person"), len(rev))]]
            for a in subs:
                for b in h.keys:
                    if b not in persons:  # (nor a place: 马里是萨赫勒地区的一部分)
                        ctx.add(a, "memberOf", b)
        body = g.items[-1]
        if raw.strip() == "," and h.kinds() == {"Person"} and body.kind not in ("Person", "State") and body.kind in lx.agents \
                and lx.ends_with(lx.trim(lx.squeeze(text[max(sent.start, body.start - 40):body.start]), "determiners"),
                                 mo.get("titles_before", ())):
            for b in (body.key,):  # the Chair of the Working Group, A: A is a member of it
                for a in h.keys:
                    ctx.add(a, "memberOf", b)
        # 专家机制成员 P, 董事会主席 P; 委员会委员 P 和 Y 的代表 Q: the persons the title stands right before
        led = [it.key for it in h.items[:next((i for i, it in enumerate(h.items) if it.kind != "Person"), len(h.items))]]
        last = g.items[-1]  # (A、B 委员会委员 P: in a list of speakers, the body the title follows)
        # (高级专员和 X 委员会主席 P: the title is of the body it follows, not of the whole list)
        bodies = [last.key] if last.kind in lx.agents and last.kind not in ("Person", "State") else \
            members_of(g, lx.agents) if "Person" not in g.kinds() else []
        if gap in mo.get("titles", ()) and led:
            for b in bodies:
                for a in dict.fromkeys(led):
                    ctx.add(a, "memberOf", b)
    # 董事会成员为：A、B 和 C
    own = re.compile(mo["its_members"]) if mo.get("its_members") else None
    cues = lx.find(text, mo.get("list_cues", ()), sent.start, sent.end)
    if mo.get("list_cues_rx"):  # 董事会由五人组成，均以个人身份任职：A、B: a counted body, then its members
        cues = sorted(cues + [(sent.start + m.start(), sent.start + m.end(), "")
                              for m in re.finditer(mo["list_cues_rx"], text[sent.start:sent.end])])
    for s, e, _w in cues:
        gap_rx = mo.get("list_time_gap")  # (董事会 2116—2117 年度的成员为: a term between the body and the cue)
        body = [g for g in sent.before(s) if not lx.squeeze(text[g.end:s]).strip(" ,")  # (the Bureau, composed of)
                or gap_rx and re.fullmatch(gap_rx, lx.squeeze(text[g.end:s]).strip(" ,"))]
        if not body and own is not None and own.match(lx.squeeze(text[e:e + 40]).strip()):
            # X set up a drafting group composed of five of its members: A, B …: members of X, the body "its" is
            body = [g for g in sent.before(s) if g.kinds() & (lx.agents - {"Person", "State"}) and g.governor is None][-1:]
        if not body and not _w and mo.get("its_list_subject") and re.match(mo["its_list_subject"], text[s:e]):
            # The Board was chaired by A; its other members were B and C: the body the sentence opens with
            body = [g for g in sent.groups[:1] if g.kinds() & (lx.agents - {"Person", "State"}) and g.end <= s]
        if not body and mo.get("members_subject") and sent.groups \
                and lx.starts_with(lx.squeeze(text[sent.groups[0].end:sent.groups[0].end + 8]), mo["members_subject"]):
            # 董事会成员由秘书长任命，在本报告所述期间的成员为：A、B: the members the sentence opens with are the body's
            body = [g for g in sent.groups[:1] if g.kinds() & (lx.agents - {"Person", "State"}) and g.end <= s]
        if not body or "Person" in body[-1].kinds():
            continue
        bodies = members_of(body[-1], lx.agents)
        items = body[-1].items
        if len(items) > 1 and not text[items[-2].end:items[-1].start].strip():
            bodies = [items[-1].key]  # 基金董事会有五名成员: the Board of the Fund named right before it, not the Fund
        for g in sent.after(e):
            for a in members_of(g, {"Person"}):
                for b in bodies:
                    ctx.add(a, "memberOf", b)
    _members_named(ctx, mo)
    _chaired_by(ctx, mo)


def _chaired_by(ctx: SentenceContext, mo: dict) -> None:
    """``The Board was chaired by A``: the person right after a verb of chairing (``chaired_by``, a regular expression
    on the words between the body and the person) is a member of the body named right before."""
    rx = mo.get("chaired_by")
    if not rx:
        return
    sent = ctx.sentence
    lx = sent.lx
    for g in sent.groups:
        if "Person" not in g.kinds():
            continue
        body = next((h for h in reversed(sent.groups) if h.end <= g.start), None)  # (Ms.: no clause end)
        if body is None or not body.kinds() & (lx.agents - {"Person", "State"}) \
                or not re.fullmatch(rx, lx.squeeze(sent.text[body.end:g.head if g.lead is None else g.lead]).strip()):
            continue
        for a in members_of(g, {"Person"}):
            for b in members_of(body, lx.agents - {"Person", "State"}):
                ctx.add(a, "memberOf", b)


def _members_named(ctx: SentenceContext, mo: dict) -> None:
    """``The members of the Board are A (Uruguay), Chair; B …``, ``composed of the following members of the
    Committee: A, B and C`` (``members_before`` a body, then the persons): each person memberOf the body;
    ``According to its Chair, A`` (``roles`` after ``its``/``the``, right before the person): A memberOf the
    body ``its`` stands for."""
    sent = ctx.sentence
    lx = sent.lx
    text = sent.text
    bodies = lx.agents - {"Person", "State"}
    groups = sent.groups
    for i, b in enumerate(groups):
        if not b.kinds() & bodies or not lx.ends_with(lx.trim(lx.squeeze(text[sent.clause_start(b.head):b.start]),
                                                              "determiners"), mo.get("members_before", ())):
            continue
        persons = []
        end = b.end  # (the members of the Board of the Fund, …: the body's own complement)
        if i + 1 < len(groups) and groups[i + 1].governor == "of" and not lx.trim(lx.squeeze(
                text[b.end:groups[i + 1].head]), "determiners").replace("of", "", 1).strip():
            end = groups[i + 1].end
        aside = re.match(mo["members_aside"], text[end:sent.end]) if mo.get("members_aside") else None
        at = end + aside.end() if aside else b.end  # the members of X, appointed by Y for three years, are A, B …
        for h in groups[i + 1:]:
            if h.start < at:
                continue
            if h.kinds() - {"Person"}:
                break
            if not persons and (len(lx.squeeze(text[at:h.start])) > mo.get("members_gap", 24)
                                or ";" in text[at:h.start]):
                break  # (A, member of X; B, member of Y: a semicolon ends the entry X belongs to)
            persons += members_of(h, {"Person"})
        for p in persons:
            for k in members_of(b, bodies):
                ctx.add(p, "memberOf", k)
    # In 2025, its members were A (Türkiye), Chair; B …: the body ``its`` stands for
    hits = lx.find(text, mo.get("members_pronoun", ()), sent.start, sent.end)
    if mo.get("members_pronoun_aside"):  # Its members, appointed by the Secretary-General, are A (…), B …
        hits += [(sent.start + m.start(), sent.start + m.end(), None)
                 for m in re.finditer(mo["members_pronoun_aside"], text[sent.start:sent.end])]
    for ps, pe, _w in hits:
        owner = next((h for h in reversed(sent.before(ps)) if h.kinds() & bodies), None)
        owner = owner or (ctx.prev_subject if ctx.prev_subject is not None and ctx.prev_subject.kinds() & bodies
                          else None)
        if owner is None:
            continue
        persons = []
        for h in sent.after(pe):
            if h.kinds() - {"Person"}:
                break
            if not persons and len(lx.squeeze(text[pe:h.start])) > mo.get("members_gap", 24):
                break
            persons += members_of(h, {"Person"})
        for p in persons:
            for k in members_of(owner, bodies):
                ctx.add(p, "memberOf", k)
    roles = mo.get("roles", ())
    for g in groups:
        if "Person" not in g.kinds():
            continue
        before = lx.squeeze(text[max(sent.start, g.head - 40):g.head]).rstrip(" ,")
        role = lx.ends_with(before, roles)
        if not role or text[g.head - 2:g.head].strip() != ",":
            continue
        owner_word = lx.ends_with(lx.squeeze(before[:-len(role)]), mo.get("role_owners", ()))
        if not owner_word:
            continue
        owner = next((h for h in reversed(sent.before(g.head)) if h.kinds() & bodies), None)
        owner = owner or (ctx.prev_subject if ctx.prev_subject is not None and ctx.prev_subject.kinds() & bodies
                          else None)
        if owner is not None:
            for k in members_of(owner, bodies):
                for p in members_of(g, {"Person"}):
                    ctx.add(p, "memberOf", k)

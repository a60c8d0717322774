"""Help said again in a later sentence: the provider or the recipient is the one of the help stated before.

A paragraph often names an act of help in one sentence and extends it in the next without naming again
who gave it, or to whom: ``OHCHR provided technical assistance to Mali. Similar support was extended to
Chad.``, ``UNICEF supported campaigns in Benin. It did the same in Togo.``, ``The Office advised Armenia.
Georgia also benefited from such services.``, ``UN-Women trained police officers of Jordan. Germany
provided funding for the training.`` What is missing is taken from the unit's last sentence that stated
help (``SentenceContext.earlier``, read-only): its providers, or its recipients. Nothing is read when no
earlier sentence of the unit stated help.

Word lists (``relations.json`` ``repeated_help``; a language without the key reads nothing here), each a
regular expression matched in the folded sentence:

* ``again_passive`` — help referred back to and given to someone (``similar support was extended to``):
  the States after it, in its clause, are helped by the earlier providers;
* ``same_in`` — ``did the same in``: the States after it are helped by the earlier providers (or by an
  agent named before it in its clause);
* ``again_benefited`` — ``also benefited from such services``, ``也得到了类似的支持``: the free agent before
  it in its clause is helped by the earlier providers, unless the clause names another agent before it
  (``多哥从开发署也得到了…``: a provider of its own);
* ``toward_activity`` — ``provided funding for the training``: ``{nouns}`` stands for the activity nouns
  (``activities.nouns``) and ``extra_nouns``; the free agent before it in its clause helps the earlier
  recipients; ``costs_borne`` likewise (``UNICEF also covered the travel costs of two experts``,
  ``儿基会还承担了…的差旅费``), and its payer may follow a preposition of ``costs_borne_with`` right before it
  (``…, with Ireland meeting the costs``); ``paid_for_here`` likewise, a verb of paying that ends its clause (``…, work
  that the European Union had paid for``), but only for help the sentence itself stated, or for the help before
  when the sentence refers back to its recipient's people (``paid_for_here_back``: two members of its staff);
* ``funded_back`` — the activity referred back to, up to the agent's marker, and (where the language lists
  them) ``funded_back_verbs`` right after the agents that follow it: ``the costs of the course were met by X``,
  ``该培训由 X 供资``, ``这些讲习班由 A 和 B 资助`` — the agents help the earlier recipients (the funder beside the
  implementer: tests/gold/README.md, "funded help"); ``taught_in`` — people of another body taught in the
  activity (``毒罪办的两名专家也参与了培训的授课``): that body helps its recipients too; ``funded_back_source`` (a
  regular expression of the expression's end) names the source of the money, which needs no verb after the agents
  (``所需经费来自 X。``); a post paid for (``post_nouns``) helps the State the unit's last help to a State went to,
  when the help before went to no State (the adviser advised the country team; :func:`_post_state`);
  ``funded_back_chain`` (a regular expression of the gap between two agents: ``organized by X and paid for by Y``)
  lets a second passive agent join the first.

The help stated earlier in the same sentence counts as "before" (``…实施了一个项目，该项目由瑞典资助``).

>>> from tacb_graph.records import Source
>>> from tacb_graph.segment import segment
>>> from tacb_graph.recognise import recognise
>>> from tacb_graph.relate import relate
>>> text = "1. OHCHR provided technical assistance to Mali. Similar support was extended to Chad.\\n"
>>> rec = relate(recognise(segment(Source("r.txt", "r", text, "0", "utf-8", 0))))
>>> sorted((r.subject, r.object) for r in rec.relations if r.predicate == "assists")
[('org/ohchr', 'state/MLI'), ('org/ohchr', 'state/TCD')]
"""

from __future__ import annotations

import re

from .clauses import Group, Sentence, without_short_form
from .emit import emit_assist, topic
from .patterns import SentenceContext
from .roles import is_free, members_of, year_before

__all__ = ["read_paid_later", "repeated_help"]


def _compiled(lx, spec: dict) -> dict[str, re.Pattern]:
    """The ``repeated_help`` expressions, compiled once per lexicon (``{nouns}`` filled in)."""
    if "_repeated_help" not in lx.__dict__:
        act = lx.get("activities") or {}
        nouns = sorted(set(act.get("nouns", ())) | set(spec.get("extra_nouns", ())), key=len, reverse=True)
        alt = "|".join(map(re.escape, nouns)) or "(?!)"
        lx.__dict__["_repeated_help"] = {k: re.compile(v.replace("{nouns}", f"(?:{alt})"))
                                         for k, v in spec.items() if k in _KEYS and isinstance(v, str)}
    return lx.__dict__["_repeated_help"]


_KEYS = ("again_passive", "same_in", "again_benefited", "toward_activity", "costs_borne", "paid_for_here", "funded_back",
         "taught_in")
_PAID = ("toward_activity", "costs_borne", "paid_for_here", "funded_back")  # who paid: read again after the back-off


def read_paid_later(ctx: SentenceContext, earlier: list, own: list = (), keys: tuple[str, ...] = _PAID) -> None:
    """Read again, in ``ctx`` (a sentence that said who paid for help before it when no rule had read that help), the
    ``_PAID`` expressions (or those of ``keys``) against ``earlier`` — what the unit's sentences before it state once
    the back-off (:mod:`.assist_model`) has read help the rules did not: ``人权高专办…组成了一个联合特派团，前往巴马科。
    特派团的差旅费用由 Y 支付``; ``own``, the help the back-off read in the sentence itself, stands as the sentence's own
    (``…, in a placement that Monaco paid for``). What it reads lands in ``ctx.relations`` and ``ctx.assistances``,
    emptied first (``own`` left out)."""
    ctx.relations.clear()
    ctx.assistances.clear()
    ctx.earlier = earlier
    ctx.relations.extend(own)
    repeated_help(ctx, keys)
    ctx.relations[:] = [r for r in ctx.relations if r not in own]


def _costs_whose(sent: Sentence, e: int, recipients, spec: dict) -> list[str] | None:
    """The recipients whose people the costs paid at ``e`` were for, where the words after name them
    (``costs_whose``, a regular expression: for the participants from A): ``bore the cost of interpretation for the
    participants from Guinea-Bissau`` helped Guinea-Bissau, not every State the course was for."""
    rx = spec.get("costs_whose")
    m = re.match(rx, sent.text[e:sent.clause_end(e)]) if rx else None
    if m is None:
        return None
    at = e + m.end()
    named = []
    for g in sent.after(at):
        if g.start > sent.clause_end(at) or named and sent.lx.squeeze(sent.text[named[-1][1]:g.start]).strip(" ,") \
                not in ("", *sent.lx["coordinators"]) or not named and sent.text[at:g.start].strip():
            break
        named.append((g, g.end))
    keys = [k for g, _e in named for k in members_of(g, {"State", "NHRI"}) if k in recipients]
    return keys or None


def office_holders(ctx: SentenceContext, a: int, s: int, act: dict, earlier: list) -> list[str]:
    """``…派驻一名人权顾问。…顾问办公室一名本国干事的薪金由 Y 承担``: the words before a funding verb at ``s`` name a
    post in an office (``office_post``, a regular expression): the post helps the office — those who gave the help of
    the unit's last sentence with any (``earlier``), not its recipients. Noted in ``ctx.carried`` (no help to repeat)."""
    rx = act.get("office_post")
    if not rx or not earlier or not re.search(rx, ctx.sentence.lx.squeeze(ctx.sentence.text[a:s])):
        return []
    holders = list(dict.fromkeys(r.subject for r in earlier if r.sentence == earlier[-1].sentence
                                 and not r.subject.startswith("state/")))  # (the office's holder, not a donor)
    ctx.carried.setdefault("office_posts", set()).update(holders)
    return holders


def to_own_body(ctx: SentenceContext, r) -> bool:
    """Help an office gave the body it belongs to (the gazetteer's ``parent``: the adviser is guided by the regional
    office), which the extractor drops in the end: no help a later sentence refers back to."""
    return ctx.parents.get(r.subject) == r.object


def last_help(ctx: SentenceContext) -> tuple[list[str], list[str]]:
    """(providers, recipients) of the help this sentence stated so far, else of the unit's last earlier
    sentence that stated help (help to an office for a post in it aside: (:func:`office_holders`)."""
    posts = ctx.carried.get("office_posts", set())
    here = [r for r in ctx.relations if r.predicate == "assists" and r.object not in posts and not to_own_body(ctx, r)]
    if here:
        return list(dict.fromkeys(r.subject for r in here)), list(dict.fromkeys(r.object for r in here))
    earlier = [r for r in ctx.earlier if r.predicate == "assists" and not to_own_body(ctx, r)]
    if not earlier:
        return [], []
    last = [r for r in earlier if r.sentence == earlier[-1].sentence]
    return list(dict.fromkeys(r.subject for r in last)), list(dict.fromkeys(r.object for r in last))


def _post_state(ctx: SentenceContext, recipients: list[str]) -> list[str]:
    """For a post paid for (``post_nouns``: 该职位的经费由 Y 承担) when the help before went to no State (the adviser
    advised the country team): the States the unit's latest help to a State went to (the one the post was deployed
    to); none when the help before went to a State already, or no earlier help did."""
    if any(k.startswith("state/") for k in recipients):
        return []
    for r in reversed([*ctx.earlier, *ctx.relations]):
        if r.predicate == "assists" and r.object.startswith("state/"):
            return [r.object]
    return []


def _free_before(sent: Sentence, lo: int, pos: int) -> Group | None:
    """The last free agent group between the clause start ``lo`` and ``pos``."""
    agents = sent.lx.agents
    before = [g for g in sent.groups if lo <= g.start and g.end <= pos and is_free(sent, g) and g.kinds() & agents]
    return before[-1] if before else None


def _states_after(sent: Sentence, pos: int) -> list[str]:
    """The States of the groups after ``pos`` in its clause (``to Z and W``)."""
    end = sent.clause_end(pos)
    return [k for g in sent.groups if pos <= g.start and g.end <= end + 1 for k in members_of(g, {"State"})]


def repeated_help(ctx: SentenceContext, keys: tuple[str, ...] = ()) -> None:
    """Help said again with its provider or recipient left to the sentence before (see the module docstring); only
    the expressions of ``keys`` when given."""
    sent = ctx.sentence
    lx = sent.lx
    spec = lx.get("repeated_help")
    if not spec:
        return
    providers, recipients = last_help(ctx)
    rx = _compiled(lx, spec)
    text = sent.text
    if not providers:
        if any(k in rx and rx[k].search(text, sent.start, sent.end) for k in _PAID):
            ctx.carried.setdefault("unpaid", []).append(ctx)  # paid for help no rule read: see read_paid_later
        return
    agents = lx.agents
    for key in keys or _KEYS:
        if key not in rx:
            continue
        for m in rx[key].finditer(text, sent.start, sent.end):
            s, e = m.start(), m.end()
            lo = sent.clause_start(s)
            if key in ("again_passive", "same_in"):
                agent = _free_before(sent, lo, s) if key == "same_in" else None
                provs = members_of(agent, agents) if agent is not None else providers
                recips = [k for k in _states_after(sent, e) if k not in provs]
                if recips:
                    emit_assist(ctx, provs, recips, year_before(sent, s), topic(sent, e), ctx.mood(s, agent))
            elif key == "again_benefited":
                subj = _free_before(sent, lo, s)
                own = [g for g in sent.groups if lo <= g.start and g.end <= s and g is not subj and g.kinds() & agents]
                if subj is not None and not own:  # (多哥从开发署也得到了…: a provider of its own, read elsewhere)
                    recips = [k for k in members_of(subj, agents) if k not in providers]
                    emit_assist(ctx, providers, recips, year_before(sent, s), topic(sent, e), ctx.mood(s, subj))
            elif key == "funded_back":  # 该培训由 X 供资: the agent after the expression paid for the help before
                run = []
                for g in sent.after(e):
                    gap = lx.trim(lx.squeeze(text[run[-1].end if run else e:g.head]), "determiners")
                    if run and gap in lx["modifier_words"] and g.kinds() & agents:
                        run[-1] = g  # 由人权高专办的条约机构能力建设方案承担: the programme of the Office pays
                        continue
                    if gap not in ("", *lx["coordinators"]) and not (  # organized by X and paid for by Y
                            run and spec.get("funded_back_chain") and re.match(spec["funded_back_chain"], gap)):
                        break
                    run.append(g)
                rest = without_short_form(lx.squeeze(text[run[-1].end:run[-1].end + 40])) if run else ""  # X(毒罪办)拨付
                if spec.get("funded_back_aside"):  # 由 X 在其法治项目框架内承担
                    rest = re.sub(spec["funded_back_aside"], "", rest, count=1)
                rest = rest[len(lx.starts_with(rest, lx.get("government_words", ())) or ""):]  # 由爱尔兰政府承担
                if run and "State" in run[-1].kinds() and spec.get("funded_back_organ"):
                    rest = re.sub(spec["funded_back_organ"], "", rest, count=1)  # 由埃及国家妇女理事会支付: a body of its own
                held = office_holders(ctx, lo, e, lx.get("activities") or {}, list(ctx.earlier) + list(ctx.relations))
                if not held and lx.find(text, spec.get("post_nouns", ()), lo, e):
                    held = _post_state(ctx, recipients)  # 该职位所需经费来自 Y: the post's State, not whom it advised
                provs = [k for g in run for k in members_of(g, agents) if k not in (held or recipients)]
                source = spec.get("funded_back_source") and re.search(spec["funded_back_source"], m.group())
                if provs and (source or "funded_back_verbs" not in spec or lx.starts_with(rest, spec["funded_back_verbs"])):
                    # (该顾问的费用将由 Y 承担: the modal inside the expression counts; 小组一名干事的职位费用由 Y
                    # 承担: the post helps the team's holder)
                    mood = ctx.mood(e, None)
                    here = {(r.modality, r.requested_by) for r in ctx.relations
                            if r.predicate == "assists" and r.object in (held or recipients)}
                    if mood[0] == "Reported" and len(here) == 1 and next(iter(here))[0] in ("Planned", "Requested"):
                        mood = next(iter(here))  # X 将举办一次交流会，费用由 Y 承担: paid for as planned
                    emit_assist(ctx, provs, held or recipients, year_before(sent, s), topic(sent, e), mood)
            elif key == "taught_in":  # 毒罪办的两名专家也参与了培训的授课; Two experts of UNODC also taught in it
                near = [g for g in sent.groups if lo <= g.start and g.end <= s and g.kinds() & agents
                        and not set(g.keys) & set(recipients)]
                if near:
                    provs = [k for k in members_of(near[0], agents) if k not in providers]
                    emit_assist(ctx, provs, recipients, year_before(sent, s), topic(sent, e), ctx.mood(s, near[0]))
            else:  # toward_activity, costs_borne, paid_for_here
                back = spec.get("paid_for_here_back")  # (two members of its staff spent …, in a placement that X paid
                # for: the people of the one helped before, whose help it is)
                if key == "paid_for_here" and not any(r.predicate == "assists" for r in ctx.relations) \
                        and not (back and re.search(back, text[sent.start:s])):
                    if ctx not in ctx.carried.setdefault("unpaid", []):
                        ctx.carried["unpaid"].append(ctx)  # (its own help may be the back-off's: read again then)
                    continue  # (…, work that X had paid for: the help of the sentence itself, not of one before)
                subj = _free_before(sent, lo, s)
                if subj is None and key == "costs_borne":  # …, with Ireland meeting the costs: 'with' and a gerund
                    near = [g for g in sent.groups if lo <= g.start and g.end <= s and g.kinds() & agents]
                    if near and near[-1].governor in spec.get("costs_borne_with", ()) and not text[near[-1].end:s].strip():
                        subj = near[-1]
                if subj is not None:
                    provs = [k for k in members_of(subj, agents) if k not in recipients]
                    if key == "costs_borne" and any(r.predicate == "assists" and r.subject in provs
                                                    for r in ctx.relations):
                        continue  # met the costs of the participants from A: whose costs, the sentence already said
                    whose = _costs_whose(sent, e, recipients, spec) if key == "costs_borne" else None
                    emit_assist(ctx, provs, whose or recipients, year_before(sent, s), topic(sent, e), ctx.mood(s, subj))


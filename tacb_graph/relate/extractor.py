"""The relation extractor: a spaCy component reading one text unit's sentences.

For each sentence of a unit (``Doc.sents``, from the one segmentation) it groups
the recogniser's mentions (:mod:`.clauses`) and runs every pattern family
(:mod:`.patterns`) and the stance reader (:mod:`.stance`). What it carries from
unit to unit — the current stance holder, the sections about submissions —
lives in the report's context. :func:`finish` collects the results into the
:class:`~tacb_graph.records.Recognised` record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc

from ..config import Config, load_config
from ..records import REPORT, UNIT, Assistance, Recognised, Relation
from ..recognise.report import ReportContext, doc_text
from .assist_model import back_off
from .clauses import Lexicon, lexicon_for, sentences
from .emit import topic
from .families import extract_sentence
from .modality import REPORTED, modality_at
from .patterns import SentenceContext, cites
from .prefix import Prefix
from .repeated import read_paid_later
from .roles import phrase_before, sentence_subject
from .settle import posts_by_parent, settle
from .stance import find_stances, titled_actor

__all__ = ["RelationExtractor", "finish"]


@dataclass
class _State:
    relayed: set[int]  # paragraphs in sections about the submissions
    kinds: dict[str, str] = field(default_factory=dict)  # entity key -> class
    holder: object = None
    concept: str | None = None  # the concept named last in the units so far
    together: tuple[str, ...] = ()  # the concepts of the last unit that named two or more
    titled: str | None = None  # the actor named last with a title (the Minister of Justice of X)
    topics: dict[int, str] = field(default_factory=dict)  # paragraph number -> the concept its section's title names
    relations: list = field(default_factory=list)
    stances: list = field(default_factory=list)
    contributions: list = field(default_factory=list)
    assistances: list = field(default_factory=list)
    dates: list = field(default_factory=list)
    submitters: set = field(default_factory=set)  # subjects of submittedInputTo among relations[:seen]
    listed: set = field(default_factory=set)  # … of those read from a reply list (via "list")
    seen: int = 0
    posts: dict = field(default_factory=dict)  # person key -> the post the report said the person holds (heldBy)

    def read_submitters(self) -> None:
        """Bring :attr:`submitters` and :attr:`listed` up to the relations found so far (only the new ones read)."""
        for r in self.relations[self.seen:]:
            if r.predicate == "submittedInputTo":
                self.submitters.add(r.subject)
                if r.via == "list":
                    self.listed.add(r.subject)
        self.seen = len(self.relations)


def _respondents(ev, known: set[str]) -> list[str]:
    """The holders of a view event who may have given it as input: those of the kinds that submit, and any holder a
    reply list named (a United Nations body that replied: the Advisory Committee, a regional commission; a State the
    event holds through a pronoun)."""
    return list(ev.submitters) + [k for k in ev.keys if k in known and k not in ev.submitters]


def _told_elsewhere(sent, ev, lx: Lexicon) -> bool:
    """``X explained to them how …``, ``X asked the Special Rapporteur to comment …``: the holder event's words
    (``respondents_not``, a regular expression on its clause from the holder on) tell others than the report's
    author, or ask something of it — nothing the holder wrote for the report."""
    rx = lx["submitted_input"].get("respondents_not")
    return bool(rx) and re.match(rx, sent.text[ev.pos:sent.clause_end(ev.pos)].lstrip("_")) is not None


def _relayed(ctx: ReportContext, lx: Lexicon) -> set[int]:
    """Paragraphs of the sections whose text (or title) speaks of replies and submissions. Where a section
    is cut into lettered sub-sections, a paragraph's words (or a sub-section's title) make only its own
    sub-section one about the submissions (A. Discussions … C. Written contributions: A is not)."""
    words = lx["submitted_input"]["section_words"]
    fold = lx.language.fold
    seg = ctx.segmented
    paras = seg.paragraphs

    def part(p) -> tuple:
        subs = [s for s in seg.subsections if s.section == p.section and s.start <= p.start]
        return (p.section, max(subs, key=lambda s: s.start).start if subs else None)

    not_after = lx["submitted_input"].get("section_words_not_after")
    not_after = re.compile(not_after) if not_after else None

    idioms = lx["submitted_input"].get("section_word_idioms")
    idioms = re.compile(idioms) if idioms else None

    def speaks(text: str) -> bool:  # (尚未得到答复, no reply yet: an unanswered request, no submission)
        said = [m.span() for m in idioms.finditer(text)] if idioms is not None else []  # (In reply, the Expert said)
        return any((not_after is None or not not_after.search(text, max(0, a - 24), a))
                   and not any(i <= a < j for i, j in said) for a, _b, _w in lx.find(text, words))

    parts = {part(p) for p in paras if speaks(fold(p.text))}
    parts |= {(s.section, s.start) for s in seg.subsections if lx.find(fold(s.title), words)}
    sections = {s.number for s in seg.sections if lx.find(fold(s.title), words)}
    return {p.number for p in paras if p.section in sections or part(p) in parts}


def _concept_forms(lx: Lexicon, gazetteer) -> dict[str, str]:
    """The gazetteer's forms of concepts in the lexicon's language, folded, to their keys."""
    fold = lx.language.fold
    forms: dict[str, str] = {}
    for form, key in gazetteer.surfaces.get(lx.language.code, {}).items():
        e = gazetteer.entities.get(key)
        if e is not None and e.kind == "Concept":
            forms[fold(form)] = key
    return forms


def _section_topics(ctx: ReportContext, lx: Lexicon, config: Config) -> dict[int, str]:
    """Paragraph number -> the one concept its section's title names as a concept (II. Views on the concept of X: one
    of ``topic_title_words`` in the title), for the languages whose stance lexicon reads a bare ``the concept`` as the
    section's topic (``backref_section_topic``)."""
    if not lx.stances.get("backref_section_topic"):
        return {}
    fold = lx.language.fold
    heads = lx.stances.get("topic_title_words", ())  # the title names it as a concept (Views on the concept of X)
    forms = config.derived("concept_forms", lambda: _concept_forms(lx, config.gazetteer))
    words = tuple(forms)
    topic: dict[int, str] = {}
    for sec in ctx.segmented.sections:
        hits = lx.find(fold(sec.title), words)
        whole = [(b, e, w) for b, e, w in hits if not any(b2 <= b and e <= e2 and (b2, e2) != (b, e) for b2, e2, _w in hits)]
        keys = {forms[w] for _b, _e, w in whole}
        if len(keys) == 1 and lx.find(fold(sec.title), heads):
            topic[sec.number] = keys.pop()
    return {p.number: topic[p.section] for p in ctx.segmented.paragraphs if p.section in topic}


class RelationExtractor:
    """spaCy component: relations, stances, contributions, assistance and dates of one unit."""

    name = "tacb_relations"

    def __init__(self, config: Config):
        self.config = config
        self.lexicon = lexicon_for(config.lang)

    def __call__(self, doc: Doc) -> Doc:
        ctx: ReportContext = doc._.tacb_report
        if ctx is None:
            raise ValueError("tacb_relations needs Doc._.tacb_report (run it through tacb_graph.nlp)")
        lx = self.lexicon
        if not lx.words:
            # no relation word lists for this language (the pipeline says so once): what the
            # symbols alone tell — the unit cites, and a resolution's body adopted it
            st = ctx.slot(self.name, lambda: _State(set()))
            st.relations += self._from_symbols(doc, ctx)
            return doc
        st: _State = ctx.slot(self.name, lambda: _State(_relayed(ctx, lx),
                                                        topics=_section_topics(ctx, lx, self.config)))
        unit = doc._.tacb_unit
        mentions = doc._.tacb_mentions or []
        for m in mentions:
            if m.entity not in st.kinds:
                e = ctx.entities.get(m.entity) or self.config.gazetteer.entities.get(m.entity)
                st.kinds[m.entity] = e.kind if e else ""
        bounds = doc.user_data.get("tacb_sentences") or [(s.start_char, s.end_char) for s in doc.sents]
        sents = sentences(doc_text(doc), mentions, st.kinds, bounds, lx, unit.text)
        prev = None
        body_for_symbol = self.config.gazetteer.body_for_symbol
        passage: list[str] = []  # the States named so far in the unit, latest last
        relations: list[Relation] = []
        assistances: list = []
        # what the unit said was received, for the contributions it lists after; and the body of the report's title,
        # when the unit names it, that takes money no sentence gives to anyone (a fund's report: Cyprus has pledged
        # EUR 40,000 and X, itself a beneficiary of the Fund, USD 5,000)
        title_recipient = _title_recipient(ctx, self.config, lx)
        money: dict = {"title_recipient": title_recipient if any(m.entity == title_recipient for m in mentions) else None}
        carried: dict = {}  # what a sentence left open for the next ones (people who attended, no holder named)
        prevs = []  # the subject each sentence's predecessor left (for the modality of the back-off's facts)
        for sent in sents:
            prevs.append(prev)
            sc = SentenceContext(sent, unit.unit, unit.number, prev, body_for_symbol, earlier=Prefix(relations),
                                 passage_states=Prefix(passage), money=money, carried=carried,
                                 seats=self.config.gazetteer.seat_of, about=ctx.about,
                                 parents=self.config.derived("parents", lambda: _parents(self.config.gazetteer.entities)))
            passage += [it.key for g in sent.groups for it in g.items if it.kind == "State"]
            extract_sentence(sc)
            relations += sc.relations
            assistances += sc.assistances
            st.contributions += sc.contributions
            st.dates += sc.dates
            prev = sentence_subject(sent, prev)
            carried["named"] = [g for g in sent.groups if g.kinds() & lx.agents]  # the agents the sentence named
            carried["named_in"] = sent  # (the sentence they were named in: what verb addressed them)
            carried["people_of"] = _people_of(sent, lx)  # the States whose people it named (officials of X)
            carried.setdefault("kinds", {}).update(sent.item_kinds())  # (what the unit's names are)
            carried.setdefault("names", []).extend((it.start, it.end, it.kind) for g in sent.groups for it in g.items)
        posts = self.config.derived("posts_by_parent", lambda: posts_by_parent(self.config.gazetteer.entities))
        relations, assistances = settle(sents, relations, assistances, lx, posts)
        relations, assistances = _person_roles(relations, assistances, st.kinds, lx, st.posts)
        relations, assistances = _not_to_parent(relations, assistances, self.config.gazetteer.entities, lx)
        if lx.assist_model is not None:
            before = len(relations)
            _learned_help(lx, sents, prevs, relations, assistances, unit,
                          self.config.derived("parents", lambda: _parents(self.config.gazetteer.entities)),
                          carried.get("not_helped", frozenset()))
            _paid_later(sents, relations, assistances, carried.get("unpaid", ()))
            if len(relations) > before:  # (… asked Y to fund it; Y declined: what became of help the back-off read)
                relations, assistances = settle(sents, relations, assistances, lx, posts)
        st.relations += relations
        st.assistances += assistances
        st.relations += cites(unit.unit, unit.number, sents)
        st.relations += _report_session(ctx, unit, sents, lx)
        if unit.unit == "paragraph":
            found, st.holder, events = find_stances(unit.unit, unit.number, sents, st.holder, lx, st.concept,
                                                    st.together, st.titled, st.topics.get(unit.number))
            st.titled = titled_actor(sents, lx) or st.titled
            named = tuple(dict.fromkeys(it.key for sent in sents for g in sent.groups for it in g.items
                                        if it.kind == "Concept"))
            st.together = named if len(named) > 1 else st.together
            st.concept = next((it.key for sent in reversed(sents) for g in reversed(sent.groups)
                               for it in reversed(g.items) if it.kind == "Concept"), st.concept)
            st.stances += _post_holds(found, st.posts, lx)
            # in a section about the submissions, the States and organisations whose
            # views the report relays submitted them
            st.read_submitters()
            known = st.submitters  # (not updated by the relations added below)
            denied = {r.subject for r in relations if r.predicate == "submittedInputTo" and r.modality == "Negated"}
            listed_kinds = set(lx.stances.get("listed_submitter_kinds", ()))
            spoken = lx["submitted_input"].get("spoken_at")
            said_by = lx["submitted_input"].get("spoken_by")
            # (At the workshop, A welcomed …. B considered …: the unit's opening phrase sets every view in it)
            opened = bool(spoken) and bool(sents) and re.match(spoken, lx.squeeze(sents[0].text[sents[0].start:sents[0].end]))
            speech = lx["submitted_input"].get("speech_opening")  # (中国代表认为…。中国向 X 派出了…: a statement, all of it)
            opened = opened or bool(speech) and bool(sents) and re.match(speech, lx.squeeze(sents[0].text[sents[0].start:sents[0].end]))
            titled = lx["submitted_input"].get("titled_speech")  # (Mr. A said that X had …; Speakers discussed …)
            spoken_unit = bool(titled) and bool(sents) and re.match(
                titled, lx.squeeze(sents[0].text[sents[0].start:sents[0].end]).strip()) is not None
            opened = opened or spoken_unit
            for ev in events if unit.number in st.relayed else ():
                sent = sents[ev.sentence]
                if opened or spoken and re.search(spoken, lx.squeeze(sent.text[sent.start:ev.pos])) \
                        or said_by and re.search(said_by, lx.squeeze(sent.text[sent.clause_start(ev.pos):ev.pos])) \
                        or _told_elsewhere(sent, ev, lx):
                    continue  # At a meeting of donors, X observed …: a view voiced at an event, not in a submission;
                    # (the delegation of X stated …: spoken, by those who take the floor)
                for k in _respondents(ev, known):
                    if st.kinds.get(k) in listed_kinds and k not in known or k in denied:
                        continue  # a regional organisation's views are its reply only when it is known to have replied
                    st.relations.append(Relation(k, "submittedInputTo", REPORT, unit.unit, unit.number,
                                                 sents[ev.sentence].quote))
            if unit.number not in st.relayed and lx["submitted_input"].get("respondents_report"):
                # elsewhere, what a State or organisation that replied (a reply list named it) reports
                # of itself is taken from its reply — but not what the State a report is on says (the Government
                # that gave information for a report on its own country does not reply in every paragraph)
                st.read_submitters()
                listed = st.listed - self._titled_states(ctx, st.listed)
                for ev in events:
                    sent = sents[ev.sentence]
                    if spoken_unit or _told_elsewhere(sent, ev, lx) or said_by and re.search(
                            said_by, lx.squeeze(sent.text[sent.clause_start(ev.pos):ev.pos])) \
                            or titled and re.match(titled, lx.squeeze(sent.text[sent.start:ev.pos]).strip()):
                        continue  # (the representative of X said …; a unit that opens with a speaker: spoken, not replied)
                    for k in _respondents(ev, listed):
                        if k in listed and k not in denied:
                            st.relations.append(Relation(k, "submittedInputTo", REPORT, unit.unit, unit.number,
                                                         sents[ev.sentence].quote))
        return doc


    def _titled_states(self, ctx: ReportContext, listed: set[str]) -> set[str]:
        """The ``listed`` respondents that are States the report's title names (by their gazetteer names), and those
        whose names hold such a State's (its national human rights institution, its ombudsman)."""
        meta = getattr(ctx.segmented, "meta", None)
        title = ((meta.title if meta is not None else None) or "").lower()
        entities = self.config.gazetteer.entities
        lang = self.config.lang

        def name(k: str) -> str:
            e = entities.get(k)
            return ((getattr(e, f"label_{lang}", None) or "") if e is not None else "").lower()

        states = {name(k) for k in listed if k.startswith("state/") and title and name(k) and name(k) in title}
        return {k for k in listed if states and any(n in name(k) for n in states)}

    def _from_symbols(self, doc: Doc, ctx: ReportContext) -> list[Relation]:
        unit = doc._.tacb_unit
        out = []
        for m in doc._.tacb_mentions or []:
            e = ctx.entities.get(m.entity) or self.config.gazetteer.entities.get(m.entity)
            if e is None or e.kind not in ("Resolution", "Document", "Instrument"):
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            quote = " ".join((span.sent.text if span is not None else "").split())
            out.append(Relation(UNIT, "cites", m.entity, unit.unit, unit.number, quote))
            body = self.config.gazetteer.body_for_symbol(e.symbol or "") if e.kind == "Resolution" else None
            if body and m.via != "backref":
                out.append(Relation(m.entity, "adoptedBy", body, unit.unit, unit.number, quote))
        return out


_VERB_REACH = 12  # characters after a giver named last within which the back-off looks for its denied verb


def _people_of(sent, lx: Lexicon) -> list[str]:
    """The States whose people the sentence names: a State group named through a phrase (or after a ``people_links``
    word: from, of) that holds one of the ``activities`` ``people_words`` (``six officials of the prison
    administration of X``, ``officers from X``; not ``the Ministry of Justice of X``)."""
    act = lx.get("activities") or {}
    people = act.get("people_words", ())
    owners = tuple(act.get("people_links", ()))
    out: list[str] = []
    last = None  # the group last read as owning people
    for g in sent.groups:
        if "State" not in g.kinds() or not people:
            continue
        joined = last is not None and sent.clause_start(g.start) == sent.clause_start(last.start) \
            and re.search(r"(?:\band|和|及|、|,)\s*$", sent.text[last.end:g.start])  # from A's ministry and B's
        if not joined and (g.lead is None and g.governor not in owners):
            continue  # (officials of Y spent ten days in X: a place visited owns no one)
        lo = g.lead if g.lead is not None else max(sent.start, g.start - 40)
        if joined or lx.find(sent.text, people, lo, g.start):
            out += [k for k in g.keys if k.startswith("state/") and k not in out]
            last = g
    return out


def _learned_help(lx: Lexicon, sents, prevs, relations: list, assistances: list, unit, parents: dict,
                  not_helped=frozenset()) -> None:
    """Add to ``relations`` and ``assistances`` the help the back-off (:mod:`.assist_model`) reads between names no
    rule of the unit related so, with the modality the sentence gives at the later name and the model's probability
    (``confidence``) — but none to a name the sentence marks as paying (``assists`` ``funding_of``: with funds from X),
    none from or to one its clause says only watched (``observer_after``: C sent an observer), nor between a pair a rule
    found no help between (``not_helped``: (sentence, giver, taker))."""
    read = back_off(lx.assist_model, sents, relations, lx, unit.unit, unit.number, parents, not_helped)
    paying = lx["assists"].get("funding_of", ())
    watching = lx["assists"].get("observer_after")
    for provider, recipient, i, item, pos, prob, other in read:
        sent = sents[i]
        group = next((g for g in sent.groups if item in g.items), None)
        taker = next((g for g in sent.groups if other in g.items), None)
        if taker is not None and phrase_before(sent, taker, paying):
            continue  # (equipment bought with funds from X was delivered by Y: X paid, it was not helped)
        if watching and any(g is not None and re.match(watching, lx.squeeze(sent.text[g.end:sent.clause_end(g.end)]))
                            for g in (group, taker)):
            continue  # (…培训了 A 和 B 的官员；C 只派出一名代表列席旁听: an observer is neither helped nor helping)
        modality, asker = modality_at(sent, pos, group, prevs[i])
        first = min(item, other, key=lambda it: it.start)
        if modality == REPORTED and sent.clause_start(first.start) != sent.clause_start(pos):
            # 原定由 X 为 Y 举办的培训，因 Z 未能…而被取消: the later name may stand in a clause of its own (the reason
            # given), the plan called off or the plan itself in the earlier name's clause
            first_group = next((g for g in sent.groups if first in g.items), None)
            early = modality_at(sent, first.start, first_group, prevs[i])
            if early[0] not in ("Negated", "Planned") and first_group is not None:
                # X 计划在 Y 市举办一次讲习班，面向 Z 的官员: the plan stands after the earlier name, before its clause ends
                early = modality_at(sent, sent.clause_end(first_group.end), first_group, prevs[i])
            if early[0] in ("Negated", "Planned"):
                modality, asker = early
        lead = sent.clause_start(pos) - 1  # (the comma before the later name's clause)
        if modality == REPORTED and lead > first.start and lx.ends_with(
                lx.squeeze(sent.text[sent.clause_start(lead):lead]), lx["assists"].get("lead_clause_ends", ())):
            # 并计划于 2123 年同 Y 一道，向 Z 推广: the clause of the adverbs before the verb's own carries the plan
            before = modality_at(sent, lead, None, prevs[i])
            if before[0] in ("Negated", "Planned"):
                modality, asker = before
        if modality == REPORTED and group is not None and group.governor is not None and group.start < pos:
            # 它将继续通过 X 资助 Y: a giver a preposition governs takes the mood of the clause it stands in
            around = modality_at(sent, group.start, None, prevs[i])
            if around[0] in ("Negated", "Planned"):
                modality, asker = around
        if modality == REPORTED and group is not None and item.start > other.start:
            # 由于 Y 尚非缔约国，基金未能为这次会议提供资助: the giver named last, its verb (and the word that denies
            # it) after it, where the later name's own position sees neither
            after = modality_at(sent, min(sent.clause_end(group.end), group.end + _VERB_REACH), group, prevs[i])
            if after[0] == "Negated":
                modality, asker = after
        by = asker.keys[0] if asker is not None and modality != REPORTED else None
        if by == provider:
            continue  # the Assembly invited UNDP to assist X: the one that asked gives no help of its own
        sure = round(prob, 3)
        relations.append(Relation(provider, "assists", recipient, unit.unit, unit.number, sent.quote, None, modality,
                                  by, via="model", confidence=sure))
        assistances.append(Assistance(provider, recipient, unit.unit, unit.number, None, topic(sent, pos), sent.quote,
                                      modality, by, confidence=sure))


def _paid_later(sents, relations: list, assistances: list, unpaid) -> None:
    """Add the help of the sentences that said who paid for help before them, or for their own help, when no rule had
    read that help (``unpaid``, their contexts), read again now that the back-off has read it
    (:func:`.repeated.read_paid_later`)."""
    where = {id(s): i for i, s in enumerate(sents)}
    for sc in unpaid:
        here = where[id(sc.sentence)]
        at = {s.quote: i for i, s in enumerate(sents[:here])}
        before = sorted((r for r in relations if r.sentence in at), key=lambda r: at[r.sentence])
        own = [r for r in relations if r.sentence == sc.sentence.quote and r.via == "model" and r.predicate == "assists"]
        if any(r.via == "model" and r.predicate == "assists" for r in before):
            read_paid_later(sc, before)
        elif own:  # (…, in a placement that X paid for: the back-off read the sentence's own help)
            read_paid_later(sc, before, own, ("paid_for_here",))
        else:
            continue  # nothing new to pay for: the rules saw all the help before
        known = {(r.subject, r.predicate, r.object) for r in relations}
        new = [r for r in sc.relations if (r.subject, r.predicate, r.object) not in known]
        relations += new
        pairs = {(r.subject, r.object) for r in new if r.predicate == "assists"}
        assistances += [a for a in sc.assistances if (a.provider, a.recipient) in pairs]


def _title_recipient(ctx: ReportContext, config: Config, lx: Lexicon) -> str | None:
    """The first entity the report's title names that is of the ``contribution`` ``title_recipient_kinds`` (a fund:
    the report of its Board of Trustees), else None."""
    kinds = lx["contribution"].get("title_recipient_kinds", ())
    for k in ctx.about if kinds else ():
        e = ctx.entities.get(k) or config.gazetteer.entities.get(k)
        if e is not None and e.kind in kinds:
            return k
    return None


def _person_roles(relations: list, assistances: list, kinds: dict, lx: Lexicon, posts: dict | None = None
                  ) -> tuple[list, list]:
    """Drop the facts a named person cannot hold, where the language lists the relations a person may
    hold (``person_predicates``): a panellist speaks for an organisation, it is the organisation that
    works alongside another (``Hélène Vasseur, of the OIF, reported that the organization had worked
    alongside OHCHR`` gives no partnership of the person)."""
    allowed = lx.get("person_predicates")
    if allowed is None:
        return relations, assistances
    person = lambda k: kinds.get(k) == "Person"  # noqa: E731
    # The Independent Expert on X, A, advised the Ministry: what the holder of a post named with it did, the post did
    # (``posts``: the holders the report named so far, kept up to date here unit by unit)
    post = posts if posts is not None else {}
    post.update((r.object, r.subject) for r in relations if r.predicate == "heldBy" and person(r.object))
    relations = [r if r.predicate != "assists" else replace(r, subject=post.get(r.subject, r.subject),
                                                            object=post.get(r.object, r.object)) for r in relations]
    relations = [r for r in relations if r.predicate in allowed or not (person(r.subject) or person(r.object))
                 and r.subject != r.object]
    if "assists" not in allowed:
        assistances = [replace(a, provider=post.get(a.provider, a.provider), recipient=post.get(a.recipient, a.recipient))
                       for a in assistances]
        assistances = [a for a in assistances if not (person(a.provider) or person(a.recipient)) and a.provider != a.recipient]
    return relations, assistances


def _post_holds(stances: list, posts: dict, lx: Lexicon) -> list:
    """The stances a person states who holds a post the report named with her or him (``posts``: person key ->
    post), given to the post, where the language says so (``post_holds_stance``): ``the Special Rapporteur on
    the right to development, A. … She argued that …`` is the Special Rapporteur's position."""
    if not lx.stances.get("post_holds_stance") or not posts:
        return stances
    out: dict = {}
    for s in stances:
        s = replace(s, holder=posts.get(s.holder, s.holder))
        out.setdefault((s.holder, s.concept), s)
    return list(out.values())


def _parents(entities: dict) -> dict[str, str]:
    """Entity key -> the key of its parent organisation, for the entities the gazetteer gives one."""
    return {k: e.parent for k, e in entities.items() if getattr(e, "parent", None)}


def _not_to_parent(relations: list, assistances: list, entities: dict, lx: Lexicon) -> tuple[list, list]:
    """Drop the help a body's own office gives the body it belongs to (the gazetteer's ``parent``), where the
    language says so (``assists`` ``not_to_parent``): ``an adviser of the Office, who receives guidance from the
    OHCHR Regional Office for Europe`` is the Office's internal work, no assistance."""
    if not lx["assists"].get("not_to_parent"):
        return relations, assistances
    own = lambda p, r: getattr(entities.get(p), "parent", None) == r  # noqa: E731
    relations = [r for r in relations if not (r.predicate == "assists" and own(r.subject, r.object))]
    return relations, [a for a in assistances if not own(a.provider, a.recipient)]


def _report_session(ctx: ReportContext, unit, sents, lx: Lexicon) -> list[Relation]:
    """``The present report is submitted to the Council at its fifty-seventh session``: a unit that names
    the session the report's front page gives is where the report says it goes to that session
    (``report atSession``), where the language says so (``report_at_session``)."""
    meta = getattr(ctx.segmented, "meta", None)
    if not lx.get("report_at_session") or meta is None or meta.session is None or not meta.body:
        return []
    key = f"session/{meta.body.split('/', 1)[1]}/{meta.session}"
    return [Relation(REPORT, "atSession", key, unit.unit, unit.number, sent.quote)
            for sent in sents for q in sent.qualifiers if q.key == key][:1]


def finish(ctx: ReportContext, rec: Recognised) -> Recognised:
    """``rec`` with what :class:`RelationExtractor` read from every unit."""
    st: _State | None = ctx.state.get(RelationExtractor.name)
    if st is None:
        return rec
    gz = ctx.config.gazetteer
    # entities only reached through a relation (the body that adopted a resolution)
    known = {e.key for e in rec.entities}
    extra = []
    for r in st.relations:
        for k in (r.subject, r.object):
            if k not in known and k in gz.entities:
                extra.append(gz.entities[k])
                known.add(k)
    entities = tuple(sorted(rec.entities + tuple(extra), key=lambda e: e.key))
    return replace(
        rec,
        entities=entities,
        relations=tuple(dict.fromkeys(st.relations)),
        stances=tuple(dict.fromkeys(st.stances)),
        contributions=tuple(dict.fromkeys(st.contributions)),
        assistances=_one_per_act(st.assistances),
        dates=tuple(dict.fromkeys(st.dates)),
    )


def _one_per_act(assistances: list) -> tuple:
    """One assistance node per provider, recipient and modality in a sentence (the first pattern's)."""
    seen: dict[tuple, object] = {}
    for a in assistances:
        seen.setdefault((a.provider, a.recipient, a.unit, a.number, a.sentence, a.modality), a)
    return tuple(seen.values())


@Language.factory("tacb_relations", default_config={"lang": "zh", "gazetteer_dir": None})
def make_relation_extractor(nlp: Language, name: str, lang: str, gazetteer_dir: str | None) -> RelationExtractor:
    return RelationExtractor(load_config(lang, gazetteer_dir))


def relate(rec: Recognised, gazetteer_dir: str | None = None, config: Config | None = None) -> Recognised:
    """Add the relations, stances, contributions, assistance and dates stated in each unit of ``rec``.

    Runs the sentence segmenter and the relation extractor of :mod:`tacb_graph.nlp`
    over the units again, with the mentions ``rec`` already holds.
    """
    from ..nlp import run_relations

    return run_relations(rec, config or load_config(rec.lang, gazetteer_dir))



"""Help read from thanks: ``Kenya thanked OHCHR for its support``, ``expressed its gratitude to UNDP for the assistance
provided``, ``commended the African Union for its support to Burundi``, ``斐济感谢 X 和 Y 的支持`` — the one thanked
helped the one who thanks, or the one the help noun is said to go to. Word list: ``assists`` ``thanks``.
"""

from __future__ import annotations

import re

from .clauses import Group, Sentence
from .patterns import SentenceContext
from .roles import members_of, subject_before

__all__ = ["thanked_for"]


def thanked_for(ctx: SentenceContext, found: list) -> None:
    """``Kenya thanked OHCHR for its support``, ``expressed its gratitude to UNDP for the assistance provided``,
    ``斐济感谢 X 和 Y 的支持``: the one thanked (``thanks``: the verbs, then one of its ``markers`` and a help
    noun within ``gap`` words, or ``gap_chars`` characters in an unspaced language) helped the one who thanks; so did
    those a comma-bounded aside after it singles out (``particular``, a regular expression on the words before them:
    thanked A, and in particular B and C, for their support)."""
    sent = ctx.sentence
    lx = sent.lx
    a = lx["assists"]
    th = a.get("thanks")
    if not th:
        return
    for s, e, _w in lx.find(sent.text, th["verbs"], sent.start, sent.end):
        thanked = next((g for g in sent.after(e) if g.start <= sent.clause_end(e)), None)
        if thanked is None or not thanked.kinds() & lx.agents \
                or len(lx.trim(lx.squeeze(sent.text[e:thanked.head]), "determiners").split()) > 1:
            continue
        also = next((g for g in sent.after(thanked.end) if g.start <= sent.clause_end(thanked.end + 1)), None) \
            if th.get("particular") else None  # thanked A, and in particular B and C, for their support: B and C too
        if also is not None and also.kinds() & lx.agents \
                and re.fullmatch(th["particular"], lx.squeeze(sent.text[thanked.end:also.head]).strip()) \
                and sent.text[also.end:also.end + 2].lstrip().startswith(","):
            found_also, last_end = [also], also.end + sent.text[also.end:].index(",") + 1
        else:
            found_also, last_end = [], thanked.end
        rest = lx.squeeze(sent.text[last_end:last_end + 60]).lstrip()
        if th.get("aside"):
            rest = re.sub(th["aside"], "", rest).lstrip()  # 感谢 X 在编写报告方面提供的协助
        marker = lx.starts_with(rest, th["markers"])
        if not marker:
            continue
        if th.get("not_for") and re.match(th["not_for"], rest):
            continue  # thanked X for hosting the workshop (for its hospitality): a host thanked, no help to the thanker
        if th.get("gap_chars") is not None:  # 感谢 X 的支持: the help noun within a few characters
            if not any(i <= th["gap_chars"] for i, _e, _w in lx.find(rest[len(marker):], a["passive_nouns"])):
                continue
        else:
            words = rest[len(marker):].split()[:th.get("gap", 3) + 1]
            if not any(lx.find(" ".join(words[:i + 1]), a["passive_nouns"]) for i in range(len(words))):
                continue
        subj = subject_before(sent, s, lx.agents, ctx.prev_subject, exclude=set(thanked.keys))
        if subj is not None and th.get("post_purpose") and (subj.kinds() <= {"Post"} or set(subj.keys) <= set(
                th.get("authors", ()))) and not _for_a_purpose(rest, marker, a, th, lx):
            continue  # The Secretary-General (the Office) thanks X for its support: donors' support, not help to the
            # author's post or office (``authors``)
        if subj is not None and th.get("recipient_kinds") and not subj.kinds() & set(th["recipient_kinds"]):
            continue  # 理事会赞赏 X 提供的支持: a body appraising help is not thereby its recipient
        to = next((g for g in sent.after(thanked.end) if g.start <= sent.clause_end(thanked.end)
                   and g.governor in a.get("recipient_after", ()) and g.kinds() & lx.agents
                   and (lx.find(sent.text, a.get("passive_participles", ()), thanked.end, g.start)
                        or _help_noun_right_before(sent, thanked.end, g, a))), None)
        if to is not None and set(to.keys) <= set(th.get("authors", ())):
            continue  # thanks X for its support to the Office's work: a donor's support to the author, no help read
        for giver in [thanked] + found_also:
            if to is not None:  # thanked X for the support extended to Y: Y is the one helped, not the speaker
                found.append((giver, members_of(to, lx.agents), s, e, s))
            elif subj is not None:
                found.append((giver, members_of(subj, lx.agents), s, e, s))


def _for_a_purpose(rest: str, marker: str, a: dict, th: dict, lx) -> bool:
    """The help noun after ``marker`` in ``rest`` is followed by what it was for (``post_purpose``, a regular expression:
    ``for their support in preparing the visit``), so that a post thanking for it was helped."""
    hits = lx.find(rest, a["passive_nouns"], len(marker), len(rest))
    return bool(hits) and re.match(th["post_purpose"], rest[hits[0][1]:]) is not None


def _help_noun_right_before(sent: Sentence, lo: int, g: Group, a: dict) -> bool:
    """A help noun (``passive_nouns``) after ``lo`` that only the recipient marker of ``g`` follows (``its support to
    Y``)."""
    lx = sent.lx
    return any(lx.trim(lx.squeeze(sent.text[e:g.head]), "determiners").strip() == g.governor
               for _s, e, _w in lx.find(sent.text, a["passive_nouns"], lo, g.head))

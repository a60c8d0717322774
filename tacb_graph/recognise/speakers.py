"""The body a speaker belongs to: ``her Commission``, ``the Committee`` in what a panellist said.

A summary of a panel introduces each speaker once with the body they serve (``A, member of the Committee on
…``, ``B, President of the National Commission for …``) and then reports what they said (``Ms. B said that her
Commission had …``). The back-reference in a speaker's own sentence stands for that speaker's body, when it fits
the words (a Commission for ``her Commission``), whatever body of the same kind the text named last; so does one in a
sentence that opens with the representative of a body (``The representative of X said that the Commission …``:
``represented``, a regular expression on the words before the body's name).

Language data (``backrefs`` ``speakers``): ``affiliation_gap``, a regular expression on the words between a
person's name and the body that introduces them; ``words``, the back-references so read, each with the end the
head of the body's name must have.
"""

from __future__ import annotations

import re

from .context import name_head
from .persons import person_slug
from .state import Found, UnitState, kind_of, sentence_start


_BRACKET_OPEN = re.compile(r"\s*[(（][^()（）]*")
_BRACKETED = re.compile(r"^\s*[(（][^()（）]*[)）]")


def _person_of(key: str, affiliations: dict[str, str]) -> str | None:
    """The affiliated person ``key`` names: the same key, or a full name ending in the surname it gives."""
    if key in affiliations:
        return key
    tail = "-" + key.split("/", 1)[1]
    return next((k for k in affiliations if k.endswith(tail)), None)


def speaker_bodies(st: UnitState, found: list[Found], text: str, starts: list[int]) -> None:
    """Record who serves which body (``A, member of X``) and re-point a speaker's back-references to it."""
    rules = st.config.language.backrefs.get("speakers")
    if not rules:
        return
    gap = re.compile(rules["affiliation_gap"])
    affiliations: dict[str, str] = st.affiliations
    ordered = sorted(found, key=lambda f: (f.start, f.end))
    for i, p in enumerate(ordered):
        if kind_of(st, p.key) != "Person":
            continue
        j = i + 1  # (B (Jordan), adviser at X: a nationality in brackets after the name is passed over)
        while j < len(ordered) and kind_of(st, ordered[j].key) in ("State", "Place") \
                and _BRACKET_OPEN.fullmatch(text[p.end:ordered[j].start]):
            j += 1
        if j == len(ordered):
            continue
        o = ordered[j]
        if kind_of(st, o.key) not in ("Person", "State", "Place", "") \
                and gap.fullmatch(_BRACKETED.sub("", text[p.end:o.start])):
            affiliations[p.key] = o.key  # A, member of the Committee on …; B, President of the Commission …
    represented = re.compile(rules["represented"]) if rules.get("represented") else None
    if not affiliations and represented is None:
        return
    words = rules["words"]
    head_ends = tuple(st.config.language.backrefs.get("head_ends", ()))
    moved: dict[tuple[str, str], str] = {}  # (key read, head) -> the speaker's body it was re-pointed to
    for i, f in enumerate(found):
        surface = text[f.start:f.end]
        head = words.get(surface) or words.get(surface[:1].lower() + surface[1:])  # (The Committee opens a sentence)
        if f.via != "backref" or head is None:
            continue
        if (f.key, head) in moved:  # … her Commission had opened a desk. The Commission had since trained …
            found[i] = Found(f.start, f.end, moved[f.key, head], f.via)
            continue
        s0 = sentence_start(starts, f.start)
        speaker = next((g.key for g in ordered if s0 <= g.start < f.start and kind_of(st, g.key) == "Person"), None)
        titled = re.match(rules["titled"], text[s0:f.start]) if speaker is None and rules.get("titled") else None
        if speaker is None and titled is None and starts and s0 > starts[0] \
                and surface.split(" ", 1)[0].lower() in rules.get("carried", ()):
            # Ms. B explained that … . Peru had requested the support of her organization: the unit's
            # speaker, named at its opening, is the one whose organization a later sentence's possessive is
            speaker = next((g.key for g in ordered if g.start < starts[1 if len(starts) > 1 else 0]
                            and kind_of(st, g.key) == "Person"), None)
            titled = re.match(rules["titled"], text[starts[0]:f.start]) if speaker is None else None
        if titled:  # Ms. Haddad-Okafor said …: a surname after a title, read as no person of its own
            speaker = f"person/{person_slug(titled.group(1))}"
        person = _person_of(speaker, affiliations) if speaker is not None else None
        # The representative of X said that the Commission …: the body the sentence opens with as the one spoken for
        body = affiliations[person] if person is not None else _spoken_for(st, ordered, text, s0, f.start, represented)
        if body is None:
            continue
        e = st.entities.get(body) or st.gz.entities.get(body)
        if e is not None and name_head(e.label_en, head_ends).endswith(head):
            found[i] = Found(f.start, f.end, body, f.via)  # Ms. B said that her Commission had …: B's Commission
            if body != f.key:
                moved[f.key, head] = body


def _spoken_for(st: UnitState, ordered: list[Found], text: str, s0: int, at: int, represented) -> str | None:
    """``The representative of X said that the Commission …``: the body (no State, person or place) of the first name
    of the sentence opening at ``s0``, when the words before it are all ``represented`` (a regular expression: the
    representative of), and it comes before ``at``; else None."""
    if represented is None:
        return None
    first = next((g for g in ordered if s0 <= g.start < at), None)
    if first is None or kind_of(st, first.key) in ("Person", "State", "Place", "") \
            or not represented.fullmatch(text[s0:first.start]):
        return None
    return first.key

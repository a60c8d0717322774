"""Help paid for: whatever a verb of paying pays for in a State (``activities`` ``funded_objects`` in
data/patterns/en/relations.json, read by tacb_graph/relate/activities.py), the cost of the help the sentence before
reported (``referents``, ``referent_funding_verbs``: the participants' travel, the other half of the cost), and "the
country" that is not the donor asked to pay (``backrefs.json``). Sentences of our own, not copied from any gold text."""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment


def _help(text: str) -> set[tuple[str, str, str]]:
    text = f"1. {text}\n\n"
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {(r.subject, r.object, r.modality) for r in rec.relations if r.predicate == "assists"}


@pytest.mark.parametrize("text, fact", [
    ("Japan financed mine action in Azerbaijan.", ("state/JPN", "state/AZE", "Reported")),
    ("Norway funded the construction of two shelters in Malawi.", ("state/NOR", "state/MWI", "Reported")),
    ("Switzerland has financed the reform of the legislation of Guinea since 2087.", ("state/CHE", "state/GIN", "Reported")),
    ("She invites Japan to continue to finance demining in Azerbaijan.", ("state/JPN", "state/AZE", "Requested")),
])
def test_what_a_verb_of_paying_pays_for_in_a_state(text, fact):
    assert fact in _help(text)


@pytest.mark.parametrize("text, giver", [
    ("The Fund financed 12 projects in 2087.", None),  # no State
    ("Japan's report covered developments in Mali.", "state/JPN"),  # no verb of paying
    ("Japan financed the candidacy of Mali.", "state/JPN"),  # a candidacy: a stop word
    ("Japan funded a study by the Office on Mali.", "state/JPN"),  # a by-agent, a topic: no plain object in a State
])
def test_no_help_without_a_plain_object_in_a_state(text, giver):
    assert not {f for f in _help(text) if f[1] == "state/MLI" and (giver is None or f[0] == giver)}


def test_the_country_is_not_the_donor_asked_to_pay():
    got = _help("The Independent Expert encourages UNICEF to renew its offer of support to Azerbaijan, and invites "
                "the European Union and Japan to continue to finance mine action in the country.")
    assert ("state/JPN", "state/AZE", "Requested") in got and ("org/eu", "state/AZE", "Requested") in got
    assert not {f for f in got if f[1] == "state/JPN"}


@pytest.mark.parametrize("text, fact", [
    ("The Office trained 40 judges of Malawi in 2112. The travel costs of the participants were borne by Norway.",
     ("state/NOR", "state/MWI", "Reported")),
    ("人权高专办为索马里国家人权委员会的代表团举办了培训。代表团的旅费由挪威承担。",
     ("state/NOR", "org/nhrc-somalia", "Reported")),
    ("人权高专办为索马里的 12 名法官举办了培训。学员的差旅费由挪威支付。", ("state/NOR", "state/SOM", "Reported")),
    ("人权高专办为马拉维的 120 名传统领袖开办了研讨班。研讨班的主要开支由挪威承担，其余费用由爱尔兰支付。",
     ("state/IRL", "state/MWI", "Reported")),
    ("人权高专办为乌干达警察部队举办了培训。这项活动的经费一半来自挪威，另一半由丹麦提供。", ("state/DNK", "state/UGA", "Reported")),
])
def test_the_cost_of_the_help_the_sentence_before_reported(text, fact):
    assert fact in _help(text)


def test_the_course_meeting_its_aims_is_no_payment():
    got = _help("The Office trained 40 judges of Malawi in 2112. The course met the expectations of Norway.")
    assert not {f for f in got if f[0] == "state/NOR"}


def _requests(text: str) -> set[tuple[str, str, str]]:
    text = f"1. {text}\n\n"
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {(r.subject, r.object, r.modality) for r in rec.relations if r.predicate == "requests"}


@pytest.mark.parametrize("text, fact", [
    ("The International Labour Organization (ILO) indicated that Montenegro had asked it to advise on the reform "
     "of its labour inspectorate.", ("state/MNE", "org/ilo", "Reported")),
    ("UNICEF reported that Vanuatu had asked it for comments on a draft law.", ("state/VUT", "org/unicef", "Reported")),
    ("Vanuatu reported that UNICEF had asked it to host a workshop.", ("org/unicef", "state/VUT", "Reported")),
])
def test_it_asked_in_reported_speech_is_the_speaker(text, fact):
    """(``requests`` ``speaker_asked``: the pronoun after a verb of asking, inside what a speaker reported)"""
    assert fact in _requests(text)


def test_it_asked_with_no_speaker_before_is_no_request():
    assert _requests("In 2090, Vanuatu asked it to host a workshop.") == set()


def test_when_a_states_organ_asked_it():
    """(``requests`` ``asked_it_clause`` ``verb``: a State's own organ after its possessive)"""
    got = _requests("When Botswana's Ministry of Labour requested it, the International Labour Organization (ILO) "
                    "supplied comments on the draft employment bill.")
    assert ("state/BWA", "org/ilo", "Reported") in got


@pytest.mark.parametrize("text, fact", [
    ("A similar request made by Lesotho to FAO in 2075 had not been answered.", ("state/LSO", "org/fao", "Reported")),
    ("A request from Lebanon that OHCHR train the staff of its preventive mechanism is still under consideration.",
     ("state/LBN", "org/ohchr", "Reported")),
    ("A request the Government of Viet Nam had addressed to OHCHR in January 2089 for comments on the draft law was "
     "still under consideration.", ("state/VNM", "org/ohchr", "Reported")),
    ("Mali reported that a request it had addressed to UNDP in 2042 for support was still under consideration.",
     ("state/MLI", "org/undp", "Reported")),
])
def test_a_request_named_by_a_noun(text, fact):
    """(``requests`` ``made`` ``nominal``: ``outcome_names_it``, ``that_after_maker``, ``relative_maker``)"""
    assert fact in _requests(text)


def test_a_verb_request_is_no_request_noun():
    assert ("org/ohchr", "state/MLI", "Reported") not in _requests("The Council may request the Office to assist Mali.")

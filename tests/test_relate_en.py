"""English relation patterns: for each family sentences it matches and sentences it must not.

The sentences are written for these tests in the style of UN reports (not copied from any
report or gold text), and run through the real reader, segmenter, recogniser and bundled
gazetteers with the English word lists (``data/patterns/en/``) — the same code as Chinese.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import REPORT, UNIT, Source
from tacb_graph.relate import relate
from tacb_graph.relate.clauses import lexicon_for
from tacb_graph.relate.contributions import parse_amount
from tacb_graph.segment import segment


def run(*paragraphs: str):
    text = "".join(f"{i}. {p}\n\n" for i, p in enumerate(paragraphs, 1))
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    assert rec.lang == "en"
    return rec


def triples(*paragraphs: str, predicate: str | None = None) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in run(*paragraphs).relations
            if predicate is None or r.predicate == predicate}


def facts(*paragraphs: str, predicate: str) -> set[tuple[str, str, str, str | None]]:
    """(subject, object, modality, requested_by) of the relations of one predicate."""
    return {(r.subject, r.object, r.modality, r.requested_by) for r in run(*paragraphs).relations
            if r.predicate == predicate}


# -- adoptedBy and the bodies of resolutions ----------------------------------------------------

@pytest.mark.parametrize("sentence, resolution, body", [
    ("In its resolution 45/31, the Human Rights Council requested OHCHR to report.",
     "resolution/A/HRC/RES/45/31", "org/hrc"),
    ("The General Assembly, in resolution 66/254, stressed the role of OHCHR.",
     "resolution/A/RES/66/254", "org/ga"),
    ("Nepal recalled General Assembly resolution 48/141.", "resolution/A/RES/48/141", "org/ga"),
    ("Kenya recalled Security Council resolution 2250 (2015) on youth.", "resolution/S/RES/2250(2015)", "org/sc"),
    ("Kenya recalled Economic and Social Council resolution 1503 (XLVIII).", "resolution/E/RES/1503(XLVIII)",
     "org/ecosoc"),
    ("The fund was set up under Commission on Human Rights resolution 1995/14.",
     "resolution/E/CN.4/RES/1995/14", "org/chr"),
])
def test_adopted_by_body_before_or_after_the_number(sentence, resolution, body):
    assert triples(sentence, predicate="adoptedBy") == {(resolution, "adoptedBy", body)}


def test_security_council_resolution_is_never_a_council_resolution():
    got = triples("The Human Rights Council met. Mali recalled Security Council resolution 2417 (2018).",
                  predicate="adoptedBy")
    assert got == {("resolution/S/RES/2417(2018)", "adoptedBy", "org/sc")}


def test_council_decision_after_the_council():
    got = triples("The Human Rights Council met. The Council, in its decision 5/105, asked for a study.",
                  predicate="adoptedBy")
    assert got == {("resolution/A/HRC/DEC/5/105", "adoptedBy", "org/hrc")}


def test_bare_council_resolution_takes_the_council_named_before():
    got = triples("The Human Rights Council met in June. Pursuant to Council resolution 50/7, OHCHR reported.",
                  predicate="adoptedBy")
    assert got == {("resolution/A/HRC/RES/50/7", "adoptedBy", "org/hrc")}


# -- requests ----------------------------------------------------------------------------------

def test_requests_resolution_in_its_resolution_frame():
    got = facts("In its resolution 45/31, adopted without a vote, the Human Rights Council requested OHCHR to "
                "provide technical assistance to Haiti.", predicate="requests")
    assert got == {("resolution/A/HRC/RES/45/31", "org/ohchr", "Reported", None)}


def test_requests_in_which_frame():
    got = facts("OHCHR reported pursuant to Council resolution 50/7, in which the Human Rights Council requested "
                "the Secretary-General to submit a report.", predicate="requests")
    assert got == {("resolution/A/HRC/RES/50/7", "org/sg", "Reported", None)}


def test_requests_body_then_pronoun():
    got = triples("The General Assembly requested the Secretary-General to report. It also requested OHCHR to "
                  "assist Haiti.", predicate="requests")
    assert got == {("org/ga", "requests", "org/sg"), ("org/ga", "requests", "org/ohchr")}


def test_requests_at_the_request_of_the_government():
    got = triples("At the request of the Government of Nepal, OHCHR provided advisory services on the draft law.")
    assert ("state/NPL", "requests", "org/ohchr") in got
    assert ("org/ohchr", "assists", "state/NPL") in got


def test_requests_not_invites_encourages_or_the_noun():
    assert triples("The Human Rights Council invited OHCHR to assist Haiti.", predicate="requests") == set()
    assert triples("The Human Rights Council encouraged OHCHR to assist Haiti.", predicate="requests") == set()
    assert triples("OHCHR received many requests from Kenya.", predicate="requests") == set()
    assert triples("The request of Kenya was noted by OHCHR.", predicate="requests") == set()


def test_recommended_request_is_recommended():
    got = facts("The Advisory Committee recommends that the Human Rights Council:\n(a) Request OHCHR to assist "
                "Haiti;\n(b) Invite UNDP to support Haiti.", predicate="requests")
    assert got == {("org/hrc", "org/ohchr", "Recommended", "org/hrc-advisory-committee")}


# -- establishes -------------------------------------------------------------------------------

def test_establishes_passive_with_body_and_resolution():
    got = triples("The Working Group on the Right to Development was established by the Commission on Human Rights "
                  "in its resolution 1995/14.", predicate="establishes")
    assert got == {("org/chr", "establishes", "org/wg-right-to-development"),
                   ("resolution/E/CN.4/RES/1995/14", "establishes", "org/wg-right-to-development")}


def test_establishes_relative_clause_and_basis():
    got = triples("OHCHR draws on the Peacebuilding Fund, which the Secretary-General established in 2006 pursuant "
                  "to General Assembly resolution 60/180.", predicate="establishes")
    assert got == {("org/sg", "establishes", "org/peacebuilding-fund"),
                   ("resolution/A/RES/60/180", "establishes", "org/peacebuilding-fund")}


def test_establishes_active_and_mandate_of():
    got = triples("In resolution 4/4, the Human Rights Council established the mandate of the Special Rapporteur on "
                  "the right to development.", predicate="establishes")
    assert ("resolution/A/HRC/RES/4/4", "establishes", "org/sr-right-to-development") in got


def test_establishes_needs_a_named_object():
    assert triples("OHCHR established a working group in Kenya.", predicate="establishes") == set()
    assert triples("Kenya established, with the support of UNDP, a national mechanism.",
                   predicate="establishes") == set()


# -- assists -----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("OHCHR assisted Mali and the Niger in preparing their national reports.",
     {("org/ohchr", "state/MLI"), ("org/ohchr", "state/NER")}),
    ("OHCHR provided technical assistance to Chad and Cameroon.",
     {("org/ohchr", "state/TCD"), ("org/ohchr", "state/CMR")}),
    ("UNDP provided Haiti with technical support for the elections.", {("org/undp", "state/HTI")}),
    ("UNICEF supported the Ministry of Justice and Public Security of Haiti in reforming juvenile justice.",
     {("org/unicef", "state/HTI")}),
    ("OHCHR supported the national human rights institutions of Kenya and Uganda.",
     {("org/ohchr", "state/KEN"), ("org/ohchr", "state/UGA")}),
    ("Kenya reported that it had received technical assistance from OHCHR.", {("org/ohchr", "state/KEN")}),
    ("Nepal indicated that, with the support of UNDP, it had adopted a national action plan.",
     {("org/undp", "state/NPL")}),
    ("In Cambodia, OHCHR assisted the Government in drafting a law on access to information.",
     {("org/ohchr", "state/KHM")}),
    ("Mali said that MINUSMA continued to support its national police in investigations.",
     {("org/minusma", "state/MLI")}),
    ("OHCHR, together with UNICEF, assisted Haiti in drafting a child protection code.",
     {("org/ohchr", "state/HTI"), ("org/unicef", "state/HTI")}),
])
def test_assists_verbs(sentence, expected):
    assert {(s, o) for s, _p, o in triples(sentence, predicate="assists")} == expected


@pytest.mark.parametrize("sentence", [
    "OHCHR supported the implementation of the recommendations in Kenya.",  # support of a policy, no recipient
    "OHCHR assisted developing countries in preparing their reports.",    # no named recipient
    "OHCHR provided technical assistance to least developed countries.",
    "The Security Council expressed its support for the work of OHCHR.",   # a noun, no assistance
    "Uganda welcomed the assistance of OHCHR to Kenya.",                   # OHCHR's assistance named, not stated
])
def test_no_assistance(sentence):
    assert ("org/ohchr", "state/UGA") not in {(s, o) for s, _p, o in triples(sentence, predicate="assists")}
    if "Uganda" not in sentence:
        assert triples(sentence, predicate="assists") == set()


def test_requested_assistance_is_a_requested_fact():
    got = facts("In its resolution 45/31, the Human Rights Council requested OHCHR to provide technical assistance "
                "to Haiti.", predicate="assists")
    assert got == {("org/ohchr", "state/HTI", "Requested", "resolution/A/HRC/RES/45/31")}
    got = facts("The Human Rights Council invited UNDP to support Haiti.", predicate="assists")
    assert got == {("org/undp", "state/HTI", "Requested", "org/hrc")}


def test_the_state_that_asked_is_helped():
    got = facts("Nepal indicated that it had requested OHCHR to provide technical assistance for its report.",
                predicate="assists")
    assert got == {("org/ohchr", "state/NPL", "Requested", "state/NPL")}


def test_assistance_modality_planned_negated_recommended():
    assert facts("OHCHR will expand its assistance to Chad in 2025.", predicate="assists") == {
        ("org/ohchr", "state/TCD", "Planned", None)}
    assert facts("OHCHR did not provide technical assistance to Chad.", predicate="assists") == {
        ("org/ohchr", "state/TCD", "Negated", None)}
    assert facts("UNDP should provide technical assistance to Chad.", predicate="assists") == {
        ("org/undp", "state/TCD", "Recommended", None)}


# -- assistance stated through activities ------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("OHCHR organized two workshops for judges and prosecutors of Malawi on the prevention of torture.",
     {("org/ohchr", "state/MWI", "Reported")}),
    ("UNDP implemented projects on access to justice in Mozambique and in Angola.",
     {("org/undp", "state/MOZ", "Reported"), ("org/undp", "state/AGO", "Reported")}),
    ("In 2021, OHCHR deployed a human rights adviser to Chad.", {("org/ohchr", "state/TCD", "Reported")}),
    ("OHCHR trained 250 police officers from Burundi on the use of force.", {("org/ohchr", "state/BDI", "Reported")}),
    ("Uganda stated that OHCHR had trained 30 of its prison officers.", {("org/ohchr", "state/UGA", "Reported")}),
    ("In Kenya, UNICEF held a training course for social workers.", {("org/unicef", "state/KEN", "Reported")}),
    ("OHCHR plans to organize a workshop for officials of Togo in 2025.", {("org/ohchr", "state/TGO", "Planned")}),
    ("Kenya said that a planned project in Somalia had not been carried out.",
     {("state/KEN", "state/SOM", "Negated")}),
    ("UNDP and OHCHR jointly organized a seminar for members of the Parliament of Fiji.",
     {("org/undp", "state/FJI", "Reported"), ("org/ohchr", "state/FJI", "Reported")}),
])
def test_activities(sentence, expected):
    assert {(s, o, m) for s, o, m, _r in facts(sentence, predicate="assists")} == expected


@pytest.mark.parametrize("sentence", [
    "OHCHR organized a workshop in Geneva.",                         # a city is no State
    "OHCHR organized a workshop for developing countries.",         # no named recipient
    "OHCHR held a seminar.",
    "China provided training to 500 officials from developing countries.",
])
def test_activities_without_a_recipient(sentence):
    assert triples(sentence, predicate="assists") == set()


def test_funder_of_an_activity():
    # the funder of an activity another implements and the implementer both help the recipient
    # (tests/gold/README.md, "funded help"); the funder does not assist the implementer
    rec = run("The Voluntary Fund for Technical Cooperation financed a project implemented by OHCHR in Liberia.")
    got = {(a.provider, a.recipient, a.funded_by) for a in rec.assistances}
    assert got == {("org/vf-tc", "state/LBR", ()), ("org/ohchr", "state/LBR", ("org/vf-tc",))}
    assert ("org/vf-tc", "org/ohchr") not in {(r.subject, r.object) for r in rec.relations}


def test_funded_projects_in_a_state():
    assert triples("Norway funded projects on the rights of persons with disabilities in Malawi.",
                   predicate="assists") == {("state/NOR", "assists", "state/MWI")}


# -- partnersWith ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("OHCHR cooperated closely with UNDP and the African Union.", {("org/ohchr", "org/undp"), ("org/ohchr", "org/au")}),
    ("Kenya, in cooperation with UNICEF, trained 100 teachers.", {("state/KEN", "org/unicef")}),
    ("OHCHR signed a memorandum of understanding with the Organization of American States.",
     {("org/ohchr", "org/oas")}),
    ("UNDP and UNICEF jointly organized a training course.", {("org/undp", "org/unicef")}),
    ("Together with UNFPA, OHCHR supported Haiti.", {("org/ohchr", "org/unfpa")}),
])
def test_partners(sentence, expected):
    got = {tuple(sorted((s, o))) for s, _p, o in triples(sentence, predicate="partnersWith")}
    assert got == {tuple(sorted(p)) for p in expected}


def test_partners_co_providers_assist_too():
    got = triples("Kenya, in cooperation with UNICEF, trained 100 teachers of Somalia.", predicate="assists")
    assert got == {("state/KEN", "assists", "state/SOM"), ("org/unicef", "assists", "state/SOM")}


def test_partners_modality():
    assert facts("The Government of Kenya has not yet signed an agreement with the African Union.",
                 predicate="partnersWith") == {("state/KEN", "org/au", "Negated", None)}
    assert facts("The Human Rights Council invited the Government of Kenya to cooperate with OHCHR.",
                 predicate="partnersWith") == {("state/KEN", "org/ohchr", "Requested", "org/hrc")}


def test_partners_not_without_a_partnering_verb():
    assert triples("OHCHR shared a report with UNDP.", predicate="partnersWith") == set()
    assert triples("The reports of OHCHR and UNDP were published.", predicate="partnersWith") == set()


# -- submittedInputTo --------------------------------------------------------------------------

def test_submitted_input_reply_list_and_contributions():
    got = triples("Replies were received from 3 States: Brazil, Chile and Peru. UNICEF also submitted a "
                  "contribution.", predicate="submittedInputTo")
    assert got == {(k, "submittedInputTo", REPORT) for k in ("state/BRA", "state/CHL", "state/PER", "org/unicef")}


def test_submitted_input_in_its_reply():
    got = triples("In its reply, Chile stated that it supported the right to development.",
                  predicate="submittedInputTo")
    assert got == {("state/CHL", "submittedInputTo", REPORT)}


def test_submitted_input_not_a_state_merely_named():
    assert triples("Brazil, Chile and Peru are neighbours.", predicate="submittedInputTo") == set()
    assert triples("Many replies mentioned Peru.", predicate="submittedInputTo") == set()


# -- fundedBy, administeredBy, memberOf, renamedTo ---------------------------------------------

def test_funded_and_administered_by():
    got = triples("The Voluntary Fund for Technical Cooperation is administered by OHCHR.")
    assert ("org/vf-tc", "administeredBy", "org/ohchr") in got
    got = triples("The Peacebuilding Fund, financed by the European Union, supports Liberia.", predicate="fundedBy")
    assert got == {("org/peacebuilding-fund", "fundedBy", "org/eu")}


def test_member_of_and_renamed():
    assert triples("France is a member of the European Union.", predicate="memberOf") == {
        ("state/FRA", "memberOf", "org/eu")}
    assert triples("The Commission on Human Rights was later renamed the Human Rights Council.",
                   predicate="renamedTo") == {("org/chr", "renamedTo", "org/hrc")}
    assert triples("France and the European Union attended.", predicate="memberOf") == set()


# -- cites -------------------------------------------------------------------------------------

def test_cites():
    got = triples("See A/HRC/27/41, the Convention against Torture and General Assembly resolution 70/1.",
                  predicate="cites")
    assert got == {(UNIT, "cites", k) for k in ("document/A/HRC/27/41", "instrument/cat-convention",
                                                 "resolution/A/RES/70/1")}


# -- contributions -----------------------------------------------------------------------------

def test_parse_amount_forms():
    lx = lexicon_for("en")
    got = [(str(a), c) for _, _, a, c in parse_amount(
        "us$ 2 million; usd 500,000; €1.8 million; 2 million united states dollars; chf 750,000; "
        "100,000 kina; 15 million norwegian kroner", lx)]
    assert got == [("2000000", "USD"), ("500000", "USD"), ("1800000", "EUR"), ("2000000", "USD"),
                   ("750000", "CHF"), ("100000", "PGK"), ("15000000", "NOK")]
    assert parse_amount("300 police officers in 2021 and 1,200 officials", lx) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Sweden contributed US$ 2 million to OHCHR in 2022.", ("state/SWE", "org/ohchr", 2000000, "USD", None, "2022")),
    ("The Government of Ireland pledged €1.8 million to the Voluntary Fund for Technical Cooperation.",
     ("state/IRL", "org/vf-tc", 1800000, "EUR", None, None)),
    ("Denmark informed OHCHR that it had provided 20 million Danish kroner to UNICEF between 2020 and 2023.",
     ("state/DNK", "org/unicef", 20000000, "DKK", "between 2020 and 2023", None)),
    ("Chile made a first contribution of USD 50,000.", ("state/CHL", None, 50000, "USD", None, None)),
])
def test_contributions(sentence, expected):
    (c,) = run(sentence).contributions
    assert (c.contributor, c.recipient, Decimal(c.amount), c.currency, c.period, c.year) == (
        expected[0], expected[1], Decimal(expected[2]), *expected[3:])


def test_contribution_needs_a_giving_verb():
    assert run("The budget of the project was USD 500,000.").contributions == ()


# -- stances -----------------------------------------------------------------------------------

MBC = "concept/mutually-beneficial-cooperation"
RTD = "concept/right-to-development"
WIN = "concept/win-win-cooperation"


def stances(*paragraphs):
    return {(s.holder, s.concept, s.value) for s in run(*paragraphs).stances}


@pytest.mark.parametrize("sentence, expected", [
    ("Brazil welcomed the concept of mutually beneficial cooperation.", {("state/BRA", MBC, "Supportive")}),
    ("Chile expressed support for the right to development.", {("state/CHL", RTD, "Supportive")}),
    ("Peru criticized the notion of win-win cooperation.", {("state/PER", WIN, "Critical")}),
    ("Mexico expressed concern that mutually beneficial cooperation could undermine accountability.",
     {("state/MEX", MBC, "Critical")}),
    ("Austria questioned whether mutually beneficial cooperation was useful.", {("state/AUT", MBC, "Sceptical")}),
    ("Ireland noted that the concept of mutually beneficial cooperation lacked a clear definition.",
     {("state/IRL", MBC, "Sceptical")}),
    ("Belgium did not question the right to development.", {("state/BEL", RTD, "NotQuestioned")}),
    ("Finland did not support the concept of win-win cooperation.", {("state/FIN", WIN, "Critical")}),
    ("Kenya did not express a view on mutually beneficial cooperation.", {("state/KEN", MBC, "NotQuestioned")}),
    ("Ghana considered the concept of mutually beneficial cooperation useful, but expressed concern that it "
     "could be misused.", {("state/GHA", MBC, "Critical")}),
    ("Sweden and Denmark doubted that win-win cooperation could be applied to human rights.",
     {("state/SWE", WIN, "Sceptical"), ("state/DNK", WIN, "Sceptical")}),
    ("Spain, in a contribution received after the deadline, rejected the concept of win-win cooperation.",
     {("state/ESP", WIN, "Critical")}),
    ("Italy criticized win-win cooperation, while Portugal considered the right to development essential.",
     {("state/ITA", WIN, "Critical"), ("state/PRT", RTD, "Supportive")}),
])
def test_stances(sentence, expected):
    assert stances(sentence) == expected


def test_stance_carries_over_a_pronoun_sentence():
    assert stances("Norway commented on the draft. It also questioned the concept of win-win cooperation.") == {
        ("state/NOR", WIN, "Sceptical")}


def test_no_stance_without_a_holder_or_a_cue():
    assert stances("Several States supported the right to development.") == set()
    assert stances("Norway submitted its views on mutually beneficial cooperation.") == set()
    assert stances("The right to development was discussed at the forum.") == set()


def test_words_inside_a_name_are_no_cue():
    # "beneficial" in the concept's name is no Supportive cue
    assert stances("Ghana mentioned mutually beneficial cooperation.") == set()


# -- forms added for the genre: nominal assistance, participles, funders, exchanges -----------

@pytest.mark.parametrize("sentence, expected", [
    ("Kenya welcomed the technical assistance provided by OHCHR to the Niger.", {("org/ohchr", "state/NER")}),
    ("Togo praised the support of UNDP to its electoral commission.", {("org/undp", "state/TGO")}),
    ("Ecuador highlighted the assistance it had received from OHCHR.", {("org/ohchr", "state/ECU")}),
    ("The Voluntary Fund for Technical Cooperation supported the participation of officials of Timor-Leste in "
     "a regional workshop.", {("org/vf-tc", "state/TLS")}),
    ("In 2023, the Voluntary Fund for Technical Cooperation paid for human rights advisers deployed to Rwanda "
     "and Madagascar.", {("org/vf-tc", "state/RWA"), ("org/vf-tc", "state/MDG")}),
])
def test_assistance_named_by_a_noun_or_a_participle(sentence, expected):
    assert {(s, o) for s, _p, o in triples(sentence, predicate="assists")} == expected


def test_a_name_used_attributively_is_no_recipient():
    got = {(s, o) for s, _p, o in triples("UNICEF supported the OHCHR country office team.", predicate="assists")}
    assert ("org/unicef", "org/ohchr") not in got


def test_funding_from_makes_the_funder_the_provider():
    # tests/gold/README.md, "funded help": the funder of an activity for X and its implementer both assist X
    rec = run("With funding from the European Union, OHCHR supported Mauritania in drafting a law.")
    assert {(a.provider, a.recipient, a.funded_by) for a in rec.assistances} == {
        ("org/eu", "state/MRT", ()), ("org/ohchr", "state/MRT", ("org/eu",))}
    assert ("org/eu", "org/ohchr") not in {(r.subject, r.object) for r in rec.relations}
    got = triples("With funding from the European Union, OHCHR provided technical assistance to the African Union.",
                  predicate="assists")
    assert got == {("org/eu", "assists", "org/au"), ("org/ohchr", "assists", "org/au")}


def test_a_fund_supporting_named_offices_funds_them():
    got = triples("The Voluntary Fund for Technical Cooperation supported the OHCHR country offices in Guinea, "
                  "Mauritania and the Sudan.")
    assert got == {(f"org/ohchr-{c}", "fundedBy", "org/vf-tc") for c in ("guinea", "mauritania", "sudan")}


def test_exchange_between_states():
    got = triples("An exchange between Mali, Guinea and Côte d'Ivoire supported by OHCHR took place in Dakar.")
    assert {(s, o) for s, p, o in got if p == "assists"} == {
        ("org/ohchr", "state/MLI"), ("org/ohchr", "state/GIN"), ("org/ohchr", "state/CIV")}
    assert {tuple(sorted((s, o))) for s, p, o in got if p == "partnersWith"} == {
        ("state/GIN", "state/MLI"), ("state/CIV", "state/MLI"), ("state/CIV", "state/GIN")}


# -- modality words, one by one ----------------------------------------------------------------

@pytest.mark.parametrize("sentence, modality, asker", [
    ("The Human Rights Council requested the Office to provide technical assistance to Chad.", "Requested", "org/hrc"),
    ("The Human Rights Council invited UNDP to assist Chad.", "Requested", "org/hrc"),
    ("The General Assembly called upon UNICEF to assist Chad.", "Requested", "org/ga"),
    ("The General Assembly urged UNICEF to assist Chad.", "Requested", "org/ga"),
    ("The Human Rights Council encouraged UNICEF to assist Chad.", "Requested", "org/hrc"),
    ("The Human Rights Council Advisory Committee recommended that UNICEF assist Chad.", "Recommended",
     "org/hrc-advisory-committee"),
    ("UNICEF should assist Chad.", "Recommended", None),
    ("UNICEF will assist Chad.", "Planned", None),
    ("UNICEF plans to assist Chad.", "Planned", None),
    ("UNICEF did not assist Chad.", "Negated", None),
    ("UNICEF no longer assists Chad.", "Negated", None),
    ("UNICEF assisted Chad.", "Reported", None),
])
def test_modality(sentence, modality, asker):
    got = facts("OHCHR met UNICEF. " + sentence if "Office" in sentence else sentence, predicate="assists")
    assert {(m, r) for _s, _o, m, r in got} == {(modality, asker)}


def test_not_only_is_no_negation():
    assert {m for _s, _o, m, _r in facts("UNICEF not only assisted Chad but also Niger.", predicate="assists")} == {
        "Reported"}


def test_possessive_names_the_state():
    assert triples("OHCHR trained Kenya's judges.", predicate="assists") == {("org/ohchr", "assists", "state/KEN")}
    assert triples("OHCHR organized a workshop for Kenya's prosecutors.", predicate="assists") == {
        ("org/ohchr", "assists", "state/KEN")}


def test_years_date_what_was_set_up():
    rec = run("The Voluntary Fund for Technical Cooperation was established by the Secretary-General in 1987.")
    assert ("org/vf-tc", "1987") in {(d.entity, d.year) for d in rec.dates}


def test_coordinated_verbs_share_their_subject():
    got = facts("The High Commissioner calls upon Togo to ensure accountability and recommends that the Human Rights "
                "Council request OHCHR to assist Togo.", predicate="requests")
    assert got == {("org/hrc", "org/ohchr", "Recommended", "org/hchr")}


def test_at_the_invitation_of_is_no_request():
    assert triples("At the invitation of the Government of Togo, the High Commissioner visited Lomé.",
                   predicate="requests") == set()


@pytest.mark.parametrize("sentence", [
    "Norway provided funding of USD 500,000 to OHCHR.",
    "OHCHR received financial support from Norway.",
    "Sweden supported the Voluntary Fund for Technical Cooperation with USD 2 million.",
])
def test_money_to_a_un_body_or_fund_is_no_assistance(sentence):
    assert triples(sentence, predicate="assists") == set()


def test_the_host_of_an_adviser_is_no_recipient():
    got = facts("OHCHR plans to deploy a human rights adviser based in Barbados to Saint Lucia.", predicate="assists")
    assert got == {("org/ohchr", "state/LCA", "Planned", None)}


def test_requested_assistance_from_a_provider():
    rec = run("Uganda requested technical assistance from OHCHR in the preparation of its report to the Committee "
              "against Torture.")
    assert {(r.subject, r.predicate, r.object, r.modality, r.requested_by) for r in rec.relations
            if r.predicate in ("requests", "assists")} == {
        ("state/UGA", "requests", "org/ohchr", "Reported", None),
        ("org/ohchr", "assists", "state/UGA", "Requested", "state/UGA")}


def test_an_activity_done_at_a_states_request_assists_it():
    got = triples("At the request of the Government of Sierra Leone, UNDP and OHCHR organized a national "
                  "consultation on the reform of the justice sector.")
    assert {("state/SLE", "requests", "org/undp"), ("state/SLE", "requests", "org/ohchr"),
            ("org/undp", "assists", "state/SLE"), ("org/ohchr", "assists", "state/SLE")} == got


def test_a_list_of_common_nouns_does_not_end_the_clause():
    assert triples("The Office conducted training sessions for 150 judges, prosecutors and lawyers in Madagascar.",
                   predicate="assists") == {("org/ohchr", "assists", "state/MDG")}


def test_partner_of_a_passive_agent():
    assert triples("The European Union funded the project, which was implemented by OHCHR in cooperation with "
                   "UN-Women.", predicate="partnersWith") == {("org/ohchr", "partnersWith", "org/unwomen")}


def test_year_of_each_amount_in_a_coordination():
    got = {(c.contributor, c.year) for c in run(
        "Ireland made a contribution of EUR 500,000 to OHCHR in 2022, and the Republic of Korea contributed "
        "USD 300,000.").contributions}
    assert got == {("state/IRL", "2022"), ("state/KOR", None)}


def test_a_currency_is_no_state():
    rec = run("Japan has pledged 2 million United States dollars to OHCHR for 2024–2025.")
    assert "state/USA" not in {m.entity for m in rec.mentions}
    (c,) = rec.contributions
    assert (c.contributor, c.recipient, c.amount, c.currency, c.period) == (
        "state/JPN", "org/ohchr", "2000000", "USD", "2024–2025")


def test_reply_list_with_the_following_states():
    got = triples("Replies to the questionnaire were received from the following States: Chile, Cuba and Qatar.",
                  predicate="submittedInputTo")
    assert got == {(k, "submittedInputTo", REPORT) for k in ("state/CHL", "state/CUB", "state/QAT")}


def test_stance_of_the_view():
    assert stances("Germany was of the view that win-win cooperation undermined the obligations of "
                   "States.") == {("state/DEU", WIN, "Critical")}


def test_a_judgement_on_something_else_does_not_outrank_doubt():
    assert stances("The European Union questioned the added value of win-win cooperation and stressed that "
                   "technical cooperation should not replace accountability.") == {("org/eu", WIN, "Sceptical")}


# -- assistance: phrasings of the genre beyond the verbs of helping --------------------------------

def test_people_of_a_state_name_the_state():
    got = triples("Chile provided training on treaty reporting for diplomats of Bolivia and Peru.", predicate="assists")
    assert got == {("state/CHL", "assists", "state/BOL"), ("state/CHL", "assists", "state/PER")}
    assert triples("Chile welcomed the diplomats of Peru.", predicate="assists") == set()


def test_a_recipient_located_in_states_names_the_states_too():
    got = triples("The Peacebuilding Fund financed the deployment of advisers to the United Nations country teams in "
                  "Benin and Togo.", predicate="assists")
    assert got == {("org/peacebuilding-fund", "assists", k) for k in ("org/unct", "state/BEN", "state/TGO")}
    got = triples("OHCHR provided advice to the United Nations country team based in Benin.", predicate="assists")
    assert got == {("org/ohchr", "assists", "org/unct")}  # the host of an office is no recipient


def test_an_activity_that_did_not_take_place_is_negated_for_the_one_the_passage_is_about():
    got = facts("OHCHR financed advisers in Chad. A planned deployment to the Niger did not take place.",
                predicate="assists")
    assert got == {("org/ohchr", "state/TCD", "Reported", None), ("org/ohchr", "state/NER", "Negated", None)}
    assert facts("A workshop for judges of the Niger took place in Niamey.", predicate="assists") == set()
    # a donor State of the sentence before does not implement what a passive reports
    assert facts("Norway contributed NOK 30 million to OHCHR. A project was implemented in Chad.",
                 predicate="assists") == set()


def test_people_trained_thanks_to_a_funder():
    got = triples("Thanks to funding from Norway, 50 prosecutors of Liberia were trained on fair trial standards.",
                  predicate="assists")
    assert got == {("state/NOR", "assists", "state/LBR")}
    got = triples("With funding from Japan, 200 community leaders in Kenya had been trained on land rights.",
                  predicate="assists")
    assert got == {("state/JPN", "assists", "state/KEN")}
    assert triples("Judges of Liberia were trained on fair trial standards.", predicate="assists") == set()


def test_an_aside_after_the_verb_does_not_hide_its_object():
    got = triples("Norway funded, through UNDP, seminars for judges of Malawi.", predicate="assists")
    assert got == {("state/NOR", "assists", "state/MWI"), ("org/undp", "assists", "state/MWI")}  # funded help
    assert triples("Norway funded, through UNDP, its own national programme.", predicate="assists") == set()


def test_training_provided_by_a_provider():
    got = triples("Tonga indicated that its police officers had benefited from training provided by the Pacific "
                  "Community.", predicate="assists")
    assert got == {("org/pacific-community", "assists", "state/TON")}
    assert triples("Tonga had benefited from training on the resolution adopted by the Human Rights Council.",
                   predicate="assists") == set()


def test_assistance_a_state_requested_from_a_provider():
    got = facts("Lesotho noted that the assistance it had requested from UNDP in 2022 had not been delivered.",
                predicate="assists")
    assert got == {("org/undp", "state/LSO", "Negated", None)}
    assert triples("Lesotho noted that the assistance it had requested from UNDP in 2022 had not been delivered.",
                   predicate="requests") == {("state/LSO", "requests", "org/undp")}
    got = facts("Lesotho has not received the support that it requested from UNICEF.", predicate="assists")
    assert got == {("org/unicef", "state/LSO", "Negated", None)}
    assert triples("Lesotho described the assistance that UNDP provided in 2020.", predicate="requests") == set()


def test_the_ministry_of_the_state_the_passage_names():
    got = triples("At the request of the Ministry of Health of Peru, OHCHR reviewed a draft law. UNDP helped the "
                  "Ministry to hold consultations.", predicate="assists")
    assert ("org/undp", "assists", "state/PER") in got
    assert triples("UNDP helped the Ministry to hold consultations.", predicate="assists") == set()


def test_provide_it_with_stands_for_the_group_before_that_is_not_the_subject():
    got = triples("Ghana agreed to cooperate with the National Human Rights Commission of Nigeria and to provide it "
                  "with training.", predicate="assists")
    assert got == {("state/GHA", "assists", "org/nhrc-nigeria")}
    got = facts("Ghana asked UNDP to provide it with training.", predicate="assists")
    assert got == {("org/undp", "state/GHA", "Requested", "state/GHA")}


def test_a_post_may_be_advised():
    got = triples("The Board of Trustees of the Voluntary Fund for Technical Cooperation advised the High Commissioner "
                  "on the priorities of the Fund.", predicate="assists")
    assert got == {("org/vf-tc-board", "assists", "org/hchr")}


def test_offices_a_fund_supported_among_others():
    got = triples("The Peacebuilding Fund supported 12 offices, among them the OHCHR country offices in Guinea and "
                  "Mauritania.")
    assert {("org/ohchr-guinea", "fundedBy", "org/peacebuilding-fund"),
            ("org/ohchr-mauritania", "fundedBy", "org/peacebuilding-fund")} <= got
    assert not {t for t in got if t[1] == "assists"}


def test_the_purpose_of_an_activity_names_a_recipient():
    got = triples("The Peacebuilding Fund financed a project to strengthen the capacity of the National Human Rights "
                  "Commission of Nepal.", predicate="assists")
    assert got == {("org/peacebuilding-fund", "assists", "org/nhrc-nepal")}
    assert triples("The Peacebuilding Fund financed a project of the National Human Rights Commission of Nepal.",
                   predicate="assists") == set()


@pytest.mark.parametrize("later, modality", [
    (", and UNDP has indicated that it will do so in 2026.", "Planned"),
    (", but UNDP did not do so.", "Negated"),
    ("; UNDP financed two advisers in 2024.", "Reported"),
    (", and UNICEF financed a survey.", "Requested"),  # someone else acted: still only asked for
])
def test_a_request_then_what_the_one_asked_did(later, modality):
    got = facts("Peru requested UNDP to support its electoral commission" + later, predicate="assists")
    assert got == {("org/undp", "state/PER", modality, "state/PER" if modality == "Requested" else None)}


def test_one_modality_per_fact_and_paragraph():
    got = facts("The Human Rights Council requested OHCHR to assist Haiti. OHCHR assisted Haiti in 2023.",
                predicate="assists")
    assert got == {("org/ohchr", "state/HTI", "Reported", None)}
    got = facts("The Human Rights Council encouraged OHCHR to cooperate with UNDP. UNDP cooperated closely with "
                "OHCHR in 2024.", predicate="partnersWith")  # either order: one partnership
    assert {m for _s, _o, m, _b in got} == {"Reported"}


def test_partners_named_before_with_which():
    got = triples("The Board met with representatives of UNDP and UNICEF, with which OHCHR signed agreements in 2022.",
                  predicate="partnersWith")
    assert got == {("org/ohchr", "partnersWith", "org/undp"), ("org/ohchr", "partnersWith", "org/unicef")}
    assert triples("The Board met with representatives of UNDP and UNICEF, with which it discussed the budget.",
                   predicate="partnersWith") == set()


def test_cooperation_with_as_a_noun():
    got = facts("The Human Rights Council Advisory Committee recommends that OHCHR strengthen its cooperation with "
                "UN-Women.", predicate="partnersWith")
    assert got == {("org/ohchr", "org/unwomen", "Recommended", "org/hrc-advisory-committee")}
    assert triples("OHCHR welcomed the statement of UN-Women on cooperation.", predicate="partnersWith") == set()


# -- submissions -------------------------------------------------------------------------------

def test_submissions_received_from():
    got = triples("Contributions were also received from Amnesty International and the International Service for "
                  "Human Rights.", predicate="submittedInputTo")
    assert got == {("org/amnesty", "submittedInputTo", REPORT), ("org/ishr", "submittedInputTo", REPORT)}
    got = triples("Replies from Chile and Peru were received after the deadline.", predicate="submittedInputTo")
    assert got == {("state/CHL", "submittedInputTo", REPORT), ("state/PER", "submittedInputTo", REPORT)}
    # money received is no submission
    assert triples("Voluntary contributions were received from Norway and Japan.", predicate="submittedInputTo") == set()


def test_comments_on_a_draft_are_a_submission():
    got = triples("In its comments on a draft of the present report, the Government of Chile stated that it agreed.",
                  predicate="submittedInputTo")
    assert got == {("state/CHL", "submittedInputTo", REPORT)}


def test_what_a_respondent_reports_elsewhere_is_from_its_reply():
    text = (" I. Introduction\n\n1. Replies to the questionnaire were received from three States: Chile, Peru and "
            "Ghana.\n\n II. Cooperation provided\n\n2. Chile reported that it had trained 30 judges of Peru in 2023."
            "\n\n3. Kenya reported that it had trained 20 judges of Uganda in 2022.\n")
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    got = {(r.number, r.subject) for r in rec.relations if r.predicate == "submittedInputTo"}
    assert (2, "state/CHL") in got and (3, "state/KEN") not in got  # Kenya did not reply


# -- stances -----------------------------------------------------------------------------------

RTD, WWC, MBC_ = "concept/right-to-development", "concept/win-win-cooperation", "concept/mutually-beneficial-cooperation"


def stances(*paragraphs: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.concept, s.value) for s in run(*paragraphs).stances}


def test_according_to_a_holder():
    assert stances("According to Mexico, mutually beneficial cooperation was the most effective way to share good "
                   "practices.") == {("state/MEX", MBC_, "Supportive")}
    assert stances("According to the report, Mexico questioned the concept of win-win cooperation.") == \
        {("state/MEX", WWC, "Sceptical")}


def test_a_contrast_before_the_next_concept_ends_the_first_ones_cues():
    assert stances("Peru welcomed the right to development but questioned the concept of win-win cooperation.") == \
        {("state/PER", RTD, "Supportive"), ("state/PER", WWC, "Sceptical")}


def test_the_concept_of_x_names_x_and_refers_back_to_nothing_else():
    assert stances("Peru supported mutually beneficial cooperation. It did not comment on the concept of win-win "
                   "cooperation.") == {("state/PER", MBC_, "Supportive"), ("state/PER", WWC, "NotQuestioned")}


def test_considered_it_refers_to_the_concept_named_before():
    got = stances("Chile called for the realization of the right to development, while Kenya considered it essential "
                  "for small States.")
    assert ("state/KEN", RTD, "Supportive") in got
    # 'considered it important to …' is no reference to a concept
    assert stances("The right to development was discussed. Kenya considered it important to hold a second "
                   "meeting.") == set()


@pytest.mark.parametrize("sentence, value", [
    ("Peru welcomed the notion of win-win cooperation, but cautioned that it had never been clearly defined.",
     "Sceptical"),
    ("Ghana considered win-win cooperation a prerequisite for peace.", "Supportive"),
    ("Ghana stated that technical cooperation should be guided by win-win cooperation.", "Supportive"),
])
def test_more_cues_of_the_genre(sentence, value):
    assert {v for _h, _c, v in stances(sentence)} == {value}


def test_the_report_goes_to_the_session_its_front_page_names():
    body = ("1. OHCHR trained judges in Chad.\n\n2. The present report is submitted to the Human Rights Council at "
            "its ninety-ninth session.\n\n3. The Advisory Committee will present its study to the Council at its "
            "hundredth session.\n")
    text = ("A/HRC/99/10\nHuman Rights Council\nNinety-ninth session\nAgenda item 10\nTechnical assistance and "
            f"capacity-building\n\nTechnical cooperation in Chad\n\nReport of the Secretary-General\n\n I. Introduction\n\n{body}")
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0" * 64, "utf-8", len(text)))))
    got = {(r.number, r.subject, r.object) for r in rec.relations if r.predicate == "atSession"}
    assert got == {(2, REPORT, "session/hrc/99")}


# -- persons and the bodies they belong to -----------------------------------------------------

def test_members_listed_after_the_body():
    got = triples("The members of the Board of Trustees of the Voluntary Fund for Technical Cooperation are Ana Perez "
                  "(Chile), Chair; and John Smith (Kenya).", predicate="memberOf")
    assert got == {("person/ana-perez", "memberOf", "org/vf-tc-board"), ("person/john-smith", "memberOf", "org/vf-tc-board")}
    got = triples("The Human Rights Council Advisory Committee established a drafting group composed of the following "
                  "members of the Committee: Maria Lopez, Ahmed Saleh (Chair) and Li Wei.", predicate="memberOf")
    assert {p for p, _r, _o in got} == {"person/maria-lopez", "person/ahmed-saleh", "person/li-wei"}
    # a drafting group's members, with no body named as theirs: no memberOf
    assert triples("The Human Rights Council Advisory Committee established a drafting group composed of Maria Lopez, "
                   "Ahmed Saleh (Chair) and Li Wei.", predicate="memberOf") == set()


def test_its_chair_is_a_member():
    got = triples("The Board of Trustees of the Voluntary Fund for Technical Cooperation met. According to its Chair, "
                  "Ana Perez, the right to development offers a useful framework.", predicate="memberOf")
    assert got == {("person/ana-perez", "memberOf", "org/vf-tc-board")}


# -- contributions -----------------------------------------------------------------------------

def contribs(*paragraphs: str) -> set[tuple]:
    return {(c.contributor, c.recipient, Decimal(c.amount), c.currency, c.year) for c in run(*paragraphs).contributions}


def test_amounts_in_brackets_after_their_givers_take_the_recipient_and_year_of_what_was_received():
    got = contribs("In 2022, the Peacebuilding Fund received US$ 9.5 million from 20 donors. The largest contributions "
                   "came from Japan (USD 3 million) and Canada (CAD 500,000).")
    assert got == {("state/JPN", "org/peacebuilding-fund", Decimal(3000000), "USD", "2022"),
                   ("state/CAN", "org/peacebuilding-fund", Decimal(500000), "CAD", "2022")}  # the total is none


def test_a_second_amount_of_the_same_giver_and_its_own_year():
    got = contribs("Chile contributed USD 100,000 to the Peacebuilding Fund in 2022 and pledged USD 120,000 for 2023.")
    assert got == {("state/CHL", "org/peacebuilding-fund", Decimal(100000), "USD", "2022"),
                   ("state/CHL", "org/peacebuilding-fund", Decimal(120000), "USD", "2023")}


def test_the_contribution_of_one_of_several():
    got = contribs("Peru, Chile and Ghana contributed for the first time; the contribution of Chile amounted to "
                   "USD 5,000.")
    assert got == {("state/CHL", None, Decimal(5000), "USD", None)}


def test_contributions_through_which_a_fund_financed_something_go_to_the_fund():
    got = contribs("The Peacebuilding Fund financed projects in Mali, including through contributions by Japan "
                   "(USD 200,000).")
    assert got == {("state/JPN", "org/peacebuilding-fund", Decimal(200000), "USD", None)}


def test_an_exchange_of_experience_between_states_is_a_partnership():
    got = triples("OHCHR supported an exchange of experience between Benin, Togo and Ghana on the prevention of torture.")
    assert {("state/BEN", "partnersWith", "state/TGO"), ("state/BEN", "partnersWith", "state/GHA"),
            ("state/TGO", "partnersWith", "state/GHA")} <= got
    assert {("org/ohchr", "assists", k) for k in ("state/BEN", "state/TGO", "state/GHA")} <= got
    assert triples("The Committee held an exchange of views between Benin and Togo.", predicate="partnersWith") == set()


def test_a_fund_covering_the_costs_of_an_adviser():
    got = triples("The Peacebuilding Fund also covered the costs of the human rights adviser in Bhutan, based in "
                  "Bangkok.", predicate="assists")
    assert got == {("org/peacebuilding-fund", "assists", "state/BTN")}  # the city that hosts the adviser is none
    assert triples("The Peacebuilding Fund covered travel costs.", predicate="assists") == set()


def test_helped_it_is_the_one_the_sentence_is_about():
    got = triples("Namibia reported that UNDP had helped it to draft a national action plan.", predicate="assists")
    assert got == {("org/undp", "assists", "state/NAM")}
    assert triples("UNDP helped it to draft a plan.", predicate="assists") == set()


def test_training_for_its_officers_financed_by_another_state():
    got = triples("Namibia reported that Germany had financed training for its police officers.", predicate="assists")
    assert got == {("state/DEU", "assists", "state/NAM")}


def test_benefited_from_the_support_of():
    got = triples("The Minister of Justice of Cabo Verde said that the country had benefited from the support of UNDP.",
                  predicate="assists")
    assert got == {("org/undp", "assists", "state/CPV")}


def test_a_resolution_coordinated_with_what_is_established_is_not_established():
    got = triples("In its resolution 6/17, the Human Rights Council requested the Secretary-General to establish the "
                  "Peacebuilding Fund, and resolution 16/21 followed.", predicate="establishes")
    assert got == {("org/sg", "establishes", "org/peacebuilding-fund")}


def test_contributions_to_a_fund_totalled_then_who_gave():
    got = contribs("In 2025, contributions to the Peacebuilding Fund totalled US$ 2.4 million. Contributions were "
                   "received from Australia (AUD 300,000) and Morocco (USD 50,000).")
    assert got == {("state/AUS", "org/peacebuilding-fund", Decimal(300000), "AUD", "2025"),
                   ("state/MAR", "org/peacebuilding-fund", Decimal(50000), "USD", "2025")}
    assert triples("Contributions were received from Australia (AUD 300,000).", predicate="submittedInputTo") == set()


def test_a_contribution_to_a_fund_in_the_amount_of():
    got = contribs("Kazakhstan made its first contribution to the Peacebuilding Fund, in the amount of USD 25,000.")
    assert got == {("state/KAZ", "org/peacebuilding-fund", Decimal(25000), "USD", None)}


def test_financing_the_participation_of_officials():
    got = triples("The Peacebuilding Fund financed the participation of officials of Tonga and Tuvalu in a regional "
                  "workshop held in Suva.", predicate="assists")
    assert got == {("org/peacebuilding-fund", "assists", "state/TON"), ("org/peacebuilding-fund", "assists", "state/TUV")}


def test_supported_something_at_the_request_of_a_state():
    got = triples("At the request of the Government of Sierra Leone, UNDP supported the drafting of a national plan.",
                  predicate="assists")
    assert got == {("org/undp", "assists", "state/SLE")}
    assert triples("UNDP supported the drafting of a national plan.", predicate="assists") == set()


def test_an_unnamed_office_of_a_body_acts_as_the_body():
    got = triples("The OHCHR regional office in Nairobi provided advisory services to Kenya.", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/KEN")}
    # a body's project is no body: a funded project does not make the body funded
    assert triples("The UNDP project in Chad was funded by Japan.", predicate="fundedBy") == set()


def test_people_of_a_state_right_after_the_verb_are_no_list_with_the_subject():
    assert triples("OHCHR trained judges of Chad.", predicate="assists") == {("org/ohchr", "assists", "state/TCD")}


def test_advisory_services_to_its_commission_before_another_group():
    got = triples("Kenya noted that OHCHR had provided advisory services to its national commission and that it had "
                  "hosted a study visit of officials from Uganda.", predicate="assists")
    assert ("org/ohchr", "assists", "state/KEN") in got


def test_received_replies_from_the_following_states():
    got = triples("OHCHR received replies from the following States: Jordan, Kenya and Peru.",
                  predicate="submittedInputTo")
    assert {s for s, _p, _o in got} == {"state/JOR", "state/KEN", "state/PER"}



def test_requested_him_is_the_post_named_before_and_the_request_is_made():
    got = facts("In its resolution 57/29, the Human Rights Council invited the High Commissioner to provide technical "
                "assistance to Mali and requested him to report thereon.", predicate="requests")
    assert got == {("resolution/A/HRC/RES/57/29", "org/hchr", "Reported", None)}
    assert facts("In its resolution 57/29, the Human Rights Council invited the High Commissioner to provide technical "
                 "assistance to Mali and requested him to report thereon.", predicate="assists") == \
        {("org/hchr", "state/MLI", "Requested", "resolution/A/HRC/RES/57/29")}
    # a State is no 'him'
    assert triples("Kenya invited Mali to a meeting and requested him to report.", predicate="requests") == set()


def test_an_exchange_supported_by_a_provider_in_apposition():
    got = triples("An exchange of good practices between Benin, Togo and Ghana, supported by OHCHR, took place in Lome.",
                  predicate="assists")
    assert got == {("org/ohchr", "assists", k) for k in ("state/BEN", "state/TGO", "state/GHA")}


def test_an_adviser_to_serve_states_is_for_them_not_for_the_host():
    got = facts("OHCHR and the Peacebuilding Fund plan to deploy a human rights adviser, based in Barbados, to serve "
                "Grenada and Saint Lucia.", predicate="assists")
    assert {(p, r, m) for p, r, m, _b in got} == {(p, r, "Planned") for p in ("org/ohchr", "org/peacebuilding-fund")
                                                  for r in ("state/GRD", "state/LCA")}


def test_a_fund_paying_an_adviser_and_money_paid_to_a_fund():
    assert triples("The Peacebuilding Fund pays the post of the human rights adviser in Chad.", predicate="assists") == \
        {("org/peacebuilding-fund", "assists", "state/TCD")}
    assert triples("Norway paid USD 1 million to the Peacebuilding Fund.", predicate="assists") == set()
    assert triples("The High Commissioner paid a visit to Chad.", predicate="assists") == set()


def test_support_to_the_ministry_of_the_state_the_passage_names():
    got = triples("The Government of the Niger adopted a plan. OHCHR provided technical support to the Ministry of "
                  "Justice in drafting a law.", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/NER")}
    assert triples("OHCHR provided technical support to the Ministry of Justice in drafting a law.",
                   predicate="assists") == set()


def test_in_the_state_opening_the_sentence_sets_the_activity():
    got = triples("In the Niger, OHCHR organized a workshop for members of the National Assembly.", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/NER")}


@pytest.mark.parametrize("sentence, modality", [
    ("OHCHR was unable to provide technical assistance to Chad owing to funding constraints.", "Negated"),
    ("OHCHR has yet to deploy advisers to Chad.", "Negated"),
    ("OHCHR provided technical assistance to Chad owing to funding constraints.", "Reported"),
])
def test_unable_to_and_yet_to(sentence, modality):
    assert facts(sentence, predicate="assists") == {("org/ohchr", "state/TCD", modality, None)}


@pytest.mark.parametrize("sentence, expected", [
    ("Switzerland was not convinced that the concept of mutually beneficial cooperation added value.",
     {("state/CHE", MBC_, "Sceptical")}),
    ("Norway did not oppose the concept of win-win cooperation.", {("state/NOR", WWC, "NotQuestioned")}),
    ("The United Kingdom did not consider win-win cooperation to be useful.", {("state/GBR", WWC, "Critical")}),
    # declining to comment, like "declined to comment" (the twenty-sixth session's sets annotate it NotQuestioned)
    ("Japan did not consider it necessary to comment on the right to development.", {("state/JPN", RTD, "NotQuestioned")}),
])
def test_negated_judgements(sentence, expected):
    assert stances(sentence) == expected


@pytest.mark.parametrize("paragraph, post, person", [
    ("The Special Rapporteur on the right to development, Marta Oyelaran, spoke at the opening.",
     "org/sr-right-to-development", "person/marta-oyelaran"),
    ("The United Nations High Commissioner for Human Rights, Ilse Vandermeer, visited Lusaka in May.",
     "org/hchr", "person/ilse-vandermeer"),
])
def test_a_post_in_apposition_is_held_by_the_person_named(paragraph, post, person):
    assert (post, person, "Reported", None) in facts(paragraph, predicate="heldBy")


def test_a_post_followed_by_a_list_is_held_by_no_one_in_it():
    assert facts("The Secretary-General, the High Commissioner and Marta Oyelaran attended the session.",
                 predicate="heldBy") == set()

"""Sentences of our own (not from any gold text) for each class fixed in English round 11."""

from test_relate_en_general import facts


def _all(*paragraphs: str) -> set[tuple[str, str, str, str]]:
    """(subject, predicate, object, modality) of assists and partnersWith."""
    out = set()
    for pred in ("assists", "partnersWith"):
        out |= {(s, pred, o, m) for s, o, m, _r in facts(*paragraphs, predicate=pred)}
    return out


# -- a relative clause closed only by a co-actor phrase: the phrase is the relative clause's ------------------

def test_partner_phrase_after_a_relative_clause_joins_its_providers():
    got = _all("The report describes the programme on access to justice, which UNICEF implements in Chad, "
               "in partnership with the African Union.")
    assert got == {("org/unicef", "assists", "state/TCD", "Reported"),
                   ("org/au", "assists", "state/TCD", "Reported"),
                   ("org/unicef", "partnersWith", "org/au", "Reported")}


def test_a_list_comma_in_the_relative_clause_does_not_close_it():
    got = _all("The present report describes a project on prison reform, which UNODC and UNDP carry out jointly "
               "in Mali, the Niger and Chad, in collaboration with the Economic Community of West African States.")
    recipients = {"state/MLI", "state/NER", "state/TCD"}
    providers = {"org/unodc", "org/undp", "org/ecowas"}
    assert {(s, o) for s, p, o, m in got if p == "assists"} == {(s, o) for s in providers for o in recipients}
    assert {frozenset((s, o)) for s, p, o, m in got if p == "partnersWith"} == {
        frozenset(("org/unodc", "org/undp")), frozenset(("org/unodc", "org/ecowas")),
        frozenset(("org/undp", "org/ecowas"))}
    assert {m for *_x, m in got} == {"Reported"}


def test_a_relative_clause_followed_by_the_main_verb_stays_closed():
    got = _all("The programme, which UNICEF implements in Chad, Mali and the Niger, was evaluated in 2025.")
    assert got == {("org/unicef", "assists", k, "Reported") for k in ("state/TCD", "state/MLI", "state/NER")}


# -- a meeting of the people or bodies of States: the States are the ones it was held for ---------------------

def test_a_meeting_of_the_institutions_of_states():
    got = _all("The Commonwealth Secretariat and UNDP organized, in London, a meeting of the national human rights "
               "institutions of Ghana and Kenya on business and human rights.")
    assert got == {(s, "assists", o, "Reported") for s in ("org/commonwealth-secretariat", "org/undp")
                   for o in ("state/GHA", "state/KEN")}  # co-organizers, no partnership


def test_a_meeting_of_officials_of_states_is_planned():
    assert _all("UNODC will hold a regional meeting of officials of Chad and the Niger in 2026.") == {
        ("org/unodc", "assists", "state/TCD", "Planned"), ("org/unodc", "assists", "state/NER", "Planned")}


def test_a_meeting_of_a_body_or_with_a_minister_is_no_help():
    assert _all("OHCHR organized a meeting of the Human Rights Council.",
                "UNDP held a meeting with the Minister of Justice of Chad.") == set()


# -- a State's piece of work made with the support of Y: Y helped the State ----------------------------------

def test_a_periodic_report_of_a_state_prepared_with_the_assistance_of_a_body():
    assert _all("The second periodic report of Kenya to the Human Rights Committee was prepared with the "
                "assistance of UNDP.") == {("org/undp", "assists", "state/KEN", "Reported")}


def test_a_states_own_plan_drafted_with_support():
    assert _all("Chad's national action plan on business and human rights was drafted with the technical support "
                "of UNICEF.") == {("org/unicef", "assists", "state/TCD", "Reported")}


def test_the_submission_by_a_state_of_its_report_not_the_welcoming_speaker():
    assert _all("The Special Rapporteur welcomed the submission by Mali of its initial report to the Committee "
                "against Torture, prepared with the assistance of UNODC.") \
        == {("org/unodc", "assists", "state/MLI", "Reported")}


def test_a_report_of_a_state_discussed_with_support_is_no_work_made():
    assert _all("The report of Kenya was discussed with the support of UNDP.") == set()


# -- a specialist deployed is help; whose expert it is (of UNICEF) is not whom it was for ---------------------

def test_a_specialist_deployed_to_a_ministry_of_a_state():
    assert _all("UNFPA deployed a gender specialist to the Ministry of Health of Sierra Leone for six months.") \
        == {("org/unfpa", "assists", "state/SLE", "Reported")}


def test_the_deployment_of_an_expert_of_a_body_financed_by_a_state():
    assert _all("Norway financed the deployment of a prison reform expert of UNODC to the Ministry of Justice of "
                "Sierra Leone.") == {("state/NOR", "assists", "state/SLE", "Reported")}


# -- worked with Y to train …: Y is a co-provider of the help that follows ----------------------------------

def test_worked_with_a_body_to_train_people_of_a_state():
    assert _all("In Guatemala, OHCHR worked with UNICEF to train 80 members of the national police on child rights.") \
        == {("org/ohchr", "assists", "state/GTM", "Reported"), ("org/unicef", "assists", "state/GTM", "Reported"),
            ("org/ohchr", "partnersWith", "org/unicef", "Reported")}


def test_worked_with_a_body_to_discuss_is_only_a_partnership():
    assert _all("OHCHR worked with UNICEF to discuss the situation in Guatemala.") \
        == {("org/ohchr", "partnersWith", "org/unicef", "Reported")}


# -- "the country office" stands for a country office, not for the Office named nearer -----------------------

def test_the_country_office_is_the_country_office_named_before_not_the_office():
    assert _all("The OHCHR country office in Guinea and the Office contributed to the present report.",
                "The Special Rapporteur visited Guinea in 2026 at the invitation of the Government. The country "
                "office, which facilitated the visit, also assisted the Government in preparing its response.") \
        == {("org/ohchr-guinea", "assists", "state/GIN", "Reported")}


# -- received people of X for a study visit: hosted them -------------------------------------------------------

def test_a_state_received_officials_of_another_for_a_study_visit():
    assert _all("Chile received a delegation of officials of the Ministry of Justice of Paraguay for a study visit "
                "on juvenile justice.") == {("state/CHL", "assists", "state/PRY", "Reported")}


def test_a_grant_received_for_a_programme_hosts_no_one():
    assert _all("Amnesty International received a grant from Norway for its programme in Paraguay.") \
        == {("state/NOR", "assists", "org/amnesty", "Reported")}


# -- a project funded by Y after a pronoun's clause: the unnamed project is funded, not the pronoun's subject ---

def test_a_project_funded_by_a_donor_is_not_the_pronoun_subject_funded():
    got = facts("UNODC continued to assist the police of Ghana. Together with UNDP, it supported the review of "
                "900 case files in the northern region, a project funded by Denmark.", predicate="fundedBy")
    assert got == set()


# -- support given to a process (the establishment of a body in X): X is helped ------------------------------

def test_support_provided_to_the_establishment_of_a_body_in_a_state():
    assert _all("UNICEF provided support to the establishment of a national child rights commission in Malawi.") \
        == {("org/unicef", "assists", "state/MWI", "Reported")}


def test_planned_support_to_the_establishment_not_provided_is_negated():
    assert _all("UNDP did not provide the planned support to the establishment of an ombudsman institution in "
                "Malawi, as its members had not been appointed.") == {("org/undp", "assists", "state/MWI", "Negated")}


# -- financed the publication (refurbishment …) of a body's report (premises): the body is helped --------------

def test_financed_the_publication_of_the_report_of_an_nhri():
    assert _all("Denmark financed the publication in Swahili of the annual report of the Kenya National Commission "
                "on Human Rights.") == {("state/DNK", "assists", "org/knchr", "Reported")}


def test_financed_the_publication_of_a_study_on_a_state_is_no_upkeep_of_a_body():
    assert _all("Denmark financed the publication of a study on Kenya.") == set()


# -- people trained in a later sentence of a passage set in one State: trained in that State ------------------

def test_officials_trained_in_a_later_sentence_of_a_passage_on_one_state():
    assert _all("In Peru, OHCHR advised the Ministry of Justice on a protocol. Together with UNFPA, it trained 220 "
                "municipal officials in the prevention of violence.") == {
        ("org/ohchr", "assists", "state/PER", "Reported"), ("org/unfpa", "assists", "state/PER", "Reported"),
        ("org/ohchr", "partnersWith", "org/unfpa", "Reported")}


def test_officials_trained_after_a_passage_on_two_states_take_neither():
    assert _all("In Peru and Chile, OHCHR met officials. It later trained 220 municipal officials.") == set()

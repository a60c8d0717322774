"""Sentences of our own (not battery rows) for each class fixed in English round 10 (dev8 development texts)."""

from test_relate_en_general import facts, run



# -- back-references: "the Council" is a council of States, not an NGO named "... Council of ..." ------------

def test_the_council_skips_an_ngo_named_council():
    got = facts("In its resolution 51/4, the Human Rights Council requested OHCHR to report.",
                "Replies were received from the Norwegian Refugee Council and Chile.",
                "Chile hoped that the Council would request OHCHR to assist Haiti.", predicate="requests")
    assert ("org/hrc", "org/ohchr") in {(s, o) for s, o, _m, _r in got}
    assert not any(s == "org/nrc" for s, _o, _m, _r in got)


def test_a_grant_from_the_fund_to_an_ngo_names_the_fund():
    text = ("The United Nations Voluntary Fund for Victims of Torture was established in 1981.",
            "A grant from the Fund to Amnesty International enabled work in Chile.")
    assert "org/vf-torture" in {m.entity for m in run(*text, relations=False).mentions if m.number == 2}
    assert ("org/vf-torture", "org/amnesty") in {(s, o) for s, o, _m, _r in facts(*text, predicate="assists")}


# -- a fund's grant for work in a State: the fund assists the State ----------------------------------------

VFT = "the United Nations Voluntary Fund for Victims of Torture"


def _assists(*paragraphs: str) -> set[tuple[str, str, str]]:
    return {(s, o, m) for s, o, m, _r in facts(*paragraphs, predicate="assists")}


def test_grants_of_a_fund_in_the_states_the_sentence_opens_with():
    assert _assists(f"In Kenya and Uganda, grants from {VFT} enabled local organizations to assist victims.") \
        == {("org/vf-torture", "state/KEN", "Reported"), ("org/vf-torture", "state/UGA", "Reported")}


def test_a_grant_to_an_ngo_for_its_work_in_a_state():
    got = _assists(f"Amnesty International received a grant from {VFT} for its project of rehabilitation "
                   "of torture survivors in Nepal.")
    assert got == {("org/vf-torture", "org/amnesty", "Reported"), ("org/vf-torture", "state/NPL", "Reported"),
                   ("org/amnesty", "state/NPL", "Reported")}  # the grantee carries the work out (funded help)


def test_a_grant_that_enabled_a_branch_in_a_state():
    got = _assists(f"A grant from {VFT} to Amnesty International enabled its national section in Chile "
                   "to provide legal aid.")
    assert ("org/vf-torture", "state/CHL", "Reported") in got


def test_no_grant_for_projects_in_a_state_is_negated():
    assert _assists(f"No grant was awarded from {VFT} for projects in Nepal in 2020.") \
        == {("org/vf-torture", "state/NPL", "Negated")}


def test_its_grants_recommended_for_organizations_in_states():
    got = facts(f"The Secretary-General recommends that {VFT} extend its grants to organizations working "
                "in Chad and Niger.", predicate="assists")
    assert got == {("org/vf-torture", "state/TCD", "Recommended", "org/sg"),
                   ("org/vf-torture", "state/NER", "Recommended", "org/sg")}


def test_a_grant_seen_in_a_state_is_no_grant_for_work_there():
    # the seat of the Fund's board is no place of the grant's work; a grant of a State is no fund's grant
    assert _assists(f"Germany paid its grant to {VFT}, whose Board met in Austria.") == set()


# -- the pronoun subject after a fronted phrase; a fronted co-provider joins its own clause only ------------

def test_the_pronoun_after_a_fronted_year_is_the_previous_subject():
    assert _assists("UNICEF visited Chad. In 2020, it organized a training course for police officers of Peru.") \
        == {("org/unicef", "state/PER", "Reported")}


def test_a_fronted_co_provider_and_the_pronoun_subject_both_help():
    got = _assists("UNICEF visited Chad. Jointly with UNDP, it held a workshop in Lima for judges of Peru.")
    assert got == {("org/unicef", "state/PER", "Reported"), ("org/undp", "state/PER", "Reported")}


def test_a_fronted_co_provider_does_not_join_the_next_clause_with_its_own_subject():
    got = _assists("UNICEF visited Chad. Together with UNDP, it trained 200 police officers, "
                   "and it supported the Ombudsman's Office of Colombia.")
    assert ("org/undp", "org/ombudsman-colombia", "Reported") not in got
    assert ("org/unicef", "org/ombudsman-colombia", "Reported") in got


# -- an activity named before a relative clause whose subject is a pronoun or another actor -----------------

def test_an_activity_which_it_ran_jointly_with_a_partner():
    got = _assists("Amnesty International described a training programme for paralegals in Nepal, "
                   "which it ran jointly with the Lutheran World Federation.")
    assert got == {("org/amnesty", "state/NPL", "Reported"), ("org/lwf", "state/NPL", "Reported")}


def test_an_activity_for_officials_of_a_state_which_another_actor_organized():
    assert _assists("Amnesty International described a workshop for judges of Nepal, which UNDP organized.") \
        == {("org/undp", "state/NPL", "Reported")}


# -- help said by the recipient: its plan prepared with advisory services from X ---------------------------

def test_a_plan_prepared_with_advisory_services_from_a_body():
    assert _assists("Chad noted that its national action plan had been prepared with advisory services "
                    "from UNDP.") == {("org/undp", "state/TCD", "Reported")}


def test_a_concept_named_before_is_no_subject_of_the_next_clause():
    got = _assists("Chad supported mutually beneficial cooperation as a basis for dialogue, and noted that "
                   "its national action plan had been prepared with advisory services from UNDP.")
    assert got == {("org/undp", "state/TCD", "Reported")}


# -- a concept said to risk harm is criticised (harm wins over an undefined concept) ------------------------

def test_a_notion_that_risked_diluting_rights_is_criticised():
    from test_relate_en_general import CSF, MBC, stances
    assert stances("Amnesty International considered that the notion of a community of shared future lacked "
                   "a definition and risked diluting the universality of human rights.") \
        == {("org/amnesty", CSF, "Critical")}
    assert stances("Chile said that mutually beneficial cooperation could erode the obligations of States.") \
        == {("state/CHL", MBC, "Critical")}


# -- a partner after a comma and a repeated marker: "with A, …, and with B" ---------------------------------

def test_a_repeated_with_after_a_comma_adds_a_partner():
    got = {(s, o) for s, o, _m, _r in facts(
        "UNDP cooperated with the Special Rapporteur on contemporary forms of slavery, including its causes and "
        "consequences, and with the International Labour Organization on indicators.", predicate="partnersWith")}
    assert got == {("org/undp", "org/sr-slavery"), ("org/undp", "org/ilo")}


# -- a fund's priority to applications from States: its grants will go there --------------------------------

def test_priority_to_applications_from_states_is_planned_help():
    assert _assists(f"For 2030, the Board plans to open a call for projects in South-East Asia, and {VFT} will "
                    "give priority to applications from Chad and Mali.") \
        == {("org/vf-torture", "state/TCD", "Planned"), ("org/vf-torture", "state/MLI", "Planned")}


def test_applications_received_are_no_help():
    assert _assists(f"{VFT} received applications from Chad.") == set()


def test_grants_given_by_a_fund_named_as_subject_agent_or_owner():
    named = f"{VFT} was set up in 1981."
    assert _assists(f"{VFT} will award new grants in Chad in 2030.") == {("org/vf-torture", "state/TCD", "Planned")}
    assert _assists(f"Grants were awarded by {VFT} to organizations in Chad.") \
        == {("org/vf-torture", "state/TCD", "Reported")}
    assert _assists(named, "The Fund's grants to organizations in Mali supported rehabilitation centres.") \
        == {("org/vf-torture", "state/MLI", "Reported")}


def test_a_grant_made_to_the_fund_is_no_help_from_it():
    assert _assists(f"Germany made a grant to {VFT} in 2020 for its work in Chad.") == set()


def test_the_pronoun_after_a_fronted_framework_phrase_is_the_previous_subject():
    assert _assists("UNICEF visited Chad. Under its programme on justice, it trained judges of Peru.") \
        == {("org/unicef", "state/PER", "Reported")}

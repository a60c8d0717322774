"""English rules of round 17 (written on the opened fourteenth sets and older development texts), each on
sentences of its own (none copied from a gold text)."""

from __future__ import annotations

from test_relate_en_general import run

VF = "the Voluntary Fund for Technical Cooperation in the Field of Human Rights"


def facts(*text: str, predicate: str = "assists") -> set[tuple]:
    return {(r.subject, r.object, r.modality, r.requested_by) for r in run(*text).relations
            if r.predicate == predicate}


# -- help referred back to and paid for by someone --------------------------------------------------------------

def test_help_referred_back_and_financed_by_a_funder():
    got = facts("The Office helped the Government of Chad to set up a national mechanism for reporting. This support "
                f"was financed by {VF}.")
    assert got == {("org/ohchr", "state/TCD", "Reported", None), ("org/vf-tc", "state/TCD", "Reported", None)}
    got = facts("UNDP trained 30 police officers of Benin in 2029. These trainings were paid for by Germany and Japan.")
    assert got == {("org/undp", "state/BEN", "Reported", None), ("state/DEU", "state/BEN", "Reported", None),
                   ("state/JPN", "state/BEN", "Reported", None)}
    # no help stated before: nothing to pay for
    assert facts("This work was funded by Germany.") == set()


# -- funding verbs as gerunds ---------------------------------------------------------------------------------

def test_a_funding_gerund_after_continue_is_an_activity_verb():
    assert facts("Norway continued funding the training of police officers of Mali.") == {
        ("state/NOR", "state/MLI", "Reported", None)}
    got = facts("The High Commissioner invites Norway and Ireland to continue financing the training of prison staff "
                "of Mali.")
    assert got == {("state/NOR", "state/MLI", "Requested", "org/hchr"), ("state/IRL", "state/MLI", "Requested", "org/hchr")}


# -- money for a process in a State ----------------------------------------------------------------------------

def test_funding_a_process_in_a_state_helps_the_state():
    got = facts("The High Commissioner invites Norway and Ireland to continue financing the strengthening of "
                "judicial independence in Mali.")
    assert got == {("state/NOR", "state/MLI", "Requested", "org/hchr"), ("state/IRL", "state/MLI", "Requested", "org/hchr")}
    assert facts("Canada funded the drafting of a new code of criminal procedure in Haiti.") == {
        ("state/CAN", "state/HTI", "Reported", None)}
    # money to a body is no help to it, and a process no State is named for helps no one
    assert facts("Canada funded the Office.") == set()
    assert facts("Canada funded the drafting of a manual by the Office.") == set()


# -- an activity scheduled, then cancelled or still to come -------------------------------------------------------

def test_an_activity_scheduled_by_two_providers_and_cancelled_is_negated():
    got = facts("A seminar on asylum law for border officials of Chile, which UNHCR and IOM had scheduled for "
                "March 2030, was cancelled for lack of funds.")
    assert got == {("org/unhcr", "state/CHL", "Negated", None), ("org/iom", "state/CHL", "Negated", None)}
    got = facts("The course for police officers of Peru that UNDP had scheduled for May 2030 could not be held.")
    assert got == {("org/undp", "state/PER", "Negated", None)}
    got = facts("UNICEF had scheduled a workshop for judges of Peru for June 2030, but it was called off.")
    assert got == {("org/unicef", "state/PER", "Negated", None)}
    # scheduled and nothing said against it: still to come
    assert facts("UNICEF has scheduled a workshop for judges of Peru for June 2031.") == {
        ("org/unicef", "state/PER", "Planned", None)}


# -- a partner set off by commas after a late 'and' --------------------------------------------------------------

def test_a_partner_after_a_late_and_co_provides_what_follows():
    text = ("In 2031, UNICEF plans to open a field office in Niamey and, with WHO, to run a series of training "
            "sessions for health workers of the Niger.")
    assert facts(text) == {("org/unicef", "state/NER", "Planned", None), ("org/who", "state/NER", "Planned", None)}
    assert facts(text, predicate="partnersWith") == {("org/unicef", "org/who", "Planned", None)}


# -- posting staff to the country team, named again as 'the country team' ---------------------------------------

def test_an_officer_posted_to_the_country_team_named_before_helps_the_team():
    got = facts("UNDP and OHCHR support the United Nations country team in Togo.",
                "In 2031, the Office plans to post a human rights officer to the country team.")
    assert ("org/ohchr", "org/unct", "Planned", None) in got
    assert {r for r in got if r[2] == "Planned"} == {("org/ohchr", "org/unct", "Planned", None)}
    assert facts("OHCHR will post two human rights advisers to Togo.") == {("org/ohchr", "state/TGO", "Planned", None)}
    # the noun is no verb
    assert facts("The post of human rights adviser in Togo was vacant.") == set()


# -- 'the adviser': the Office's post -----------------------------------------------------------------------------

def test_the_adviser_acts_for_the_office():
    got = facts("OHCHR has deployed a human rights adviser to Lesotho. Within the country team, the adviser works "
                "hand in hand with UNFPA and WHO.", predicate="partnersWith")
    assert got == {("org/ohchr", "org/unfpa", "Reported", None), ("org/ohchr", "org/who", "Reported", None)}
    # the adviser's post is a thing paid for, no actor
    got = facts("OHCHR has deployed a human rights adviser to Lesotho. The adviser's post is financed by Ireland.")
    assert got == {("org/ohchr", "state/LSO", "Reported", None), ("state/IRL", "state/LSO", "Reported", None)}


# -- 'under the project': its implementers carried out what the clause reports ---------------------------------------

def test_people_trained_under_a_project_were_trained_by_its_implementers_and_funders():
    got = facts("Norway and Japan co-financed a project implemented by UNICEF and UNFPA on juvenile justice; "
                "under the project, 50 police officers of Ghana were trained in Kumasi.")
    assert got == {(p, "state/GHA", "Reported", None) for p in ("state/NOR", "state/JPN", "org/unicef", "org/unfpa")}
    # no reference to the project: the implementers are not carried over
    got = facts("Norway financed a project implemented by UNICEF; 50 police officers of Ghana were trained.")
    assert got == {("state/NOR", "state/GHA", "Reported", None)}


# -- experience shared 'with them', and a study visit organized and paid for ----------------------------------------

NHRC_NG = "the National Human Rights Commission of Nigeria"
KNCHR = "the Kenya National Commission on Human Rights"


def test_experience_shared_with_them_helps_the_people_named_before():
    got = facts(f"In May 2030, staff of {NHRC_NG} spent a week in Nairobi, where {KNCHR} shared its experience of "
                "handling complaints with them.")
    assert got == {("org/knchr", "org/nhrc-nigeria", "Reported", None)}


def test_an_activity_referred_back_and_organized_and_paid_for_helps_the_ones_helped_before():
    got = facts(f"In May 2030, staff of {NHRC_NG} spent a week in Nairobi, where {KNCHR} shared its experience of "
                "handling complaints with them. The study visit was organized by UNDP and paid for by Norway; the "
                "Uganda Human Rights Commission attended as an observer.")
    assert got == {(p, "org/nhrc-nigeria", "Reported", None) for p in ("org/knchr", "org/undp", "state/NOR")}
    got = facts("UNICEF trained 40 police officers of Benin. The training was facilitated by the Government of Togo.")
    assert got == {("org/unicef", "state/BEN", "Reported", None), ("state/TGO", "state/BEN", "Reported", None)}


# -- a present name taken when the former body was renamed ---------------------------------------------------------

VF_AST = "the United Nations Voluntary Fund for Advisory Services and Technical Assistance in the Field of Human Rights"


def test_a_body_that_took_its_present_name_when_another_was_renamed():
    got = facts(f"{VF[0].upper()}{VF[1:]} took its current name in 1987, when {VF_AST} was reorganized.",
                predicate="renamedTo")
    assert got == {("org/vf-ast", "org/vf-tc", "Reported", None)}
    # a name taken with no former body renamed: nothing
    assert facts(f"{VF[0].upper()}{VF[1:]} took its current name in 1987.", predicate="renamedTo") == set()


# -- 'the Office in X' where the Office has no office of its own in X ------------------------------------------------

def test_money_for_the_activities_of_the_office_in_a_state_goes_to_the_office():
    rec = run("The activities of the Office in Armenia were supported by contributions from Norway (NOK 2 million "
              "for 2030–2031) and Ireland (€200,000 in 2030).")
    assert {(c.contributor, c.recipient, c.amount, c.currency) for c in rec.contributions} == {
        ("state/NOR", "org/ohchr", "2000000", "NOK"), ("state/IRL", "org/ohchr", "200000", "EUR")}
    assert [r for r in rec.relations if r.predicate == "assists"] == []  # money to the Office: no help to Armenia
    # where the Office has a country office in the State, 'the Office in X' is not read as the Office itself
    rec = run("The Office in Guatemala trained 40 judges.")
    assert "org/ohchr" not in {m.entity for m in rec.mentions}


# -- help that a requested report is to be about ----------------------------------------------------------------------

def test_help_a_report_is_asked_to_cover_is_not_itself_requested():
    got = facts("In its resolution 70/27, the Council requested the Secretary-General to report at its next session on "
                "the technical assistance provided by UNDP to Georgia.")
    assert got == {("org/undp", "state/GEO", "Reported", None)}
    # help asked for beside the report stays asked for
    got = facts("The Council requested the High Commissioner to provide technical assistance to Georgia and to report "
                "on it.")
    assert got == {("org/hchr", "state/GEO", "Requested", None)}


# -- an adviser attached to a country team ------------------------------------------------------------------------------

def test_an_adviser_attached_to_the_country_team_helps_the_team():
    got = facts("Since 2012, UNICEF has been represented in Bhutan by a child protection adviser attached to the "
                "United Nations country team in Thimphu.")
    assert got == {("org/unicef", "org/unct", "Reported", None)}
    # 'attached' with no activity noun before it is no activity
    assert facts("UNICEF attached importance to the work of the United Nations country team.") == set()


# -- a body's own office helping the body ---------------------------------------------------------------------------

def test_guidance_from_the_offices_own_regional_office_is_no_help():
    got = facts("OHCHR has a human rights adviser in Armenia, who receives guidance from the OHCHR Regional Office "
                "for Europe.")
    assert got == set()
    got = facts("The OHCHR Regional Office for Europe provided guidance to the Government of Armenia.")
    assert got == {("org/ohchr-europe", "state/ARM", "Reported", None)}


# -- 'and that it …' continues the earlier that-clause's subject ------------------------------------------------------

def test_a_pronoun_after_and_that_stands_for_the_subject_of_the_first_that_clause():
    got = facts("The High Commissioner recommends that the Government of Armenia ratify the Optional Protocol, and "
                "that it pursue its cooperation with the Human Rights Defender of the Republic of Armenia.",
                predicate="partnersWith")
    assert got == {("state/ARM", "org/hrd-armenia", "Recommended", "org/hchr")}


# -- a workplan signed with modifiers, and a body acceding to it -------------------------------------------------------

def test_a_workplan_signed_and_acceded_to():
    got = facts("In May 2030, the OHCHR Regional Office for East Africa and the African Commission on Human and "
                "Peoples' Rights signed a two-year workplan covering migration. UNICEF acceded to the workplan in "
                "March 2031.", predicate="partnersWith")
    assert got == {("org/ohchr-east-africa", "org/achpr", "Reported", None),
                   ("org/unicef", "org/ohchr-east-africa", "Reported", None), ("org/unicef", "org/achpr", "Reported", None)}
    # nothing signed before: acceding names no parties
    assert facts("UNICEF acceded to the workplan in March 2031.", predicate="partnersWith") == set()


# -- membership with an ordinal ------------------------------------------------------------------------------------

def test_a_state_that_became_the_nth_member_of_a_body():
    got = facts("At the request of the Government of Croatia, which became the twenty-eighth member of the European "
                "Union in 2013, UNDP sent a mission to Zagreb.", predicate="memberOf")
    assert got == {("state/HRV", "org/eu", "Reported", None)}
    assert facts("Croatia was the first State to sign the agreement with the European Union.",
                 predicate="memberOf") == set()


# -- an offer not taken up -------------------------------------------------------------------------------------------

def test_a_course_offered_but_not_taken_up_is_negated():
    got = facts("UNDP had offered a course on the rights of detainees to prison officials of Nepal, but the authorities "
                "did not take up the offer.")
    assert got == {("org/undp", "state/NPL", "Negated", None)}
    got = facts("UNICEF organized a workshop for judges of Nepal, but the authorities declined to accept the offer of a "
                "second one.")
    assert got == {("org/unicef", "state/NPL", "Reported", None)}


# -- offers of help accepted ---------------------------------------------------------------------------------------

def test_offers_of_help_accepted_or_to_be_accepted():
    assert facts("The Government of Nepal accepted the offer of technical assistance made by UNDP.") == {
        ("org/undp", "state/NPL", "Reported", None)}
    got = facts("The High Commissioner encourages the Government of Nepal to accept the offers of technical "
                "assistance made by UNICEF.")
    assert got == {("org/unicef", "state/NPL", "Requested", "org/hchr")}


# -- a workplan extended, and activities included in it ----------------------------------------------------------------

def test_a_workplan_extended_and_training_included_in_it():
    text = ("The High Commissioner recommends that UNDP and UNICEF extend their workplan until 2037 and include in it "
            "a programme of training for officials of Nepal.")
    assert facts(text) == {("org/undp", "state/NPL", "Recommended", "org/hchr"),
                           ("org/unicef", "state/NPL", "Recommended", "org/hchr")}
    assert facts(text, predicate="partnersWith") == {("org/undp", "org/unicef", "Recommended", "org/hchr")}
    # included in a workplan: planned
    assert facts("UNICEF included in its workplan a series of workshops for judges of Nepal.") == {
        ("org/unicef", "state/NPL", "Planned", None)}


# -- experience shared within an activity, paid for by a grant ---------------------------------------------------------

def test_the_holder_of_a_programme_in_which_experience_was_shared_helps_too():
    got = facts(f"Using a grant of USD 40,000 from {VF}, the Asia Pacific Forum of National Human Rights Institutions "
                f"ran a peer-learning programme in which {KNCHR} shared its experience of handling complaints with the "
                f"staff of {NHRC_NG}.")
    assert got == {("org/knchr", "org/nhrc-nigeria", "Reported", None), ("org/apf", "org/nhrc-nigeria", "Reported", None),
                   ("org/vf-tc", "org/nhrc-nigeria", "Reported", None), ("org/vf-tc", "org/apf", "Reported", None)}


# -- an unnamed national bureau or department stands for the State of the passage ------------------------------------

def test_help_to_an_unnamed_bureau_helps_the_state_of_the_passage():
    got = facts("In 2030, the Government of Belize adopted a new gender policy. With funding from Japan, UNFPA helped "
                "the Bureau of Gender Affairs to draft a national protocol.")
    assert got == {("org/unfpa", "state/BLZ", "Reported", None), ("state/JPN", "state/BLZ", "Reported", None)}
    assert facts("UNFPA helped the Department of Statistics of Belize to plan its census.") == {
        ("org/unfpa", "state/BLZ", "Reported", None)}


# -- people who took part, in the sentence after the activity ----------------------------------------------------------

def test_people_who_took_part_in_the_activity_of_the_sentence_before():
    got = facts("UNDP ran a workshop in Accra, in association with ECOWAS, on reporting to the treaty bodies. Officials "
                "from Ghana and Togo took part; the travel of the delegation of Togo was covered by Japan.")
    assert got == {("org/undp", "state/GHA", "Reported", None), ("org/undp", "state/TGO", "Reported", None),
                   ("org/ecowas", "state/GHA", "Reported", None), ("org/ecowas", "state/TGO", "Reported", None),
                   ("state/JPN", "state/TGO", "Reported", None)}
    # no activity held in the sentence before: nothing to take part in
    assert facts("UNDP welcomed the new law. Officials from Ghana took part.") == set()


# -- a past form of help after 'and' is a verb ------------------------------------------------------------------------

def test_a_past_form_of_help_after_and_is_a_coordinated_verb():
    got = facts("The adviser of UNDP assisted the Ministry of Foreign Affairs of Ghana in preparing a report and backed "
                "the Commission on Human Rights and Administrative Justice in its first inquiry.")
    assert got == {("org/undp", "state/GHA", "Reported", None), ("org/undp", "org/chraj", "Reported", None)}


# -- people brought together -------------------------------------------------------------------------------------------

def test_an_actor_that_brought_together_officials_of_states_helps_them():
    got = facts("In tandem with IOM, UNHCR brought together the border authorities of Ghana and Togo for two rounds of "
                "technical talks on statelessness.")
    assert got == {(p, r, "Reported", None) for p in ("org/unhcr", "org/iom") for r in ("state/GHA", "state/TGO")}
    assert facts("The conference brought together 200 participants.") == set()


# -- an activity being prepared is still to come ------------------------------------------------------------------------

def test_an_activity_being_prepared_is_planned():
    got = facts("A course on forensic investigation for 30 prosecutors of Peru is being prepared by UNDP and UNODC for "
                "March 2031.")
    assert got == {("org/undp", "state/PER", "Planned", None), ("org/unodc", "state/PER", "Planned", None)}
    # being delivered: under way, reported
    assert facts("Training for 40 judges of Peru is being delivered by UNDP.") == {("org/undp", "state/PER", "Reported", None)}


# -- an activity in a relative clause whose main verb says it did not happen ---------------------------------------------

def test_a_course_that_a_provider_was_to_give_did_not_take_place():
    got = facts("Because of flooding, the course for prison staff of Mali that UNODC was to give in Gao in February "
                "2031 did not take place.")
    assert got == {("org/unodc", "state/MLI", "Negated", None)}
    got = facts("The course for prison staff of Mali that UNODC gave in Gao in February 2031 was well attended.")
    assert got == {("org/unodc", "state/MLI", "Reported", None)}


# -- 'appealed to' opens what is asked -----------------------------------------------------------------------------------

def test_help_a_state_appealed_for_is_requested_by_it():
    got = facts("In April 2030, the Government of Chad appealed to UNODC to resume its support for the reform of the "
                "prison service.")
    assert got == {("org/unodc", "state/TCD", "Requested", "state/TCD")}


# -- seeking help, only recommended, is a recommended request (convention of the fourteenth session) -------------------

def test_recommending_that_a_state_seek_help_is_a_recommended_request():
    text = "The High Commissioner recommends that the Government of Armenia seek the technical support of UNDP."
    assert facts(text, predicate="requests") == {("state/ARM", "org/undp", "Recommended", "org/hchr")}
    assert facts(text) == {("org/undp", "state/ARM", "Recommended", "org/hchr")}
    # sought: a request made
    assert facts("The Government of Armenia sought the technical support of UNDP.", predicate="requests") == {
        ("state/ARM", "org/undp", "Reported", None)}


# -- experience shared during an activity someone arranged ----------------------------------------------------------------

def test_experience_shared_during_a_visit_arranged_by_someone_is_their_help_too():
    got = facts("Ghana shared its experience of running a national preventive mechanism with officials from Togo and "
                "Benin during a study visit to Accra arranged by UNDP.")
    assert got == {(p, r, "Reported", None) for p in ("state/GHA", "org/undp") for r in ("state/TGO", "state/BEN")}

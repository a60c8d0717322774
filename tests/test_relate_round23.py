"""Round 23 (eleventh session): forms read from the opened twenty-third sets' misses, each written here as a
general form of the genre on sentences of our own (no sentence of any report)."""

from __future__ import annotations

import pytest
from test_relate_round21 import facts, stances, triples  # (the same pipeline run and fact views as rounds 21 and 22)
from test_relate_round22 import contributions


# -- persons: lists of panellists -------------------------------------------------------------------------------

def test_a_semicolon_ends_the_entry_a_body_belongs_to():
    got = triples(facts("The panellists were Ana Ruiz-Lindqvist, member of the Human Rights Committee; Omar Bello-Stein, "
                        "member of the Committee against Torture; and Lea Moreau-Okoro, a researcher."))
    assert ("person/ana-ruiz-lindqvist", "memberOf", "org/ccpr", "Reported") in got
    assert ("person/omar-bello-stein", "memberOf", "org/cat", "Reported") in got
    assert not any(t[0] == "person/omar-bello-stein" and t[1] == "memberOf" and t[2] != "org/cat" for t in got)
    assert not any(t[0] == "person/lea-moreau-okoro" and t[1] == "memberOf" for t in got)


@pytest.mark.parametrize("sentence", [
    "The speakers were Ines Carvalho-Berg, Special Rapporteur on the right to education; and a delegate of Chile.",
    "Ms. Ines Carvalho-Berg, the Special Rapporteur on the right to education, opened the seminar.",
])
def test_a_post_in_apposition_after_a_person_is_held_by_the_person(sentence):
    got = triples(facts(sentence))
    assert ("org/sr-education", "heldBy", "person/ines-carvalho-berg", "Reported") in got


# -- co-actors and funders of an activity -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "UNFPA trained midwives of Malawi. With WHO, it also held a workshop for nurses of Zambia.",
    "UNFPA trained midwives of Malawi. Together with WHO, it also held a workshop for nurses of Zambia.",
])
def test_a_fronted_co_actor_before_a_pronoun_subject_acts_too(sentence):
    got = triples(facts(sentence))
    assert ("org/unfpa", "assists", "state/ZMB", "Reported") in got
    assert ("org/who", "assists", "state/ZMB", "Reported") in got
    assert ("org/unfpa", "partnersWith", "org/who", "Reported") in got


def test_a_grant_for_an_activity_helps_its_recipients_not_the_implementer():
    got = triples(facts("With a grant from Finland, UNDP ran a course for prosecutors of Nepal."))
    assert ("state/FIN", "assists", "state/NPL", "Reported") in got
    assert ("org/undp", "assists", "state/NPL", "Reported") in got
    assert ("state/FIN", "assists", "org/undp", "Reported") not in got


def test_a_grant_to_a_body_for_its_own_work_still_helps_the_body():
    got = triples(facts("With a grant from Finland, the Kenya National Commission on Human Rights opened a new "
                        "regional office."))
    assert ("state/FIN", "assists", "org/knchr", "Reported") in got


def test_the_opening_phrase_ends_before_the_subjects_list():
    got = triples(facts("With a grant from Japan, UNICEF and the Office held two workshops for civil society "
                        "organizations of Nepal."))
    assert {("org/unicef", "assists", "state/NPL", "Reported"), ("org/ohchr", "assists", "state/NPL", "Reported"),
            ("state/JPN", "assists", "state/NPL", "Reported")} <= got


def test_people_after_a_funder_open_a_phrase_of_their_own():
    got = triples(facts("Under a project of Oxfam funded by Spain, officials of Mali and Niger were trained in 2031."))
    assert ("org/oxfam", "assists", "state/MLI", "Reported") in got
    assert ("state/ESP", "assists", "state/NER", "Reported") in got
    assert not any(t[0] == "state/ESP" and t[2] == "state/ESP" for t in got)


def test_a_project_under_which_people_were_trained_is_its_owners_help():
    got = triples(facts("The delegate described a project of Save the Children, funded by Norway, under which "
                        "teachers of Ghana had been trained in 2031."))
    assert ("org/save-the-children", "assists", "state/GHA", "Reported") in got
    assert ("state/NOR", "assists", "state/GHA", "Reported") in got


def test_a_co_organizer_of_an_activity_named_again_helps_its_recipients():
    got = triples(facts("UNDP held a workshop for officials of Liberia and Guinea. ECOWAS co-organized the workshop "
                        "with UNDP."))
    assert ("org/ecowas", "assists", "state/LBR", "Reported") in got
    assert ("org/ecowas", "assists", "state/GIN", "Reported") in got
    assert ("org/ecowas", "partnersWith", "org/undp", "Reported") in got or \
        ("org/undp", "partnersWith", "org/ecowas", "Reported") in got


@pytest.mark.parametrize("sentence", [
    "Denmark is funding a project of UNDP in Nepal.",
    "Denmark added that it was funding a justice project of UNDP in Nepal.",
])
def test_a_funding_verb_in_the_progressive_is_no_passive(sentence):
    got = triples(facts(sentence))
    assert ("state/DNK", "assists", "state/NPL", "Reported") in got
    assert ("org/undp", "assists", "state/NPL", "Reported") in got


def test_a_post_paid_for_since_a_year_helps_the_office_that_holds_it():
    got = triples(facts("Finland has paid since 2031 for a gender officer in the OHCHR Regional Office for Europe."))
    assert ("state/FIN", "assists", "org/ohchr-europe", "Reported") in got


# -- mood of a planned activity ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, mood", [
    ("A seminar on torture prevention that UNDP had organized for prison staff of Zambia was called off.", "Negated"),
    ("A workshop that UNDP had planned for judges of Zambia was cancelled.", "Negated"),
    ("UNDP had planned a workshop for judges of Zambia in 2031.", "Planned"),
    ("The workshop for judges of Zambia planned by UNDP took place in May.", "Reported"),
    ("The workshop for judges of Zambia planned by UNDP had not taken place.", "Negated"),
    ("The workshop that UNDP organized for judges of Zambia in 2030 was well attended.", "Reported"),
])
def test_the_mood_of_a_planned_or_called_off_activity(sentence, mood):
    got = triples(facts(sentence))
    assert ("org/undp", "assists", "state/ZMB", mood) in got
    assert {t[3] for t in got if t[:3] == ("org/undp", "assists", "state/ZMB")} == {mood}


# -- a speaker's own body ---------------------------------------------------------------------------------------

def test_a_speakers_commission_is_the_one_she_was_introduced_with():
    got = triples(facts("The panellists were Omar Bello-Stein, member of the African Union Commission; and Ines "
                        "Carvalho-Berg, Chair of the Kenya National Commission on Human Rights. Mr. Bello-Stein said "
                        "that the African Union Commission had trained judges of Lesotho. Ms. Carvalho-Berg said that "
                        "her Commission had opened a new office in 2030. The Commission had since trained police "
                        "officers of Uganda."))
    assert ("org/knchr", "assists", "state/UGA", "Reported") in got
    assert ("org/au-commission", "assists", "state/UGA", "Reported") not in got


def test_the_committee_in_a_members_statement_is_her_committee():
    got = triples(facts("The panellists were Ana Ruiz-Lindqvist, member of the Committee against Torture; and Omar "
                        "Bello-Stein, member of the Human Rights Committee. Ms. Ruiz-Lindqvist explained that the "
                        "Committee had trained 20 officials of Benin in 2030."))
    assert ("org/cat", "assists", "state/BEN", "Reported") in got
    assert ("org/ccpr", "assists", "state/BEN", "Reported") not in got


# -- grants -------------------------------------------------------------------------------------------------------

def test_a_body_that_received_a_grant_of_an_amount_is_its_recipient():
    found = facts("Oxfam International received a grant of US$ 90,000 from the United Nations Democracy Fund to "
                  "train paralegals in Liberia.")
    assert ("org/undef", "org/oxfam", "90000", "USD") in contributions(found)


def test_a_grant_of_an_amount_after_other_support_goes_to_the_speakers_body():
    found = facts("The panellists were Ana Ruiz-Lindqvist, Chair of the Kenya National Commission on Human Rights. "
                  "Ms. Ruiz-Lindqvist said that her Commission had opened a regional office in 2031, with advice "
                  "from UNDP and a grant of 50,000 euros from the European Union.")
    assert ("org/eu", "org/knchr", "50000", "EUR") in contributions(found)
    assert ("org/eu", "assists", "org/knchr", "Reported") in triples(found)
    assert not any(c[1] and c[1].startswith("person/") for c in contributions(found))


# -- stances ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, value", [
    ("Peru regarded win-win cooperation as essential, but deplored that sanctions had prevented it from buying "
     "vaccines.", "Supportive"),
    ("Peru regarded win-win cooperation as useful, but deplored that it had been used to impose conditions.", "Critical"),
    ("Peru did not question win-win cooperation, but doubted that it could be useful for children.", "Sceptical"),
    ("Peru did not take a position on win-win cooperation.", "NotQuestioned"),
    ("Peru did not comment on win-win cooperation, but welcomed that it had been included in the resolution.",
     "Supportive"),
])
def test_the_clause_after_but_judges_the_concept_only_when_it_speaks_of_it(sentence, value):
    assert stances(facts(sentence)) == {("state/PER", "concept/win-win-cooperation", value)}


# -- Chinese --------------------------------------------------------------------------------------------------------

def test_zh_a_short_name_defined_for_an_alias_is_read():
    got = triples(facts("东帝汶人权和司法监察员办公室(监察员办公室)是国家人权机构。开发署为监察员办公室的 15 名调查人员"
                        "举办了培训。"))
    assert ("org/undp", "assists", "org/pdhj-timor-leste", "Reported") in got


def test_zh_people_trained_with_a_states_ministry_are_that_states():
    got = triples(facts("开发署与尼泊尔司法部合作，为 40 名法官举办了培训，培训经费由芬兰提供。"))
    assert ("org/undp", "assists", "state/NPL", "Reported") in got
    assert ("state/FIN", "assists", "state/NPL", "Reported") in got


def test_zh_coordinated_partners_that_held_it_jointly_help_too():
    got = triples(facts("泰国与越南和柬埔寨协调，于 2031 年在曼谷共同为缅甸的 20 名官员举办了讲习班。"))
    assert {("state/VNM", "assists", "state/MMR", "Reported"), ("state/KHM", "assists", "state/MMR", "Reported"),
            ("state/THA", "assists", "state/MMR", "Reported")} <= got


def test_zh_a_post_in_an_office_helps_the_office_not_the_advisers_recipients():
    got = triples(facts("人权高专办向联合国驻尼泊尔国家工作队派驻一名人权顾问。2031 年，人权顾问的职位由芬兰出资，"
                        "顾问办公室一名本国干事的薪金则由挪威承担。"))
    assert ("state/NOR", "assists", "org/ohchr", "Reported") in got
    assert ("state/NOR", "assists", "state/NPL", "Reported") not in got
    assert ("state/FIN", "assists", "state/NPL", "Reported") in got


def test_zh_joining_a_regional_organisation_is_membership():
    got = triples(facts("东帝汶于 2025 年加入东南亚国家联盟。"))
    assert ("state/TLS", "memberOf", "org/asean", "Reported") in got
    assert not triples(facts("东帝汶加入了《公民权利和政治权利国际公约》。")) & {("state/TLS", "memberOf", "org/asean", "Reported")}


def test_en_joining_a_regional_organisation_is_membership():
    assert ("state/TLS", "memberOf", "org/asean", "Reported") in triples(facts("Timor-Leste joined ASEAN in 2025."))


def test_zh_an_offer_not_taken_up_is_negated_help():
    got = triples(facts("马耳他曾提出为利比亚的监狱工作人员提供培训，但利比亚当局没有接受这一提议，培训未能举行。"))
    assert {t for t in got if t[:3] == ("state/MLT", "assists", "state/LBY")} == {("state/MLT", "assists", "state/LBY", "Negated")}


def test_zh_an_activity_for_people_named_inside_its_object():
    got = triples(facts("开发署举办了一期面向尼泊尔警察的培训。"))
    assert ("org/undp", "assists", "state/NPL", "Reported") in got


@pytest.mark.parametrize("text", [
    "开发署和儿基会原计划合办一期面向尼泊尔法官的培训。由于安全限制，这项培训被取消。",
    "UNDP and UNICEF had planned a joint workshop for judges of Nepal. Owing to the elections, the workshop was "
    "cancelled.",
])
def test_a_planned_activity_cancelled_in_the_next_sentence_is_negated(text):
    got = triples(facts(text))
    assert ("org/undp", "assists", "state/NPL", "Negated") in got
    assert not any(t[3] == "Planned" for t in got if t[1] == "assists")


def test_zh_money_received_as_a_list_after_a_colon():
    found = facts("2031 年，人权高专办在尼泊尔的工作获得了以下预算外资金：瑞典 50 万美元，芬兰 20 万欧元。安道尔于 2031 年"
                  "11 月认捐 1 万欧元。")
    assert {("state/SWE", "org/ohchr", "500000", "USD"), ("state/FIN", "org/ohchr", "200000", "EUR"),
            ("state/AND", "org/ohchr", "10000", "EUR")} <= contributions(found)


def test_zh_what_money_given_is_for_is_no_help_of_the_givers():
    found = facts("列支敦士登于 2031 年向人权高专办捐款 10 万瑞士法郎，专门用于支持禁止酷刑委员会的工作。")
    assert ("state/LIE", "org/ohchr", "100000", "CHF") in contributions(found)
    assert ("state/LIE", "assists", "org/cat", "Reported") not in triples(found)


def test_zh_a_topic_phrase_before_the_recipient_holds_no_subject():
    got = triples(facts("人权高专办就将性别视角纳入各自的尼泊尔国别方案向儿基会和开发署提供了技术指导。"))
    assert ("org/ohchr", "assists", "org/unicef", "Reported") in got
    assert not any(t[0] == "state/NPL" for t in got)


# -- requests and who carries out what is funded ---------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "A request of the African Union Commission to the European Union for support had been turned down in 2031.",
    "A request from the African Union Commission to the European Union for support had been turned down.",
    "The African Union Commission's request to the European Union for support was turned down.",
])
def test_a_request_turned_down_is_a_request_and_negated_help(sentence):
    got = triples(facts(sentence))
    assert ("org/au-commission", "requests", "org/eu", "Reported") in got
    assert ("org/eu", "assists", "org/au-commission", "Negated") in got


def test_a_programme_named_with_its_agency_before_it_is_the_agencys():
    got = triples(facts("Qatar announced that it would finance a UNICEF programme for former child soldiers in "
                        "Somalia in 2032."))
    assert ("org/unicef", "assists", "state/SOM", "Planned") in got
    assert ("state/QAT", "assists", "state/SOM", "Planned") in got


def test_an_expert_of_the_one_asked_who_will_travel_makes_the_help_planned():
    got = triples(facts("Grenada indicated that it had requested the assistance of UNDP with its report, and that an "
                        "expert of UNDP would travel to the country in May 2032."))
    assert ("org/undp", "assists", "state/GRD", "Planned") in got
    assert ("org/undp", "assists", "state/GRD", "Requested") not in got


def test_a_closing_together_with_joins_the_helper_not_the_body_named_last():
    got = triples(facts("In 2032, UNDP will help the Kenya National Commission on Human Rights to prepare for its "
                        "review by the Global Alliance of National Human Rights Institutions, together with UNICEF."))
    assert ("org/unicef", "assists", "org/knchr", "Planned") in got
    assert ("org/undp", "partnersWith", "org/unicef", "Planned") in got
    assert not any("org/ganhri" in t[:3] and t[1] == "partnersWith" for t in got)


def test_extending_a_programme_on_a_topic_to_a_state():
    got = triples(facts("The Special Rapporteur on the right to education recommended that UNICEF and UNDP extend "
                        "their joint programme on school enrolment to Eritrea."))
    assert ("org/unicef", "assists", "state/ERI", "Recommended") in got
    assert ("org/undp", "assists", "state/ERI", "Recommended") in got


def test_a_second_partner_after_a_body_of_no_name_is_still_a_partner():
    got = triples(facts("UNICEF trained 90 magistrates of Ghana, jointly with the national bar association and UNDP."))
    assert ("org/undp", "assists", "state/GHA", "Reported") in got
    assert ("org/unicef", "partnersWith", "org/undp", "Reported") in got


def test_courts_of_no_name_equipped_in_a_state_are_help_to_it():
    got = triples(facts("UNDP equipped six district courts in Ghana with case management software, with financing "
                        "from the Peacebuilding Fund."))
    assert ("org/undp", "assists", "state/GHA", "Reported") in got
    assert ("org/peacebuilding-fund", "assists", "state/GHA", "Reported") in got


def test_the_organization_after_a_named_ngo_is_that_ngo():
    got = triples(facts("Oxfam trained lawyers of Ghana. In cooperation with UNDP, the organization also trained 35 "
                        "prison officers of Ghana."))
    assert ("org/undp", "assists", "state/GHA", "Reported") in got
    assert ("org/oxfam", "partnersWith", "org/undp", "Reported") in got


def test_the_work_of_an_office_funded_from_contributions_is_no_help_of_the_office():
    got = triples(facts("The activities of UNDP in Ghana in 2031 were funded from voluntary contributions, among "
                        "them USD 340,000 from Belgium."))
    assert ("org/undp", "assists", "state/GHA", "Reported") not in got


def test_an_expert_sent_to_a_states_unnamed_body_helps_the_state_of_the_passage():
    got = triples(facts("UNDP trained judges of Ghana. UNICEF deployed a child protection specialist to the family "
                        "support units of the police; the deployment was financed by Iceland."))
    assert ("org/unicef", "assists", "state/GHA", "Reported") in got
    assert ("org/unicef", "assists", "state/ISL", "Reported") not in got


# -- the same forms in the other language ---------------------------------------------------------------------------

def test_zh_a_request_made_and_turned_down():
    got = triples(facts("非洲联盟委员会向欧洲联盟提出的支助请求于 2031 年被拒绝。"))
    assert ("org/au-commission", "requests", "org/eu", "Reported") in got
    assert ("org/eu", "assists", "org/au-commission", "Negated") in got


def test_zh_a_co_organizer_of_an_activity_named_again():
    got = triples(facts("开发署为利比里亚官员举办了讲习班。儿基会协办了该讲习班。"))
    assert ("org/unicef", "assists", "state/LBR", "Reported") in got


@pytest.mark.parametrize("sentence, value", [
    ("秘鲁对共赢合作未表明立场。", "NotQuestioned"),
    ("秘鲁认为共赢合作不可或缺，但对单方面强制措施阻碍其进口药品表示遗憾。", "Supportive"),
    ("秘鲁认为共赢合作有益，但对其被用来附加条件表示遗憾。", "Critical"),
])
def test_zh_what_the_clause_after_but_judges(sentence, value):
    assert stances(facts(sentence)) == {("state/PER", "concept/win-win-cooperation", value)}


# -- variants of the round's English forms -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "UNDP trained judges of Chad. Along with UNICEF, it also trained police officers of Niger.",
    "Along with UNICEF, UNDP trained police officers of Niger.",
])
def test_along_with_names_a_co_actor(text):
    got = triples(facts(text))
    assert ("org/unicef", "assists", "state/NER", "Reported") in got
    assert ("org/undp", "partnersWith", "org/unicef", "Reported") in got


@pytest.mark.parametrize("opening", ["Thanks to a grant from Japan", "Using a grant from Japan",
                                     "Through a grant from Japan"])
def test_a_grant_opening_the_sentence_pays_for_help_to_the_recipients(opening):
    got = triples(facts(f"{opening}, UNDP held a workshop for judges of Niger."))
    assert ("state/JPN", "assists", "state/NER", "Reported") in got
    assert ("state/JPN", "assists", "org/undp", "Reported") not in got


@pytest.mark.parametrize("sentence", [
    "Norway has paid the salary of a human rights officer in the OHCHR Regional Office for Europe since 2030.",
    "Norway covered the costs of two human rights officers in the OHCHR Regional Office for Europe.",
])
def test_the_salary_of_a_post_in_an_office(sentence):
    assert ("state/NOR", "assists", "org/ohchr-europe", "Reported") in triples(facts(sentence))


@pytest.mark.parametrize("pick, who", [("The latter", "org/icj-jurists"), ("The former", "org/amnesty")])
def test_the_latter_or_the_former_of_a_pair(pick, who):
    got = triples(facts("Amnesty International and the International Commission of Jurists received small grants from "
                        f"UNDP. {pick} also trained 35 public defenders of Guatemala."))
    assert {t[0] for t in got if t[1:] == ("assists", "state/GTM", "Reported")} == {who}


def test_a_programme_they_had_jointly_run():
    got = triples(facts("UNDP and UNICEF presented the programme that they had jointly run in Tonga since 2030."))
    assert {("org/undp", "assists", "state/TON", "Reported"), ("org/unicef", "assists", "state/TON", "Reported")} <= got


@pytest.mark.parametrize("text", [
    "人权高专办为海地的 55 名调查人员举办了培训。毒罪办的两名专家也参与了培训的授课。",
    "The Office of the High Commissioner trained 55 investigators of Haiti. Two experts of UNODC also taught in the "
    "training.",
    "The Office of the High Commissioner trained 55 investigators of Haiti. UNODC also contributed two trainers to the "
    "course.",
])
def test_people_of_another_body_who_taught_in_the_activity_help_too(text):
    assert ("org/unodc", "assists", "state/HTI", "Reported") in triples(facts(text))


def test_zh_a_post_in_a_team_helps_the_teams_holder_not_a_donor():
    got = triples(facts("2034 年，人权高专办向联合国驻海地国家工作队增派了一名人权顾问，该顾问的职位由卢森堡资助。"
                        "小组一名法律干事的职位费用由斯洛伐克承担。"))
    assert ("state/SVK", "assists", "org/ohchr", "Reported") in got
    assert ("state/SVK", "assists", "state/LUX", "Reported") not in got
    assert ("state/SVK", "assists", "state/HTI", "Reported") not in got


def test_zh_at_the_request_that_opens_the_sentence_the_actor_follows():
    got = triples(facts("东帝汶加入了东盟。应东盟秘书处的请求，开发署为东帝汶的 12 名官员举办了培训。"))
    assert ("org/asean-secretariat", "requests", "org/undp", "Reported") in got
    assert ("org/asean-secretariat", "requests", "state/TLS", "Reported") not in got


def test_zh_the_work_of_a_body_received_the_money_listed():
    found = facts("2031 年，人权高专办的预算外活动收到以下自愿捐款：欧洲联盟 135 万欧元，瑞典 1 500 万瑞典克朗。")
    assert {("org/eu", "org/ohchr", "1350000", "EUR"), ("state/SWE", "org/ohchr", "15000000", "SEK")} <= contributions(found)


def test_zh_experience_shared_at_an_activity_helps_its_recipients():
    got = triples(facts("开发署在雅加达为东帝汶外交部的 12 名官员举办了培训，印度尼西亚外交部的两名官员介绍了其国家报告的"
                        "编写经验。"))
    assert ("state/IDN", "assists", "state/TLS", "Reported") in got


@pytest.mark.parametrize("sentence", [
    "UNICEF joined the UNDP programme in Chad in 2031.",
    "Chad joined the African Union Commission's initiative on migration.",
])
def test_joining_what_a_body_runs_is_no_membership_of_the_body(sentence):
    assert not any(t[1] == "memberOf" for t in triples(facts(sentence)))


@pytest.mark.parametrize("text, state", [
    ("OHCHR commented on the draft law of Madagascar.", "state/MDG"),
    ("UNDP trained judges of Nepal. OHCHR reviewed the draft law on torture.", "state/NPL"),
    ("UNDP trained judges of Nepal. OHCHR advised on the draft penal code.", "state/NPL"),
])
def test_help_on_a_states_draft_law(text, state):
    assert ("org/ohchr", "assists", state, "Reported") in triples(facts(text))


def test_reviewing_something_else_is_no_help():
    assert not any(t[0] == "org/ohchr" for t in triples(facts("UNDP trained judges of Nepal. OHCHR reviewed its own "
                                                                 "procedures.")))


@pytest.mark.parametrize("sentence", [
    "Under a joint programme with UNFPA, WHO trained midwives of Madagascar.",
    "WHO and UNFPA joined efforts to train midwives of Madagascar.",
    "WHO ran a joint programme with UNFPA in Madagascar.",
])
def test_joint_programmes_and_efforts_are_partnerships(sentence):
    got = triples(facts(sentence))
    assert ("org/who", "partnersWith", "org/unfpa", "Reported") in got
    assert ("org/who", "assists", "state/MDG", "Reported") in got


def test_a_medical_brigade_sent_to_a_state_is_help_to_it():
    assert ("state/CUB", "assists", "state/HTI", "Reported") in triples(facts("Cuba sent a medical brigade to Haiti."))

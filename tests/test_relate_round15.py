"""Rules of the third session of 1 December 2026 (written on the eleventh and twelfth sets once opened), each on sentences of its own (none copied from a gold text)."""

from __future__ import annotations

from test_relate_en_general import run as run_en
from test_relate_zh_forms2 import run as run_zh


def facts(run, *text: str, predicate: str = "assists") -> set[tuple[str, str, str]]:
    return {(r.subject, r.object, r.modality) for r in run(*text).relations if r.predicate == predicate}


# -- a resolution cited again by its number alone -------------------------------------------------------------

def test_a_number_cited_again_keeps_the_body_it_was_first_read_with():
    got = facts(run_en, "By its resolution 51/7, the Human Rights Council extended the mandate of the Independent "
                        "Expert on the situation of human rights in Haiti.",
                "The Security Council, in its resolution 2785 (2025), renewed the mandate of the mission.",
                "In resolution 51/7, the Council also requested OHCHR to assist Haiti.", predicate="requests")
    assert got == {("resolution/A/HRC/RES/51/7", "org/ohchr", "Reported")}


# -- Chinese activities: more verbs and nouns of running a course, its people, its funder ---------------------

def test_chinese_verbs_of_running_a_course():
    assert facts(run_zh, "人权高专办为老挝的 45 名法官开设了两期关于少年司法的进修班。") == {("org/ohchr", "state/LAO", "Reported")}
    assert facts(run_zh, "开发署为越南的警官讲授了关于羁押标准的课程。") == {("org/undp", "state/VNM", "Reported")}


def test_a_senior_adviser_of_an_office_acts_for_it():
    got = facts(run_zh, "人权高专办的高级人权顾问会同儿基会，为蒙古的社会工作者举办了讲习班。")
    assert got == {("org/ohchr", "state/MNG", "Reported"), ("org/unicef", "state/MNG", "Reported")}


def test_chinese_guidance_and_written_comments_are_help():
    assert facts(run_zh, "人权高专办为蒙古政府的部际工作组提供了全程辅导。") == {("org/ohchr", "state/MNG", "Reported")}
    got = facts(run_zh, "应蒙古司法部的请求，开发署就一部法律草案出具了书面评论。")
    assert ("org/undp", "state/MNG", "Reported") in got


def test_people_who_received_a_providers_training_on_a_topic():
    got = facts(run_zh, "蒙古国家警察的 80 名警官接受了人权高专办关于和平集会管理的培训。")
    assert got == {("org/ohchr", "state/MNG", "Reported")}


def test_people_of_a_states_body_who_completed_a_course():
    got = facts(run_zh, "开发署与人权高专办联合开办了一期网络课程，老挝和柬埔寨司法部的 25 名官员结业。")
    assert {("org/undp", "state/LAO", "Reported"), ("org/undp", "state/KHM", "Reported"),
            ("org/ohchr", "state/LAO", "Reported"), ("org/ohchr", "state/KHM", "Reported")} <= got
    # a course no one is said to have held: no help
    assert facts(run_zh, "老挝司法部的 25 名官员结业。") == set()


def test_people_who_took_part_in_a_course_held_jointly_by_two_bodies():
    got = facts(run_zh, "老挝的 30 名官员参加了由开发署和儿基会共同主办的培训。")
    assert got == {("org/undp", "state/LAO", "Reported"), ("org/unicef", "state/LAO", "Reported")}


def test_costs_paid_by_a_funder_named_with_its_short_form():
    got = facts(run_zh, "人权高专办为蒙古的 30 名狱警讲授了课程，课程经费由联合国儿童基金会(儿基会)提供。")
    assert got == {("org/ohchr", "state/MNG", "Reported"), ("org/unicef", "state/MNG", "Reported")}
    got = facts(run_zh, "人权高专办向蒙古派驻了一名人权顾问。人权顾问职位的费用由联合国开发计划署(开发署)承付。")
    assert got == {("org/ohchr", "state/MNG", "Reported"), ("org/undp", "state/MNG", "Reported")}


def test_a_close_working_relationship_is_a_partnership():
    got = facts(run_zh, "开发署与非洲联盟委员会保持着密切的工作关系。", predicate="partnersWith")
    assert got == {("org/undp", "org/au-commission", "Reported")}


# -- a request stated as a noun made to someone ---------------------------------------------------------------

def test_chinese_request_made_to_an_addressee():
    got = facts(run_zh, "蒙古司法部致函人权高专办，就两个领域提出了技术援助请求。", predicate="requests")
    assert got == {("state/MNG", "org/ohchr", "Reported")}
    assert facts(run_zh, "蒙古政府向开发署提出了技术援助请求。") == {("org/undp", "state/MNG", "Requested")}
    # a request to visit asks for no help
    assert facts(run_zh, "人权高专办向蒙古政府提出了访问请求。") == set()
    got = facts(run_zh, "人权高专办向蒙古政府提出了访问请求。", predicate="requests")
    assert got == {("org/ohchr", "state/MNG", "Reported")}


def test_english_request_made_to_an_addressee():
    got = facts(run_en, "In March, the Government of Bhutan sent the High Commissioner a request for technical "
                        "assistance on treaty reporting.", predicate="requests")
    assert got == {("state/BTN", "org/hchr", "Reported")}
    got = facts(run_en, "The Government of Bhutan addressed a request to UNDP for legal advice.")
    assert got == {("org/undp", "state/BTN", "Requested")}
    assert facts(run_en, "The Government of Bhutan submitted a request to OHCHR to visit the country.") == set()


def test_a_request_not_made_is_no_request():
    assert facts(run_zh, "蒙古没有向开发署提出技术合作请求。", predicate="requests") == set()
    assert facts(run_en, "Bhutan did not submit a request to UNDP for assistance.", predicate="requests") == set()


# -- English: asides, partners and people -----------------------------------------------------------------------

def test_an_aside_of_joint_work_between_the_verb_and_the_activity():
    got = facts(run_en, "UNICEF organized, jointly with the African Union, a course for police officers of Chad.")
    assert got == {("org/unicef", "state/TCD", "Reported"), ("org/au", "state/TCD", "Reported")}


def test_working_with_and_working_relations_are_partnerships():
    got = facts(run_en, "The Human Rights Council invited the Government of Chad to keep working with UNDP.",
                predicate="partnersWith")
    assert got == {("state/TCD", "org/undp", "Requested")}
    got = facts(run_en, "UNICEF maintained close working relations with UNDP.", predicate="partnersWith")
    assert got == {("org/unicef", "org/undp", "Reported")}
    got = facts(run_en, "In tandem with IOM, UNICEF trained officials of Chad.")
    assert got == {("org/unicef", "state/TCD", "Reported"), ("org/iom", "state/TCD", "Reported")}


def test_advisers_of_a_body_act_for_it_without_an_article():
    got = facts(run_en, "Human rights advisers of UNDP also lend their expertise to the Government of Chad.")
    assert got == {("org/undp", "state/TCD", "Reported")}


def test_prefects_are_people_of_their_state():
    assert facts(run_en, "UNHCR trained the prefects of Chad.") == {("org/unhcr", "state/TCD", "Reported")}


def test_acting_on_a_request_names_the_asker():
    got = facts(run_en, "Acting on a request from the Government of Chad, UNDP organized a workshop for judges of "
                        "Chad.", predicate="requests")
    assert got == {("state/TCD", "org/undp", "Reported")}


def test_the_mandate_holder_is_the_rapporteur_or_expert_named_before():
    got = facts(run_en, "By its resolution 52/3, the Human Rights Council renewed the mandate of the Independent "
                        "Expert on the situation of human rights in Haiti and requested the mandate holder to "
                        "report.", predicate="requests")
    assert got == {("resolution/A/HRC/RES/52/3", "org/ie-haiti", "Reported")}
    # the High Commissioner is no mandate holder
    got = facts(run_en, "The Human Rights Council thanked the High Commissioner and requested the mandate holder "
                        "to report.", predicate="requests")
    assert got == set()


# -- English back-references of a country report -----------------------------------------------------------------

def test_the_office_of_a_report_is_the_one_it_names_most():
    got = facts(run_en, "The Office of the United Nations High Commissioner for Human Rights (OHCHR) trained 30 "
                        "judges of Chad.",
                "The Office worked with the Office for the Coordination of Humanitarian Affairs (OCHA).",
                "The Office also trained police officers of Chad.")
    assert got == {("org/ohchr", "state/TCD", "Reported")}


def test_the_government_after_a_donor_is_the_country_of_the_report():
    got = facts(run_en, "OHCHR trained 30 judges of Chad. It also advised the Ministry of Justice of Chad.",
                "The Government of Germany met the costs of a workshop for officials of Chad.",
                "The Office helped the Government to prepare its report.")
    assert ("org/ohchr", "state/DEU", "Reported") not in got
    assert ("org/ohchr", "state/TCD", "Reported") in got


# -- second round: the twelfth sets' development texts ---------------------------------------------------------

def contributions(run, text: str) -> set[tuple]:
    return {(c.contributor, c.recipient, c.amount, c.currency) for c in run(text).contributions}


def test_a_partner_named_with_a_copula():
    got = facts(run_zh, "非洲国家人权机构网络是开发署在非洲的主要合作伙伴。", predicate="partnersWith")
    assert got == {("org/nanhri", "org/undp", "Reported")}
    got = facts(run_en, "The Asia Pacific Forum of National Human Rights Institutions is a key partner of UNDP.",
                predicate="partnersWith")
    assert got == {("org/apf", "org/undp", "Reported")}


def test_chinese_round_tables_hired_advisers_and_equipment():
    got = facts(run_zh, "开发署拟于 2030 年与儿基会一道，为蒙古议会议员举办一次圆桌会议。")
    assert got == {("org/undp", "state/MNG", "Planned"), ("org/unicef", "state/MNG", "Planned")}
    assert facts(run_zh, "开发署为蒙古国家人权委员会聘用了两名法律顾问。") == {("org/undp", "org/nhrc-mongolia", "Reported")}
    assert facts(run_zh, "开发署为蒙古国家人权委员会配备了办公设备。") == {("org/undp", "org/nhrc-mongolia", "Reported")}


def test_people_who_took_part_in_a_providers_training():
    got = facts(run_zh, "蒙古司法部的 40 名学员参加了人权高专办关于公正审判的培训课程。培训费用由开发署在其法治项目框架内承担。")
    assert got == {("org/ohchr", "state/MNG", "Reported"), ("org/undp", "state/MNG", "Reported")}


def test_a_resolution_adopted_by_a_body_opens_the_clauses_after_it():
    got = facts(run_zh, "人权理事会第五十届会议通过的第 50/3 号决议欢迎蒙古政府与人权高专办的合作，请人权高专办继续向蒙古提供技术援助。",
                predicate="requests")
    assert got == {("resolution/A/HRC/RES/50/3", "org/ohchr", "Reported")}


def test_a_short_title_stands_for_the_instrument_named_before():
    rec = run_zh("蒙古正在考虑加入《禁止酷刑和其他残忍、不人道或有辱人格的待遇或处罚公约任择议定书》。",
                 "关于加入《任择议定书》的准备，人权高专办举办了讲习班。")
    assert {m.entity for m in rec.mentions if m.number == 2 and m.entity.startswith("instrument/")} == {"instrument/opcat"}


def test_a_project_written_after_a_programme_is_no_back_reference_to_it():
    got = run_zh("建设和平基金资助了三方伙伴关系在索马里的一个项目。该项目由开发署执行，支持索马里国家人权委员会开展人权监测。")
    rel = {(r.subject, r.predicate, r.object) for r in got.relations if r.predicate != "cites"}
    assert ("org/tpp-nhri", "fundedBy", "org/peacebuilding-fund") not in rel
    assert ("org/tpp-nhri", "administeredBy", "org/undp") not in rel
    assert ("org/undp", "assists", "org/nhrc-somalia") in rel


def test_english_list_of_gifts_shares_the_recipient_named_last():
    got = contributions(run_en, "Denmark contributed DKK 1,000,000, the Netherlands gave EUR 300,000 and Qatar "
                                "provided USD 250,000 to the Office.")
    assert got == {("state/DNK", "org/ohchr", "1000000", "DKK"), ("state/NLD", "org/ohchr", "300000", "EUR"),
                   ("state/QAT", "org/ohchr", "250000", "USD")}


def test_english_and_a_name_that_opens_a_clause_of_its_own():
    got = contributions(run_en, "Denmark contributed DKK 1,000,000 to UNDP, and Qatar provided USD 250,000 to the "
                                "Office.")
    assert got == {("state/DNK", "org/undp", "1000000", "DKK"), ("state/QAT", "org/ohchr", "250000", "USD")}
    # a list of three whose last name is joined by ", and" is still one list
    got = facts(run_en, "UNDP, UNICEF, and UNFPA trained officials of Chad.")
    assert got == {(k, "state/TCD", "Reported") for k in ("org/undp", "org/unicef", "org/unfpa")}


def test_english_convened_instructed_and_appealed_to():
    got = facts(run_en, "The Office convened in Nairobi a regional workshop for officials from Chad and the Niger.")
    assert got == {("org/ohchr", "state/TCD", "Reported"), ("org/ohchr", "state/NER", "Reported")}
    assert facts(run_en, "UNICEF instructed 85 officers of Chad in the handover protocol.") == \
        {("org/unicef", "state/TCD", "Reported")}
    assert facts(run_en, "The Human Rights Council instructed OHCHR to assist Chad.") == \
        {("org/ohchr", "state/TCD", "Requested")}


def test_chinese_co_founders_named_with_a_year_are_partners():
    got = facts(run_zh, "该方案由开发署、人权高专办和儿基会于 2011 年共同建立。", predicate="partnersWith")
    assert got == {("org/undp", "org/ohchr", "Reported"), ("org/undp", "org/unicef", "Reported"),
                   ("org/ohchr", "org/unicef", "Reported")}


def test_the_pronoun_after_a_help_verb_is_the_one_who_asked():
    got = facts(run_zh, "蒙古国家人权委员会请开发署协助其为国家人权机构全球联盟的认证审查做准备。")
    assert got == {("org/undp", "org/nhrc-mongolia", "Requested")}
    # English "its" owns the noun after it: no asker read into it
    got = facts(run_en, "The Board recommends that OHCHR strengthen its cooperation with UNDP.")
    assert got == set()


def test_a_recommended_list_after_a_colon_is_the_addressee_s():
    got = run_zh("高级专员建议蒙古政府：(a) 请人权高专办协助制定国家人权战略；(b) 尽快加入公约，并请开发署协助建立国家防范机制。")
    rel = {(r.subject, r.predicate, r.object, r.modality) for r in got.relations if r.predicate != "cites"}
    assert {("state/MNG", "requests", "org/ohchr", "Recommended"), ("state/MNG", "requests", "org/undp", "Recommended"),
            ("org/ohchr", "assists", "state/MNG", "Recommended"), ("org/undp", "assists", "state/MNG", "Recommended")} <= rel
    assert not {r for r in rel if r[0] == "org/hchr"}


def test_a_post_funded_back_by_a_donor():
    got = facts(run_zh, "人权高专办向蒙古派驻了一名人权顾问。这一职位的经费由芬兰提供。")
    assert got == {("org/ohchr", "state/MNG", "Reported"), ("state/FIN", "state/MNG", "Reported")}


def test_english_provided_with_by_and_drawing_on_advice():
    got = facts(run_en, "The National Human Rights Commission of Mongolia was provided with office equipment and two "
                        "vehicles by UNDP.")
    assert got == {("org/undp", "org/nhrc-mongolia", "Reported")}
    got = facts(run_en, "Drawing on technical advice from UNDP, the National Human Rights Commission of Mongolia "
                        "adopted its first strategic plan.")
    assert got == {("org/undp", "org/nhrc-mongolia", "Reported")}


def test_english_benefited_from_a_programme_that_others_implemented():
    got = facts(run_en, "Mongolia benefited from a programme on access to water that the United Nations Development "
                        "Programme (UNDP) and the Food and Agriculture Organization of the United Nations (FAO) "
                        "implemented.")
    assert got == {("org/undp", "state/MNG", "Reported"), ("org/fao", "state/MNG", "Reported")}


# -- grants awarded to an implementer (tests/gold/README.md, "funded help") ------------------------------------------

def test_english_grant_awarded_to_an_implementer_for_work_in_a_state():
    text = ("The largest grant made by the Peacebuilding Fund, USD 2,400,000, was awarded to IOM for a programme in "
            "Cabo Delgado province of Mozambique.")
    assert facts(run_en, text) == {("org/peacebuilding-fund", "org/iom", "Reported"),
                                   ("org/peacebuilding-fund", "state/MOZ", "Reported"), ("org/iom", "state/MOZ", "Reported")}
    assert contributions(run_en, text) == {("org/peacebuilding-fund", "org/iom", "2400000", "USD")}
    got = facts(run_en, "A grant of USD 50,000 was awarded by the Peacebuilding Fund to UNICEF for a project in Malawi.")
    assert got == {("org/peacebuilding-fund", "org/unicef", "Reported"), ("org/peacebuilding-fund", "state/MWI", "Reported"),
                   ("org/unicef", "state/MWI", "Reported")}


def test_chinese_grants_to_an_implementer():
    want = {("org/peacebuilding-fund", "org/unicef", "Reported"), ("org/peacebuilding-fund", "state/MWI", "Reported"),
            ("org/unicef", "state/MWI", "Reported")}
    assert facts(run_zh, "建设和平基金向儿基会发放了一笔 5 万美元的赠款，用于在马拉维开展儿童保护项目。") == want
    assert facts(run_zh, "儿基会获得了建设和平基金 4 万美元的赠款，用于在马拉维开展儿童保护项目。") == want
    # a grant not made is Negated, whatever stands between the negation and the noun
    got = facts(run_zh, "建设和平基金没有向在马拉维实施的两个项目发放第二期赠款。")
    assert got == {("org/peacebuilding-fund", "state/MWI", "Negated")}


def test_english_supported_through_a_programme_others_financed_and_implemented():
    got = facts(run_en, "Kiribati was supported in preparing for displacement through a programme that the Peacebuilding "
                        "Fund financed and that IOM implemented.")
    assert got == {("org/peacebuilding-fund", "state/KIR", "Reported"), ("org/iom", "state/KIR", "Reported")}


def test_english_the_implementer_in_an_aside_after_the_activity_paid_for():
    got = facts(run_en, "The Peacebuilding Fund paid for the deployment, by OHCHR, of a human rights adviser to the "
                        "Government of Tuvalu.")
    assert got == {("org/peacebuilding-fund", "state/TUV", "Reported"), ("org/ohchr", "state/TUV", "Reported")}


def test_english_people_of_two_services_and_money_on_funds_provided_by():
    got = facts(run_en, "UNDP organized, jointly with ECCAS, a course for immigration and police officers of Cameroon.")
    assert got == {("org/undp", "state/CMR", "Reported"), ("org/eccas", "state/CMR", "Reported")}
    got = facts(run_en, "Officials of Panama were trained by UNHCR on the protection of migrants, on funds provided by "
                        "Canada.")
    assert got == {("org/unhcr", "state/PAN", "Reported"), ("state/CAN", "state/PAN", "Reported")}


def test_english_an_event_paid_for_at_which_help_was_given():
    got = facts(run_en, "Japan financed a workshop at which UNDP trained judges of Chad.")
    assert got == {("org/undp", "state/TCD", "Reported"), ("state/JPN", "state/TCD", "Reported")}
    # an event paid for with no help stated in it: nothing, not the help of the sentence before
    assert facts(run_en, "UNDP trained judges of Chad.", "Japan financed a workshop in Geneva.") == \
        {("org/undp", "state/TCD", "Reported")}

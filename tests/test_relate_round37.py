"""The thirty-seventh session's rules, each on sentences of our own (not copied from any gold text): help read
through more activity and giving forms, recommendations listed clause after clause, sessions numbered in the
hundreds, reply lists in relative clauses, views voiced at a meeting, back-references (``the two``, ``the
Ombudsman``, ``the Fund`` of a fund's report), Chinese reply lists led by a ministry, joint cooperation, hosted
study groups and travel paid for."""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment


def _read(text: str, head: str = ""):
    text = f"{head}\n\n1. {text}\n\n" if head else f"1. {text}\n\n"
    return relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))


def _facts(text: str, predicate: str, head: str = "") -> set[tuple[str, str, str]]:
    return {(r.subject, r.object, r.modality) for r in _read(text, head).relations if r.predicate == predicate}


# --- English -------------------------------------------------------------------------------------------------

def test_recommendations_listed_clause_after_clause_are_all_recommended():
    got = _facts("She recommends that OHCHR support Tonga, that UNDP help the Parliament of Tonga to set up a "
                 "human rights committee, and that UNICEF assist the Government of Tonga.", "assists")
    assert {("org/ohchr", "state/TON", "Recommended"), ("org/undp", "state/TON", "Recommended"),
            ("org/unicef", "state/TON", "Recommended")} <= got
    assert not {f for f in got if f[2] == "Reported"}


def test_turning_to_a_body_for_support_when_recommended_recommends_the_help():
    got = _facts("He recommends that the Government of Fiji turn to the Pacific Community for technical support on "
                 "its electoral law.", "assists")
    assert ("org/pacific-community", "state/FJI", "Recommended") in got


@pytest.mark.parametrize("words, number", [("three hundred and tenth", 310), ("four hundred and first", 401),
                                           ("five hundredth", 500)])
def test_a_session_numbered_in_the_hundreds(words, number):
    rec = _read(f"In its resolution 12/3, the Human Rights Council requested the High Commissioner to report to it "
                f"at its {words} session.")
    assert f"session/hrc/{number}" in {m.entity for m in rec.mentions}


def test_lending_expertise_is_help():
    assert ("org/ohchr", "state/NAM", "Requested") in _facts(
        "The Council requested the High Commissioner to inform it about that cooperation, and appealed to OHCHR to "
        "keep lending its expertise to the Government of Namibia.", "assists")


def test_a_relative_clause_on_recommendations_reports_no_view():
    rec = _read("Written contributions were received from Ghana and Chile. The Council recalled the recommendations "
                "that Peru accepted during the universal periodic review.")
    assert "state/PER" not in {r.subject for r in rec.relations if r.predicate == "submittedInputTo"}


def test_a_reply_list_in_a_relative_clause():
    got = _facts("The report draws on written contributions that the Government of Kenya, the Kenya National "
                 "Commission on Human Rights and Human Rights Watch sent in reply to a note verbale.",
                 "submittedInputTo")
    assert {s for s, _o, _m in got} == {"state/KEN", "org/knchr", "org/hrw"}


def test_contributions_of_money_in_a_relative_clause_are_no_input():
    assert not _facts("The Fund thanks the donors for the contributions that Norway and Chile made in 2090.",
                      "submittedInputTo")


def test_views_voiced_at_a_meeting_are_no_submission():
    rec = _read("II. Written contributions\n\n2. In its written contribution, Chile supported mutually beneficial "
                "cooperation. At a meeting of donors convened by OHCHR, Sweden observed that win-win cooperation "
                "had no agreed meaning.")
    subs = {r.subject for r in rec.relations if r.predicate == "submittedInputTo"}
    assert "state/SWE" not in subs


def test_a_participle_after_the_clause_names_the_helpers_of_its_subject():
    got = _facts("The Government of Malawi drafted a national action plan, assisted by OHCHR and UNDP.", "assists")
    assert {("org/ohchr", "state/MWI", "Reported"), ("org/undp", "state/MWI", "Reported")} <= got
    assert not {f for f in got if f[0] == "state/MWI"}


def test_missions_received_of_a_body():
    assert ("org/ohchr", "state/LSO", "Reported") in _facts(
        "Lesotho received two advisory missions of OHCHR on its electoral reform.", "assists")


def test_the_two_who_organized_a_course():
    got = _facts("OHCHR keeps a close partnership with the Asia Pacific Forum of National Human Rights "
                 "Institutions. The two organized a course for staff of the National Human Rights Commission of "
                 "Mongolia.", "assists")
    assert {("org/ohchr", "org/nhrc-mongolia", "Reported"), ("org/apf", "org/nhrc-mongolia", "Reported")} <= got


def test_the_ombudsman_is_an_institution_so_named():
    head = "A/HRC/1/1\n\nTechnical cooperation with Namibia\n\nReport of the High Commissioner"
    rec = _read("The Office of the Ombudsman of Namibia benefited from a course. OHCHR also seconded an officer to "
                "the Ombudsman for six months.", head)
    assert "org/ombudsman-namibia" in {m.entity for m in rec.mentions if m.surface == "the Ombudsman"}


def test_request_verbs_as_participles():
    assert ("org/unicef", "state/TGO", "Requested") in _facts(
        "The Council adopted the text, inviting UNICEF to assist Togo.", "assists")


def test_equipped_with_things_by_a_giver():
    assert ("state/IND", "state/MDV", "Reported") in _facts(
        "The Maldives Police Service was equipped with body cameras by India.", "assists")


def test_keep_supporting_projects_in_states():
    got = _facts("He recommends that UNDP keep supporting projects in Chad and Niger until 2095.", "assists")
    assert {("org/undp", "state/TCD", "Recommended"), ("org/undp", "state/NER", "Recommended")} <= got


@pytest.mark.parametrize("text", ["He recommends that UNDP and UNICEF join forces on the care of children.",
                                  "He recommends that UNDP and UNICEF formalize their cooperation."])
def test_joining_forces_is_a_partnership(text):
    assert ("org/undp", "org/unicef", "Recommended") in _facts(text, "partnersWith")


def test_cooperation_strengthened_with_a_third_is_no_partnership_of_the_two():
    got = _facts("UNDP and UNICEF strengthened their cooperation with OHCHR.", "partnersWith")
    assert ("org/undp", "org/unicef", "Reported") not in got


def test_the_report_fund_over_a_co_actor_fund():
    head = ("A/HRC/90/1\nHuman Rights Council\nNinetieth session\n6-31 March 2097\nAgenda item 3\n"
            "Promotion and protection of all human rights\n\n"
            "United Nations Voluntary Fund for Victims of Torture\n\nReport of the Secretary-General")
    got = _facts("Together with the Special Fund established by the Optional Protocol to the Convention against "
                 "Torture, the Fund held a workshop for staff of the national preventive mechanism of Kenya.",
                 "assists", head)
    assert ("org/vf-torture", "state/KEN", "Reported") in got


# --- Chinese -------------------------------------------------------------------------------------------------

def test_a_counted_activity_with_a_long_topic():
    assert ("org/unfpa", "state/TCD", "Reported") in _facts(
        "人口基金为乍得国民议会议员举办了一次关于《非洲人权和民族权宪章关于非洲妇女权利的议定书》的研讨会。", "assists")


def test_a_reply_list_led_by_a_ministry():
    got = _facts("蒙古外交部、开发署和儿基会作了书面答复。", "submittedInputTo")
    assert {s for s, _o, _m in got} == {"state/MNG", "org/undp", "org/unicef"}


def test_a_further_study_placement_and_a_chaired_seminar():
    assert ("state/VNM", "state/KHM", "Reported") in _facts(
        "越南司法部在河内为柬埔寨 20 名法官安排了为期两个月的进修。", "assists")
    assert ("org/ohchr", "state/KHM", "Reported") in _facts(
        "人权高专办在金边为柬埔寨司法部的 30 名官员主持了为期三天的研讨会。", "assists")


def test_two_bodies_strengthening_cooperation_are_partners():
    assert ("org/ohchr", "org/undp", "Recommended") in _facts("高级专员建议人权高专办和开发署进一步加强合作。", "partnersWith")
    got = _facts("泰国和越南加强了与人权高专办的合作。", "partnersWith")
    assert ("state/THA", "state/VNM", "Reported") not in got


def test_a_hosted_study_group_made_up_of_officials():
    assert ("org/nhrc-thailand", "state/KHM", "Reported") in _facts(
        "泰国国家人权委员会接待了由柬埔寨政府官员组成的考察团，向其介绍了受理申诉的程序。", "assists")


def test_travel_of_counted_members_of_a_body_paid_for():
    assert ("state/DEU", "state/KHM", "Reported") in _facts(
        "德国政府承担了柬埔寨国民议会人权委员会 3 名议员赴日内瓦参加人权理事会届会的旅费。", "assists")


@pytest.mark.parametrize("text, facts", [
    ("在蒙古，联合国援助酷刑受害者自愿基金资助的 3 个项目为获释的被拘留者提供了康复服务。",
     {("org/vf-torture", "state/MNG")}),
    ("联合国援助酷刑受害者自愿基金资助的项目在尼泊尔和不丹向酷刑幸存者提供了心理辅导。",
     {("org/vf-torture", "state/NPL"), ("org/vf-torture", "state/BTN")}),
    ("由联合国援助酷刑受害者自愿基金资助的世界禁止酷刑组织紧急援助项目，在摩洛哥为 12 名人权维护者聘请了律师。",
     {("org/vf-torture", "state/MAR"), ("org/omct", "state/MAR")}),
])
def test_projects_a_funder_pays_for_help_the_states_they_work_in(text, facts):
    assert {(s, o) for s, o, m in _facts(text, "assists") if m == "Reported"} >= facts


def test_projects_a_funder_pays_for_placed_nowhere_help_no_state():
    assert not {f for f in _facts("联合国援助酷刑受害者自愿基金资助的项目共有 158 个。", "assists") if f[1].startswith("state/")}


@pytest.mark.parametrize("text, fact", [
    ("联合国援助酷刑受害者自愿基金向海地和古巴的 12 名心理医生颁发了奖学金。", ("org/vf-torture", "state/CUB")),
    ("人权高专办向老挝政府拨付了一笔经费。", ("org/ohchr", "state/LAO")),
])
def test_scholarships_awarded_and_money_disbursed(text, fact):
    assert fact + ("Reported",) in _facts(text, "assists")


def _stances(text: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.concept, s.value) for s in _read(text).stances}


def test_a_second_predicate_saying_nothing_on_another_concept_keeps_to_it():
    got = _stances("Kenya considered the right to development a valuable frame for its work, and said nothing on "
                   "win-win cooperation.")
    assert got == {("state/KEN", "concept/right-to-development", "Supportive"),
                   ("state/KEN", "concept/win-win-cooperation", "NotQuestioned")}
    got = _stances("Peru welcomed win-win cooperation and took no position on the right to development.")
    assert ("state/PER", "concept/win-win-cooperation", "Supportive") in got


@pytest.mark.parametrize("text", [
    "Sweden observed that mutually beneficial cooperation came without agreed yardsticks for measuring results.",
    "Sweden noted that mutually beneficial cooperation lacked objective indicators.",
])
def test_no_agreed_yardstick_is_sceptical(text):
    assert ("state/SWE", "concept/mutually-beneficial-cooperation", "Sceptical") in _stances(text)


def test_an_institution_named_by_its_head_is_there_for_a_later_back_reference():
    head = ("A/HRC/90/1\nHuman Rights Council\nNinetieth session\n6-31 March 2097\nAgenda item 10\n"
            "Technical assistance and capacity-building\n\nTechnical cooperation with Côte d'Ivoire\n\n"
            "Report of the United Nations High Commissioner for Human Rights")
    rec = _read("The Subcommittee on Prevention of Torture advised the Government on the law designating the "
                "National Human Rights Council as the national preventive mechanism. The Association for the "
                "Prevention of Torture then trained 25 staff of the Council in the monitoring of places of detention.",
                head)
    assert {m.entity for m in rec.mentions if m.surface == "the Council"} == {"org/cndh-cote-divoire"}


def test_submissions_sent_in_and_handed_in_for_another():
    got = {s for s, _o, _m in _facts("截至 4 月 30 日，智利、秘鲁和越南寄来了呈件。", "submittedInputTo")}
    assert got == {"state/CHL", "state/PER", "state/VNM"}
    got = {s for s, _o, _m in _facts("非洲联盟委员会的呈件由埃及代为提交，其中指出发展权十分重要。", "submittedInputTo")}
    assert got == {"org/au-commission", "state/EGY"}


def test_a_counted_back_reference_skips_the_actor_of_its_own_clause():
    got = _facts("越南与柬埔寨和老挝在司法培训方面长期合作；2096 年，越南最高人民法院为这两个国家的 40 名法官举办了培训。",
                 "assists")
    assert {("state/VNM", "state/KHM", "Reported"), ("state/VNM", "state/LAO", "Reported")} <= got


def test_funders_that_open_the_sentence_before_the_doer():
    got = _facts("澳大利亚和新西兰共同出资，由太平洋共同体为斐济和萨摩亚的警察开办了课程。", "assists")
    assert {("state/AUS", "state/FJI", "Reported"), ("state/NZL", "state/WSM", "Reported"),
            ("org/pacific-community", "state/FJI", "Reported")} <= got


@pytest.mark.parametrize("text, name", [
    ("发展权问题特别报告员阿伊莎·本·萨利赫以信函形式阐述了本人的观点。", "阿伊莎·本·萨利赫"),
    ("联合国人权事务高级专员埃琳娜·马蒂奥利通过视频致开幕词。", "埃琳娜·马蒂奥利"),
])
def test_a_person_name_ends_before_the_means(text, name):
    assert f"person/{name}" in {r.object for r in _read(text).relations if r.predicate == "heldBy"}


def test_turning_to_a_body_for_an_assessment_is_a_request():
    got = _read("The Ministry of Justice of Palau turned to OHCHR for an assessment of its draft penal code.").relations
    assert ("state/PLW", "requests", "org/ohchr") in {(r.subject, r.predicate, r.object) for r in got}


@pytest.mark.parametrize("text, submitters", [
    ("大赦国际与人权观察在联合材料中反对在理事会决议中使用互利合作。", {"org/amnesty", "org/hrw"}),
    ("国际法学家委员会与国际人权联合会寄来一份联合材料。", {"org/icj-jurists", "org/fidh"}),
    ("开发署和儿基会也提供了资料；国际法学家委员会和国际人权联合会各自提交了材料。",
     {"org/undp", "org/unicef", "org/icj-jurists", "org/fidh"}),
    ("人权理事会咨询委员会在其意见中指出，互利合作的内涵尚未界定。", {"org/hrc-advisory-committee"}),
])
def test_chinese_joint_and_open_forms_of_submission(text, submitters):
    assert {s for s, _o, _m in _facts(text, "submittedInputTo")} == submitters
    assert not _facts(text, "partnersWith")  # a joint submission is no partnership


def test_listed_respondents_relay_views_in_a_report_on_one_of_them():
    text = ("A/HRC/90/1\nHuman Rights Council\nNinetieth session\n6-31 March 2097\nAgenda item 10\n"
            "Technical assistance and capacity-building\n\n"
            "Mutually beneficial cooperation and technical cooperation with Namibia\n\n"
            "Report of the Secretary-General\n\n"
            "1. Contributions had arrived from Namibia, Chile and the Economic Commission for Africa and from the "
            "Human Rights Council Advisory Committee.\n\n"
            "2. The Economic Commission for Africa noted that the right to development should guide technical "
            "cooperation. The Advisory Committee said that win-win cooperation still lacked an agreed definition. "
            "Namibia said that mutually beneficial cooperation suited it.\n\n")
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    second = {r.subject for r in rec.relations if r.predicate == "submittedInputTo" and r.number == 2}
    assert {"org/eca", "org/hrc-advisory-committee"} <= second
    assert "state/NAM" not in second  # the State the report is on does not reply in every paragraph


@pytest.mark.parametrize("text, fact", [
    ("人权高专办派遣两名法律顾问前往金边，对刑法修订稿提出了修改建议。", ("org/ohchr", "state/KHM", "Reported")),
    ("UNDP sent two legal advisers to Phnom Penh to review the draft penal code.", ("org/undp", "state/KHM", "Reported")),
])
def test_advisers_sent_to_a_capital_help_its_state(text, fact):
    assert fact in _facts(text, "assists")


def test_people_introduced_to_standards_in_seminars_a_body_delivered():
    got = _facts("Forty judges of Zambia were introduced to the case law of the African Commission on Human and "
                 "Peoples' Rights in three seminars delivered by the International Commission of Jurists.", "assists")
    assert ("org/icj-jurists", "state/ZMB", "Reported") in got


def test_a_by_agent_working_with_another_partners_it():
    got = _read("Forty officers of the Zambia Police Service were trained by OHCHR, working in cooperation with the "
                "African Commission on Human and Peoples' Rights.").relations
    facts = {(r.subject, r.predicate, r.object) for r in got}
    assert ("org/ohchr", "partnersWith", "org/achpr") in facts
    assert not {f for f in facts if f[0] == "state/ZMB" and f[1] == "partnersWith"}


def test_help_to_projects_a_funder_pays_for_in_a_state():
    got = _facts("联合国难民署为联合国援助酷刑受害者自愿基金在乍得东部资助的两个项目提供了后勤便利。", "assists")
    assert {("org/vf-torture", "state/TCD", "Reported"), ("org/unhcr", "state/TCD", "Reported")} <= got


def test_members_of_its_staff_attended_a_course_after_the_sentence_that_named_it():
    got = _facts("The National Human Rights Commission of Somalia opened a branch in Garowe. Three members of its "
                 "staff attended a course on investigations run by UNDP.", "assists")
    assert ("org/undp", "org/nhrc-somalia", "Reported") in got


def test_people_who_went_for_a_visit_a_body_organized():
    got = _facts("Five officials of Fiji went to Manila for a study visit, which the Asia Pacific Forum of National "
                 "Human Rights Institutions organized.", "assists")
    assert ("org/apf", "state/FJI", "Reported") in got
    got = _facts("The Commission on Human Rights of the Philippines hosted five officials of Fiji in Manila for a study "
                 "visit, which the Asia Pacific Forum of National Human Rights Institutions organized.", "assists")
    assert {("org/chrp", "state/FJI", "Reported"), ("org/apf", "state/FJI", "Reported")} <= got


@pytest.mark.parametrize("text, stance", [
    ("古巴重申，发展权属于每个人和所有民族，不容剥夺。", ("state/CUB", "concept/right-to-development", "Supportive")),
    ("智利认为，互利合作是推进技术合作的恰当路径。", ("state/CHL", "concept/mutually-beneficial-cooperation", "Supportive")),
    ("埃及认为，以合作共赢为名的做法是不恰当的方式。", ("state/EGY", "concept/win-win-cooperation", "Critical")),
    ("加纳强调，发展权是持久和平不可缺少的条件。", ("state/GHA", "concept/right-to-development", "Supportive")),
    ("秘鲁坦言，它不明白“共赢合作”到底是谁和谁共赢。", ("state/PER", "concept/win-win-cooperation", "Sceptical")),
    ("古巴主张共同建设人权方面的命运共同体。", ("state/CUB", "concept/community-of-shared-future", "Supportive")),
])
def test_chinese_cues_of_the_genre(text, stance):
    assert stance in _stances(text)


def test_a_joint_submission_of_two_holds_for_both():
    got = _stances("大赦国际与人权观察在联合材料中反对在理事会决议中使用互利合作。")
    assert {("org/amnesty", "concept/mutually-beneficial-cooperation", "Critical"),
            ("org/hrw", "concept/mutually-beneficial-cooperation", "Critical")} <= got


def test_input_named_by_the_phrase_that_quotes_it():
    got = {s for s, _o, _m in _facts("在巴基斯坦以伊斯兰合作组织名义提交的答复中，发展权被称为一项普遍而不可剥夺的权利。",
                                      "submittedInputTo")}
    assert got == {"state/PAK", "org/oic"}

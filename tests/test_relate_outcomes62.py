"""The sixty-second session's rules. Sentences of our own, not copied from any gold text."""

from __future__ import annotations

from outcomes import assists
from outcomes import facts as _facts


def _assists(*paragraphs: str, zh: bool = False) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _m in _facts(*paragraphs, zh=zh) if p == "assists"}


# A study visit to a capital to see how a body works: the body's staff who hosted them, the body the programme was
# drawn up by, and who paid for the journey helped the visitors


def test_the_body_visitors_came_to_learn_from_that_hosted_them_helped_them():
    got = _assists("Six judges of Malawi travelled to Lusaka for ten days to see how the Human Rights Commission of "
                   "Zambia handles complaints. The Commission's staff hosted the group.")
    assert ("org/hrc-zambia", "state/MWI") in got


def test_who_drew_up_the_programme_in_a_passive_clause_helped_the_visitors():
    got = _assists("Five prosecutors of Malawi went to Lusaka for a week to learn how cases of trafficking are tried. "
                   "The judges of Zambia received them, and the programme was drawn up by UNODC.")
    assert ("org/unodc", "state/MWI") in got


def test_who_paid_for_the_journey_helped_the_visitors():
    got = _assists("Four officials of Malawi travelled to Lusaka to learn how the courts of Zambia hear land cases. "
                   "Ireland paid for the journey.")
    assert ("state/IRL", "state/MWI") in got


def test_a_passive_clause_about_a_course_is_no_help_to_the_visitors():
    got = _assists("Four officials of Malawi travelled to Lusaka to learn how the courts of Zambia hear land cases. "
                   "A separate course on land law was drawn up by UNODC.")
    assert ("org/unodc", "state/MWI") not in got


# A name repeated in full, set off by commas, is one name: the words after the apposition are the words after the name


def test_a_partner_named_twice_in_a_fronted_phrase_is_still_the_partner():
    got = _facts("Jointly with UNICEF, the United Nations Children's Fund, UNDP trained 40 teachers of Malawi in "
                 "child protection.")
    assert ("org/unicef", "assists", "state/MWI", "Reported") in got
    assert ("org/undp", "assists", "state/MWI", "Reported") in got


def test_a_subject_named_twice_is_the_subject_of_the_verb_after_the_apposition():
    got = _assists("UNODC, the United Nations Office on Drugs and Crime, trained 30 prison officers of Zambia.")
    assert ("org/unodc", "state/ZMB") in got


def test_two_bodies_are_not_one_name():
    got = _assists("UNDP, UNICEF and UNFPA trained 30 nurses of Zambia.")
    assert {("org/undp", "state/ZMB"), ("org/unicef", "state/ZMB"), ("org/unfpa", "state/ZMB")} <= got


# 该基金 after a board whose name holds the fund's name: the fund, not the board


def test_the_fund_after_its_boards_full_name_is_the_fund():
    got = _assists("援助酷刑受害者自愿基金董事会主席介绍说，该基金 2118 年向马拉维和赞比亚的三个康复中心提供了赠款。", zh=True)
    assert {("org/vf-torture", "state/MWI"), ("org/vf-torture", "state/ZMB")} <= got
    assert not {s for s, _o in got if s == "org/vf-torture-board"}


# Chinese study visits: who received the group (a cleft), who arranged things for it, and whose money paid for it


def test_the_body_that_received_the_group_in_a_cleft_helped_the_visitors():
    got = _assists("2120 年 3 月，马拉维 8 名法官前往赞比亚学习考察。在卢萨卡，接待考察团的是赞比亚人权委员会。", zh=True)
    assert ("org/hrc-zambia", "state/MWI") in got


def test_a_body_that_arranged_meetings_for_the_group_helped_the_visitors():
    got = _assists("2120 年 3 月，马拉维 8 名检察官前往赞比亚学习考察。开发署为考察团安排了三场座谈。", zh=True)
    assert ("org/undp", "state/MWI") in got


def test_the_fund_the_visits_costs_came_from_helped_the_visitors():
    got = _assists("2120 年 3 月，马拉维 8 名检察官前往赞比亚学习考察。考察团的机票和食宿开支均出自联合国人权领域技术合作自愿基金。",
                   zh=True)
    assert ("org/vf-tc", "state/MWI") in got


def test_a_body_that_only_proposed_the_visit_is_no_helper():
    got = _assists("2120 年 3 月，马拉维 8 名检察官前往赞比亚学习考察。这次考察是由开发署提出的。", zh=True)
    assert ("org/undp", "state/MWI") not in got


# 干部 and 技术人员 are people an activity reaches


def test_cadres_of_a_state_who_attended_a_course_were_helped_by_its_organizers():
    got = _assists("2119 年 5 月，30 名马拉维基层干部在利隆圭参加了人权高专办与开发署共同举办的调解培训班。", zh=True)
    assert {("org/ohchr", "state/MWI"), ("org/undp", "state/MWI")} <= got


def test_that_fund_after_a_fund_named_in_full_takes_the_contribution():
    from outcomes import extract
    rec = extract("1. Part of the cost was drawn from the United Nations Voluntary Fund for Technical Cooperation in the Field "
                  "of Human Rights. Norway contributed NOK 3,000,000 to that Fund during the period.", zh=False)
    assert ("state/NOR", "org/vf-tc") in {(c.contributor, c.recipient) for c in rec.contributions}


# 该秘书处: the secretariat named before; a request it never answered is help that did not come


def test_a_request_the_secretariat_never_answered_is_negated():
    got = _facts("2120 年 2 月，马拉维政府请英联邦秘书处派一名专家协助其撰写中期报告，但该秘书处一直没有答复。", zh=True)
    assert ("org/commonwealth-secretariat", "assists", "state/MWI", "Negated") in got


# 依靠 A 和 B (两家)的共同支持: both supported it


def test_joint_support_of_two_bodies_that_a_state_relied_on_is_help_from_both():
    got = _assists("马拉维的人权报告委员会是依靠开发署和人权高专办两家的共同支持组建起来的。", zh=True)
    assert {("org/undp", "state/MWI"), ("org/ohchr", "state/MWI")} <= got


# An application that X had made to Y, refused: X asked Y, and Y's help did not come


def test_an_application_a_state_had_submitted_to_a_bank_turned_down_is_negated_help():
    got = _facts("A loan application that Malawi had submitted in 2121 to the African Development Bank had been turned down.")
    assert ("state/MWI", "requests", "org/afdb", "Reported") in got
    assert ("org/afdb", "assists", "state/MWI", "Negated") in got


def test_an_application_it_had_made_refused_after_an_aside_is_negated_help():
    got = _facts("Zambia said that an application it had made to the Green Climate Fund for a readiness grant in 2120 "
                 "had, however, been refused.")
    assert ("org/gcf", "assists", "state/ZMB", "Negated") in got


def test_an_application_that_names_no_addressee_gives_nothing():
    got = _facts("An application that Malawi had prepared in 2121 had been turned down.")
    assert not [f for f in got if f[1] in ("requests", "assists")]


# "the Voluntary Fund": the report's voluntary fund named before, not the latest fund of any name


def test_the_voluntary_fund_is_the_voluntary_fund_named_before_not_a_later_fund():
    got = _assists("The Voluntary Fund for Technical Cooperation in the Field of Human Rights paid for an adviser in "
                   "Zambia. Malawi had asked the Green Climate Fund for a grant. UNDP ran courses for staff of the Human "
                   "Rights Commission of Zambia in 2120. The Voluntary Fund had paid for the training.")
    assert ("org/vf-tc", "org/hrc-zambia") in got
    assert ("org/gcf", "org/hrc-zambia") not in got


# 两国首都共有 N 名官员: the people of the two States named before, counted in their capitals


def test_officials_in_the_capitals_of_both_states_who_finished_a_joint_course_were_helped_by_both_organizers():
    got = _facts("马拉维和赞比亚的代表在发言中说，两国首都共有 14 名官员学完了开发署与人口基金联合开设的一门网上课程。", zh=True)
    assert {("org/undp", "assists", "state/MWI", "Reported"), ("org/unfpa", "assists", "state/ZMB", "Reported")} <= set(got)
    assert ("state/MWI", "partnersWith", "state/ZMB", "Reported") not in got
    assert ("org/undp", "partnersWith", "org/unfpa", "Reported") in got


# 为 X 外交部两名官员支付了…机票: the people of a State's ministry, the cost after a long phrase


def test_paying_the_fares_of_two_officials_of_a_states_ministry_is_help_to_the_state():
    got = _assists("2120 年开发署为马拉维外交部两名官员支付了赴日内瓦出席理事会会议的机票和生活津贴。", zh=True)
    assert ("org/undp", "state/MWI") in got


# 表示可以资助: an offer, still to come; 没有落实: it did not come


def test_saying_it_could_fund_is_planned_help():
    assert ("org/undp", "state/MWI", "Planned") in assists("开发署曾表示可以资助马拉维两名外交官参加 2120 年春季研究金项目。", zh=True)


def test_an_offer_to_fund_that_was_not_carried_out_is_negated():
    got = assists("开发署曾表示可以资助马拉维两名外交官参加研究金项目，但马拉维政府最终没有派员参加，这笔资助因此没有落实。", zh=True)
    assert ("org/undp", "state/MWI", "Negated") in got


# People who spent time at a host, "learning how" it works (after a comma); "two of its staff members"


def test_staff_who_spent_a_week_at_a_commission_learning_how_it_works_were_helped_by_it():
    got = _assists("Two staff members of the Human Rights Commission of Zambia spent a week at the Kenya National "
                   "Commission on Human Rights in Nairobi, learning how that institution handles complaints.")
    assert ("org/knchr", "org/hrc-zambia") in got


def test_two_of_its_staff_members_are_the_people_of_the_body_the_sentence_before_is_about():
    got = _assists("The Human Rights Commission of Zambia received computers from UNDP in 2120. Two of its staff "
                   "members also spent a week at the Kenya National Commission on Human Rights, learning how it "
                   "handles complaints; OHCHR arranged the visit.")
    assert {("org/knchr", "org/hrc-zambia"), ("org/ohchr", "org/hrc-zambia")} <= got
    assert ("org/ohchr", "org/knchr") not in got


def test_a_week_at_a_body_with_no_purpose_said_is_no_help():
    got = _assists("Two staff members of the Human Rights Commission of Zambia spent a week at the Kenya National "
                   "Commission on Human Rights in Nairobi, where the weather was warm.")
    assert ("org/knchr", "org/hrc-zambia") not in got


# People a fund sponsored, named by their States (relate/sponsored.py)

_TRUST_FUND = ("the Voluntary Technical Assistance Trust Fund to Support the Participation of Least Developed Countries "
               "and Small Island Developing States in the Work of the Human Rights Council")


def test_fellows_of_a_fund_who_are_officials_of_states_were_helped_by_the_fund():
    got = _assists(f"Two fellows of {_TRUST_FUND}, officials of Malawi and Tuvalu, followed the session.")
    assert {("org/ldc-sids-trust-fund", "state/MWI"), ("org/ldc-sids-trust-fund", "state/TUV")} <= got


def test_a_fellowship_of_a_fund_awarded_to_a_diplomat_from_a_state_is_help_to_the_state():
    got = _assists(f"A fellowship of {_TRUST_FUND} was awarded to a diplomat from Malawi.")
    assert ("org/ldc-sids-trust-fund", "state/MWI") in got


def test_the_sponsored_delegations_are_the_sponsor_named_before():
    got = _assists(f"{_TRUST_FUND[0].upper()}{_TRUST_FUND[1:]} paid for 30 delegates to attend the session. The "
                   "sponsored delegations included those of Malawi, Tuvalu and Haiti.")
    assert {("org/ldc-sids-trust-fund", k) for k in ("state/MWI", "state/TUV", "state/HTI")} <= got


def test_contributions_from_states_are_no_sponsored_people():
    got = _assists(f"{_TRUST_FUND[0].upper()}{_TRUST_FUND[1:]} paid for 30 delegates to attend the session. The "
                   "contributions to it came from Norway and Ireland.")
    assert not {o for _s, o in got if o in ("state/NOR", "state/IRL")}


def test_the_body_that_organized_the_visit_with_another_both_helped_the_visitors():
    got = _assists("In June 2120, ten prosecutors of Malawi travelled to Lusaka for a study visit on witness protection. "
                   "UNODC organized the visit in cooperation with the Human Rights Commission of Zambia, whose staff "
                   "presented their methods.")
    assert {("org/unodc", "state/MWI"), ("org/hrc-zambia", "state/MWI")} <= got


# "Answering a request made by X": X asked; "in response to a request made by X" is no reply to the report


def test_answering_a_request_made_by_a_state_is_help_it_asked_for():
    got = _facts("Answering a request made by the Government of Malawi, OHCHR trained 30 judges in 2120.")
    assert ("state/MWI", "requests", "org/ohchr", "Reported") in got
    assert ("org/ohchr", "assists", "state/MWI", "Reported") in got


def test_in_response_to_a_request_made_by_a_state_is_no_submission():
    got = _facts("In response to a request made by the Government of Malawi, OHCHR trained 30 judges in 2120.")
    assert not [f for f in got if f[1] == "submittedInputTo"]


# A State's draft gone over by Y, said in the passive (relate/passive.py reviewed_work)


def test_a_draft_law_prepared_by_a_states_ministry_commented_on_by_a_body_is_help_to_the_state():
    got = _assists("The draft law on associations prepared by the Ministry of the Interior of Malawi was commented on by "
                   "OHCHR in June 2116.")
    assert ("org/ohchr", "state/MWI") in got


def test_a_draft_protocol_a_state_wrote_examined_by_a_body_is_help_to_the_state():
    got = _assists("A draft consultation protocol, which the Government of Malawi wrote in 2114, was examined by UNDP in "
                   "September 2115.")
    assert ("org/undp", "state/MWI") in got


def test_a_states_periodic_report_examined_by_a_treaty_body_is_no_help():
    got = _assists("The periodic report of Malawi was examined by the Human Rights Committee in 2116.")
    assert not got


def test_states_whose_views_a_section_on_the_views_of_beneficiaries_gives_submitted_input(tmp_path):
    from tacb_graph.pipeline import extract

    text = tmp_path / "fund-report.txt"
    text.write_text("A/HRC/950/4\n\nHuman Rights Council\nNine hundred and fiftieth session\nAgenda item 10\n\n"
                    "The Trust Fund in 2120\n\nReport of the Secretary-General\n\n I. Introduction\n\n"
                    "1. The Fund paid for 20 delegates to attend the session.\n\n"
                    " II. Views of beneficiaries and donors\n\n"
                    "2. Malawi wrote that the Fund had helped its small delegation. Tuvalu doubted that training alone "
                    "could build a ministry's capacity.\n", encoding="utf-8")
    got = {(r.subject, r.predicate) for r in extract(text).relations}
    assert {("state/MWI", "submittedInputTo"), ("state/TUV", "submittedInputTo")} <= got


# requested (a report) from Y: Y is asked


def test_a_resolution_that_requested_from_the_high_commissioner_a_report_requests_her():
    got = _facts("In its resolution 951/14, the Human Rights Council requested from the United Nations High "
                 "Commissioner for Human Rights a report on the activities of her Office in Malawi.")
    assert ("resolution/A/HRC/RES/951/14", "requests", "org/hchr", "Reported") in got


def test_a_report_requested_from_the_high_commissioner_is_a_request_to_her():
    got = _facts("In its resolution 951/14, the Human Rights Council requested a report from the United Nations High "
                 "Commissioner for Human Rights on the activities of her Office in Malawi.")
    assert ("resolution/A/HRC/RES/951/14", "requests", "org/hchr", "Reported") in got


# Chinese: 应 X 司法部请求 (no 的); 撰写了书面意见; 修缮了 X 一所监狱的…设施


def test_at_the_request_of_a_states_ministry_without_de_the_state_asked():
    got = _facts("应马拉维司法部请求，人权高专办 2120 年 5 月就《保释法》修正草案撰写了书面意见。", zh=True)
    assert ("state/MWI", "requests", "org/ohchr", "Reported") in got
    assert ("org/ohchr", "assists", "state/MWI", "Reported") in got


def test_mending_a_prison_of_a_state_is_help_to_the_state():
    got = _assists("项目署与人权高专办合作，修缮了马拉维南部一所男子监狱的供水和卫生设施。", zh=True)
    assert ("org/unops", "state/MWI") in got


def test_a_state_that_mends_its_own_prison_helps_no_one():
    assert not _assists("马拉维修缮了一所监狱的供水设施。", zh=True)


def test_panellists_listed_after_took_part_are_persons_with_their_posts():
    got = _facts("2. Three panellists took part: Amara Tchividjian-Rojas, Special Rapporteur on the promotion and "
                 "protection of human rights in the context of climate change; Kofi Mensah-Larsen, Vice-Minister of "
                 "Justice of Ghana; and Kwame Ollantay-Strand, a member of the Board of Trustees of the United Nations "
                 "Voluntary Fund for Technical Cooperation in the Field of Human Rights.")
    assert ("org/sr-climate", "heldBy", "person/amara-tchividjian-rojas", "Reported") in got
    assert ("person/kwame-ollantay-strand", "memberOf", "org/vf-tc-board", "Reported") in got


def test_staff_of_a_states_counted_shelters_who_took_a_course_were_helped_by_its_organizers():
    got = _assists("2119 年 12 月，马拉维 30 个反家庭暴力庇护所的工作人员接受了儿基会与开发署联合开办的心理辅导培训。", zh=True)
    assert {("org/unicef", "state/MWI"), ("org/undp", "state/MWI")} <= got


def test_the_weeks_programme_put_together_by_a_body_is_its_help_to_the_visitors():
    got = _assists("Six staff members of the Human Rights Commission of Zambia spent a week in Nairobi in 2116, where the "
                   "Kenya National Commission on Human Rights showed them how it conducts its visits. The week's "
                   "programme was put together by UNDP, and Ireland covered the travel costs.")
    assert {("org/undp", "org/hrc-zambia"), ("state/IRL", "org/hrc-zambia")} <= got


# Goods a body received, then whom they came from (relate/furnished.py goods_came_from)


def test_kits_that_reached_a_states_police_and_came_from_a_body_were_its_help():
    got = _assists("Eight forensic kits reached the State Police of Latvia in 2116. They came from UNDP.")
    assert ("org/undp", "state/LVA") in got


def test_goods_received_then_paid_for_by_donors_named_in_the_next_sentence():
    got = _assists("The Human Rights Commission of Zambia received two vehicles and cameras in 2116. They were "
                   "donated by Norway.")
    assert ("state/NOR", "org/hrc-zambia") in got


def test_complaints_received_are_no_goods():
    got = _assists("The State Police of Latvia received eight complaints in 2116. They came from UNDP staff.")
    assert not got


def test_a_ministry_that_took_delivery_of_computers_from_a_body_was_helped_by_it():
    got = _assists("The Ministry of Justice of Zambia took delivery of computers from UNDP.")
    assert ("org/undp", "state/ZMB") in got

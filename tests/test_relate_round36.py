"""Round 36 (twenty-fourth session): forms read from the misses of the opened fifty-first, fifty-third and fifty-sixth
sets and of the new fifty-sixth and fifty-ninth development sets, each written here as a general form of the genre on
sentences of our own (no sentence of any report)."""

from __future__ import annotations

from test_relate_round21 import assists as _assists, facts, triples
from test_relate_zh_forms2 import assists as _zh_assists, facts as zh_facts, run as zh_run, stances as zh_stances, MBC

RTD = "concept/right-to-development"


# -- Chinese: plans undone, plans by the plan, help asked for and not given --------------------------------------------

def test_a_plan_carried_into_the_next_clause_is_undone_by_the_contrast():
    got = _zh_assists("人权高专办原拟与开发署合作，协助加纳设立国家防范机制，但由于经费不足，此项工作未能开展。")
    assert ("org/ohchr", "state/GHA", "Negated") in got
    assert ("org/ohchr", "state/GHA", "Planned") not in got


def test_agreed_funding_that_was_never_paid_is_negated():
    assert ("state/SWE", "state/GHA", "Negated") in _zh_assists("瑞典原已同意资助加纳的一个青年项目，但资金并未拨付。")


def test_what_was_to_be_done_by_the_plan_is_planned_not_recommended():
    got = _zh_assists("按原计划，开发署应于 2070 年 3 月为加纳法官举办一次研讨会，但研讨会已改期至 2071 年举行。")
    assert ("org/undp", "state/GHA", "Planned") in got
    assert not any(m == "Recommended" for _p, _r, m in got)


def test_help_asked_for_and_said_in_the_next_sentence_not_to_have_happened_is_negated():
    got = _zh_assists("加纳司法部曾请人权高专办为法官举办研讨会。由于经费不足，这项活动在本报告所述期间没有举办，也未列入明年计划。")
    assert ("org/ohchr", "state/GHA", "Negated") in got
    assert ("org/ohchr", "state/GHA", "Requested") not in got


def test_an_offer_to_give_written_advice_that_was_not_wanted():
    got = _zh_assists("开发署曾主动提出就选举法草案向多哥政府提供书面意见，但政府表示不需要此类意见。")
    assert got == {("org/undp", "state/TGO", "Negated")}


def test_written_advice_given_at_a_states_request():
    got = zh_facts("应加纳政府的请求，儿基会就少年司法条例草案提供了书面意见。")
    assert {("state/GHA", "requests", "org/unicef", "Reported"), ("org/unicef", "assists", "state/GHA", "Reported")} <= got


# -- Chinese: who carries out what, and for whom ----------------------------------------------------------------------

def test_the_body_named_with_a_place_before_a_relative_verb_carries_out_the_activity():
    got = _zh_assists("日本为开发署在加纳和多哥开展的选举培训提供了资金。")
    assert {("state/JPN", "state/GHA", "Reported"), ("state/JPN", "state/TGO", "Reported"),
            ("org/undp", "state/GHA", "Reported"), ("org/undp", "state/TGO", "Reported")} <= got
    assert ("state/JPN", "org/undp", "Reported") not in got


def test_funding_named_after_a_planned_activity_is_as_planned_as_it():
    got = _zh_assists("人权高专办将于 2070 年为加纳和多哥的官员开办培训，培训经费由挪威提供。")
    assert {("state/NOR", "state/GHA", "Planned"), ("state/NOR", "state/TGO", "Planned")} <= got
    assert not any(p == "state/NOR" and m == "Reported" for p, _r, m in got)


def test_expenses_met_from_a_fund():
    got = _zh_assists("人权高专办派出技术特派团前往多哥，特派团的全部开支从人权领域技术合作自愿基金中列支。")
    assert {("org/ohchr", "state/TGO", "Reported"), ("org/vf-tc", "state/TGO", "Reported")} <= got


def test_a_mission_sent_to_a_capital_and_a_workshop_held_there_for_counted_officials():
    assert ("org/ohchr", "state/GHA", "Reported") in _zh_assists("人权高专办派出由三名干事组成的技术特派团前往阿克拉。")
    assert ("org/ohchr", "state/GHA", "Reported") in _zh_assists("人权高专办在阿克拉为 30 名政府官员举办了讲习班。")


def test_an_opening_phrase_verb_is_no_activity_held_for_the_participants():
    assert ("org/ohchr", "state/TGO", "Reported") in _zh_assists("在编写报告期间，多哥的官员参加了人权高专办举办的培训。")


def test_the_states_own_body_named_through_its_pronoun_is_helped():
    got = _zh_assists("多哥介绍说，其卫生和社会服务部在儿基会和人口基金的共同支持下，制定了国家战略。")
    assert {("org/unicef", "state/TGO", "Reported"), ("org/unfpa", "state/TGO", "Reported")} <= got


def test_a_pronoun_after_a_request_phrase_is_the_one_asked():
    got = zh_facts("开发署介绍说，应多哥政府的要求，它审查了多哥的选举法草案。")
    assert ("state/TGO", "requests", "org/undp", "Reported") in got


def test_partners_whose_modal_follows_them_and_partners_who_agreed_on_a_plan():
    got = zh_facts("人权高专办与开发署将在阿克拉联合举办面向加纳法官的讲习班。")
    assert ("org/ohchr", "partnersWith", "org/undp", "Planned") in got or \
        ("org/undp", "partnersWith", "org/ohchr", "Planned") in got
    got = zh_facts("人权高专办与加纳政府商定了一份合作路线图。")
    assert any(p == "partnersWith" and m == "Reported" for _s, p, _o, m in got)


# -- Chinese: submissions and stances ---------------------------------------------------------------------------------

def test_a_submission_in_its_open_forms():
    assert ("state/TGO", "submittedInputTo", "@report", "Reported") in zh_facts(
        "多哥政府在为本报告提交的书面材料中表示，它支持互利合作。")
    got = zh_run("多哥作为该决议的共同提案国也提交了材料，但未对“互利合作”这一提法作出任何评论。")
    assert ("state/TGO", "submittedInputTo", "@report") in {(r.subject, r.predicate, r.object) for r in got.relations}
    assert ("state/TGO", "NotQuestioned", MBC) in {(s.holder, s.value, s.concept) for s in got.stances}


def test_a_meaning_to_be_clarified_at_some_level_and_a_notion_that_cannot_serve_as_a_yardstick():
    assert ("state/TGO", MBC, "Sceptical") in zh_stances("多哥表示支持互利合作，但认为其含义需要在国家层面进一步澄清。")
    assert ("state/TGO", MBC, "Critical") in zh_stances("多哥认为，“互利合作”的说法无法作为衡量合作的标准。")


def test_loss_and_damage_is_a_term_not_a_criticism():
    assert zh_stances("多哥认为，发展权对于应对气候变化造成的损失和损害至关重要。") == {("state/TGO", RTD, "Supportive")}


# -- English: where and for whom --------------------------------------------------------------------------------------

def test_a_workshop_in_a_capital_for_counted_people():
    assert ("org/undp", "state/GHA", "Reported") in _assists(facts(
        "In May 2071, UNDP held a workshop in Accra for 35 case-workers of the child protection service."))


def test_participants_who_included_officials_of_named_states():
    got = _assists(facts("OHCHR organized the seminar jointly with UNDP. The 40 participants included officials of the "
                         "ministries of justice and the interior of Ghana and Togo."))
    assert {("org/ohchr", "state/GHA", "Reported"), ("org/ohchr", "state/TGO", "Reported"),
            ("org/undp", "state/GHA", "Reported"), ("org/undp", "state/TGO", "Reported")} <= got


def test_counted_people_of_a_state_whatever_their_noun():
    got = _assists(facts("Egypt provided training in 2070 to 25 engineers of the water authorities of Ghana and of Togo."))
    assert {("state/EGY", "state/GHA", "Reported"), ("state/EGY", "state/TGO", "Reported")} <= got


def test_date_and_co_organizer_asides_in_a_row_between_verb_and_activity():
    got = triples(facts("The Office would organize in Accra, in 2072, in conjunction with UNDP, a training course for "
                        "officials of Ghana and Togo."))
    assert {("org/ohchr", "assists", "state/GHA", "Planned"), ("org/undp", "assists", "state/TGO", "Planned")} <= got
    assert any(p == "partnersWith" and m == "Planned" for _s, p, _o, m in got)
    assert not any(p == "partnersWith" and m == "Reported" for _s, p, _o, m in got)


def test_supporting_its_inclusion_is_a_position_not_help():
    got = triples(facts("Ghana proposed the notion of mutually beneficial cooperation, but Togo did not support its "
                        "inclusion in the conclusions."))
    assert not any(p == "assists" for _s, p, _o, _m in got)


# -- English: what was done, planned or not done -----------------------------------------------------------------------

def test_the_module_that_y_was_to_contribute_is_ys():
    got = _assists(facts("Ghana asked UNDP and UNICEF for training. UNDP trained 20 judges of Ghana. The module that "
                         "UNICEF was to contribute could not be delivered."))
    assert ("org/unicef", "state/GHA", "Negated") in got
    assert ("org/undp", "state/GHA", "Negated") not in got


def test_a_request_fulfilled_in_a_relative_clause_of_the_one_asked():
    got = triples(facts("The Ministry of Justice of Togo sought the advice of UNDP, which submitted written comments on "
                        "the draft code."))
    assert {("state/TGO", "requests", "org/undp", "Reported"), ("org/undp", "assists", "state/TGO", "Reported")} <= got


def test_preparing_a_seminar_plans_it_and_a_course_put_off_to_a_year_is_still_to_come():
    assert ("org/unesco", "state/TGO", "Planned") in _assists(facts("UNESCO is preparing a seminar for judges of Togo."))
    assert ("org/unodc", "state/TGO", "Planned") in _assists(facts(
        "A course for prison officers of Togo that UNODC had offered was put off until 2072."))


def test_an_advisory_visit_which_a_state_requested_and_which_did_not_take_place():
    got = triples(facts("The advisory visit of the Special Rapporteur on the right to food, which the Government of Togo "
                        "requested in 2070, did not take place."))
    assert {("state/TGO", "requests", "org/sr-food", "Reported"), ("org/sr-food", "assists", "state/TGO", "Negated")} <= got


# -- English: requests and money --------------------------------------------------------------------------------------

def test_at_the_instance_of_and_on_a_possessive_request_opening_the_sentence():
    got = triples(facts("At the instance of the Ministry of Labour of Ghana, the ILO reviewed the draft labour code."))
    assert {("state/GHA", "requests", "org/ilo", "Reported"), ("org/ilo", "assists", "state/GHA", "Reported")} <= got
    got = triples(facts("On the Ministry of Health of Togo's request, WHO trained 20 nurses."))
    assert {("state/TGO", "requests", "org/who", "Reported"), ("org/who", "assists", "state/TGO", "Reported")} <= got


def test_an_activity_met_from_a_fund():
    got = _assists(facts("UNDP supported the electoral commission of Togo, an activity met from the Peacebuilding Fund."))
    assert ("org/peacebuilding-fund", "state/TGO", "Reported") in got


def test_a_contribution_to_it_after_one_to_the_fund_and_money_paid_into_a_fund():
    found = facts("Sweden contributed SEK 2 million to the United Nations Voluntary Fund for Technical Cooperation in the "
                  "Field of Human Rights in 2070, and Ghana announced a contribution of US$ 5,000 to it for 2071.")
    assert {(c.contributor, c.recipient) for c in found.contributions} == {("state/SWE", "org/vf-tc"),
                                                                             ("state/GHA", "org/vf-tc")}
    assert not any(p == "assists" for _s, p, _o, _m in triples(found))
    found = facts("The Government of Togo paid US$ 15,000 into the United Nations Voluntary Fund for Technical "
                  "Cooperation in the Field of Human Rights in 2071.")
    assert {(c.contributor, c.recipient) for c in found.contributions} == {("state/TGO", "org/vf-tc")}


# -- a country report's national bodies -------------------------------------------------------------------------------

EN_FRONT = ("A/HRC/99/1\n\nHuman Rights Council\nNinety-ninth session\nAgenda item 10\nTechnical assistance and "
            "capacity-building\n\n{title}\n\nReport of the Office of the United Nations High Commissioner for Human "
            "Rights\n\n")


def en_titled(title: str, *paragraphs: str):
    from tacb_graph.records import Source
    from tacb_graph.recognise import recognise
    from tacb_graph.relate import relate
    from tacb_graph.segment import segment

    text = EN_FRONT.format(title=title) + "".join(f"{i}. {p}\n\n" for i, p in enumerate(paragraphs, 1))
    return relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))


def test_counted_people_of_an_unnamed_national_body_in_a_country_report_are_its_states():
    got = zh_facts("多哥于 2060 年设立了国家报告和后续行动机制。", "开发署为机制秘书处的 12 名工作人员开办了数据库培训。",
                   title="多哥国家报告和后续行动机制的能力建设")
    assert ("org/undp", "assists", "state/TGO", "Reported") in got
    got = _assists(en_titled("Technical assistance to Togo in the field of transitional justice",
                             "UNDP held a workshop in 2070 for 30 statement-takers of the Reconciliation Commission."))
    assert ("org/undp", "state/TGO", "Reported") in got


def test_a_body_the_unit_named_before_is_that_body_not_the_state():
    got = zh_facts("多哥国家人权委员会继续得到人权高专办的支持。人权顾问为国家人权委员会的 20 名工作人员举办了培训。",
                   title="多哥国家报告和后续行动机制的能力建设")
    assert not any(o == "state/TGO" and p == "assists" for _s, p, o, _m in got)


def test_a_thematic_report_reads_no_state_for_unnamed_people():
    got = zh_facts("开发署为机制秘书处的 12 名工作人员开办了数据库培训。", title="人权与小岛屿发展中国家")
    assert not any(p == "assists" for _s, p, _o, _m in got)


def test_an_unknown_national_body_helped_in_a_country_report():
    got = _assists(en_titled("Technical assistance to Togo in the field of transitional justice",
                             "UN-Women helped the Reconciliation Commission to organize hearings for survivors."))
    assert ("org/unwomen", "state/TGO", "Reported") in got


# -- more English forms -----------------------------------------------------------------------------------------------

def test_experience_shared_with_people_of_a_body_of_a_state():
    assert ("state/MAR", "state/TGO", "Reported") in _assists(facts(
        "Morocco shared its experience of rural electrification with engineers of the national energy agency of Togo."))


def test_a_project_on_hold_and_a_consultant_agreed_since():
    assert {("org/unicef", "state/MLI", "Negated"), ("org/who", "state/MLI", "Negated")} <= _assists(facts(
        "In Mali, a project of UNICEF and the World Health Organization (WHO) to equip 60 rural clinics had been on hold "
        "since 2070."))
    assert ("org/undp", "state/MLI", "Planned") in _assists(facts(
        "Mali requested UNDP to support the drafting of a policy; UNDP has since undertaken to deploy a consultant."))


def test_a_visit_intended_to_assist_and_put_off_without_a_date_did_not_happen():
    got = _assists(facts("An advisory visit of the Special Rapporteur on the right to food, intended to assist the "
                         "authorities of Togo in revising the land code, was postponed by the Government without a new "
                         "date being set."))
    assert got == {("org/sr-food", "state/TGO", "Negated")}
    got = _assists(facts("An advisory visit of the Special Rapporteur on the right to food, meant to assist the Government "
                         "of Togo, had been agreed for May 2070. The visit was deferred and no new dates have been "
                         "proposed."))
    assert got == {("org/sr-food", "state/TGO", "Negated")}


def test_reporting_to_a_treaty_body_names_no_recipient():
    got = _assists(facts("The Office ran a workshop in Lome, in association with UNDP, on reporting to the Human Rights "
                         "Committee."))
    assert not any(r == "org/ccpr" for _p, r, _m in got)


def test_the_owner_of_a_proposal_to_run_a_course_would_have_run_it():
    got = _assists(facts("The Council of Europe trained judges of Ghana in 2070. IDLO's proposal to run a further course "
                         "in Accra for magistrates of Togo and Benin has been put on hold until funding is found."))
    assert {("org/idlo", "state/TGO", "Negated"), ("org/idlo", "state/BEN", "Negated")} <= got
    assert not any(p == "org/coe" and r in ("state/TGO", "state/BEN") for p, r, _m in got)


def test_a_request_by_an_unknown_national_body_in_a_country_report():
    got = triples(en_titled("Technical assistance to Togo in the field of transitional justice",
                            "By a letter of May 2070, the Interministerial Committee for Human Rights asked UNDP to "
                            "assist in the preparation of a national plan."))
    assert ("state/TGO", "requests", "org/undp", "Reported") in got


def test_fielding_a_mission_and_a_field_office():
    assert ("org/ohchr", "state/TGO", "Planned") in _assists(facts("OHCHR will field a scoping mission to Lome in 2071."))
    assert not _assists(facts("UNDP opened a field office in Lome."))

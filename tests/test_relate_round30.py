"""Round 30 (eighteenth session): forms read from the opened thirty-seventh and the new forty-fourth and forty-fifth
development sets' misses, each written here as a general form of the genre on sentences of our own (no sentence of any
report)."""

from __future__ import annotations

from test_relate_round21 import facts, triples
from test_relate_round28 import en_run
from test_relate_zh_forms2 import facts as zh_facts


def _assists(found) -> set[tuple[str, str, str]]:
    return {(s, o, m) for s, p, o, m in triples(found) if p == "assists"}


def _contributions(found) -> set[tuple[str, str | None, str | None]]:
    return {(c.contributor, c.recipient, c.currency) for c in found.contributions}


# -- a State's name inside another State's name names no State -----------------------------------------------------

def test_the_government_after_a_mandate_on_south_sudan_is_south_sudan_not_the_sudan():
    got = triples(facts("By its resolution 131/4, the Human Rights Council established the Commission on Human Rights "
                        "in South Sudan. It requested the Commission to identify, together with the Government, the "
                        "areas where technical assistance is needed."))
    assert not any("state/SDN" in (s, o) for s, _p, o, _m in got)


# -- "; it also requested": the pronoun after a semicolon is the actor the sentence began with ------------------------

def test_it_also_requested_after_a_semicolon_is_the_council_not_the_mandate_asked_before():
    got = triples(facts("By its resolution 131/9, the Human Rights Council established the mandate of the Independent "
                        "Expert on the situation of human rights in Somalia. It requested the Independent Expert to "
                        "report to the Council; it also requested OHCHR to provide the Independent Expert with all "
                        "the assistance necessary."))
    assert ("resolution/A/HRC/RES/131/9", "requests", "org/ohchr", "Reported") in got
    assert not any(p == "requests" and o == "org/ohchr" and s != "resolution/A/HRC/RES/131/9"
                   for s, p, o, _m in got)


def test_a_state_that_indicated_that_it_cooperated_keeps_its_partners():
    got = triples(facts("Portugal indicated that it cooperated with Angola and Mozambique in the training of judges."))
    assert ("state/PRT", "partnersWith", "state/AGO", "Reported") in got


# -- CFA francs: the contributor's zone ------------------------------------------------------------------------------

def test_cfa_francs_are_central_african_for_cameroon_and_west_african_for_senegal():
    got = _contributions(facts("The Government of Cameroon contributed 30 million CFA francs to OHCHR in 2030. "
                               "Senegal contributed 10 million CFA francs to OHCHR in 2031."))
    assert ("state/CMR", "org/ohchr", "XAF") in got
    assert ("state/SEN", "org/ohchr", "XOF") in got


# -- an activity in a relative clause, postponed with no new date -------------------------------------------------------

def test_a_seminar_the_relative_clause_planned_and_the_authorities_postponed_sine_die_was_not_given():
    got = _assists(facts("A seminar for magistrates of Chad, which the International Commission of Jurists was to hold "
                         "in N'Djamena in May 2031, was postponed by the authorities, and no new date has been set."))
    assert ("org/icj-jurists", "state/TCD", "Negated") in got
    assert ("org/icj-jurists", "state/TCD", "Reported") not in got


# -- a directorate named without its State --------------------------------------------------------------------------

def test_a_directorate_general_named_without_its_state_is_the_states_named_before():
    got = _assists(facts("Chad adopted a prison reform in 2030. UNDP advised the Directorate General of Prisons on "
                         "the new regulations."))
    assert ("org/undp", "state/TCD", "Reported") in got


def test_a_request_a_national_board_made_for_an_assessment_and_a_refusal():
    got = triples(facts("Liberia held elections in 2030. In 2031, the International Organization of la Francophonie "
                        "refused a request by the National Electoral Board for an assessment of the voters' roll."))
    assert ("state/LBR", "requests", "org/oif", "Reported") in got
    assert ("org/oif", "state/LBR", "Negated") in {(s, o, m) for s, p, o, m in got if p == "assists"}


def test_a_request_refused_after_an_aside_is_help_not_given():
    got = _assists(facts("Liberia held elections in 2030. In 2031, the International Organization of la Francophonie "
                         "refused, for lack of resources, a request by the National Electoral Board for an assessment "
                         "of the voters' roll."))
    assert ("org/oif", "state/LBR", "Negated") in got
    assert ("org/oif", "state/LBR", "Reported") not in got


# -- took part in a programme of Y: Y's help ----------------------------------------------------------------------------

def test_officials_who_took_part_in_a_training_programme_of_a_body_were_helped_by_it():
    got = _assists(facts("Forty police officers of the Niger took part in a training programme of UNODC on border "
                         "management in 2030."))
    assert ("org/unodc", "state/NER", "Reported") in got


def test_a_programme_of_a_state_is_no_owner_who_helped():
    got = _assists(facts("Forty police officers of the Niger took part in a training programme of Chad in 2030."))
    assert not any(s == "state/TCD" for s, _o, _m in got)


# -- an offer that a later clause says was not taken up -----------------------------------------------------------------

def test_an_offer_to_advise_that_the_government_has_not_taken_up_is_negated():
    got = _assists(facts("The Subcommittee on Prevention of Torture has offered to advise the Government of Malawi on "
                         "its national preventive mechanism; the Government has not taken up that offer."))
    assert ("org/spt", "state/MWI", "Negated") in got
    assert ("org/spt", "state/MWI", "Planned") not in got


def test_an_offer_with_no_refusal_stays_planned():
    got = _assists(facts("The Subcommittee on Prevention of Torture has offered to advise the Government of Malawi on "
                         "its national preventive mechanism in 2031."))
    assert ("org/spt", "state/MWI", "Negated") not in got


# -- a sentence naming the recipient of the contributions that follow ---------------------------------------------------

def test_contributions_after_a_sentence_on_contributions_to_ohchr_go_to_ohchr():
    got = _contributions(facts("The work of the adviser relies on voluntary contributions to OHCHR. Denmark "
                               "contributed DKK 1.5 million in 2030, and Ireland EUR 120,000 in 2031."))
    assert ("state/DNK", "org/ohchr", "DKK") in got
    assert ("state/IRL", "org/ohchr", "EUR") in got


# -- a post of the body named before, paid for by a State ----------------------------------------------------------------

def test_the_post_of_its_adviser_financed_by_a_state_is_help_to_the_office():
    got = _assists(facts("The OHCHR Country Office in Guinea maintained two sub-offices in 2031. Since March 2031, the "
                         "post of its gender adviser has been financed by Ireland."))
    assert ("state/IRL", "org/ohchr-guinea", "Reported") in got


# -- support for "the visit": the one the unit said visited -------------------------------------------------------------

def test_support_for_the_visit_goes_to_the_visitor_named_sentences_before():
    got = _assists(facts("The Independent Expert on the enjoyment of human rights by persons with albinism, Ana Lima, "
                         "visited Malawi in May 2031. In Lilongwe and Blantyre, she met ministers, judges, the Malawi "
                         "Human Rights Commission and the United Nations country team. The Regional Office for Southern Africa provided logistical "
                         "support for the visit."))
    assert ("org/ohchr-southern-africa", "org/ie-albinism", "Reported") in got


# -- an activity with no recipient, in a unit that names one State ---------------------------------------------------------

def test_a_workshop_with_no_recipient_in_a_country_reports_passage_on_its_state_is_for_that_state():
    got = _assists(en_run("Togo ratified the Optional Protocol to the Convention against Torture in 2030. In 2031, "
                          "OHCHR organized a workshop on the establishment of a national preventive mechanism.",
                          title="Technical cooperation between Togo and the Office of the United Nations High "
                                "Commissioner for Human Rights"))
    assert ("org/ohchr", "state/TGO", "Reported") in got


def test_a_workshop_with_no_recipient_after_a_state_other_than_the_titles_has_none():
    got = _assists(en_run("Slovakia chaired the panel in 2030. In 2031, OHCHR organized a workshop on the "
                          "establishment of a national preventive mechanism.",
                          title="Technical cooperation between Togo and the Office of the United Nations High "
                                "Commissioner for Human Rights"))
    assert not any(o == "state/SVK" for _s, o, _m in got)


# -- Chinese: a request coordinated after a recommended one; a ministry's long name; a series ------------------------------

def test_zh_encouragement_coordinated_after_a_recommended_request_is_recommended():
    got = zh_facts("秘书长建议人权理事会请人权高专办继续向莱索托提供技术援助，并鼓励劳工组织继续支持莱索托改革劳动法。",
                   predicate="assists")
    assert ("org/ilo", "assists", "state/LSO", "Recommended") in got
    assert ("org/ilo", "assists", "state/LSO", "Requested") not in got


def test_zh_the_same_coordination_under_a_plain_request_stays_requested():
    got = zh_facts("人权理事会请人权高专办继续向莱索托提供技术援助，并鼓励劳工组织继续支持莱索托改革劳动法。",
                   predicate="assists")
    assert ("org/ilo", "assists", "state/LSO", "Requested") in got


def test_zh_at_the_request_of_a_ministry_with_a_long_name():
    got = zh_facts("应莱索托司法、宪法事务、人权和惩教事务部的请求，开发署于 2031 年 3 月派出专家，就刑法修正案草案提供了咨询。")
    assert ("state/LSO", "requests", "org/undp", "Reported") in got


def test_zh_funders_of_that_series_of_trainings_help_its_trainees():
    got = zh_facts("开发署为莱索托的 80 名检察官举办了关于少年司法的系列培训。荷兰为该系列培训提供了资金。",
                   predicate="assists")
    assert ("state/NLD", "assists", "state/LSO", "Reported") in got


def test_zh_an_offer_made_once_that_could_not_be_carried_out_is_negated():
    got = zh_facts("防范酷刑小组委员会曾提出愿就设立国家防范机制向莱索托提供咨询，但由于经费限制，原定的咨询访问未能进行。",
                   predicate="assists")
    assert ("org/spt", "assists", "state/LSO", "Negated") in got


def test_zh_the_office_of_a_report_on_an_ohchr_country_office_is_that_office():
    got = zh_facts("人权高专办中东和北非区域办事处于 2031 年向毛里塔尼亚提供了法律咨询。",
                   "办事处为毛里塔尼亚司法部的 40 名官员举办了培训。",
                   predicate="assists", title="人权高专办毛里塔尼亚办事处的工作及其技术合作方案")
    assert ("org/ohchr-mauritania", "assists", "state/MRT", "Reported") in got


# -- who held the activity that people took part in: a relative clause, a co-organizer after the by-agent ---------------

def test_judges_who_took_part_in_seminars_which_a_body_organized_were_helped_by_it():
    got = _assists(facts("Some 180 judges of Kyrgyzstan took part in six seminars on the prohibition of torture, which "
                         "the OHCHR Regional Office for Central Asia organized in Bishkek and Osh."))
    assert ("org/ohchr-central-asia", "state/KGZ", "Reported") in got


def test_sessions_organized_by_x_jointly_with_y_are_both_and_a_partnership():
    got = triples(facts("OHCHR deployed a human rights adviser to Kenya in 2029. Some 140 magistrates of Kenya attended "
                        "five sessions on fair trial guarantees in 2030, organized by the Office's adviser jointly with "
                        "the United Nations Office on Drugs and Crime."))
    assert ("org/unodc", "assists", "state/KEN", "Reported") in got
    assert ("org/ohchr", "partnersWith", "org/unodc", "Reported") in got
    assert ("state/KEN", "partnersWith", "org/unodc", "Reported") not in got


# -- "the Special Rapporteur" of a special rapporteur's report: its author, unless its own unit named another ------------

def _zh_authored(*paragraphs: str):
    from tacb_graph.recognise import recognise
    from tacb_graph.records import Source
    from tacb_graph.relate import relate
    from tacb_graph.segment import segment
    text = ("A/HRC/99/1\n\n人权理事会\n第九十九届会议\n议程项目 4\n\n柬埔寨人权状况\n\n柬埔寨人权状况特别报告员的报告\n\n"
            + "".join(f"{i}. {p}\n\n" for i, p in enumerate(paragraphs, 1)))
    return relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))


def test_zh_the_special_rapporteur_after_another_rapporteur_a_paragraph_before_is_the_author():
    found = _zh_authored("宗教或信仰自由问题特别报告员于 2030 年访问了柬埔寨。",
                         "特别报告员建议柬埔寨政府请人权高专办就设立国家人权机构提供技术援助。")
    got = {(r.subject, r.predicate, r.object, r.modality, r.requested_by) for r in found.relations}
    assert ("state/KHM", "requests", "org/ohchr", "Recommended", "org/sr-cambodia") in got


def test_zh_the_special_rapporteur_its_own_unit_named_is_that_one():
    found = _zh_authored("宗教或信仰自由问题特别报告员于 2030 年访问了柬埔寨；特别报告员建议柬埔寨政府请人权高专办提供技术援助。")
    got = {(r.subject, r.predicate, r.object, r.modality, r.requested_by) for r in found.relations}
    assert ("state/KHM", "requests", "org/ohchr", "Recommended", "org/sr-religion") in got


# -- a count before 来自 X 的: the people are still X's ------------------------------------------------------------------

def test_zh_a_training_for_a_count_of_people_from_a_state():
    got = zh_facts("人权高专办于 2031 年在日内瓦为 15 名来自柬埔寨的民间社会代表举办了培训。", predicate="assists")
    assert ("org/ohchr", "assists", "state/KHM", "Reported") in got


def test_zh_an_offer_the_government_declined_in_a_later_clause_is_negated():
    got = zh_facts("大韩民国政府提出为伯利兹的法官举办培训，伯利兹政府以时间不便为由谢绝了这一提议。", predicate="assists")
    assert ("state/KOR", "assists", "state/BLZ", "Negated") in got
    assert ("state/KOR", "assists", "state/BLZ", "Planned") not in got


def test_zh_a_study_programme_held_for_officials_of_three_states():
    got = zh_facts("新加坡介绍说，它于 2031 年为柬埔寨、老挝和缅甸的教育官员举办了关于课程改革的研修。", predicate="assists")
    assert {("state/SGP", "assists", k, "Reported") for k in ("state/KHM", "state/LAO", "state/MMR")} <= got


def test_help_the_one_asked_could_not_meet_in_the_next_sentence_is_negated():
    got = _assists(facts("In January 2031, the Government of Peru requested OHCHR to provide forensic expertise to its "
                         "search commission. OHCHR could not meet the request, as no resources were available."))
    assert ("org/ohchr", "state/PER", "Negated") in got
    assert ("org/ohchr", "state/PER", "Requested") not in got


def test_zh_an_item_of_a_recommendation_list_after_an_item_naming_another_actor():
    got = zh_facts("特别报告员建议柬埔寨政府：(a) 接受任意拘留问题工作组的访问；(b) 请人权高专办就设立国家人权机构提供技术援助。")
    assert ("state/KHM", "requests", "org/ohchr", "Recommended") in got
    assert ("org/ohchr", "assists", "state/KHM", "Recommended") in got

"""Round 25 (thirteenth session): forms read from the opened twenty-fifth, twenty-ninth and thirtieth sets' misses,
each written here as a general form of the genre on sentences of our own (no sentence of any report)."""

from __future__ import annotations

from test_relate_round21 import facts, triples


def test_the_office_is_ohchr_when_another_office_was_named_as_often():
    got = triples(facts("OHCHR works in Chad in close coordination with the Office of the Special Adviser on Africa "
                        "(OSAA).\n\n2. The Ministry of Justice of Chad asked the Office to review its draft penal code."))
    assert ("state/TCD", "requests", "org/ohchr", "Reported") in got
    assert not any("org/osaa" in (s, o) and p == "requests" for s, p, o, _m in got)


def test_a_later_possessive_of_the_unit_is_its_opening_speakers_body():
    got = triples(facts("The panellists were Ana Lund-Ferreira, head of the shelter unit of the United Nations "
                        "Children's Fund (UNICEF), and Marc Dubois.\n\n2. Ms. Lund-Ferreira explained that UNICEF had "
                        "worked with the World Bank in Chad. Peru had requested the support of her organization for a "
                        "survey of schools."))
    assert ("state/PER", "requests", "org/unicef", "Reported") in got
    assert not any(o == "org/world-bank" and p == "requests" for s, p, o, _m in got)


def test_an_effort_paid_for_by_a_state():
    got = triples(facts("FAO advised the Ministry of Agriculture of Peru on a draft land law, an effort paid for by "
                        "Norway."))
    assert ("state/NOR", "assists", "state/PER", "Reported") in got


def test_training_at_the_expense_of_an_institution():
    got = triples(facts("The Kenya National Commission on Human Rights trained staff of the Ombudsman of Peru at the "
                        "expense of the Danish Institute for Human Rights."))
    assert ("org/dihr", "assists", "org/ombudsman-peru", "Reported") in got


def test_a_request_the_one_asked_agreed_to_and_will_field_a_mission_for_is_planned():
    got = triples(facts("Chad asked OHCHR to help its national human rights commission draft a strategy; the Office "
                        "has agreed and will field a mission to N'Djamena in May."))
    assert ("org/ohchr", "assists", "state/TCD", "Planned") in got
    assert ("org/ohchr", "assists", "state/TCD", "Requested") not in got


def test_the_activities_of_a_body_financed_in_part_by_contributions_listed_after_a_colon():
    found = facts("The activities of UNICEF in Chad were financed in part by voluntary contributions received in 2030: "
                  "500,000 euros from Ireland and US$1.5 million from Kuwait.")
    assert {(c.contributor, c.recipient) for c in found.contributions} == {
        ("state/IRL", "org/unicef"), ("state/KWT", "org/unicef")}


def test_a_grant_in_an_opening_phrase_goes_to_the_main_clause_subject():
    found = facts("With a grant of €40,000 from the European Union for 2030–2031, the National Human Rights "
                  "Commission of Nepal hired three monitors.")
    assert {(c.contributor, c.recipient, c.amount) for c in found.contributions} == {
        ("org/eu", "org/nhrc-nepal", "40000")}
    assert ("org/eu", "assists", "org/nhrc-nepal", "Reported") in triples(found)


def test_a_request_opening_the_sentence_ends_at_its_comma_before_a_coordinated_subject():
    got = triples(facts("At the request of the National Human Rights Commission of Nepal, OHCHR and UN-Women jointly "
                        "prepared a manual on the investigation of complaints."))
    assert {("org/nhrc-nepal", "requests", "org/ohchr", "Reported"), ("org/nhrc-nepal", "requests", "org/unwomen", "Reported"),
            ("org/ohchr", "assists", "org/nhrc-nepal", "Reported"), ("org/unwomen", "assists", "org/nhrc-nepal", "Reported"),
            ("org/ohchr", "partnersWith", "org/unwomen", "Reported")} <= got
    assert not any(p == "requests" and o == "org/nhrc-nepal" for s, p, o, _m in got)


def test_a_bodys_own_work_supported_by_contributions():
    found = facts("UNICEF's work in Chad was supported by contributions from Japan (48 million yen in 2030) and "
                  "Luxembourg (€120,000 in 2030).")
    assert {(c.contributor, c.recipient) for c in found.contributions} == {
        ("state/JPN", "org/unicef"), ("state/LUX", "org/unicef")}


def test_a_pledge_in_tugriks():
    found = facts("The Government of Mongolia has pledged 400 million tugriks to UNICEF for 2031.")
    assert {(c.contributor, c.recipient, c.amount, c.currency) for c in found.contributions} == {
        ("state/MNG", "org/unicef", "400000000", "MNT")}


def test_a_request_from_a_states_organ_still_under_consideration_by_the_body_asked():
    got = triples(facts("A request from the General Police Department of Chad for a training course on the use of "
                        "force was still under consideration by UNDP at the time of writing."))
    assert ("state/TCD", "requests", "org/undp", "Reported") in got
    assert ("org/undp", "assists", "state/TCD", "Requested") in got


def test_a_request_turned_down_by_the_body_approached():
    got = triples(facts("The Ministry of Defence of Chad had also approached UNDP for surveillance equipment; UNDP "
                        "turned the request down."))
    assert ("org/undp", "assists", "state/TCD", "Negated") in got


def test_a_request_not_yet_answered_is_still_asked_for():
    got = triples(facts("Chad said that its request to UNEP for help in assessing water quality had not yet been "
                        "answered."))
    assert ("org/unep", "assists", "state/TCD", "Requested") in got


def test_states_coordinating_their_support_to_a_state_each_help_it():
    got = triples(facts("Bulgaria, Greece and Malta agreed in 2030 to coordinate their support to the security sector "
                        "of Chad."))
    assert {("state/BGR", "assists", "state/TCD", "Reported"), ("state/GRC", "assists", "state/TCD", "Reported"),
            ("state/BGR", "partnersWith", "state/MLT", "Reported")} <= got


def test_states_agreeing_to_coordinate_their_support_made_the_arrangement():
    got = triples(facts("In May 2030, Estonia, Latvia and Luxembourg agreed to coordinate their support for the reform "
                        "of the prison system of Chad through a joint project implemented by UNDP."))
    assert {("state/EST", "partnersWith", "state/LVA", "Reported"), ("state/EST", "assists", "state/TCD", "Reported"),
            ("state/LUX", "assists", "state/TCD", "Reported")} <= got
    assert not any(m == "Planned" for s, p, o, m in got if p == "partnersWith")


def test_an_ngo_that_received_money_from_a_fund_is_helped_by_it():
    found = facts("The Danish Institute for Human Rights ran a seminar. The Institute received US$ 85,000 from the "
                  "United Nations Democracy Fund for 2030–2031 to run a legal aid hotline.")
    assert {(c.contributor, c.recipient) for c in found.contributions} == {("org/undef", "org/dihr")}
    assert ("org/undef", "assists", "org/dihr", "Reported") in triples(found)


def test_the_bureau_refers_back_to_a_bureau():
    found = facts("OHCHR worked with the Kazakhstan International Bureau for Human Rights and the Rule of Law. The "
                  "Bureau received US$ 5,000 from the United Nations Democracy Fund.")
    assert {(c.contributor, c.recipient) for c in found.contributions} == {("org/undef", "org/kibhr")}


# Chinese (part 2, on the opened twenty-fifth and twenty-ninth sets)

def test_an_amount_written_in_chinese_numerals():
    found = facts("2030年，人权高专办在乍得的活动获得以下预算外捐款：荷兰五十五万欧元；日本一千二百万日元。")
    assert {(c.contributor, c.recipient, c.amount, c.currency) for c in found.contributions} == {
        ("state/NLD", "org/ohchr", "550000", "EUR"), ("state/JPN", "org/ohchr", "12000000", "JPY")}


def test_an_invitation_originally_made_then_withdrawn_gives_no_help():
    got = triples(facts("乍得政府原本邀请联合国教育、科学及文化组织(教科文组织)于2030年派遣专家，协助审查新闻法，但该国政府后来"
                        "取消了这一邀请。"))
    assert ("org/unesco", "assists", "state/TCD", "Negated") in got


def test_an_offer_the_government_said_it_did_not_need():
    got = triples(facts("开发署提出为乍得国家人权委员会提供咨询，但乍得政府表示暂不需要此类协助。"))
    assert ("org/undp", "assists", "org/nhrc-chad", "Negated") in got


def test_a_plan_to_work_with_a_partner_is_a_plan():
    got = triples(facts("人权高专办计划与亚洲开发银行合作，于2031年为乍得司法部官员举办培训。"))
    assert ("org/ohchr", "assists", "state/TCD", "Planned") in got
    assert ("org/adb", "partnersWith", "org/ohchr", "Planned") in got or ("org/ohchr", "partnersWith", "org/adb", "Planned") in got


def test_an_activity_that_received_a_funds_money_in_the_next_sentence():
    got = triples(facts("人权高专办在乍得举办了三期研讨会。研讨会得到建设和平基金的资助。"))
    assert ("org/peacebuilding-fund", "assists", "state/TCD", "Reported") in got


# English (part 3)

def test_a_ministry_named_without_its_state_is_the_state_the_unit_named():
    got = triples(facts("At the request of the Government of Tonga, OHCHR held a workshop for officials of the Ministry "
                        "of Family, Labour and Social Protection."))
    assert ("org/ohchr", "assists", "state/TON", "Reported") in got


def test_a_ministry_named_without_its_state_in_a_country_report_is_that_country():
    got = triples(facts("OHCHR trained judges of Mongolia.\n\n2. UNICEF advised Mongolia on child benefits.\n\n3. The "
                        "Special Rapporteur on the situation of human rights defenders advised the Ministry of Justice "
                        "and Home Affairs on the regulations."))
    assert ("org/sr-hrd", "assists", "state/MNG", "Reported") in got


def test_support_that_was_suspended_was_not_given():
    got = triples(facts("The support of WHO to the Ministry of Health of Chad for the review of psychiatric institutions "
                        "was suspended in December 2030, pending an audit."))
    assert ("org/who", "assists", "state/TCD", "Negated") in got
    assert ("org/who", "assists", "state/TCD", "Reported") not in got


def test_a_joint_training_received_makes_no_partners_of_those_trained():
    got = triples(facts("Civil registrars of Montenegro and Albania had received joint training from UNICEF, paid for by "
                        "Finland."))
    assert not any(p == "partnersWith" and {s, o} == {"state/MNE", "state/ALB"} for s, p, o, _m in got)
    assert ("org/unicef", "assists", "state/MNE", "Reported") in got


def test_a_state_that_donated_equipment():
    got = triples(facts("China said that it had donated registration equipment to the Lao People's Democratic Republic."))
    assert ("state/CHN", "assists", "state/LAO", "Reported") in got


def test_her_agency_is_the_speakers_agency():
    got = triples(facts("The panellists were Ana Lund-Ferreira, Director of International Protection at UNHCR; and Marc "
                        "Dubois.\n\n2. Ms. Lund-Ferreira explained that her agency had deployed experts to the civil "
                        "registry of Chad with funding from the European Union."))
    assert {("org/unhcr", "assists", "state/TCD", "Reported"), ("org/eu", "assists", "state/TCD", "Reported")} <= got


def test_equipping_the_units_of_prisons_in_a_state():
    got = triples(facts("The International Committee of the Red Cross equipped the medical units of five prisons in Chad."))
    assert ("org/icrc", "assists", "state/TCD", "Reported") in got


def test_a_workshop_in_a_city_for_the_staff_of_an_institution():
    got = triples(facts("Two members of the Subcommittee on Prevention of Torture ran a workshop in Beirut for the staff "
                        "of the National Human Rights Commission of Lebanon."))
    assert ("org/spt", "assists", "org/nhrc-lebanon", "Reported") in got


def test_training_provided_by_a_body_that_was_suspended():
    got = triples(facts("The training provided by UNODC to prison staff of Chad had been suspended in 2030."))
    assert ("org/unodc", "assists", "state/TCD", "Negated") in got


# Chinese (part 5)

def test_a_training_suspended_with_no_new_date_did_not_take_place():
    got = triples(facts("应乍得警察局的请求，人权高专办原定于2030年8月为40名警官举办培训。由于安全局势，这项培训被暂停，至今尚未确定新的日期。"))
    assert ("org/ohchr", "assists", "state/TCD", "Negated") in got


def test_a_request_the_office_did_not_agree_to():
    got = triples(facts("乍得内政部请人权高专办为拘留中心采购监控设备。人权高专办未同意这一请求，因为此类采购超出其任务范围。"))
    assert ("state/TCD", "requests", "org/ohchr", "Reported") in got
    assert ("org/ohchr", "assists", "state/TCD", "Negated") in got


def test_an_offer_declined_in_the_next_sentence():
    got = triples(facts("防止酷刑协会提出派遣一个咨询团，协助乍得设立国家防范机制。乍得政府表示目前不宜开展此项工作，婉拒了这一提议。"))
    assert ("org/apt", "assists", "state/TCD", "Negated") in got
    assert ("org/apt", "assists", "state/TCD", "Reported") not in got


def test_an_adviser_the_office_has_in_a_state_and_the_states_paying_for_the_post():
    got = triples(facts("自2030年起，人权高专办在乍得设有一名人权顾问。2031年，该顾问职位的经费由奥地利和比利时共同提供。"))
    assert {("org/ohchr", "assists", "state/TCD", "Reported"), ("state/AUT", "assists", "state/TCD", "Reported"),
            ("state/BEL", "assists", "state/TCD", "Reported")} <= got


def test_help_originally_planned_and_then_suspended_was_not_given():
    got = triples(facts("人权高专办原定于2030年11月派出两名专家协助乍得，但由于议会审议一再推迟，这项协助被暂停，至今尚未恢复。"))
    assert ("org/ohchr", "assists", "state/TCD", "Negated") in got


def test_diplomats_who_attended_a_training_held_by_a_body():
    got = triples(facts("乍得外交部的25名外交官于2030年参加了联合国训练研究所举办的条约报告培训。"))
    assert ("org/unitar", "assists", "state/TCD", "Reported") in got


# English (part 7)

def test_states_coordinating_their_bilateral_support_to_an_institution():
    got = triples(facts("In 2030, Estonia, Latvia and Lithuania agreed to coordinate their bilateral support to the "
                        "Office of the Human Rights Defender of Armenia."))
    assert ("state/EST", "assists", "org/hrd-armenia", "Reported") in got


def test_the_institution_is_the_one_the_report_names_most_when_its_unit_names_none():
    got = triples(facts("OHCHR advised the Office of the Human Rights Defender of Armenia.\n\n2. The Human Rights "
                        "Defender of Armenia held a seminar. The Ombudsman of the Republic of Latvia gave a lecture.\n\n3. "
                        "The High Commissioner encourages UNDP to continue its support to the institution."))
    assert ("org/undp", "assists", "org/hrd-armenia", "Requested") in got


def test_a_grant_for_a_period_that_allows_an_ngo_to_work_in_a_state():
    got = triples(facts("A grant of US$185,000 awarded by the United Nations Democracy Fund for 2030–2031 allows CIVICUS: "
                        "World Alliance for Citizen Participation to support community organizations in the regions "
                        "of Armenia."))
    assert {("org/undef", "assists", "org/civicus", "Reported"), ("org/civicus", "assists", "state/ARM", "Reported")} <= got


def test_the_commissioner_refers_back_to_a_national_commissioner():
    got = triples(facts("The Commissioner for Human Rights of the Republic of Kazakhstan visited prisons. The "
                        "Subcommittee on Prevention of Torture advised the Commissioner during its visit."))
    assert ("org/spt", "assists", "org/ombudsman-kazakhstan", "Reported") in got


def test_a_request_to_train_turned_down():
    got = triples(facts("OHCHR turned down a request from the Ministry of Internal Affairs of Kazakhstan to train "
                        "officers of the migration police."))
    assert ("state/KAZ", "requests", "org/ohchr", "Reported") in got
    assert ("org/ohchr", "assists", "state/KAZ", "Negated") in got


def test_a_request_for_modified_equipment_declined():
    got = triples(facts("UNODC declined a request of the Drug Control Agency of Chad for audio-visual equipment."))
    assert ("org/unodc", "assists", "state/TCD", "Negated") in got

"""Rules of the fourth session of 1 December 2026 (written on the thirteenth sets once opened), each on sentences of its own (none copied from a gold text)."""

from __future__ import annotations

from test_relate_en_general import run as run_en
from test_relate_zh_forms2 import run as run_zh


def facts(run, *text: str, predicate: str = "assists") -> set[tuple[str, str, str]]:
    return {(r.subject, r.object, r.modality) for r in run(*text).relations if r.predicate == predicate}


# -- a request answered later in the unit ---------------------------------------------------------------------

def test_a_request_answered_in_a_later_clause_takes_that_clauses_modality():
    got = facts(run_zh, "2030 年 4 月，乍得卫生部请儿基会协助其起草儿童保护法。儿基会已将该请求列入 2031 年工作计划，"
                        "拟于 2031 年初举办两期起草讲习班。")
    assert got == {("org/unicef", "state/TCD", "Planned")}
    got = facts(run_zh, "2030 年 4 月，乍得卫生部请儿基会协助其起草儿童保护法。儿基会随即派遣两名专家审阅了草案。")
    assert got == {("org/unicef", "state/TCD", "Reported")}
    got = facts(run_en, "In March 2030, the Ministry of Health of Chad asked UNICEF for help in drafting a child "
                        "protection code. UNICEF responded by sending two experts, who reviewed the draft.")
    assert got == {("org/unicef", "state/TCD", "Reported")}
    # not answered: still asked for
    got = facts(run_zh, "2030 年 4 月，乍得卫生部请儿基会协助其起草儿童保护法。该法草案已提交议会。")
    assert got == {("org/unicef", "state/TCD", "Requested")}


# -- a plan carried over a clause that opens with a time ------------------------------------------------------

def test_a_plan_runs_on_over_a_clause_that_opens_with_its_time():
    got = facts(run_zh, "人权高专办拟与非洲联盟委员会合作，于 2031 年为乍得和尼日尔的法官举办讲习班。")
    assert got == {("org/ohchr", "state/TCD", "Planned"), ("org/ohchr", "state/NER", "Planned")}
    got = facts(run_zh, "人权高专办与非洲联盟委员会合作，于 2031 年为乍得的法官举办了讲习班。")
    assert got == {("org/ohchr", "state/TCD", "Reported")}


# -- a plan made once and called off --------------------------------------------------------------------------

def test_a_plan_made_once_and_called_off_did_not_happen():
    got = facts(run_zh, "开发署曾计划于 2030 年在恩贾梅纳为乍得警官举办一期培训班，但因安全局势而取消。")
    assert got == {("org/undp", "state/TCD", "Negated")}
    got = facts(run_zh, "人权高专办和非洲联盟委员会曾商定于 2030 年为乍得法官联合举办一期讲习班，但因选举而取消。",
                predicate="partnersWith")
    assert got == {("org/ohchr", "org/au-commission", "Negated")}
    got = facts(run_en, "UNDP had planned to hold a workshop for police officers of Chad in 2030, but it was "
                        "cancelled because of insecurity.")
    assert got == {("org/undp", "state/TCD", "Negated")}
    # put off, not called off: still planned
    got = facts(run_zh, "开发署曾计划于 2030 年为乍得警官举办一期培训班，但因故推迟到 2031 年。")
    assert got == {("org/undp", "state/TCD", "Planned")}
    got = facts(run_en, "UNDP had planned to hold a workshop for police officers of Chad in 2030, but it was "
                        "postponed to 2031.")
    assert got == {("org/undp", "state/TCD", "Planned")}


# -- English grants to an organisation, with no place of work named -------------------------------------------

VF = "the Voluntary Fund for Technical Cooperation in the Field of Human Rights"


def test_a_grant_that_enabled_an_organisation_helps_it():
    got = facts(run_en, f"A grant of US$ 20,000 from {VF} enabled the National Human Rights Commission of Nigeria "
                        "to train its monitors.")
    assert got == {("org/vf-tc", "org/nhrc-nigeria", "Reported")}
    got = facts(run_en, f"The National Human Rights Commission of Nigeria used its grant from {VF} to open two "
                        "regional offices.")
    assert got == {("org/vf-tc", "org/nhrc-nigeria", "Reported")}


def test_grants_awarded_from_a_fund_to_each_of_two_organisations():
    got = facts(run_en, f"Grants of US$ 10,000 each were awarded from {VF} to the National Human Rights Commission "
                        "of Nigeria and to the Ghana Commission on Human Rights and Administrative Justice.")
    assert {("org/vf-tc", "org/nhrc-nigeria", "Reported"), ("org/vf-tc", "org/chraj", "Reported")} <= got


def test_a_grant_named_in_an_opener_went_to_the_clauses_subject_and_paid_for_its_help():
    got = facts(run_en, f"Drawing on a grant from {VF}, Amnesty International trained 40 lawyers of Ghana.")
    assert got == {("org/vf-tc", "org/amnesty", "Reported"), ("org/vf-tc", "state/GHA", "Reported"),
                   ("org/amnesty", "state/GHA", "Reported")}
    found = run_en(f"Drawing on a grant from {VF}, Amnesty International trained 40 lawyers of Ghana.")
    assert {a.funded_by for a in found.assistances if a.provider == "org/amnesty"} == {("org/vf-tc",)}


# -- English: the Optional Protocol named again, help with backing, partnerships, bare participation ------------

def test_the_optional_protocol_stands_for_the_protocol_named_in_full_before():
    found = run_en("The Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading "
                   "Treatment or Punishment entered into force in 2006.",
                   "Under article 26 of the Optional Protocol, a special fund was set up.")
    assert {(r.number, r.object) for r in found.relations if r.predicate == "cites"} >= {(2, "instrument/opcat")}


def test_help_with_technical_or_methodological_backing():
    got = facts(run_en, "The Ghana Commission on Human Rights and Administrative Justice revised its complaints "
                        "manual with the help of UNDP and with methodological backing from UNICEF.")
    assert {("org/undp", "org/chraj", "Reported"), ("org/unicef", "org/chraj", "Reported")} <= got


def test_letters_of_understanding_and_agreements_not_signed():
    got = facts(run_en, "OHCHR concluded a letter of understanding with the African Union Commission.",
                predicate="partnersWith")
    assert got == {("org/ohchr", "org/au-commission", "Reported")}
    got = facts(run_en, "OHCHR and the Government of Ghana did not sign the cooperation agreement discussed in 2029.",
                predicate="partnersWith")
    assert got == {("org/ohchr", "state/GHA", "Negated")}


def test_people_who_took_part_with_no_activity_named_after_the_verb():
    got = facts(run_en, "In May 2030, OHCHR held a workshop in Accra on treaty reporting, in which officials of "
                        "Ghana and Togo took part.")
    assert got == {("org/ohchr", "state/GHA", "Reported"), ("org/ohchr", "state/TGO", "Reported")}
    got = facts(run_zh, "2030 年 5 月，开发署在达喀尔举办了一期关于条约报告的分区域讲习班，来自塞内加尔和冈比亚的 30 名政府官员参加。")
    assert got == {("org/undp", "state/SEN", "Reported"), ("org/undp", "state/GMB", "Reported")}
    # not taking part is no help
    assert facts(run_zh, "开发署为马里举办了讲习班，塞内加尔的官员没有参加。") == {("org/undp", "state/MLI", "Reported")}
    assert facts(run_en, "OHCHR held a workshop for Ghana; officials of Togo did not take part.") \
        == {("org/ohchr", "state/GHA", "Reported")}


def test_the_sum_of_a_grant_goes_from_the_fund_to_each_grantee():
    found = run_en(f"Using a grant of USD 60,000 from {VF}, the Asia Pacific Forum of National Human Rights "
                   "Institutions trained the staff of the National Human Rights Commission of Nigeria.")
    assert {(c.contributor, c.recipient, c.amount, c.currency) for c in found.contributions} \
        == {("org/vf-tc", "org/apf", "60000", "USD")}
    assert ("org/vf-tc", "org/apf", "Reported") in {(r.subject, r.object, r.modality) for r in found.relations}
    found = run_en(f"Grants of USD 10,000 each were awarded from {VF} to the National Human Rights Commission of "
                   "Nigeria and to Amnesty International.")
    assert {(c.recipient, c.amount) for c in found.contributions} == {("org/nhrc-nigeria", "10000"),
                                                                       ("org/amnesty", "10000")}
    # a sum for two grantees, not one each: no share is known
    found = run_en(f"Grants totalling USD 20,000 were awarded from {VF} to the National Human Rights Commission of "
                   "Nigeria and to Amnesty International.")
    assert not found.contributions
    # read once, where the contributions reader reads it too
    found = run_en(f"{VF[0].upper() + VF[1:]} awarded a grant of USD 50,000 to Amnesty International.")
    assert [(c.contributor, c.recipient, c.amount) for c in found.contributions] == [("org/vf-tc", "org/amnesty", "50000")]


def test_a_request_answered_by_a_plan_of_the_one_asked_and_its_funder():
    got = facts(run_en, "The Government of Ghana asked UNDP to train officials of its Ministry of Justice; UNDP intends "
                        "to run that course in 2031, with financial support from Norway.")
    assert got == {("org/undp", "state/GHA", "Planned"), ("state/NOR", "state/GHA", "Planned")}
    got = facts(run_en, "The Government of Ghana asked UNDP to train officials of its Ministry of Justice. UNDP declined "
                        "to hold the course.")
    assert got == {("org/undp", "state/GHA", "Negated")}
    # the one asked will help someone else: the request stays a request
    got = facts(run_en, "The Government of Ghana asked UNDP to train its judges. UNDP will continue to support Togo.")
    assert got == {("org/undp", "state/GHA", "Requested"), ("org/undp", "state/TGO", "Planned")}


def test_an_activity_attended_by_people_of_states():
    got = facts(run_en, "In January 2030, UNDP organized, together with UNICEF, a regional workshop in Vientiane on "
                        "torture prevention, attended by forty-six officials from Cambodia and Myanmar.")
    assert got == {("org/undp", "state/KHM", "Reported"), ("org/undp", "state/MMR", "Reported"),
                   ("org/unicef", "state/KHM", "Reported"), ("org/unicef", "state/MMR", "Reported")}
    got = facts(run_en, "UNDP organized a regional workshop in Accra, which was attended by judges of Ghana.")
    assert got == {("org/undp", "state/GHA", "Reported")}
    # no activity held before it, or no people of a State: nothing
    assert facts(run_en, "The session was attended by representatives of Ghana.") == set()
    assert facts(run_en, "UNDP organized a workshop, attended by the Minister of Justice of Ghana.") == set()


def money(run, text: str) -> set[tuple]:
    return {(c.contributor, c.recipient, c.amount, c.currency) for c in run(text).contributions}


def test_money_given_by_the_name_before_a_relative_clause():
    assert money(run_en, "The workshop was funded by Norway, which made a contribution of USD 100,000 to UNDP.") \
        == {("state/NOR", "org/undp", "100000", "USD")}


def test_money_that_supported_someones_work_went_to_it():
    got = money(run_en, "The work of OHCHR in Ghana was supported by the European Union, which provided EUR 1 million "
                        "for 2030, and by Japan, which gave USD 200,000 in 2030.")
    assert got == {("org/eu", "org/ohchr", "1000000", "EUR"), ("state/JPN", "org/ohchr", "200000", "USD")}


def test_a_list_of_amounts_each_from_its_giver():
    got = money(run_en, "The activities of OHCHR in Ghana were made possible by contributions of CAD 600,000 from "
                        "Canada, £250,000 from the United Kingdom and NOK 3 million from Norway.")
    assert got == {("state/CAN", "org/ohchr", "600000", "CAD"), ("state/GBR", "org/ohchr", "250000", "GBP"),
                   ("state/NOR", "org/ohchr", "3000000", "NOK")}
    # a grant's sum from a fund is read once, with the grantee the grants reader found
    got = money(run_en, f"A grant of US$ 20,000 from {VF} enabled the National Human Rights Commission of Nigeria to "
                        "train its monitors.")
    assert got == {("org/vf-tc", "org/nhrc-nigeria", "20000", "USD")}


def test_responding_to_a_request_from_someone():
    got = facts(run_en, "Responding to a request from the African Union Commission, UNDP seconded an expert to the "
                        "Commission.", predicate="requests")
    assert got == {("org/au-commission", "org/undp", "Reported")}
    # an invitation is no request edge in English (tests/gold/README.md, Conventions for English)
    assert facts(run_en, "At the invitation of the Government of Ghana, UNDP ran a workshop in Accra.",
                 predicate="requests") == set()


def test_people_of_a_states_body_named_with_the_states_name():
    got = facts(run_en, "Some 140 officers of the Jamaica Constabulary Force took part in courses delivered by UNDP.")
    assert got == {("org/undp", "state/JAM", "Reported")}
    # a network named with the State's name is not one of its bodies
    assert facts(run_en, "Members of the Ghana Human Rights Network attended a course delivered by UNICEF.") == set()


def test_financing_legal_aid_in_a_state_and_no_longer_financing_it():
    assert facts(run_en, "The World Bank no longer finances the legal aid clinics in Ghana.") \
        == {("org/world-bank", "state/GHA", "Negated")}


def test_a_purpose_opener_names_whom_the_activity_was_for():
    got = facts(run_zh, "为协助马里履行报告义务，开发署与儿基会于 2030 年共同为国家报告机制的 25 名成员举办了培训。")
    assert got == {("org/undp", "state/MLI", "Reported"), ("org/unicef", "state/MLI", "Reported")}
    got = facts(run_en, "To help Mali report to the treaty bodies, UNDP trained 25 members of its national mechanism.")
    assert got == {("org/undp", "state/MLI", "Reported")}
    # a recipient named in the main clause wins
    assert facts(run_zh, "为协助马里，开发署为尼日尔官员举办了培训。") == {("org/undp", "state/NER", "Reported")}


def test_chinese_at_the_invitation_of_is_a_request():
    got = facts(run_zh, "应马里政府的邀请，开发署派两名工作人员出席会议，向马里官员介绍了相关做法。", predicate="requests")
    assert got == {("state/MLI", "org/undp", "Reported")}


def test_a_post_whose_cost_donors_share():
    got = facts(run_zh, "人权高专办向马里派驻了一名人权顾问。该职位的费用由挪威和瑞典分担。")
    assert got == {("org/ohchr", "state/MLI", "Reported"), ("state/NOR", "state/MLI", "Reported"),
                   ("state/SWE", "state/MLI", "Reported")}


def test_a_mechanism_of_regular_exchange_is_a_partnership():
    got = facts(run_zh, "高级专员建议非洲联盟委员会与开发署和儿基会建立定期交流机制。", predicate="partnersWith")
    assert got == {("org/au-commission", "org/undp", "Recommended"), ("org/au-commission", "org/unicef", "Recommended")}


def test_the_human_rights_adviser_acts_for_the_office():
    got = facts(run_en, "UNDP trained judges of Ghana.", "The human rights adviser also supports the United Nations "
                        "country team in Ghana.")
    assert ("org/ohchr", "org/unct", "Reported") in got and ("org/undp", "org/unct", "Reported") not in got


def test_beneficiaries_of_a_cycle_listed_after_the_funds_grants():
    got = facts(run_en, f"In 2030, {VF} awarded grants to 18 projects. Among the beneficiaries of the cycle were the "
                        "authorities of Benin, Ghana and Togo.")
    assert got == {("org/vf-tc", "state/BEN", "Reported"), ("org/vf-tc", "state/GHA", "Reported"),
                   ("org/vf-tc", "state/TGO", "Reported")}


def test_the_subject_of_a_which_clause_is_the_name_before_it():
    got = facts(run_en, "In 2030, Amnesty International worked with UNDP, which trained judges of Ghana.")
    assert got == {("org/undp", "state/GHA", "Reported")}


def test_help_given_with_the_recipient_as_the_verbs_object():
    assert facts(run_en, "UNDP provided the National Human Rights Commission of Nigeria with technical support.") \
        == {("org/undp", "org/nhrc-nigeria", "Reported")}
    got = facts(run_en, "In 2030, Amnesty International worked with UNDP, which also furnished the National Human "
                        "Rights Commission of Nigeria with recording equipment.")
    assert got == {("org/undp", "org/nhrc-nigeria", "Reported")}
    # views are not help
    assert facts(run_en, "UNDP provided Ghana with its views on the draft.") == set()


def test_submissions_made_by_several():
    got = facts(run_en, "Written contributions were also made by Amnesty International and by the Asia Pacific Forum "
                        "of National Human Rights Institutions.", predicate="submittedInputTo")
    assert {s for s, _o, _m in got} == {"org/amnesty", "org/apf"}
    assert facts(run_en, "Financial contributions were made by Norway.", predicate="submittedInputTo") == set()


def test_partnerships_of_workplans_arrangements_and_the_cooperation_of_a_with_b():
    for text in ("UNDP maintains a standing liaison arrangement with the African Union Commission.",
                 "UNDP and the African Union Commission signed a workplan covering migration.",
                 "This report covers the cooperation of UNDP with the African Union Commission."):
        assert facts(run_en, text, predicate="partnersWith") == {("org/undp", "org/au-commission", "Reported")}, text


def test_people_who_attended_an_activity_whose_holder_the_next_sentence_names():
    got = facts(run_en, "Twenty judges from Ghana and Togo attended a course on trafficking held in Accra in May 2030. "
                        "The course was delivered by UNODC and UNDP.")
    assert got == {("org/unodc", "state/GHA", "Reported"), ("org/unodc", "state/TGO", "Reported"),
                   ("org/undp", "state/GHA", "Reported"), ("org/undp", "state/TGO", "Reported")}
    # an activity of its own, with its own recipient, takes nothing from before
    assert facts(run_en, "Twenty judges from Ghana attended a course in Accra. A workshop for Benin was delivered by "
                         "UNODC.") == {("org/unodc", "state/BEN", "Reported")}
    got = facts(run_zh, "来自加纳和多哥的 20 名法官参加了在阿克拉举办的培训。该培训由毒罪办和开发署举办。")
    assert got == {("org/unodc", "state/GHA", "Reported"), ("org/unodc", "state/TGO", "Reported"),
                   ("org/undp", "state/GHA", "Reported"), ("org/undp", "state/TGO", "Reported")}


def test_people_who_attended_are_no_partner_of_the_holders_partner():
    got = facts(run_en, "Twenty judges from Ghana and Togo attended a course in Accra. The course was delivered by "
                        "UNODC in partnership with UNICEF.", predicate="partnersWith")
    assert got == {("org/unodc", "org/unicef", "Reported")}


def test_a_funder_that_financed_it():
    got = facts(run_en, "UNODC trained judges from Ghana, and Australia financed the training.")
    assert got == {("org/unodc", "state/GHA", "Reported"), ("state/AUS", "state/GHA", "Reported")}
    got = facts(run_en, "UNODC trained judges from Ghana; Australia paid for it.")
    assert got == {("org/unodc", "state/GHA", "Reported"), ("state/AUS", "state/GHA", "Reported")}


def test_costs_borne_by_a_state_named_with_the_article():
    got = facts(run_en, "UNDP trained officials from Ghana and Togo. The costs of the workshop were borne by the "
                        "Republic of Korea and the Netherlands.")
    assert {p for p, _r, _m in got} == {"org/undp", "state/KOR", "state/NLD"} and {r for _p, r, _m in got} == {"state/GHA", "state/TGO"}


def test_the_training_and_documentation_centre_named_short():
    got = facts(run_zh, "联合国西南亚和阿拉伯区域人权培训和文献中心负责该方案。2029 年，培训和文献中心在多哈为科摩罗和吉布提的官员举办了讲习班。")
    assert got == {("org/ohchr-doha-centre", "state/COM", "Reported"), ("org/ohchr-doha-centre", "state/DJI", "Reported")}


def test_turning_to_someone_with_a_request():
    got = facts(run_en, "The Government of Ghana approached UNICEF with a request for technical assistance.")
    assert got == {("org/unicef", "state/GHA", "Requested")}
    assert facts(run_en, "In May 2030, the Ministry of Justice of Ghana turned to UNDP with a request for a review of its "
                         "prison policy.", predicate="requests") == {("state/GHA", "org/undp", "Reported")}


def test_a_course_referred_to_with_a_classifier_is_what_the_donor_funded():
    found = run_zh("同年 9 月，开发署在达喀尔为塞内加尔和马里的官员开办了为期四天的培训班。这期培训班由卢森堡政府出资。")
    assert not [r for r in found.relations if r.predicate == "fundedBy"]
    assert ("state/LUX", "state/SEN", "Reported") in {(r.subject, r.object, r.modality) for r in found.relations}


def test_a_partner_joined_right_after_the_actor_answers_the_request_too():
    got = facts(run_zh, "应马里政府的请求，开发署与儿基会联手，为 90 名警官开办了培训课程。", predicate="requests")
    assert got == {("state/MLI", "org/undp", "Reported"), ("state/MLI", "org/unicef", "Reported")}
    assert facts(run_zh, "应马里政府的请求，开发署与儿基会的官员会面。", predicate="requests") \
        == {("state/MLI", "org/undp", "Reported")}


def test_the_unit_the_secretariat_the_authority_and_the_institution_named_before():
    got = facts(run_en, "The Fund is managed by the Human Security Unit. The Unit worked closely with OHCHR on the "
                        "analysis.", predicate="partnersWith")
    assert got == {("org/human-security-unit", "org/ohchr", "Reported")}
    got = facts(run_en, "The National Human Rights Commission of Nigeria opened two offices.",
                "UNDP trained the staff of the institution in 2030.")
    assert got == {("org/undp", "org/nhrc-nigeria", "Reported")}


def test_requests_with_a_pronoun_for_the_one_named_before_and_requested_that():
    got = facts(run_en, "Two new requests reached OHCHR in 2030. Sierra Leone requested its support in preparing its "
                        "report.")
    assert got == {("org/ohchr", "state/SLE", "Requested")}
    # no one named before: no one asked
    assert facts(run_en, "Sierra Leone requested its support in preparing its report.", predicate="requests") == set()
    assert facts(run_en, "The Government of the Gambia requested that UNDP review its draft bill.",
                 predicate="requests") == {("state/GMB", "org/undp", "Reported")}


def test_money_received_from_givers():
    got = money(run_en, "The Regional Office for West Africa received €480,000 from Spain and 900,000 Canadian dollars "
                        "from Canada in 2031.")
    assert got == {("state/ESP", "org/ohchr-west-africa", "480000", "EUR"),
                   ("state/CAN", "org/ohchr-west-africa", "900000", "CAD")}


def test_help_paid_for_out_of_a_fund():
    got = facts(run_en, "Financed from the Peacebuilding Fund, UNDP trained judges of Ghana.")
    assert got == {("org/peacebuilding-fund", "state/GHA", "Reported"), ("org/undp", "state/GHA", "Reported")}


def test_a_request_answered_with_a_partner_and_not_answered_for_someone_else():
    got = facts(run_zh, "2029 年 1 月，马里政府请开发署协助其筹备认证审查。开发署随即与儿基会共同为马里拟订了一份改革计划。")
    assert ("org/undp", "state/MLI", "Reported") in got and ("org/undp", "state/MLI", "Requested") not in got
    got = facts(run_zh, "2029 年 1 月，马里政府请开发署协助其筹备认证审查。开发署随即为尼日尔拟订了一份改革计划。")
    assert got == {("org/undp", "state/MLI", "Requested"), ("org/undp", "state/NER", "Reported")}


def test_a_joint_request_is_no_partnership():
    assert facts(run_zh, "危地马拉和洪都拉斯两国政府于 2027 年联合请求开发署协助建立一个机制。", predicate="partnersWith") == set()


def test_a_request_phrase_that_opens_a_later_clause_takes_the_actor_after_it():
    got = facts(run_zh, "在马里，人权高专办与儿基会合作编制了一套工具，此外，应尼日尔政府的请求，开发署向该国政府提供了咨询。",
                predicate="requests")
    assert got == {("state/NER", "org/undp", "Reported")}


def test_states_or_bodies_that_sent_people_to_take_part():
    got = facts(run_zh, "开发署于 2028 年 2 月在路易港举办了一次次区域讲习班，科摩罗、马达加斯加和塞舌尔的国家人权机构均派员参加。")
    assert got == {("org/undp", "state/COM", "Reported"), ("org/undp", "state/MDG", "Reported"),
                   ("org/undp", "state/SYC", "Reported")}
    assert facts(run_zh, "开发署在达喀尔举办了一次讲习班，塞内加尔和马里均派员参加。") \
        == {("org/undp", "state/SEN", "Reported"), ("org/undp", "state/MLI", "Reported")}


def test_the_adviser_an_office_posted_to_a_country_team_acts_for_the_office():
    assert facts(run_zh, "人权高专办派驻马里国家工作队的人权顾问协助马里外交部编写了中期报告。") \
        == {("org/ohchr", "state/MLI", "Reported")}
    assert facts(run_zh, "马里国家工作队的人权顾问协助马里外交部编写了中期报告。") == {("org/unct", "state/MLI", "Reported")}
    # sent people to attend (出席), not to take part: as before, no recipient (test_relate_zh_general)
    got = facts(run_zh, "独立常设人权委员会为索马里议员举办了培训，吉布提派员出席。")
    assert ("org/oic-ipchr", "state/DJI", "Reported") not in got


def test_states_represented_by_delegates_whose_travel_a_fund_paid():
    got = facts(run_en, f"At the forty-seventh session, Ghana and Togo were represented by delegates whose travel {VF} "
                        "financed.")
    assert got == {("org/vf-tc", "state/GHA", "Reported"), ("org/vf-tc", "state/TGO", "Reported")}
    assert facts(run_en, "Ghana was represented by delegates whose travel was long.") == set()


def test_money_to_the_programme_of_a_body_goes_to_the_body():
    assert money(run_en, "The European Union contributed EUR 2,600,000 for 2030–2032 to the programme of OHCHR in "
                         "support of transitional justice in Chad.") == {("org/eu", "org/ohchr", "2600000", "EUR")}


def test_partners_of_a_programme_carried_out_together_a_letter_of_intent_and_bilateral_talks():
    got = facts(run_en, "Ghana benefited from a programme which UNDP carried out with the International Labour "
                        "Organization.", predicate="partnersWith")
    assert got == {("org/undp", "org/ilo", "Reported")}
    got = facts(run_en, "UNDP signed a letter of intent with the Asia Pacific Forum of National Human Rights Institutions.",
                predicate="partnersWith")
    assert got == {("org/undp", "org/apf", "Reported")}
    assert facts(run_en, "Ghana and Togo held their first bilateral consultations on migration.",
                 predicate="partnersWith") == {("state/GHA", "state/TGO", "Reported")}
    # an activity organized with Y, addressed to officials of X: X is no partner of Y
    got = facts(run_en, "The briefing in Suva, organized with the Pacific Islands Forum, was addressed to officials of "
                        "Nauru and Tonga.", predicate="partnersWith")
    assert not {o for _s, o, _m in got} & {"state/NRU", "state/TON"}


def test_funding_received_from_a_fund_for_work_in_states():
    got = facts(run_zh, "国际明爱获得了联合国当代形式奴隶制问题自愿信托基金的资助，用于在苏丹和南苏丹为被绑架的妇女提供心理社会支持。")
    assert {("org/vf-slavery", "state/SDN", "Reported"), ("org/vf-slavery", "state/SSD", "Reported"),
            ("org/vf-slavery", "org/caritas", "Reported")} <= got


def test_an_activity_done_by_someone_after_an_aside_between_it_and_the_verb():
    got = facts(run_en, "Training on torture, based on the Istanbul Protocol, was delivered by UNDP to 85 officers of "
                        "Uganda.")
    assert got == {("org/undp", "state/UGA", "Reported")}
    got = facts(run_en, "Training on torture, funded by Norway, was delivered by UNDP to 85 officers of Uganda.")
    assert got == {("org/undp", "state/UGA", "Reported"), ("state/NOR", "state/UGA", "Reported")}


def test_comments_shared_with_a_government_are_help():
    got = facts(run_en, "UNDP reviewed the draft code of Guinea and shared its comments with the Government of Guinea.")
    assert got == {("org/undp", "state/GIN", "Reported")}
    assert facts(run_en, "Ghana shared its comments on the draft with the Chair.") == set()

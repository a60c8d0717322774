"""More Chinese forms that hold beyond one report (second round, developed on the dev3 texts).

For each cue or mechanism: a sentence of our own it matches and one it must not. Every
sentence is written for these tests (not copied from any report or gold text).
"""

from __future__ import annotations

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment

FRONT = "A/HRC/99/1\n\n人权理事会\n第九十九届会议\n议程项目 10\n技术援助和能力建设\n\n{title}\n\n秘书长的报告\n\n"


def source(*paragraphs: str, title: str | None = None) -> Source:
    text = (FRONT.format(title=title) if title else "") + "".join(f"{i}. {p}\n\n" for i, p in enumerate(paragraphs, 1))
    return Source("t.txt", "t", text, "0", "utf-8", len(text))


def run(*paragraphs: str, title: str | None = None):
    return relate(recognise(segment(source(*paragraphs, title=title))))


def facts(*paragraphs: str, predicate: str | None = None, title: str | None = None) -> set[tuple]:
    return {(r.subject, r.predicate, r.object, r.modality) for r in run(*paragraphs, title=title).relations
            if r.predicate != "cites" and (predicate is None or r.predicate == predicate)}


MBC, WW = "concept/mutually-beneficial-cooperation", "concept/win-win-cooperation"
CSF, RTD = "concept/community-of-shared-future", "concept/right-to-development"


def assists(*paragraphs: str) -> set[tuple[str, str, str]]:
    """(provider, recipient, modality) of the assists relations read from ``paragraphs``."""
    return {(s, o, m) for s, p, o, m in facts(*paragraphs) if p == "assists"}


def stances(*paragraphs: str) -> set[tuple[str, str, str]]:
    """(holder, concept, value) of the stances read from ``paragraphs``."""
    return {(s.holder, s.concept, s.value) for s in run(*paragraphs).stances}


def mentioned(*paragraphs: str, title: str | None = None) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for m in recognise(segment(source(*paragraphs, title=title))).mentions:
        if m.unit == "paragraph":
            out.setdefault(m.number, set()).add(m.entity)
    return out


# -- 基金 (the Fund) on its own, 本基金 (this Fund) -------------------------------------------------

def test_the_bare_fund_is_the_fund_of_the_title_or_the_one_named_before():
    got = mentioned("董事会审查了基金的财务状况。", "马拉维受益于基金的支持。",
                    title="联合国人权领域技术合作自愿基金")
    assert "org/vf-tc" in got[1] and "org/vf-tc" in got[2]
    got = mentioned("人权领域技术合作自愿基金成立于 1987 年。", "2024 年，基金收到了 20 项捐款。")
    assert "org/vf-tc" in got[2]
    # a foundation (基金会) and a fund of a longer unknown name are not the Fund
    got = mentioned("人权领域技术合作自愿基金成立于 1987 年。", "马拉维得到了福特基金会和住房发展基金的资助。")
    assert "org/vf-tc" not in got.get(2, set())


def test_this_fund_is_the_reports_own_fund_not_the_other_fund_named_before():
    got = facts("建设和平基金与本基金共同支持了马拉维的司法改革。", predicate="partnersWith",
                title="联合国人权领域技术合作自愿基金")
    assert got == {("org/peacebuilding-fund", "partnersWith", "org/vf-tc", "Reported")}


# -- contributions: the recipient said once, 分别, the year of the next clause, currencies -------------

def money(*paragraphs: str, title: str | None = None) -> set[tuple]:
    return {(c.contributor, c.recipient, c.amount, c.currency, c.year)
            for c in run(*paragraphs, title=title).contributions}


def test_the_recipient_named_once_carries_over_to_the_later_sentences_of_the_unit():
    got = money("奥地利向人权领域技术合作自愿基金捐款 30 万欧元。比利时捐赠了 10 万欧元。")
    assert got == {("state/AUT", "org/vf-tc", "300000", "EUR", None), ("state/BEL", "org/vf-tc", "100000", "EUR", None)}
    # a recipient the text does not name (向 20 个国家) takes none from the sentence before
    got = money("奥地利向人权领域技术合作自愿基金捐款 30 万欧元。比利时向 20 个国家提供了 10 万欧元。")
    assert ("state/BEL", None, "100000", "EUR", None) in got


def test_the_recipient_of_a_lead_in_before_the_list_of_pledges():
    got = money("两个捐助方向人权领域技术合作自愿基金作出了认捐：奥地利认捐 30 万欧元；比利时认捐 10 万欧元。")
    assert got == {("state/AUT", "org/vf-tc", "300000", "EUR", None), ("state/BEL", "org/vf-tc", "100000", "EUR", None)}


def test_respectively_pairs_givers_and_amounts_in_order():
    got = money("奥地利和比利时向人权领域技术合作自愿基金捐款，数额分别为 30 万欧元和 10 万欧元。")
    assert got == {("state/AUT", "org/vf-tc", "300000", "EUR", None), ("state/BEL", "org/vf-tc", "100000", "EUR", None)}
    # without 分别 each giver is read with each amount (no pairing is guessed)
    got = money("奥地利和比利时向人权领域技术合作自愿基金捐款 30 万欧元和 10 万欧元。")
    assert len(got) == 4


def test_the_year_of_the_clause_right_after_the_amount():
    got = money("奥地利向人权领域技术合作自愿基金认捐 30 万欧元，将于 2026 年缴付。")
    assert got == {("state/AUT", "org/vf-tc", "300000", "EUR", "2026")}
    # not the year of a clause that names someone else
    got = money("奥地利向人权领域技术合作自愿基金认捐 30 万欧元，比利时于 2026 年访问了日内瓦。")
    assert got == {("state/AUT", "org/vf-tc", "300000", "EUR", None)}


def test_a_currency_named_after_a_state_is_no_mention_of_the_state():
    got = mentioned("奥地利向人权领域技术合作自愿基金捐赠了 20 万新西兰元。")
    assert "state/NZL" not in got[1] and "state/AUT" in got[1]
    assert "state/NZL" in mentioned("新西兰向人权领域技术合作自愿基金捐赠了 20 万新西兰元。")[1]


# -- offices listed after one head; a fund paying for named offices --------------------------------

def test_ohchr_offices_in_several_states_are_one_office_each():
    got = mentioned("人权高专办在乍得和洪都拉斯的国家办事处举办了讲习班。")
    assert {"org/ohchr-chad", "org/ohchr-honduras"} <= got[1]
    assert not {"state/TCD", "state/HND"} & got[1]
    # OHCHR acting in a State is no office of it
    got = mentioned("人权高专办在乍得举办了讲习班。")
    assert "state/TCD" in got[1] and "org/ohchr-chad" not in got[1]


def test_a_fund_paying_for_named_offices_funds_them():
    got = facts("人权领域技术合作自愿基金为人权高专办 12 个外地机构的活动提供了资金，其中包括人权高专办乍得办事处。")
    assert got == {("org/ohchr-chad", "fundedBy", "org/vf-tc", "Reported")}
    got = facts("人权领域技术合作自愿基金支持了人权高专办东非区域办事处。")
    assert got == {("org/ohchr-east-africa", "fundedBy", "org/vf-tc", "Reported")}
    # a fund's money for a State is help to the State; an office's money is no fundedBy
    assert facts("人权领域技术合作自愿基金为乍得提供了资金。") == {("org/vf-tc", "assists", "state/TCD", "Reported")}
    got = facts("人权高专办为人权高专办乍得办事处提供了资金。")
    assert not {f for f in got if f[1] == "fundedBy"}


# -- names that hold a State's name; a national institution named again by its kind -----------------

def test_a_transliterated_name_that_starts_with_a_states_name_is_a_person_only():
    got = mentioned("董事会成员为：马里亚姆·萨科(塞内加尔)和若泽·平托(巴西)。")
    assert {"person/马里亚姆·萨科", "state/SEN", "state/BRA"} <= got[1]
    assert "state/MLI" not in got[1]
    # a State named on its own before a name stays a State
    assert "state/MLI" in mentioned("马里代表阿里·穆萨发了言。")[1]


def test_the_national_commission_named_again_by_its_kind():
    got = facts("董事会会见了马达加斯加独立国家人权委员会主席。", "人权高专办协助独立国家人权委员会建立了投诉系统。",
                predicate="assists")
    assert got == {("org/ohchr", "assists", "org/cnidh-madagascar", "Reported")}
    # inside a longer unknown name (after a noun) it is no back-reference
    got = mentioned("董事会会见了马达加斯加独立国家人权委员会主席。", "人权高专办访问了某省国家人权委员会。")
    assert "org/cnidh-madagascar" not in got.get(2, set())


def test_an_activity_of_an_adviser_stationed_in_a_state_helps_that_state():
    got = facts("人权高专办驻马拉维人权顾问为 30 名法官举办了讲习班。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Reported")}
    # the State the office is stationed in, not a State named elsewhere in the sentence as a donor
    got = facts("人权高专办在挪威的资助下举办了讲习班。", predicate="assists")
    assert ("org/ohchr", "assists", "state/NOR", "Reported") not in got


def test_advisers_deployed_to_the_country_teams_in_a_list_of_states():
    got = facts("人权高专办向联合国驻马拉维、赞比亚和莫桑比克的国家工作队部署了人权顾问。", predicate="assists")
    assert got == {("org/ohchr", "assists", k, "Reported")
                   for k in ("org/unct", "state/MWI", "state/ZMB", "state/MOZ")}
    # a list of States that is not followed by the organisation stays the recipients' list
    got = facts("人权高专办向马拉维、赞比亚和国家工作队部署了人权顾问。", predicate="assists")
    assert got == {("org/ohchr", "assists", k, "Reported") for k in ("org/unct", "state/MWI", "state/ZMB")}


# -- a fund's history: set up by whom, its former name, who runs it ------------------------------------

def test_a_cleft_sentence_with_the_agent_and_a_year_between_copula_and_verb():
    got = facts("人权领域技术合作自愿基金是秘书长根据人权委员会第 1987/38 号决议于 1987 年设立的。", predicate="establishes")
    assert got == {("org/sg", "establishes", "org/vf-tc", "Reported"),
                   ("resolution/E/CN.4/RES/1987/38", "establishes", "org/vf-tc", "Reported")}
    # an agent outside the cleft (before the copula's subject) sets nothing up
    got = facts("秘书长指出，人权领域技术合作自愿基金是 1987 年设立的。", predicate="establishes")
    assert got == set()


def test_a_former_name_is_renamed_to_the_subject_and_stands_for_nothing_after():
    got = facts("人权领域技术合作自愿基金设立于 1987 年，原名为人权领域咨询服务和技术援助自愿基金。基金由人权高专办管理。")
    assert ("org/vf-ast", "renamedTo", "org/vf-tc", "Reported") in got
    assert ("org/vf-tc", "administeredBy", "org/ohchr", "Reported") in got
    assert not {f for f in got if f[0] == "org/vf-ast" and f[1] != "renamedTo"}
    # a name that is not a former one is no renaming
    got = facts("人权领域技术合作自愿基金设立于 1987 年，并资助了人权领域咨询服务和技术援助自愿基金。")
    assert not {f for f in got if f[1] == "renamedTo"}


def test_administered_by_a_body_written_with_its_abbreviation():
    got = facts("人权领域技术合作自愿基金由联合国人权事务高级专员办事处(人权高专办)管理。", predicate="administeredBy")
    assert got == {("org/vf-tc", "administeredBy", "org/ohchr", "Reported")}
    # the body in brackets before another verb administers nothing
    got = facts("人权领域技术合作自愿基金由联合国人权事务高级专员办事处(人权高专办)提交报告。", predicate="administeredBy")
    assert got == set()


def test_a_bodys_members_or_adviser_act_for_it_but_member_states_do_not():
    got = facts("人权领域技术合作自愿基金董事会成员向高级专员提供咨询意见。", predicate="assists")
    assert got == {("org/vf-tc-board", "assists", "org/hchr", "Reported")}
    got = facts("东非区域办事处人权顾问为肯尼亚法官举办了讲习班。", predicate="assists")
    assert got == {("org/ohchr-east-africa", "assists", "state/KEN", "Reported")}
    assert facts("欧洲联盟成员国向马里提供了援助。", predicate="assists") == set()


# -- 两国, 该机构 of an unnamed institution, a mission that did not take place ---------------------------

def test_two_countries_stand_for_the_two_states_named_before_in_the_unit():
    got = facts("马拉维和赞比亚提出了请求：在人权高专办的协助下，两国设立了国家报告机制。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Reported"), ("org/ohchr", "assists", "state/ZMB", "Reported")}
    # with only one State named before, 两国 stands for nothing
    got = facts("马拉维提出了请求：在人权高专办的协助下，两国设立了国家报告机制。", predicate="assists")
    assert got == set()


def test_this_institution_of_an_unnamed_institution_is_no_named_body():
    got = facts("非洲联盟发表了声明。马拉维政府请人权高专办支持其国家人权机构；人权高专办为该机构提供了培训。",
                predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Reported")}
    # with no unnamed institution in between, the named one
    got = facts("人权高专办与非洲联盟举行了会议，并为该组织提供了培训。", predicate="assists")
    assert got == {("org/ohchr", "assists", "org/au", "Reported")}


def test_a_mission_that_did_not_take_place_is_negated():
    got = facts("人权高专办原定向马拉维派遣的评估特派团未能成行。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Negated")}
    got = facts("人权高专办向马拉维派遣的评估特派团已经成行。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Reported")}


def test_the_government_on_its_own_is_the_state_the_report_or_unit_speaks_of():
    got = facts("在马拉维，人权高专办举办了讲习班。", "人权高专办协助政府起草了国家行动计划。", predicate="assists")
    assert ("org/ohchr", "assists", "state/MWI", "Reported") in got
    got = facts("马拉维尚未批准公约。高级专员鼓励政府与联合国开发计划署合作。", predicate="partnersWith")
    assert got == {("state/MWI", "partnersWith", "org/undp", "Requested")}
    # intergovernmental and a State's own government (X 政府) are no back-references
    assert mentioned("马拉维政府与政府间发展管理局举行了会议。")[1] == {"state/MWI", "org/igad"}
    assert mentioned("各国政府举行了会议。") == {}


def test_a_states_own_human_rights_committee_names_the_state_not_the_commission():
    got = mentioned("应越南人权委员会的请求，人权高专办举办了讲习班。")
    assert "state/VNM" in got[1] and "org/chr" not in got[1]
    assert ("state/VNM", "requests", "org/ohchr", "Reported") in facts("应越南人权委员会的请求，人权高专办举办了讲习班。")
    # a committee the gazetteer names stays itself; the Commission on its own stays the Commission
    assert "org/zhrc" in mentioned("津巴布韦人权委员会举办了讲习班。")[1]
    assert "org/chr" in mentioned("人权委员会通过了决议。")[1]


def test_an_activity_noun_after_a_long_topic_phrase():
    got = facts("应马拉维政府的请求，人权高专办为 12 个部委的官员举办了关于编写提交禁止酷刑委员会的定期报告的培训。",
                predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Reported")}
    # an activity word inside the topic is not the activity (a meeting about technical cooperation)
    assert facts("人权高专办为马拉维官员举办了关于技术合作项目的会议。", predicate="assists") == set()


def test_accepting_someones_request_means_they_asked():
    got = facts("高级专员鼓励马拉维政府与酷刑问题特别报告员合作，接受其访问请求。", predicate="requests")
    assert got == {("org/sr-torture", "requests", "state/MWI", "Reported")}
    got = facts("马拉维接受了人权高专办的请求。", predicate="requests")
    assert got == {("org/ohchr", "requests", "state/MWI", "Reported")}
    # accepting help or recommendations is no request
    assert facts("马拉维接受了 173 项建议。", predicate="requests") == set()
    assert facts("马拉维接受了人权高专办的援助。", predicate="requests") == set()


def test_renewing_an_agreement_is_a_partnership():
    got = facts("马拉维政府与人权高专办续签了谅解备忘录。", predicate="partnersWith")
    assert got == {("state/MWI", "partnersWith", "org/ohchr", "Reported")}


def test_the_people_of_states_who_took_part_in_an_activity_someone_held():
    got = facts("人权高专办东非区域办事处在内罗毕举办了区域讲习班，肯尼亚和乌干达的政府官员参加了讲习班。",
                predicate="assists")
    assert got == {("org/ohchr-east-africa", "assists", "state/KEN", "Reported"),
                   ("org/ohchr-east-africa", "assists", "state/UGA", "Reported")}
    got = facts("肯尼亚和乌干达的官员参加了人权高专办东非区域办事处举办的讲习班。", predicate="assists")
    assert got == {("org/ohchr-east-africa", "assists", "state/KEN", "Reported"),
                   ("org/ohchr-east-africa", "assists", "state/UGA", "Reported")}
    # taking part in a meeting, or no activity held in the sentence, is no assistance
    assert facts("肯尼亚和乌干达的政府官员参加了人权理事会的会议。", predicate="assists") == set()
    assert facts("肯尼亚和乌干达的政府官员参加了讲习班。", predicate="assists") == set()


# -- stances ---------------------------------------------------------------------------------------

def views(*paragraphs: str) -> set[tuple]:
    return {(s.holder, s.concept, s.value) for s in run(*paragraphs).stances}


def test_a_verb_that_qualifies_a_noun_is_no_holder_of_a_position():
    got = views("马拉维代表强调，发展权至关重要，人权领域技术合作自愿基金支持的项目应有助于实现发展权。")
    assert got == {("state/MWI", "concept/right-to-development", "Supportive")}
    # the fund as a speaker still holds its own position
    assert views("人权领域技术合作自愿基金董事会支持发展权。") == {
        ("org/vf-tc-board", "concept/right-to-development", "Supportive")}


def test_embodying_the_essence_and_being_a_priority_are_supportive():
    assert views("马拉维表示，互利合作体现了技术合作的本质。") == {
        ("state/MWI", "concept/mutually-beneficial-cooperation", "Supportive")}
    assert views("马拉维强调，发展权是其首要优先事项。") == {("state/MWI", "concept/right-to-development", "Supportive")}
    assert views("马拉维表示，互利合作体现了双重标准。") == set()


def test_this_concept_with_no_concept_in_its_span_is_the_one_under_discussion():
    got = views("挪威对共赢合作表示怀疑。中国表示，共赢合作有助于构建人权方面的命运共同体。瑞士认为，这一概念不适用于人权领域。")
    assert ("state/CHE", "concept/win-win-cooperation", "Critical") in got
    assert ("state/CHE", "concept/community-of-shared-future", "Critical") not in got


def test_amounts_in_brackets_after_each_giver_and_a_received_total():
    got = money("人权领域技术合作自愿基金收到的捐款来自挪威(300 万美元)和德国(200 万欧元)。")
    assert got == {("state/NOR", "org/vf-tc", "3000000", "USD", None), ("state/DEU", "org/vf-tc", "2000000", "EUR", None)}
    got = money("2023 年，人权领域技术合作自愿基金共收到 1 200 万美元的捐款，其中挪威捐款 300 万美元。")
    assert got == {("state/NOR", "org/vf-tc", "3000000", "USD", "2023")}  # the total has no giver


def test_money_given_to_an_office_is_a_contribution_not_help():
    got = run("欧洲联盟向人权高专办提供了 320 万欧元的赠款。")
    assert not [r for r in got.relations if r.predicate == "assists"]
    assert {(c.contributor, c.recipient, c.amount) for c in got.contributions} == {("org/eu", "org/ohchr", "3200000")}
    # money given to a State is help to it
    assert facts("欧洲联盟向马拉维提供了资金。", predicate="assists") == {("org/eu", "assists", "state/MWI", "Reported")}


def test_a_fund_supporting_offices_listed_after_one_head_or_a_states_institution():
    got = facts("人权领域技术合作自愿基金继续支持人权高专办在乍得和毛里塔尼亚的国家办事处。")
    assert got == {("org/ohchr-chad", "fundedBy", "org/vf-tc", "Reported"),
                   ("org/ohchr-mauritania", "fundedBy", "org/vf-tc", "Reported")}
    got = facts("马拉维的国家人权机构得到了人权领域技术合作自愿基金的支持。")
    assert got == {("org/vf-tc", "assists", "state/MWI", "Reported")}
    # paying for what an office owns (an adviser's post) is no funding of the office
    got = facts("人权领域技术合作自愿基金为人权高专办驻马拉维人权顾问的职位提供了资金。")
    assert not {f for f in got if f[1] == "fundedBy"}


def test_a_fund_named_bare_after_a_recommending_verb():
    got = facts("董事会建议基金继续支持马拉维的国家人权机构。", predicate="assists",
                title="联合国人权领域技术合作自愿基金")
    assert got == {("org/vf-tc", "assists", "state/MWI", "Recommended")}


def test_a_qualifier_after_but_counts_only_when_it_judges_the_concept():
    assert views("墨西哥没有对共赢合作提出质疑，但强调技术合作必须以国家的请求为基础。") == {
        ("state/MEX", "concept/win-win-cooperation", "NotQuestioned")}
    # a qualifier about the concept (its pronoun, its name, or no subject of its own) decides
    assert views("日本认为，发展权十分重要，但其含义需要进一步澄清。") == {
        ("state/JPN", "concept/right-to-development", "Sceptical")}
    assert views("日本认为互利合作有用，但他提醒说，互利合作可能被滥用。") == {
        ("state/JPN", "concept/mutually-beneficial-cooperation", "Critical")}
    assert views("日本认为互利合作有用，但可能被滥用。") == {
        ("state/JPN", "concept/mutually-beneficial-cooperation", "Critical")}


def test_cues_of_a_basis_a_benefit_an_inalienable_right_and_accord_with_the_charter():
    assert views("马拉维认为，互利合作是技术合作的基础。") == {
        ("state/MWI", "concept/mutually-beneficial-cooperation", "Supportive")}
    assert views("赞比亚强调，互利合作有利于增强国家自主权。") == {
        ("state/ZMB", "concept/mutually-beneficial-cooperation", "Supportive")}
    assert views("南非认为，发展权是一项不可剥夺的人权。") == {("state/ZAF", "concept/right-to-development", "Supportive")}
    assert views("巴西指出，互利合作原则符合《联合国宪章》的宗旨。") == {
        ("state/BRA", "concept/mutually-beneficial-cooperation", "Supportive")}
    # the same words not said of the concept
    assert views("巴西指出，互利合作已写入决议。") == set()

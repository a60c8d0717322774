"""Who paid for help, help refused or approved and still to start, in more forms (read with the rules alone; the
money for help only the back-off read is tested in ``test_assist_model.py``): money that comes from a source
(``所需经费来自 X``: ``funded_back_source``), through a programme (``funded_back_aside``), for a post (``post_nouns``),
shared (``shared the cost``) or for a post set beside its deployment (``…, a post financed for its first year by X``);
a request the one asked turned down (``回绝``, ``无法开展``, a bank taken up as ``该行``) or that the text says was not
carried out after a contrast (``但这一请求…没有得到落实``: ``work_ref_openers``); and help approved that is still to
start (``approval_words``, ``starts_later``). Sentences of our own, not copied from any gold text."""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment


def _read(text: str):
    text = f"1. {text}\n\n"
    return relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))


def _help(text: str) -> dict[tuple[str, str], str]:
    return {(r.subject, r.object): r.modality for r in _read(text).relations if r.predicate == "assists"}


@pytest.mark.parametrize("text, payer, recipient", [
    ("人权高专办西非区域办事处协助马里外交部起草了提交禁止酷刑委员会的报告。所需经费来自联合国人权领域技术合作自愿基金。",
     "org/vf-tc", "state/MLI"),
    # the post's State, not the country team it advised
    ("人权高专办于 2104 年应冈比亚政府的请求向该国派遣了一名人权顾问。顾问就如何将人权纳入合作框架向联合国国家工作队"
     "提供咨询。该职位 2105 年所需经费来自瑞典。", "state/SWE", "state/GMB"),
    ("UNICEF and WHO jointly trained 400 nurses of Ghana in 2106. Norway and Ireland shared the cost of the training.",
     "state/NOR", "state/GHA"),
    ("In May 2106, the High Commissioner placed a senior human rights adviser in the Ministry of Justice of Ghana, a post "
     "financed for its first year by Switzerland.", "state/CHE", "state/GHA"),
])
def test_money_for_the_help_before(text, payer, recipient):
    assert _help(text).get((payer, recipient)) == "Reported"


def test_a_post_paid_for_helps_no_country_team():
    got = _help("人权高专办于 2104 年应冈比亚政府的请求向该国派遣了一名人权顾问。顾问就如何将人权纳入合作框架向联合国国家工作队"
                "提供咨询。该职位 2105 年所需经费来自瑞典。")
    assert ("state/SWE", "org/unct") not in got


@pytest.mark.parametrize("text, asked, state", [
    ("布隆迪政府还提到，它于 2105 年请世界银行为少年司法项目出资，世界银行以该项目不属其业务范围为由回绝了这一请求。",
     "org/world-bank", "state/BDI"),
    ("博茨瓦纳表示，它曾请非洲开发银行资助法院档案数字化，该行以预算已经用完为由予以拒绝。", "org/afdb", "state/BWA"),
    ("斐济还请联合国环境规划署(环境署)评估海岸侵蚀对住房权的影响，环境署答复说，由于资源有限，目前无法开展这项评估。",
     "org/unep", "state/FJI"),
    ("萨摩亚还提到，它曾请劳工组织协助修订劳动法，但这一请求至今没有得到落实。", "org/ilo", "state/WSM"),
])
def test_help_asked_for_and_not_given(text, asked, state):
    assert _help(text).get((asked, state)) == "Negated"


def test_a_request_still_unanswered_stays_asked():
    got = _help("萨摩亚还提到，它曾请劳工组织协助修订劳动法，但迄今尚未收到答复。")
    assert got.get(("org/ilo", "state/WSM")) == "Requested"


def test_a_word_that_starts_like_the_bank_is_no_bank():
    text = "1. 博茨瓦纳曾请非洲开发银行资助法院档案数字化。该行为违反了该国的采购规则。随后该行予以拒绝。\n\n"
    rec = recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text))))
    # (该行为, the act, is no reference; 该行 予以拒绝 is the bank)
    assert [m.entity for m in rec.mentions if m.via == "backref" and m.entity.startswith("org/")] == ["org/afdb"]


@pytest.mark.parametrize("text, pair", [
    ("人权领域技术合作自愿基金于 2106 年核准了一个由人权高专办实施、为多哥监狱看守举办培训的项目，该项目定于 2107 年 4 月启动。",
     ("org/ohchr", "state/TGO")),
    ("At its ninetieth session, the Board of Trustees of the United Nations Voluntary Fund for Technical Cooperation in "
     "the Field of Human Rights approved grants from the Fund for projects in Nepal and Jordan, which are due to begin "
     "in the first quarter of 2106.", ("org/vf-tc", "state/JOR")),
    ("The United Nations Voluntary Fund for Technical Cooperation in the Field of Human Rights approved a grant for a "
     "project of UNDP in Nepal in 2105. The project will start in March 2106.", ("org/undp", "state/NPL")),
])
def test_help_approved_and_still_to_start(text, pair):
    assert _help(text).get(pair) == "Planned"


def test_help_approved_and_started_stays_reported():
    got = _help("The United Nations Voluntary Fund for Technical Cooperation in the Field of Human Rights approved a grant "
                "for a project of UNDP in Nepal in 2105. The project trained 40 judges.")
    assert got.get(("org/undp", "state/NPL")) == "Reported"

"""What the bundled gazetteers must cover for UN human-rights reports they have never seen:
the UN system (organs, Council mechanisms, treaty bodies, special procedures, OHCHR field
presences, funds and programmes, specialized agencies, related organisations, missions),
regional systems, NHRIs and their networks, posts, renamed funds, and the symbol prefixes.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tacb_graph.recognise.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def gz():
    return load_gazetteer()


def _kinds(gz, ids):
    return {i: gz.entities[f"org/{i}"].kind for i in ids if f"org/{i}" in gz.entities}


def _all(gz, ids, kind):
    got = _kinds(gz, ids)
    missing = sorted(set(ids) - set(got))
    wrong = {i: k for i, k in got.items() if k != kind}
    assert not missing and not wrong, (missing, wrong)


def test_principal_organs(gz):
    _all(gz, ["ga", "sc", "ecosoc", "trusteeship-council", "icj", "secretariat"], "UNBody")


def test_human_rights_council_mechanisms(gz):
    ids = ["hrc-advisory-committee", "upr-working-group", "emrip", "emrtd", "forum-minority-issues", "social-forum",
           "forum-business-hr", "forum-democracy", "hrc-wg-communications", "hrc-wg-situations", "hrc-bureau",
           "iwg-ddpa", "oeigwg-tnc", "adhoc-complementary-standards", "coi-syria", "iimm"]
    _all(gz, ids, "UNBody")
    for i in ids:
        assert gz.entities[f"org/{i}"].parent == "org/hrc", i
    assert gz.entities["org/complaint-procedure"].kind == "Programme"
    assert gz.entities["org/universal-periodic-review"].kind == "Programme"


@pytest.mark.parametrize("key, abbr", [("ccpr", "CCPR"), ("cescr", "CESCR"), ("cerd", "CERD"), ("cedaw", "CEDAW"),
                                       ("cat", "CAT"), ("spt", "SPT"), ("crc", "CRC"), ("cmw", "CMW"),
                                       ("crpd", "CRPD"), ("ced", "CED")])
def test_treaty_bodies(gz, key, abbr):
    assert gz.lookup(abbr, "en").key == f"org/{key}"
    assert gz.entities[f"org/{key}"].kind == "UNBody"


def test_special_procedures(gz):
    """Thematic and country mandates of the Council: special rapporteurs, independent experts, working groups.

    A special rapporteur or independent expert is one person acting in their own name: a ``Post``
    (as the gold annotates them); a working group of five experts is a body.
    """
    not_mandates = {"org/upr-working-group", "org/hrc-wg-communications", "org/hrc-wg-situations",
                    "org/wg-right-to-development"}
    mandates = [e for e in gz.entities.values() if e.parent == "org/hrc" and e.key not in not_mandates
                and e.label_en.startswith(("Special Rapporteur", "Independent Expert", "Working Group"))]
    assert len(mandates) >= 60, len(mandates)
    country = [e for e in mandates if "situation of human rights in" in e.label_en]
    assert len(country) >= 12, len(country)
    for e in mandates:
        assert e.kind == ("UNBody" if e.label_en.startswith("Working Group") else "Post"), e.key


def test_ohchr_field_presences(gz):
    field = [e for e in gz.entities.values() if e.parent == "org/ohchr" and e.key.startswith("org/ohchr-")
             and ("Office" in e.label_en or "Centre" in e.label_en)]
    assert len(field) >= 30, len(field)
    assert gz.lookup("联合国乌克兰人权监测团").key == "org/hrmmu"


def test_funds_and_programmes(gz):
    _all(gz, ["undp", "unicef", "unfpa", "unhcr", "wfp", "unep", "unhabitat", "unodc", "unwomen", "unops", "unrwa",
              "unctad", "itc", "unv", "unaids", "uncdf"], "UNFundOrProgramme")


def test_specialized_agencies(gz):
    _all(gz, ["ilo", "fao", "unesco", "who", "world-bank", "ibrd", "ida", "ifc", "miga", "icsid", "imf", "icao", "imo",
              "itu", "upu", "wmo", "wipo", "ifad", "unido", "unwto"], "SpecializedAgency")


def test_related_organizations(gz):
    _all(gz, ["wto", "iom", "iaea", "opcw", "ctbto", "isa", "icc", "itlos"], "RelatedOrganization")


def test_posts(gz):
    _all(gz, ["sg", "dsg", "hchr", "dhchr", "pga", "phrc", "sr-torture", "sr-housing", "ie-somalia", "ie-car"], "Post")
    _all(gz, ["wgad", "wgeid", "coi-syria", "emrip", "ohchr", "srsg-caac"], "UNBody")


def test_missions(gz):
    ids = ["unama", "monusco", "unmiss", "minusma", "unsmil", "unami", "minusca", "unsom", "binuh", "unmik", "unmil",
           "unoci", "uniogbis", "unowas", "unitams", "unvmc", "unifil"]
    _all(gz, ids, "UNBody")


def test_regional_systems(gz):
    _all(gz, ["au", "achpr", "afchpr", "acerwc", "au-psc", "ecowas", "ecowas-court", "sadc", "eac", "igad", "oas",
              "iachr", "iacthr", "oas-general-assembly", "eu", "fra", "coe", "ecthr", "ecsr", "osce", "odihr", "asean",
              "aichr", "acwc", "las", "arab-hr-committee", "oic", "oic-ipchr", "pif", "caricom", "commonwealth", "oif",
              "cplp", "celac"], "RegionalOrganization")


def test_nhris_and_their_networks(gz):
    _all(gz, ["ganhri", "apf", "nanhri", "ennhri", "rindhca", "annhri", "fio", "ioi"], "NGO")
    nhris = [e for e in gz.entities.values() if e.kind == "NHRI"]
    assert len(nhris) >= 130, len(nhris)


def test_renamed_funds_and_bodies(gz):
    renamed = {e.key: e.renamed_to for e in gz.entities.values() if e.renamed_to}
    assert renamed["org/vf-ast"] == "org/vf-tc"
    assert len(renamed) >= 4


def test_symbol_prefixes_of_the_bodies(gz):
    assert gz.prefix_for("org/hrc", "resolution") == "A/HRC/RES/" and gz.prefix_for("org/hrc", "decision") == "A/HRC/DEC/"
    assert gz.prefix_for("org/ga", "resolution") == "A/RES/"
    assert gz.prefix_for("org/sc", "resolution") == "S/RES/"
    assert gz.prefix_for("org/ecosoc", "decision") == "E/DEC/"
    assert gz.prefix_for("org/chr", "resolution") == "E/CN.4/RES/"
    assert gz.prefix_for("org/trusteeship-council", "resolution") == "T/RES/"
    assert gz.body_for_symbol("S/RES/2417(2018)") == "org/sc"
    assert gz.body_for_symbol("E/CN.4/Sub.2/RES/1999/2") == "org/sub-commission"


def test_every_entity_has_both_names(gz):
    for e in gz.entities.values():
        assert e.label_zh and e.label_en, e.key


def test_counts_per_class(gz):
    counts = Counter(e.kind for e in gz.entities.values())
    assert counts["State"] == 195
    assert counts["Place"] >= 250 and counts["UNBody"] >= 175 and counts["Post"] >= 60 and counts["NHRI"] >= 30


# ------------------------------------------------- sentences written for these tests
# The whole recogniser (ruler, not-names, symbols) on one-paragraph reports: new rows are found as
# whole names, with their class and id, and a name that holds another name wins over it.

from tacb_graph.recognise import recognise  # noqa: E402
from tacb_graph.records import Source  # noqa: E402
from tacb_graph.segment import segment  # noqa: E402


def _mentions(text: str) -> list[tuple[str, str, str]]:
    """``(surface, entity key, class)`` of every mention in a one-paragraph report, in text order."""
    text = f"1. {text}\n"
    rec = recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text))))
    gz = load_gazetteer()
    return [(m.surface, m.entity, gz.entities[m.entity].kind if m.entity in gz.entities else "")
            for m in sorted(rec.mentions, key=lambda m: (m.start, m.end))]


@pytest.mark.parametrize("sentence, expected", [
    ("摩洛哥国家人权理事会和毛里求斯国家人权委员会交流了经验。",
     [("摩洛哥国家人权理事会", "org/cndh-morocco"), ("毛里求斯国家人权委员会", "org/nhrc-mauritius")]),
    ("刚果国家人权委员会与刚果民主共和国国家人权委员会举行了会议。",
     [("刚果国家人权委员会", "org/cndh-congo"), ("刚果民主共和国国家人权委员会", "org/nhrc-drc")]),
    ("人权高专办支持中非共和国国家人权和基本自由委员会和几内亚独立国家人权机构。",
     [("人权高专办", "org/ohchr"), ("中非共和国国家人权和基本自由委员会", "org/cndhlf-car"),
      ("几内亚独立国家人权机构", "org/inidh-guinea")]),
    ("哥伦比亚监察员办公室、危地马拉人权监察员办公室和智利国家人权研究所参加了讲习班。",
     [("哥伦比亚监察员办公室", "org/ombudsman-colombia"), ("危地马拉人权监察员办公室", "org/pdh-guatemala"),
      ("智利国家人权研究所", "org/indh-chile")]),
    ("亚美尼亚共和国人权维护者和哈萨克斯坦共和国人权专员访问了日内瓦。",
     [("亚美尼亚共和国人权维护者", "org/hrd-armenia"), ("哈萨克斯坦共和国人权专员", "org/ombudsman-kazakhstan"),
      ("日内瓦", "place/geneva")]),
])
def test_zh_new_nhris_are_whole_names(sentence, expected):
    got = _mentions(sentence)
    assert [(s, k) for s, k, _ in got] == expected
    assert all(c == "NHRI" for _, k, c in got if k.startswith("org/") and k != "org/ohchr")


@pytest.mark.parametrize("sentence, expected", [
    ("The National Human Rights Council of Morocco and the Seychelles Human Rights Commission signed an agreement.",
     [("National Human Rights Council of Morocco", "org/cndh-morocco"),
      ("Seychelles Human Rights Commission", "org/shrc-seychelles")]),
    ("The Office of the Ombudsman of Peru and the National Human Rights Institution and Ombudsman's Office of Uruguay met.",
     [("Office of the Ombudsman of Peru", "org/ombudsman-peru"),
      ("National Human Rights Institution and Ombudsman's Office of Uruguay", "org/inddhh-uruguay")]),
    ("The People's Advocate of the Republic of Moldova and the Human Rights Ombudsman of Bosnia and Herzegovina were trained.",
     [("People's Advocate of the Republic of Moldova", "org/peoples-advocate-moldova"),
      ("Human Rights Ombudsman of Bosnia and Herzegovina", "org/ombudsman-bih")]),
    ("OHCHR advised the Iraqi High Commission for Human Rights and the Oman Human Rights Commission.",
     [("OHCHR", "org/ohchr"), ("Iraqi High Commission for Human Rights", "org/ihchr-iraq"),
      ("Oman Human Rights Commission", "org/ohrc-oman")]),
])
def test_en_new_nhris_are_whole_names(sentence, expected):
    got = _mentions(sentence)
    assert [(s, k) for s, k, _ in got] == expected
    assert all(c == "NHRI" for _, k, c in got if k != "org/ohchr")


@pytest.mark.parametrize("sentence, expected", [
    # a body's name inside the NHRI's name: the NHRI wins
    ("俄罗斯联邦人权事务高级专员会见了联合国人权事务高级专员。",
     [("俄罗斯联邦人权事务高级专员", "org/hc-russia", "NHRI"), ("联合国人权事务高级专员", "org/hchr", "Post")]),
    ("The High Commissioner for Human Rights in the Russian Federation met the High Commissioner for Human Rights.",
     [("High Commissioner for Human Rights in the Russian Federation", "org/hc-russia", "NHRI"),
      ("High Commissioner for Human Rights", "org/hchr", "Post")]),
    ("The Commission on Human Rights and Public Administration wrote to the Commission on Human Rights.",
     [("Commission on Human Rights and Public Administration", "org/chrpa-eswatini", "NHRI"),
      ("Commission on Human Rights", "org/chr", "UNBody")]),
    ("The Protector of Citizens of Serbia met the Protector of Citizens Association in Belgrade.",
     [("Protector of Citizens of Serbia", "org/protector-of-citizens-serbia", "NHRI"),
      ("Protector of Citizens Association", "org/protector-of-citizens-association", "NGO"),
      ("Belgrade", "place/belgrade", "Place")]),
    # an instrument's title inside the fund's: the fund wins, and the instrument alone stays an instrument
    ("根据《禁止酷刑公约任择议定书》设立的特别基金资助了国家防范机制。",
     [("根据《禁止酷刑公约任择议定书》设立的特别基金", "org/opcat-special-fund", "Fund")]),
    ("《禁止酷刑公约任择议定书》所设特别基金支持落实《禁止酷刑公约任择议定书》。",
     [("《禁止酷刑公约任择议定书》所设特别基金", "org/opcat-special-fund", "Fund"),
      ("禁止酷刑公约任择议定书", "instrument/opcat", "Instrument")]),
    ("The Special Fund established by the Optional Protocol to the Convention against Torture and Other Cruel, "
     "Inhuman or Degrading Treatment or Punishment financed a project in Togo.",
     [("Special Fund established by the Optional Protocol to the Convention against Torture and Other Cruel, "
       "Inhuman or Degrading Treatment or Punishment", "org/opcat-special-fund", "Fund"), ("Togo", "state/TGO", "State")]),
    # a region or a body inside an office's name
    ("The United Nations Sub-regional Centre for Human Rights and Democracy in Central Africa trained officials.",
     [("United Nations Sub-regional Centre for Human Rights and Democracy in Central Africa",
       "org/ohchr-central-africa-centre", "UNBody")]),
    ("The UN Human Rights Training and Documentation Centre for South-West Asia and the Arab Region is in Doha.",
     [("UN Human Rights Training and Documentation Centre for South-West Asia and the Arab Region",
       "org/ohchr-doha-centre", "UNBody"), ("Doha", "place/doha", "Place")]),
    ("The OHCHR Regional Office for Central America and the Dominican Republic supported the UN Joint Human Rights Office.",
     [("OHCHR Regional Office for Central America and the Dominican Republic", "org/ohchr-central-america", "UNBody"),
      ("UN Joint Human Rights Office", "org/unjhro", "UNBody")]),
    ("南苏丹特派团人权司和南苏丹特派团。",
     [("南苏丹特派团人权司", "org/unmiss-hrd", "UNBody"), ("南苏丹特派团", "org/unmiss", "UNBody")]),
    ("The Advisory Committee on the Framework Convention for the Protection of National Minorities and the Advisory Committee.",
     [("Advisory Committee on the Framework Convention for the Protection of National Minorities", "org/coe-acfc",
       "RegionalOrganization"), ("Advisory Committee", "org/hrc-advisory-committee", "UNBody")]),
    ("The Council of Europe Development Bank and the Council of Europe.",
     [("Council of Europe Development Bank", "org/ceb-bank", "RegionalOrganization"),
      ("Council of Europe", "org/coe", "RegionalOrganization")]),
    ("The SADC Tribunal and SADC; the East African Legislative Assembly and the East African Court of Justice.",
     [("SADC Tribunal", "org/sadc-tribunal", "RegionalOrganization"), ("SADC", "org/sadc", "RegionalOrganization"),
      ("East African Legislative Assembly", "org/eala", "RegionalOrganization"),
      ("East African Court of Justice", "org/eacj", "RegionalOrganization")]),
    ("赤道几内亚人权状况特别报告员和利比里亚技术合作和咨询服务问题独立专家访问了几内亚。",
     [("赤道几内亚人权状况特别报告员", "org/sr-equatorial-guinea", "Post"),
      ("利比里亚技术合作和咨询服务问题独立专家", "org/ie-liberia", "Post"), ("几内亚", "state/GIN", "State")]),
])
def test_whole_names_win_over_the_names_inside(sentence, expected):
    assert _mentions(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("可持续发展目标联合基金、秘书长建设和平基金和妇女署性别平等基金提供了资金。",
     [("可持续发展目标联合基金", "org/joint-sdg-fund", "Fund"), ("秘书长建设和平基金", "org/peacebuilding-fund", "Fund"),
      ("妇女署性别平等基金", "org/fund-for-gender-equality", "Fund")]),
    ("The Joint SDG Fund, the Secretary-General's Peacebuilding Fund and the UN Voluntary Trust Fund on Contemporary "
     "Forms of Slavery made grants.",
     [("Joint SDG Fund", "org/joint-sdg-fund", "Fund"), ("Secretary-General's Peacebuilding Fund", "org/peacebuilding-fund", "Fund"),
      ("UN Voluntary Trust Fund on Contemporary Forms of Slavery", "org/vf-slavery", "Fund")]),
    ("The Human Rights Mainstreaming Multi-Donor Trust Fund and the Indigenous Fellowship Programme.",
     [("Human Rights Mainstreaming Multi-Donor Trust Fund", "org/hrm-mdtf", "Fund"),
      ("Indigenous Fellowship Programme", "org/indigenous-fellowship-programme", "Programme")]),
    ("The Working Group on the rights of peasants and other people working in rural areas and GRETA reported.",
     [("Working Group on the rights of peasants and other people working in rural areas", "org/wg-peasants", "UNBody"),
      ("GRETA", "org/greta", "RegionalOrganization")]),
    ("The Special Rapporteur on extreme poverty and the Special Rapporteur on extrajudicial executions visited Chile.",
     [("Special Rapporteur on extreme poverty", "org/sr-extreme-poverty", "Post"),
      ("Special Rapporteur on extrajudicial executions", "org/sr-executions", "Post"), ("Chile", "state/CHL", "State")]),
])
def test_new_funds_programmes_and_mandates(sentence, expected):
    assert _mentions(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("其中东部省份受灾最重。", []),
    ("马拉维湖沿岸社区和马拉维政府。", [("马拉维", "state/MWI")]),
    ("南中国海的渔民。", []),
    ("伊拉克和黎凡特伊斯兰国在伊拉克北部。", [("伊拉克", "state/IRQ")]),
    ("苏丹解放军和刚果解放运动。", []),
    ("为官员举办缅甸语、黑山语和柬埔寨语培训。", []),
    ("马里亚纳群岛和马里兰州的代表。", []),
    ("Fishing communities on Lake Malawi and the Senegal River.", []),
    ("ISIL, the Islamic State in Iraq and the Levant, was active in Iraq.", [("Iraq", "state/IRQ")]),
    ("Ships in the Gulf of Oman and the Sea of Japan.", []),
    ("The Movement for the Liberation of the Congo held a rally.", []),
    ("Workshops in Djibouti City and Belize City.", [("Djibouti City", "place/djibouti-city"),
                                                    ("Belize City", "place/belize-city")]),
])
def test_phrases_that_hold_a_state_name(sentence, expected):
    assert [(s, k) for s, k, _ in _mentions(sentence)] == expected


def test_every_form_is_recognised_whole_as_its_own_entity(gz):
    """Each Chinese and English form of every organisation and place, in a list of forms, is one mention
    of its own entity (so no longer name, not-name or State swallows or splits it)."""
    keys = {k for k in gz.entities if k.startswith(("org/", "place/"))}
    for lang, sep, lead in (("zh", "；", ""), ("en", "; ", "The meeting was attended by ")):
        forms = sorted((f, k) for f, k in gz.surfaces[lang].items() if k in keys)
        assert len(forms) > 1000, lang
        bad = []
        for i in range(0, len(forms), 200):
            chunk = forms[i:i + 200]
            got = {(s.casefold(), k) for s, k, _ in _mentions(lead + sep.join(f for f, _ in chunk) + ".")}
            bad += [(f, k) for f, k in chunk if (f.casefold(), k) not in got]
        assert not bad, (lang, bad[:20])

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
    _all(gz, ["ganhri", "apf", "nanhri", "ennhri"], "NGO")
    nhris = [e for e in gz.entities.values() if e.kind == "NHRI"]
    assert len(nhris) >= 30, len(nhris)


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

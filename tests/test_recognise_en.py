"""English recognition: resolutions and their bodies, back-references, and names that contain others.

Sentences of our own in the style of UN reports, read with the bundled gazetteers and the
English language folder (``data/patterns/en/``).
"""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.segment import segment


def run(*paragraphs: str):
    text = "".join(f"{i}. {p}\n\n" for i, p in enumerate(paragraphs, 1))
    rec = recognise(segment(Source("t.txt", "t", text, "0" * 64, "utf-8", len(text))))
    assert rec.lang == "en"
    return rec


def mentions(rec, number: int | None = None) -> list[tuple[str, str]]:
    """(surface as written, entity key) of the mentions of paragraph ``number``, in text order."""
    return [(m.surface, m.entity) for m in sorted(rec.mentions, key=lambda m: (m.number, m.start))
            if m.unit == "paragraph" and (number is None or m.number == number)]


@pytest.mark.parametrize("text, symbol", [
    ("The Human Rights Council, in resolution 42/34, requested a report.", "A/HRC/RES/42/34"),
    ("In its resolution 42/34, the Human Rights Council requested a report.", "A/HRC/RES/42/34"),
    ("General Assembly resolution 60/251 created the Council.", "A/RES/60/251"),
    ("Security Council resolution 2417 (2018) concerns hunger.", "S/RES/2417(2018)"),
    ("The Human Rights Council adopted decision 2/102.", "A/HRC/DEC/2/102"),
    ("Economic and Social Council decision 1998/269 endorsed it.", "E/DEC/1998/269"),
    ("Commission on Human Rights resolution 2003/83 was adopted.", "E/CN.4/RES/2003/83"),
    ("The General Assembly, in its resolution 926 (X), authorized advisory services.", "A/RES/926(X)"),
])
def test_resolutions_and_their_bodies(text, symbol):
    assert f"resolution/{symbol}" in [k for _s, k in mentions(run(text))]


def test_security_council_resolution_in_a_human_rights_council_passage():
    rec = run("The Human Rights Council met in June.", "Mali recalled Security Council resolution 2417 (2018).")
    keys = [k for _s, k in mentions(rec, 2)]
    assert "resolution/S/RES/2417(2018)" in keys and not any(k.startswith("resolution/A/HRC") for k in keys)


def test_its_decision_is_the_council_named_in_the_sentence():
    rec = run("The Human Rights Council met in July.",
              "The Human Rights Council Advisory Committee recommends that the Council, in accordance with its "
              "decision 2/102, request a report.")
    keys = [k for _s, k in mentions(rec, 2)]
    assert ("the Council", "org/hrc") in mentions(rec, 2)  # not the Advisory Committee, whose name holds Council
    assert "resolution/A/HRC/DEC/2/102" in keys and "resolution/E/DEC/2/102" not in keys


@pytest.mark.parametrize("paragraphs, expected", [
    (("OHCHR opened a country office in Chad.", "The Office trained judges."), ("The Office", "org/ohchr")),
    (("The Human Rights Council Advisory Committee met.", "The Committee adopted a study."),
     ("The Committee", "org/hrc-advisory-committee")),
    (("The Voluntary Fund for Technical Cooperation grew.", "The Fund supported Chad."), ("The Fund", "org/vf-tc")),
    (("The Special Rapporteur on the right to development spoke.", "The Special Rapporteur stressed equality."),
     ("The Special Rapporteur", "org/sr-right-to-development")),
    (("OHCHR assisted Chad.", "The Government adopted a plan."), ("The Government", "state/TCD")),
    (("OHCHR assisted Chad.", "OHCHR will expand its presence in the country."), ("the country", "state/TCD")),
])
def test_back_references(paragraphs, expected):
    assert expected in mentions(run(*paragraphs), 2)


def test_back_references_reach_over_a_few_paragraphs():
    rec = run("The United Nations Subregional Centre for Human Rights and Democracy in Central Africa met.",
              "Chad reported.", "Gabon reported.", "The Subregional Centre trained judges.")
    assert ("The Subregional Centre", "org/ohchr-central-africa-centre") in mentions(rec, 4)


def test_the_government_of_a_state_names_the_state_only():
    rec = run("OHCHR assisted Chad.", "The Government of Togo adopted a plan.")
    assert mentions(rec, 2) == [("Togo", "state/TGO")]


def test_a_longer_name_is_no_back_reference():
    rec = run("The Commission on Human Rights met.", "Togo set up the Commission for Truth and Reconciliation.")
    assert "org/chr" not in [k for _s, k in mentions(rec, 2)]


def test_the_high_commissioner_without_an_earlier_mention():
    assert ("The High Commissioner", "org/hchr") in mentions(run("The High Commissioner visited Chad."))


def test_plural_office_spread_over_the_states_listed():
    rec = run("The Fund supported the OHCHR country offices in Guinea, Mauritania and the Sudan.")
    keys = [k for _s, k in mentions(rec)]
    assert {"org/ohchr-guinea", "org/ohchr-mauritania", "org/ohchr-sudan"} <= set(keys)
    assert not {"state/GIN", "state/MRT", "state/SDN", "org/ohchr"} & set(keys)


def test_the_country_office_of_a_sentence_set_in_a_state_is_the_office_there():
    # the office in the State the sentence opens with, not the office named last
    rec = run("The OHCHR country office in Guinea trained magistrates in Conakry.",
              "In Colombia, the country office advised prosecutors on a protocol.",
              "The country office also trained police officers.")
    assert ("the country office", "org/ohchr-colombia") in mentions(rec, 2)
    assert ("The country office", "org/ohchr-colombia") in mentions(rec, 3)  # the office named last
    # no OHCHR office in Benin in the gazetteer: the office named before
    rec = run("The OHCHR country office in Guinea trained magistrates.", "In Benin, the country office met judges.")
    assert ("the country office", "org/ohchr-guinea") in mentions(rec, 2)
    # a State named with its article: the office there (the gazetteer's name holds the article)
    rec = run("The OHCHR country office in Guinea trained magistrates.", "In the Niger, the country office met judges.")
    assert ("the country office", "org/ohchr-niger") in mentions(rec, 2)


def test_a_counted_plural_stands_for_the_last_that_many_named():
    rec = run("The Office worked with the United Nations Development Programme and UN-Women. In Montenegro, "
              "the three entities jointly supported the Protector of Human Rights and Freedoms of Montenegro.")
    assert {k for s, k in mentions(rec) if s == "the three entities"} == {"org/ohchr", "org/undp", "org/unwomen"}
    # the latest named: UNICEF came first, then the Office and the East African Community
    rec = run("UNICEF trained teachers. The Office signed an agreement with the East African Community; "
              "under it, the two organizations will train observers.")
    assert {k for s, k in mentions(rec) if s == "the two organizations"} == {"org/ohchr", "org/eac"}
    rec = run("Ghana and Togo met in Accra. Both countries asked the Office for help.")
    assert {k for s, k in mentions(rec) if s == "Both countries"} == {"state/GHA", "state/TGO"}
    # fewer named than counted: none
    assert not [k for s, k in mentions(run("Ghana met the Office. The three countries agreed.")) if s == "The three countries"]


@pytest.mark.parametrize("text, present, absent", [
    ("Nigeria and the Niger signed an agreement.", {"state/NGA", "state/NER"}, set()),
    ("Nigeria signed an agreement.", {"state/NGA"}, {"state/NER"}),
    ("Guinea-Bissau, Equatorial Guinea and Papua New Guinea replied.", {"state/GNB", "state/GNQ", "state/PNG"},
     {"state/GIN"}),
    ("South Sudan replied.", {"state/SSD"}, {"state/SDN"}),
    ("The Dominican Republic replied.", {"state/DOM"}, {"state/DMA"}),
    ("The Democratic Republic of the Congo replied.", {"state/COD"}, {"state/COG"}),
    ("OHCHR assisted developing countries.", {"org/ohchr"}, {"state/CHN"}),
])
def test_names_inside_longer_names(text, present, absent):
    keys = {k for _s, k in mentions(run(text))}
    assert present <= keys and not absent & keys


def test_the_government_is_the_country_the_report_names_most():
    rec = run("The Government of Togo adopted a plan. OHCHR assisted Togo.",
              "Germany and Luxembourg contributed to the Fund.",
              "The Government then ratified the Convention against Torture.")
    assert ("The Government", "state/TGO") in mentions(rec, 3)
    rec = run("The Government of Togo adopted a plan.", "Ghana replied. The Government of Ghana also signed.")
    assert ("Ghana", "state/GHA") in mentions(rec, 2)


def test_a_back_reference_may_stand_for_a_name_inside_a_longer_name():
    rec = run("The Board of Trustees of the Voluntary Fund for Financial and Technical Assistance in the "
              "Implementation of the Universal Periodic Review met in Geneva.",
              "The Fund then supported two workshops in Nepal.")
    assert "org/upr-vf-fta" not in [k for _s, k in mentions(rec, 1)]  # the inner name is no mention
    assert ("The Fund", "org/upr-vf-fta") in mentions(rec, 2)
    # a fund named on its own, nearer, comes first
    rec = run("The Board of Trustees of the Voluntary Fund for Financial and Technical Assistance in the "
              "Implementation of the Universal Periodic Review met in Geneva.",
              "The Peacebuilding Fund financed a dialogue in Mali.", "The Fund also paid for an adviser.")
    assert ("The Fund", "org/peacebuilding-fund") in mentions(rec, 3)


def _with_title(title: str, *paragraphs: str):
    body = "".join(f"{i}. {p}\n\n" for i, p in enumerate(paragraphs, 1))
    text = (f"A/HRC/99/10\nHuman Rights Council\nNinety-ninth session\nAgenda item 10\nTechnical assistance and "
            f"capacity-building\n\n{title}\n\nReport of the Secretary-General\n\n I. Introduction\n\n{body}")
    rec = recognise(segment(Source("t.txt", "t", text, "0" * 64, "utf-8", len(text))))
    assert rec.lang == "en"
    return rec


def test_the_fund_of_a_report_on_a_fund_is_the_fund_of_its_title():
    rec = _with_title("Peacebuilding Fund: activities in support of human rights",
                      "The Voluntary Fund for Technical Cooperation in the Field of Human Rights trained judges in Chad.",
                      "The Fund also supported a project in Mali.")
    assert ("The Fund", "org/peacebuilding-fund") in mentions(rec, 2)
    # a fund its own paragraph names before the reference still comes first
    rec = _with_title("Peacebuilding Fund: activities in support of human rights",
                      "The Voluntary Fund for Technical Cooperation in the Field of Human Rights trained judges in "
                      "Chad, and the Fund also supported a project in Mali.")
    assert ("the Fund", "org/vf-tc") in mentions(rec, 1)


def test_the_national_human_rights_commission_is_the_one_of_that_name():
    rec = run("The National Human Rights Commission of Nepal met the Human Rights Commission of Sierra Leone.",
              "The Government should cooperate with the National Human Rights Commission.")
    assert ("the National Human Rights Commission", "org/nhrc-nepal") in mentions(rec, 2)


def test_a_board_of_trustees_introduced_again_is_the_board_named_before():
    rec = run("The Board of Trustees of the Voluntary Fund for Technical Cooperation met.",
              "Since 1993, a Board of Trustees appointed by the Secretary-General has advised the High Commissioner.")
    assert ("a Board of Trustees", "org/vf-tc-board") in mentions(rec, 2)


def test_the_letters_of_a_symbol_name_no_body():
    rec = run("See the national report A/HRC/WG.6/40/TGO/1.")
    keys = [k for _s, k in mentions(rec)]
    assert "document/A/HRC/WG.6/40/TGO/1" in keys and "org/hrc" not in keys


def test_a_session_belongs_to_a_body_that_meets_in_sessions():
    rec = run("The Board of Trustees of the Voluntary Fund for Technical Cooperation requested OHCHR to present an "
              "evaluation at its sixtieth session.")
    keys = [k for _s, k in mentions(rec)]
    assert "session/vf-tc-board/60" in keys and "session/ohchr/60" not in keys


def test_the_council_far_from_any_council_named_is_the_body_the_report_goes_to():
    rec = _with_title("Technical cooperation in Chad", "OHCHR trained judges in Chad.", "Chad adopted a plan.",
                      "The present report is submitted to the Council at its ninety-ninth session.")
    assert ("the Council", "org/hrc") in mentions(rec, 3)
    assert "session/hrc/99" in [k for _s, k in mentions(rec, 3)]


def test_the_council_is_no_session_of_it():
    rec = run("The present report is submitted to the Human Rights Council at its ninety-ninth session.",
              "The Advisory Committee will present its study to the Council at its hundredth session.")
    assert ("the Council", "org/hrc") in mentions(rec, 2)


def test_the_review_is_the_universal_periodic_review_named_before():
    rec = run("Nepal prepared its national report for the universal periodic review.",
              "Nepal submitted it for the third cycle of the review in 2021.")
    assert ("the review", "org/universal-periodic-review") in mentions(rec, 2)
    rec = run("Nepal prepared its national report for the universal periodic review.",
              "Nepal completed the review of its penal code.")
    assert "org/universal-periodic-review" not in [k for _s, k in mentions(rec, 2)]


def test_the_name_in_apposition_after_a_post_with_a_long_mandate():
    rec = run("The Special Rapporteur on the promotion of truth, justice, reparation and guarantees of non-recurrence, "
              "Ana Torres, visited Peru.")
    assert ("Ana Torres", "person/ana-torres") in mentions(rec)
    rec = run("The High Commissioner, Burkina Faso and Mali signed a declaration.")
    assert not [k for _s, k in mentions(rec) if k.startswith("person/")]


def test_panellists_listed_with_their_roles():
    rec = run("The panellists were Maria Santos, Minister of Justice of Cabo Verde; Ali Hassan, Chair of the national "
              "commission; and Karin Holm, Special Rapporteur on the right to development.")
    persons = {k for _s, k in mentions(rec) if k.startswith("person/")}
    assert persons == {"person/maria-santos", "person/ali-hassan", "person/karin-holm"}


def test_the_national_commission_of_a_country_report_is_never_another_countrys():
    rec = _with_title("Technical assistance and capacity-building for Mali in the field of human rights",
                      "Mali met the National Human Rights Commission of the Niger.",
                      "Mali should cooperate with the National Human Rights Commission.")
    assert "org/cndh-niger" not in [k for _s, k in mentions(rec, 2)]
    rec = _with_title("Technical assistance and capacity-building for the Niger in the field of human rights",
                      "OHCHR met the National Human Rights Commission of the Niger.",
                      "The Niger should cooperate with the National Human Rights Commission.")
    assert ("the National Human Rights Commission", "org/cndh-niger") in mentions(rec, 2)


def test_the_deputy_high_commissioner_of_a_un_report_named_before_or_not():
    rec = run("The Deputy High Commissioner opened the dialogue, and the High Commissioner closed it.")
    assert mentions(rec, 1) == [("The Deputy High Commissioner", "org/dhchr"), ("the High Commissioner", "org/hchr")]


def _council_report(*paragraphs: str):
    text = "A/HRC/61/40\n\n" + "".join(f"{i}. {p}\n\n" for i, p in enumerate(paragraphs, 1))
    return recognise(segment(Source("t.txt", "t", text, "0" * 64, "utf-8", len(text))))


def test_the_council_of_a_council_report_is_its_body_in_a_unit_that_named_no_other_council():
    rec = _council_report("The Council of Europe shared its experience of peer review among its member States.",
                          "The Office will present its next report to the Council at its sixty-second session.")
    assert ("the Council", "org/hrc") in mentions(rec, 2)
    assert "session/hrc/62" in {e.key for e in rec.entities}


def test_the_council_named_in_its_own_unit_stays_that_council():
    rec = _council_report("The Council of Europe shared its experience. The Council also trained judges in Albania.")
    assert ("The Council", "org/coe") in mentions(rec, 1)


def test_a_short_name_the_report_defines_stands_for_the_name_it_follows():
    rec = run('The OHCHR Country Office in Nepal (hereinafter "the Office") has a sub-office in Nepalgunj.',
              "The Bar Association asked the Office for equipment. The United Nations Children's Fund "
              "(hereinafter “the Fund”) gave computers, and the Fund later trained its staff.")
    assert ("the Office", "org/ohchr-nepal") in mentions(rec, 2)
    assert {k for s, k in mentions(rec, 2) if s.lower() == "the fund"} == {"org/unicef"}


def test_a_short_name_defined_after_a_state_inside_a_longer_name_is_no_office():
    rec = run('The Office of the United Nations High Commissioner for Human Rights in Nepal (hereinafter "the Office") '
              "opened.", "The Bar Association asked the Office for equipment.")
    assert ("the Office", "state/NPL") not in mentions(rec)


def test_a_state_named_inside_the_name_of_its_own_police_or_army():
    from tacb_graph.recognise import recognise
    from tacb_graph.records import Source
    from tacb_graph.segment import segment
    text = "1. UNODC trained 40 officers of the Royal Bhutan Police. The Presidential Human Rights Committee Secretariat met.\n\n"
    got = {m.entity for m in recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))).mentions}
    assert "state/BTN" in got and "org/ccpr" not in got

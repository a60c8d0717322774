"""The fifty-sixth session's rules. Sentences of our own, not copied from any gold text."""

from __future__ import annotations

from outcomes import assists as _assists, facts as _facts


# a visit to learn named by a noun: the one it went to helped the visitors


def test_a_study_visit_named_by_its_noun_is_the_hosts_help_to_the_visitors():
    got = _assists("A study visit to Accra by six magistrates of Liberia took place in March 2104.")
    assert got == {("state/GHA", "state/LBR", "Reported")}


def test_the_visitors_named_after_by_are_not_the_helpers():
    got = _assists("A study visit to Nairobi by four members of the Parliament of Uganda was held in 2104.")
    assert ("state/UGA", "state/KEN", "Reported") not in got
    assert ("state/KEN", "state/UGA", "Reported") in got


def test_a_relative_clause_names_the_host_of_a_visit():
    got = _assists("A study visit to Lisbon by officials of Angola, which the Government of Brazil was to host in "
                   "June 2104, was cancelled.")
    assert got == {("state/BRA", "state/AGO", "Negated")}


def test_one_who_arranged_a_visit_helps_as_well_as_its_host():
    got = _assists("An exchange visit of officials of Chad to Senegal, which UNDP had organized for May 2104, has been "
                   "put off until 2105.")
    assert got == {("org/undp", "state/TCD", "Planned"), ("state/SEN", "state/TCD", "Planned")}


def test_a_visit_in_a_clause_of_its_own_after_and():
    got = _assists("The Government of Peru never answered the letter, and a study visit of prosecutors of Peru to "
                   "Chile has been pushed back to 2106.")
    assert ("state/CHL", "state/PER", "Planned") in got


def test_a_visit_someone_organized_is_still_the_organizers():
    got = _assists("OHCHR organized a study visit to Jakarta for officials of Kenya in 2104.")
    assert got == {("org/ohchr", "state/KEN", "Reported")}


# the subject's own predicate says the activity is still to come


def test_a_visit_planned_for_a_later_year_is_planned():
    assert _assists("A study visit to Oslo by officials of Kenya is planned for 2106.") \
        == {("state/NOR", "state/KEN", "Planned")}
    assert _assists("A study visit to Oslo by officials of Kenya will take place in 2106.") \
        == {("state/NOR", "state/KEN", "Planned")}


def test_a_visit_that_took_place_is_reported_even_when_another_is_planned():
    assert _assists("A study visit to Oslo by officials of Kenya took place in 2104; the next is planned for 2106.") \
        == {("state/NOR", "state/KEN", "Reported")}


# a request of X for help from Y


def test_a_request_for_help_from_a_body_names_the_one_asked():
    got = _facts("A request by Zambia for assistance from UNDP in costing its plan was turned down.")
    assert ("state/ZMB", "requests", "org/undp", "Reported") in got
    assert ("org/undp", "assists", "state/ZMB", "Negated") in got
    got = _facts("A request from Malawi for support from the European Union remains under consideration.")
    assert ("org/eu", "assists", "state/MWI", "Requested") in got


# 寻求 Y 的支助: help asked for


def test_help_sought_from_a_body_is_asked_for_not_given():
    got = _facts("赞比亚寻求世界卫生组织在精神卫生立法方面的技术支助。", zh=True)
    assert ("state/ZMB", "requests", "org/who", "Reported") in got
    assert ("org/who", "assists", "state/ZMB", "Requested") in got
    assert ("org/who", "assists", "state/ZMB", "Reported") not in got


def test_help_sought_in_a_recommendation_is_recommended():
    got = _assists("与会者建议：(a) 马拉维和赞比亚寻求世界卫生组织的技术支助；(b) 捐助方提供更多资金。", zh=True)
    assert got == {("org/who", "state/MWI", "Recommended"), ("org/who", "state/ZMB", "Recommended")}

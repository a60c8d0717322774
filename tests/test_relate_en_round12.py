"""Sentences of our own (not gold or battery rows) for each rule of English round 12."""

from test_relate_en_general import facts


def _triples(got):
    return {(s, o, m) for s, o, m, _r in got}


def test_the_mechanisms_of_several_states_name_each_state():
    got = facts("UNICEF supported the national mechanisms of Ecuador and Paraguay.",
                predicate="assists")
    assert _triples(got) == {("org/unicef", "state/ECU", "Reported"), ("org/unicef", "state/PRY", "Reported")}


def test_a_recommended_support_to_the_mechanisms_of_states_with_partners():
    got = facts("The seminar recommended that UNFPA, in partnership with UNDP, continue to support the national "
                "mechanisms of Ghana, Togo and Benin.", predicate="assists")
    assert _triples(got) == {(p, s, "Recommended") for p in ("org/unfpa", "org/undp")
                             for s in ("state/GHA", "state/TGO", "state/BEN")}

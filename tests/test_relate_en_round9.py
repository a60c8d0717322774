"""Sentences of our own (not battery rows) for each class fixed in English round 9 (facts across sentences)."""

from test_relate_en_general import RTD, facts, stances


def test_a_holder_named_before_judges_in_the_next_sentence():
    assert stances("Chile spoke on the right to development. The delegation expressed strong support for it.") \
        == {("state/CHL", RTD, "Supportive")}


def test_help_said_again_takes_the_earlier_provider():
    got = facts("UNDP provided technical assistance to Haiti. Further support was provided to Jamaica.",
                predicate="assists")
    assert {(s, o, m) for s, o, m, _r in got} == {("org/undp", "state/HTI", "Reported"),
                                                  ("org/undp", "state/JAM", "Reported")}


def test_a_funder_of_the_activity_referred_to_helps_its_recipient():
    got = facts("OHCHR trained judges of Peru. Spain provided funding for the training.", predicate="assists")
    assert ("state/ESP", "state/PER", "Reported", None) in {(s, o, m, None) for s, o, m, _r in got}


def test_the_outcome_of_a_request_in_the_next_sentence():
    got = facts("The Council encouraged UNFPA to assist Tonga. No such assistance was provided.",
                predicate="assists")
    assert {(s, o, m) for s, o, m, _r in got} == {("org/unfpa", "state/TON", "Negated")}


def test_asked_x_for_support_is_a_request():
    got = facts("Bhutan asked UNICEF for advice on its child protection law.", predicate="assists")
    assert {(s, o, m) for s, o, m, _r in got} == {("org/unicef", "state/BTN", "Requested")}


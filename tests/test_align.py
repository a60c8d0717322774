"""tacb_graph.align: language versions of one work, persons paired across scripts, facts shared or not.

Hand-made records pin the rules; small zh and en texts of our own go through the pipeline."""

from __future__ import annotations

import doctest

import pytest

import tacb_graph.align as align_module
from tacb_graph.align import align, fact_key, group_versions, numbering_notes, person_pairs
from tacb_graph.errors import TacbError
from tacb_graph.pipeline import extract
from tacb_graph.records import Contribution, Relation, Stance

from versions_cases import EN, ZH, person, rec


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    d = tmp_path_factory.mktemp("small")
    (d / "r-zh.txt").write_text(ZH, encoding="utf-8")
    (d / "r-en.txt").write_text(EN, encoding="utf-8")
    return [extract(d / "r-zh.txt"), extract(d / "r-en.txt")]


def test_doctests():
    assert doctest.testmod(align_module).failed == 0


# --- which reports are versions of one work ---------------------------------------------------

def test_reports_with_one_symbol_are_one_work_others_each_their_own():
    recs = [rec("a", "zh"), rec("b", "en", symbol="A/HRC/2/2"), rec("c", "en"), rec("d", "zh", symbol=None)]
    assert group_versions(recs) == [(0, 2), (1,), (3,)]


def test_same_work_groups_every_report_and_a_missing_symbol_is_no_conflict():
    recs = [rec("a", "zh"), rec("b", "en", symbol=None)]
    assert group_versions(recs) == [(0,), (1,)]
    assert group_versions(recs, same_work=True) == [(0, 1)]


def test_same_work_with_different_symbols_is_a_one_line_error():
    with pytest.raises(TacbError) as e:
        group_versions([rec("a", "zh"), rec("b", "en", symbol="A/HRC/2/2")], same_work=True)
    msg = str(e.value)
    assert "\n" not in msg and "A/HRC/1/1 in a.txt" in msg and "A/HRC/2/2 in b.txt" in msg


def test_same_work_with_two_reports_in_one_language_is_a_one_line_error():
    with pytest.raises(TacbError, match="a.txt and b.txt are both in zh"):
        group_versions([rec("a", "zh"), rec("b", "zh")], same_work=True)


def test_the_work_key_comes_from_the_symbol_else_the_smallest_text_hash():
    _, (v,) = align([rec("a", "zh", symbol=None, sha="f" * 64), rec("b", "en", symbol=None, sha="0" * 64)],
                    same_work=True)
    assert (v.symbol, v.sha256, v.members) == (None, "0" * 64, (0, 1))


# --- persons -----------------------------------------------------------------------------------

def test_persons_are_paired_in_order_where_aligned_units_name_as_many():
    zh = rec("a", "zh", persons=("person/甲", "person/乙"),
             mentions=(person("person/乙", 1, 9), person("person/甲", 1, 0), person("person/甲", 2, 0)))
    en = rec("b", "en", persons=("person/jia", "person/yi"),
             mentions=(person("person/jia", 1, 0), person("person/yi", 1, 30), person("person/jia", 2, 5)))
    assert person_pairs(zh, en) == [("person/乙", "person/yi"), ("person/甲", "person/jia")]


def test_units_naming_different_numbers_of_persons_pair_no_one():
    zh = rec("a", "zh", persons=("person/甲",), mentions=(person("person/甲", 1, 0),))
    en = rec("b", "en", persons=("person/jia", "person/yi"),
             mentions=(person("person/jia", 1, 0), person("person/yi", 1, 9)))
    assert person_pairs(zh, en) == []


def test_a_pairing_other_units_contradict_as_often_is_dropped():
    zh = rec("a", "zh", persons=("person/甲",), mentions=(person("person/甲", 1, 0), person("person/甲", 2, 0)))
    en = rec("b", "en", persons=("person/jia", "person/yi"),
             mentions=(person("person/jia", 1, 0), person("person/yi", 2, 0)))
    assert person_pairs(zh, en) == []


# --- facts -------------------------------------------------------------------------------------

def test_a_symmetric_relation_is_one_fact_whichever_end_comes_first():
    a = Relation("org/undp", "partnersWith", "org/ohchr", "paragraph", 1)
    b = Relation("org/ohchr", "partnersWith", "org/undp", "paragraph", 1)
    assert fact_key(a) == fact_key(b)
    assert fact_key(Relation("org/a", "assists", "org/b", "paragraph", 1)) != \
        fact_key(Relation("org/b", "assists", "org/a", "paragraph", 1))


def test_modality_and_amount_are_part_of_a_fact():
    r = Relation("org/ohchr", "assists", "state/MLI", "paragraph", 1)
    assert fact_key(r) != fact_key(Relation("org/ohchr", "assists", "state/MLI", "paragraph", 1, modality="Requested"))
    c = Contribution("state/NOR", None, "200000", "USD", "paragraph", 2)
    assert fact_key(c) == fact_key(Contribution("state/NOR", None, "200000.00", "usd", "paragraph", 2))
    assert fact_key(c) != fact_key(Contribution("state/NOR", None, "20000", "USD", "paragraph", 2))


def test_shared_facts_carry_the_other_versions_quote_and_the_rest_are_unmatched():
    zh = rec("a", "zh", relations=(Relation("org/ohchr", "assists", "state/MLI", "paragraph", 1, "人权高专办协助马里。"),
                                   Relation("org/a", "requests", "org/b", "paragraph", 2, "甲请乙。")),
             stances=(Stance("state/JPN", "concept/x", "Critical", "paragraph", 3, "日本批评。"),))
    en = rec("b", "en", relations=(Relation("org/ohchr", "assists", "state/MLI", "paragraph", 1, "OHCHR assisted Mali."),
                                   Relation("org/a", "requests", "org/b", "paragraph", 3, "A requested B.")),
             stances=(Stance("state/JPN", "concept/x", "Critical", "paragraph", 3, "Japan criticized it."),))
    (zh2, en2), (v,) = align([zh, en])
    assert zh2.relations[0].other_quotes == (("en", "OHCHR assisted Mali."),)
    assert en2.relations[0].other_quotes == (("zh", "人权高专办协助马里。"),)
    assert en2.stances[0].other_quotes == (("zh", "日本批评。"),)
    # the same fact in another paragraph is not the same fact of the aligned paragraph
    assert zh2.relations[1].other_quotes == () and en2.relations[1].other_quotes == ()
    assert sorted((f.found, f.unit, f.number, f.key) for f in v.unmatched) == [
        (0, "paragraph", 2, ("org/a", "requests", "org/b", "Reported")),
        (1, "paragraph", 3, ("org/a", "requests", "org/b", "Reported"))]
    assert {(f.found, f.other) for f in v.unmatched} == {(0, 1), (1, 0)}
    assert sum(1 for f in v.shared if f.found == 0) == 2


def test_facts_about_paired_persons_are_shared_and_keep_their_own_keys():
    zh = rec("a", "zh", persons=("person/甲",), mentions=(person("person/甲", 1, 0),),
             relations=(Relation("org/hchr", "heldBy", "person/甲", "paragraph", 1, "高级专员甲。"),))
    en = rec("b", "en", persons=("person/jia",), mentions=(person("person/jia", 1, 0),),
             relations=(Relation("org/hchr", "heldBy", "person/jia", "paragraph", 1, "The High Commissioner, Jia."),))
    (zh2, en2), (v,) = align([zh, en])
    assert v.persons == (("person/甲", "person/jia"),) and v.unmatched == ()
    assert zh2.relations[0].other_quotes == (("en", "The High Commissioner, Jia."),)
    assert zh2.relations[0].object == "person/甲"


def test_versions_in_one_language_are_not_compared():
    a = rec("a", "en", relations=(Relation("org/a", "requests", "org/b", "paragraph", 1, "A asked B."),))
    b = rec("b", "en")
    (a2, _), (v,) = align([a, b])
    assert v.members == (0, 1) and v.unmatched == () and v.shared == () and a2 == a


def test_a_report_alone_is_a_work_of_one_version_and_is_left_as_it_was():
    one = rec("a", "zh", relations=(Relation("org/a", "requests", "org/b", "paragraph", 1, "甲请乙。"),))
    (same,), (v,) = align([one])
    assert same is one and v.members == (0,) and v.shared == () and v.unmatched == ()


def test_versions_numbered_differently_are_told_in_one_line():
    recs = [rec("a", "zh", paragraphs=3, footnotes=1), rec("b", "en", paragraphs=4, footnotes=1)]
    _, versions = align(recs)
    (note,) = numbering_notes(recs, versions)
    assert "\n" not in note and "a.txt and b.txt" in note and "3 and 4 paragraphs" in note
    assert numbering_notes([recs[0], rec("c", "en", paragraphs=3, footnotes=1)],
                           align([recs[0], rec("c", "en", paragraphs=3, footnotes=1)])[1]) == []


# --- small texts of our own, through the pipeline ----------------------------------------------

def test_small_zh_and_en_texts_are_one_work_with_one_person(small):
    recs, (v,) = align(small)
    assert v.symbol == "A/HRC/60/12" and v.members == (0, 1)
    assert v.persons == (("person/福尔克尔·蒂尔克", "person/volker-turk"),)
    zh, en = recs
    assists = next(r for r in zh.relations if r.predicate == "assists")
    assert assists.other_quotes == (("en", "OHCHR assisted the Government of Mali in organizing training."),)
    (money,) = en.contributions
    assert money.other_quotes == (("zh", "挪威为该项目捐款 20 万美元。"),)


def test_small_texts_what_one_version_states_only_is_unmatched(small):
    _, (v,) = align(small)
    only = {(f.found, f.number, f.key) for f in v.unmatched}
    assert (1, 4, ("org/ohchr", "partnersWith", "org/undp", "Reported")) in only
    assert not any(f.number in (1, 2) for f in v.unmatched)

"""The learned back-off for help no rule reads (tacb_graph/relate/assist_model.py): its features, the pairs it is
asked about, the modality of its facts, and the committed models (sentences of our own)."""

from __future__ import annotations

import json

import pytest

from tacb_graph.namespaces import TACB
from tacb_graph.package_data import data_dir
from tacb_graph.rdf.build import BuildInfo, to_dataset
from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.relate.assist_model import model_from, pair_features
from tacb_graph.relate.clauses import Item
from tacb_graph.relate.lexicon import lexicon_for
from tacb_graph.segment import segment


def _read(text: str):
    text = f"1. {text}\n\n"
    return relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))


def _help(text: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.object, r.modality) for r in _read(text).relations if r.predicate == "assists"}


@pytest.fixture
def outfitting(monkeypatch):
    """The English back-off replaced by one that knows a single word (``outfitted``/``outfit`` right after the giver,
    before the one helped), and that records the pairs it is asked about."""
    model = lexicon_for("en").assist_model
    monkeypatch.setattr(model, "weights", {"PR|b:outfitted": 6.0, "PR|b:outfit": 6.0})
    monkeypatch.setattr(model, "bias", -3.0)
    monkeypatch.setattr(model, "threshold", 0.9)
    monkeypatch.setattr(model, "seen", [])
    return model


def test_features_mask_the_other_names_and_tell_the_order():
    text = "OHCHR trained officials of Chad and UNDP staff."
    p, r = Item("org/ohchr", "UNBody", 0, 5), Item("state/TCD", "State", 27, 31)
    other = Item("org/undp", "UNFundOrProgramme", 36, 40)
    f = pair_features(text, 0, len(text), [p, r, other], p, r, {r.start: None}, True, ",;:", {})
    assert {"order:PR", "pk:UNBody", "rk:State", "pkrk:UNBody>State", "b:trained", "b:trained officials",
            "PR|b:trained", "a:and", "a:<UNFundOrProgramme>", "names:<=0", "breaks:<=0", "first_named"} <= f
    back = pair_features(text, 0, len(text), [p, r, other], r, p, {}, True, ",;:", {"pair": {"chain"}})
    assert {"order:RP", "pk:State", "rk:UNBody", "pair:chain"} <= back and "first_named" in back


def test_chinese_features_are_characters_with_the_names_masked():
    text = "人权高专办为乍得和开发署举办了讲习班。"
    p, r = Item("org/ohchr", "UNBody", 0, 5), Item("state/TCD", "State", 6, 8)
    other = Item("org/undp", "UNFundOrProgramme", 9, 12)
    f = pair_features(text, 0, len(text), [p, r, other], p, r, {r.start: "为"}, False, "，；：", {})
    assert {"b:为", "rg:为", "a:和", "a:和<UNFundOrProgramme>", "a:举办", "a:办了"} <= f and "a:讲习" not in f  # (six characters)
    assert not any("乍" in x for x in f)  # the pair's own names say nothing


def test_an_empty_file_is_no_back_off():
    assert model_from({}).weights == {}
    m = model_from({"features": {"b:x": 1.0}, "bias": -1.0, "threshold": 0.7})
    assert m.threshold == 0.7 and m.probability({"b:x"}) == pytest.approx(0.5)


def test_the_back_off_reads_help_no_rule_reads(outfitting):
    assert ("org/ohchr", "state/TCD", "Reported") in _help("In 2090, OHCHR outfitted the police of Chad with radios.")


def test_its_facts_take_the_sentence_s_modality(outfitting):
    got = _help("The Human Rights Council requested OHCHR to outfit the police of Chad with radios.")
    assert ("org/ohchr", "state/TCD", "Requested") in got
    assert ("org/ohchr", "state/TCD", "Reported") not in got


def test_it_is_never_asked_about_a_pair_a_rule_read(outfitting):
    _read("OHCHR trained officials of Chad and outfitted them with radios.")
    asked = {(s["provider"], s["recipient"]): s["ruled"] for s in outfitting.seen}
    assert asked[("org/ohchr", "state/TCD")] is True  # (recorded for training, not asked)
    outfitting.seen = None
    got = [r for r in _read("OHCHR trained officials of Chad and outfitted them with radios.").relations
           if r.predicate == "assists"]
    assert [r.via for r in got] == [None]


def test_only_agents_are_paired(outfitting):
    _read("In its resolution 12/3, the Human Rights Council outfitted OHCHR with a mandate.")
    pairs = {(s["provider"], s["recipient"]) for s in outfitting.seen}
    assert ("org/hrc", "org/ohchr") in pairs
    assert not any(k.startswith("resolution/") for pair in pairs for k in pair)


def test_help_through_another_is_marked(outfitting):
    rec = _read("UNDP supported FORUM-ASIA. FORUM-ASIA trained officials of Nepal, and UNDP outfitted officials of "
                "Nepal and FORUM-ASIA with radios.")
    assert {("org/undp", "org/forum-asia"), ("org/forum-asia", "state/NPL")} <= {
        (r.subject, r.object) for r in rec.relations if r.predicate == "assists"}
    told = {(s["provider"], s["recipient"]): s["features"] for s in outfitting.seen}
    assert "pair:chain" in told[("org/undp", "state/NPL")]


def test_the_one_who_asked_gives_no_help_of_its_own(outfitting):
    got = _help("The General Assembly invited UNDP to outfit the police of Chad with radios.")
    assert ("org/undp", "state/TCD", "Requested") in got
    assert not any(s == "org/ga" for s, _o, _m in got)


def test_its_facts_carry_their_confidence_in_the_graph(outfitting):
    rec = _read("In 2091, UNDP outfitted the police of Chad with radios. In 2090, OHCHR trained judges of Niger.")
    read = {(r.subject, r.object): r for r in rec.relations if r.predicate == "assists"}
    assert read[("org/ohchr", "state/NER")].confidence is None  # (a rule read it)
    assert 0.9 <= read[("org/undp", "state/TCD")].confidence <= 1.0
    ds = to_dataset(rec, BuildInfo("0"))
    sure = {(str(s), float(o)) for s, _p, o, _g in ds.quads((None, TACB.confidence, None, None))}
    assert len(sure) == 2 and all("/paragraph/1/" in s for s, _c in sure)  # the fact node and the Assistance node
    assert {"fact", "assistance"} == {s.rsplit("/", 2)[-2] for s, _c in sure}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_committed_models_are_read(lang):
    d = json.loads((data_dir() / "patterns" / lang / "assist_model.json").read_text(encoding="utf-8"))
    m = lexicon_for(lang).assist_model
    assert m.weights and 0.5 <= m.threshold < 1.0 and m.threshold == d["threshold"]
    assert "development" in d["trained_on"]


@pytest.mark.parametrize("spaced", [True, False])
def test_the_windows_are_those_of_the_whole_sentence_read_from_a_short_stretch(spaced):
    # the words before the first name and after the second, read from as little of the sentence as they need, are
    # those of the whole sentence masked (a name is never cut, a word at the stretch's edge never read)
    from tacb_graph.relate import assist_model as am

    words = ["trained", "the", "staff", "of", "in", "2041", "—", "and", "with", "advisers"] if spaced \
        else list("为举办了培训，和的工作人员在年")
    parts, items, at = [], [], 0
    for k in range(120):
        w = words[k * 7 % len(words)] + (" " if spaced else "")
        if k % 5 == 2:
            items.append(Item(f"state/S{k}", "State", at, at + 6))
            w = "Abcdef " if spaced else "阿布阿布阿布"
        parts.append(w)
        at += len(w)
    text = "".join(parts)
    n = am.WINDOW if spaced else am.CHARS
    for it in items:
        others = [o for o in items if o is not it]
        assert am._grams(am._before(text, 0, it.start, others, spaced, n), spaced, "l", last=n) \
            == am._grams(am._masked(text, 0, it.start, others), spaced, "l", last=n)
        assert am._grams(am._after(text, it.end, len(text), others, spaced, n), spaced, "a", first=n) \
            == am._grams(am._masked(text, it.end, len(text), others), spaced, "a", first=n)


def test_a_long_list_is_not_read_pair_by_pair_across_it(outfitting):
    # a sentence that lists sixty States: each is paired with its neighbours only (MAX_BETWEEN names apart at most),
    # so that the back-off's work grows with the list, not with its square; the giver still reaches the nearest
    from tacb_graph.relate.assist_model import MAX_BETWEEN

    import csv

    with open(data_dir() / "gazetteers" / "states.csv", encoding="utf-8") as f:
        states = [r["name_en"] for r in csv.DictReader(f) if r["name_en"].isalpha()][:60]
    found = _help("UNDP outfitted " + ", ".join(states[:-1]) + " and " + states[-1] + " with computers.")
    assert ("org/undp", "state/" + _iso3(states[0]), "Reported") in found
    pairs = [(s["provider"], s["recipient"]) for s in outfitting.seen]
    assert len(set(pairs)) == len(pairs) and 60 * 2 * (MAX_BETWEEN + 1) < 61 * 60  # (the bound below binds)
    assert 0 < len(pairs) <= 61 * 2 * (MAX_BETWEEN + 1)  # (61 names, each paired with its neighbours on either side)


def _iso3(name: str) -> str:
    import csv

    with open(data_dir() / "gazetteers" / "states.csv", encoding="utf-8") as f:
        return next(r["iso3"] for r in csv.DictReader(f) if r["name_en"] == name)


def test_the_payer_of_help_it_read_is_read_after_it(outfitting):
    # (no rule reads the help before, so no rule could read who paid for it until the back-off had)
    rec = _read("UNDP outfitted the courts of Ghana with computers. The costs were met by Norway.")
    got = {(r.subject, r.object): r.via for r in rec.relations if r.predicate == "assists"}
    assert got.get(("org/undp", "state/GHA")) == "model"
    assert ("state/NOR", "state/GHA") in got
    assert [(a.provider, a.recipient) for a in rec.assistances].count(("state/NOR", "state/GHA")) == 1


def test_what_became_of_help_it_read_that_was_asked_for(outfitting):
    # (the refusal after the one asked is read for its facts as for the rules')
    found = _help("Ghana asked UNDP to outfit its courts with computers; UNDP declined.")
    assert ("org/undp", "state/GHA", "Negated") in found


def test_a_name_marked_as_paying_is_not_helped(outfitting):
    # (the words between make the pair look like help; the funding phrase before the later name says it paid)
    found = _help("UNDP outfitted, with funds from Norway, the courts of Ghana.")
    assert not any(r == "state/NOR" for _p, r, _m in found)


def test_a_giver_named_last_whose_verb_is_denied(monkeypatch):
    # (the later name is the giver: the word that denies its verb stands after it, not before the later name)
    model = lexicon_for("en").assist_model
    monkeypatch.setattr(model, "weights", {"order:RP": 3.0, "a:outfit": 3.0})
    monkeypatch.setattr(model, "bias", -3.0)
    monkeypatch.setattr(model, "threshold", 0.9)
    found = _help("For the courts of Ghana, UNDP did not outfit a single room.")
    assert ("org/undp", "state/GHA", "Negated") in found


def test_a_plan_that_names_its_payer_before_its_implementer(monkeypatch):
    # (原定…由 X 出资并由 Y 实施的…项目，因…而被暂停: the plan's word stands before both agents)
    model = lexicon_for("zh").assist_model
    monkeypatch.setattr(model, "weights", {"order:PR": 6.0})
    monkeypatch.setattr(model, "bias", -3.0)
    monkeypatch.setattr(model, "threshold", 0.9)
    found = _help("原定于 2106 年 5 月启动、由瑞典出资并由国际法学家委员会实施的尼日尔法律援助律师培训项目，因审计程序而被暂停。")
    assert ("org/icj-jurists", "state/NER", "Negated") in found


@pytest.fixture
def chinese_pairs(monkeypatch):
    """The Chinese back-off replaced by one that reads every provider-first pair (sentences of our own)."""
    model = lexicon_for("zh").assist_model
    monkeypatch.setattr(model, "weights", {"order:PR": 6.0})
    monkeypatch.setattr(model, "bias", -3.0)
    monkeypatch.setattr(model, "threshold", 0.9)
    return model


def test_a_plan_after_the_earlier_name_in_its_clause(chinese_pairs):
    # (X 计划在 P 举办讲习班，面向 Z 的官员: the later name stands in a clause of its own; the plan is the earlier one's)
    found = _help("人权高专办欧洲区域办事处计划于 2107 年在第比利斯举办一次讲习班，面向摩尔多瓦共和国的平等机构。")
    assert ("org/ohchr-europe", "state/MDA", "Planned") in found


def test_a_giver_a_preposition_governs_takes_its_clause_s_plan(chinese_pairs):
    # (它将继续通过 X 资助 Y: the plan stands before the preposition that governs the giver)
    found = _help("挪威表示，它将继续通过联合国儿童基金会(儿基会)资助尼日尔的少年司法改革。")
    assert ("org/unicef", "state/NER", "Planned") in found


def test_a_mock_dialogue_plans_nothing(chinese_pairs):
    # (模拟 holds 拟, a word of plan, as 草拟 and 虚拟 do: none of them plans anything)
    found = _help("人权高专办组织了两次模拟对话，对象是尼日尔代表团。")
    assert ("org/ohchr", "state/NER", "Reported") in found

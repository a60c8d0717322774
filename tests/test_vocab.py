"""tacb_graph.vocab is generated from ontology/tacb.ttl, and no module keeps its own copy of a list."""

import ast
import re
from pathlib import Path

import pytest

from tacb_graph import vocab
from tacb_graph.vocabgen import VOCAB_PY, main, render, vocabulary

ROOT = Path(__file__).resolve().parent.parent

TINY = """\
@prefix tacb: <https://w3id.org/tacb/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .

tacb:relation a owl:ObjectProperty .
tacb:zeta a owl:ObjectProperty ; rdfs:subPropertyOf tacb:relation .
tacb:alpha a owl:ObjectProperty , owl:SymmetricProperty ; rdfs:subPropertyOf tacb:relation .
tacb:pointsAt a owl:ObjectProperty ; rdfs:subPropertyOf tacb:relation , dcterms:references .
tacb:narrower a owl:ObjectProperty ; rdfs:subPropertyOf tacb:zeta .
tacb:notARelation a owl:ObjectProperty .
tacb:Agent a owl:Class .
tacb:Body a owl:Class ; rdfs:subClassOf tacb:Agent .
tacb:Office a owl:Class ; rdfs:subClassOf tacb:Body .
tacb:Thing a owl:Class .
tacb:StanceValue a owl:Class .
tacb:Pro a tacb:StanceValue .
"""


def test_vocab_module_is_up_to_date():
    assert VOCAB_PY.read_text(encoding="utf-8") == render(), "run: python -m tacb_graph.vocabgen"
    assert main(["--check"]) == 0


def test_lists_follow_the_ontology_markers(tmp_path):
    ttl = tmp_path / "tiny.ttl"
    ttl.write_text(TINY, encoding="utf-8")
    v = vocabulary(ttl)
    # declaration order, sub-properties of sub-properties included, unmarked properties left out
    assert v["RELATIONS"] == ("zeta", "alpha", "pointsAt", "narrower")
    assert v["UNIT_RELATIONS"] == ("pointsAt",)
    assert v["ENTITY_RELATIONS"] == ("zeta", "alpha", "narrower")
    assert v["SYMMETRIC_RELATIONS"] == ("alpha",)
    assert v["AGENT_CLASSES"] == ("Body", "Office")
    assert v["STANCE_VALUES"] == ("Pro",)
    assert v["MODALITIES"] == () and v["FINDING_KINDS"] == ()


def test_rendered_module_runs(tmp_path):
    ttl = tmp_path / "tiny.ttl"
    ttl.write_text(TINY, encoding="utf-8")
    namespace: dict = {}
    exec(compile(render(ttl), "vocab.py", "exec"), namespace)
    assert namespace["SYMMETRIC_RELATIONS"] == frozenset({"alpha"})
    assert namespace["UNIT_RELATIONS"] == ("pointsAt",)
    assert set(namespace["__all__"]) >= {"RELATIONS", "ENTITY_RELATIONS"}


def test_check_reports_an_out_of_date_module(tmp_path, monkeypatch, capsys):
    import tacb_graph.vocabgen as vg

    stale = tmp_path / "vocab.py"
    stale.write_text("RELATIONS = ()\n", encoding="utf-8")
    monkeypatch.setattr(vg, "VOCAB_PY", stale)
    assert vg.main(["--check"]) == 1
    assert "out of date" in capsys.readouterr().err
    assert vg.main([]) == 0
    assert stale.read_text(encoding="utf-8") == render()


# -- the lists elsewhere come from the vocabulary -----------------------------------------------------


def test_evaluate_scores_the_ontology_relations():
    from tacb_graph import evaluate as ev

    assert ev.RELATIONS == vocab.RELATIONS
    assert ev.SYMMETRIC == vocab.SYMMETRIC_RELATIONS
    assert ev.STANCE_VALUES == vocab.STANCE_VALUES
    # the micro-averaged core is an evaluation choice, but only of relations the ontology has
    assert set(ev.CORE_RELATIONS) <= set(vocab.RELATIONS)


def test_projection_draws_the_entity_relations():
    from tacb_graph.analyse.project import RELATIONS

    assert RELATIONS == vocab.ENTITY_RELATIONS


def test_every_relation_has_its_own_colour():
    from tacb_graph.render import style

    extras = set(style._EXTRA_NAMES) | {"mentions"}
    assert set(vocab.ENTITY_RELATIONS) <= set(style._RELATIONS)
    assert set(style._RELATIONS) - extras <= set(vocab.RELATIONS)
    for r in vocab.ENTITY_RELATIONS:
        s = style.relation_style(r)
        assert s.label_zh != r and s.label_en, r  # labels come from the ontology


def test_pattern_agents_are_ontology_agents():
    import json

    from tacb_graph.package_data import data_dir

    for path in sorted((data_dir() / "patterns").glob("*/relations.json")):
        table = json.loads(path.read_text(encoding="utf-8"))
        assert set(table.get("agent_kinds", ())) <= set(vocab.AGENT_CLASSES), path


# Literals that name several relations on purpose: a chosen subset, not a copy of the list.
SUBSETS = {
    ("tacb_graph/evaluate/gold.py", "CORE_RELATIONS"),  # the micro-averaged relations; checked above to be relations
    ("tacb_graph/render/sample.py", "relations"),  # the mix of a synthetic benchmark graph
    ("tests/test_battery_relations.py", "PREDICATES"),  # the relations its battery rows assert
}


def _relation_literals(path: Path):
    """``(target name, relation names)`` of each tuple, list or set literal assigned in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, (ast.Tuple, ast.List, ast.Set)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            name = next((t.id for t in targets if isinstance(t, ast.Name)), "?")
            names = {e.value for e in node.value.elts if isinstance(e, ast.Constant)} & set(vocab.RELATIONS)
            yield name, names, node.lineno


@pytest.mark.parametrize("folder", ["tacb_graph", "tests", "benchmarks"])
def test_no_hand_copy_of_the_relation_list(folder):
    """A literal naming five or more relations is a copy of the list: import it from tacb_graph.vocab."""
    copies = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel == "tacb_graph/vocab.py":
            continue
        for name, names, line in _relation_literals(path):
            if len(names) >= 5 and (rel, name) not in SUBSETS:
                copies.append(f"{rel}:{line} {name}")
    assert copies == []


def test_no_hand_copy_in_sparql():
    """SPARQL in the package and the tests never lists five or more relation properties by hand."""
    prop = re.compile(r"tacb:(%s)\b" % "|".join(vocab.RELATIONS))
    copies = []
    for path in sorted(list((ROOT / "tacb_graph").rglob("*.rq")) + list((ROOT / "tests").rglob("*.py"))
                       + list((ROOT / "tacb_graph").rglob("*.py"))):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "VALUES" in line and len(set(prop.findall(line))) >= 5:
                copies.append(f"{path.relative_to(ROOT)}:{n}")
    assert copies == []

"""Generate :mod:`tacb_graph.vocab` from ``ontology/tacb.ttl``: the one place lists of terms come from.

The ontology marks what the code needs to know about its terms:

* every relation property is an ``rdfs:subPropertyOf tacb:relation``;
* a relation whose subject is the text unit itself (``tacb:cites``) is also a
  ``dcterms:references``;
* a symmetric relation is an ``owl:SymmetricProperty``;
* the classes whose members act are the sub-classes of ``tacb:Agent``;
* stance values, modalities and finding kinds are the individuals of
  ``tacb:StanceValue``, ``tacb:Modality`` and ``tacb:FindingKind``;
* every term's Chinese and English ``rdfs:label`` (the page draws them).

Lists keep the order in which the ontology file declares the terms. The
module is generated (and checked in) rather than read at import so that
starting the CLI does not parse the ontology; ``tests/test_vocab.py`` fails
while it is out of date. After editing the ontology run::

    python -m tacb_graph.vocabgen          # rewrite tacb_graph/vocab.py
    python -m tacb_graph.vocabgen --check  # exit 1 if it is out of date

>>> "adoptedBy" in vocabulary()["RELATIONS"]
True
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS

from .namespaces import TACB
from .package_data import ontology_file

__all__ = ["vocabulary", "render", "VOCAB_PY", "main"]

VOCAB_PY = Path(__file__).resolve().parent / "vocab.py"
_NS = str(TACB._NS)

# name → (docstring of the constant, kind: "tuple" | "frozenset")
_DOCS: dict[str, tuple[str, str]] = {
    "RELATIONS": ("Every relation property (``rdfs:subPropertyOf tacb:relation``).", "tuple"),
    "UNIT_RELATIONS": ("Relations whose subject is the paragraph or footnote itself (also ``dcterms:references``).",
                       "tuple"),
    "ENTITY_RELATIONS": ("Relations between two entities: :data:`RELATIONS` without :data:`UNIT_RELATIONS`.",
                         "tuple"),
    "SYMMETRIC_RELATIONS": ("Relations declared ``owl:SymmetricProperty``.", "frozenset"),
    "AGENT_CLASSES": ("Classes whose members act: every sub-class of ``tacb:Agent``.", "tuple"),
    "STANCE_VALUES": ("The individuals of ``tacb:StanceValue``.", "tuple"),
    "MODALITIES": ("The individuals of ``tacb:Modality``.", "tuple"),
    "FINDING_KINDS": ("The individuals of ``tacb:FindingKind``.", "tuple"),
}
_LABELS_DOC = "Each ``tacb:`` term's ``rdfs:label`` in Chinese and English: ``{local name: (zh, en)}`` (the local name where one is missing)."


def _declaration_order(text: str) -> dict[str, int]:
    """Position of each ``tacb:term`` block (a line starting ``tacb:term a``) in the Turtle text."""
    order: dict[str, int] = {}
    for m in re.finditer(r"^tacb:(\w+)\s+a\s", text, re.MULTILINE):
        order.setdefault(m.group(1), len(order))
    return order


def vocabulary(path: str | Path | None = None) -> dict[str, tuple[str, ...]]:
    """The lists :mod:`tacb_graph.vocab` holds, read from the ontology at ``path`` (and ``LABELS``).

    Parameters
    ----------
    path : str or Path, optional
        A Turtle file; default the package's ``ontology/tacb.ttl``.
    """
    path = Path(path) if path else ontology_file("tacb.ttl")
    text = path.read_text(encoding="utf-8")
    g = Graph().parse(data=text, format="turtle")
    order = _declaration_order(text)

    def local(term) -> str | None:
        return str(term)[len(_NS):] if isinstance(term, URIRef) and str(term).startswith(_NS) else None

    def ordered(terms) -> tuple[str, ...]:
        names = {n for n in (local(t) for t in terms) if n}
        return tuple(sorted(names, key=lambda n: (order.get(n, len(order)), n)))

    relations = ordered(g.transitive_subjects(RDFS.subPropertyOf, TACB.relation))
    relations = tuple(r for r in relations if r != "relation")
    unit = tuple(r for r in relations if (URIRef(_NS + r), RDFS.subPropertyOf, DCTERMS.references) in g)
    return {
        "RELATIONS": relations,
        "UNIT_RELATIONS": unit,
        "ENTITY_RELATIONS": tuple(r for r in relations if r not in unit),
        "SYMMETRIC_RELATIONS": tuple(r for r in relations if (URIRef(_NS + r), RDF.type, OWL.SymmetricProperty) in g),
        "AGENT_CLASSES": ordered(c for c in g.transitive_subjects(RDFS.subClassOf, TACB.Agent) if c != TACB.Agent),
        "STANCE_VALUES": ordered(g.subjects(RDF.type, TACB.StanceValue)),
        "MODALITIES": ordered(g.subjects(RDF.type, TACB.Modality)),
        "FINDING_KINDS": ordered(g.subjects(RDF.type, TACB.FindingKind)),
        "LABELS": _labels(g, ordered),
    }


def _labels(g: Graph, ordered) -> tuple[tuple[str, str, str], ...]:
    found: dict[str, dict[str, str]] = {}
    for s, o in g.subject_objects(RDFS.label):
        lang = getattr(o, "language", None)
        if isinstance(s, URIRef) and str(s).startswith(_NS) and lang in ("zh", "en"):
            found.setdefault(str(s)[len(_NS):], {})[lang] = str(o)
    return tuple((n, found[n].get("zh", n), found[n].get("en", n)) for n in ordered(URIRef(_NS + k) for k in found))


def _q(name: str) -> str:
    return f'"{name}"'  # local names are identifiers: nothing to escape


def _literal(kind: str, names: tuple[str, ...]) -> str:
    if kind == "frozenset":
        return "frozenset({" + ", ".join(map(_q, names)) + "})" if names else "frozenset()"
    if not names:
        return "()"
    one_line = "(" + ", ".join(map(_q, names)) + ("," if len(names) == 1 else "") + ")"
    if len(one_line) <= 90:
        return one_line
    return "(\n" + "".join(f"    {_q(n)},\n" for n in names) + ")"


def render(path: str | Path | None = None) -> str:
    """The text of ``tacb_graph/vocab.py`` for the ontology at ``path``."""
    vocab = vocabulary(path)
    out = [
        '"""Lists of ontology terms, generated from ``ontology/tacb.ttl`` — do not edit.',
        "",
        "Regenerate with ``python -m tacb_graph.vocabgen`` after changing the ontology",
        "(see :mod:`tacb_graph.vocabgen` for what marks each list). Names are local",
        "names in the ``tacb:`` namespace, in the order the ontology declares them.",
        "",
        '>>> "assists" in ENTITY_RELATIONS, "cites" in UNIT_RELATIONS',
        "(True, True)",
        '"""',
        "",
        "__all__ = [",
        *(f"    {_q(n)}," for n in _DOCS),
        '    "LABELS",',
        "]",
        "",
    ]
    for name, (doc, kind) in _DOCS.items():
        annotation = "frozenset[str]" if kind == "frozenset" else "tuple[str, ...]"
        out += [f"{name}: {annotation} = {_literal(kind, vocab[name])}", f'"""{doc}"""', ""]
    out += ["LABELS: dict[str, tuple[str, str]] = {",
            *(f"    {name!r}: ({zh!r}, {en!r})," for name, zh, en in vocab["LABELS"]),
            "}", f'"""{_LABELS_DOC}"""', ""]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tacb_graph.vocabgen", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if tacb_graph/vocab.py is out of date")
    args = parser.parse_args(argv)
    text = render()
    current = VOCAB_PY.read_text(encoding="utf-8") if VOCAB_PY.exists() else ""
    if args.check:
        if current != text:
            print(f"{VOCAB_PY} is out of date: run python -m tacb_graph.vocabgen", file=sys.stderr)
            return 1
        return 0
    if current != text:
        VOCAB_PY.write_text(text, encoding="utf-8")
        print(f"wrote {VOCAB_PY}", file=sys.stderr)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""Why gold facts are missed: the missed help facts and stances of a set of reports, counted by what the extractor had.

For rule writers. Run from the repository root:

    python tools/missed.py zh held-out          # counts only (no text is printed): safe on validation reports
    python tools/missed.py en dev               # the development reports, counts only
    python tools/missed.py en dev --show stance-other-holder   # and each miss of that class, with its paragraph

Each report's text is read alone with :func:`tacb_graph.pipeline.extract` (as ``tools/train_assists.py`` does, so a
back-reference to another report of a build is not resolved: the counts differ a little from ``measure.py``'s).
``--show`` prints paragraphs and is refused for the held-out reports; the frozen test split is never read.

Help (``assists``) missed:
  ``help-modality``        found, with another modality;
  ``help-no-name``         the giver or the one helped is not recognised in the paragraph;
  ``help-ruled``           a rule read help between the two somewhere, and none is left;
  ``help-below-0.5`` …     the back-off scored the pair below its threshold (at 0.5 or more, 0.2 or more, less);
  ``help-no-pair``         no sentence names both (or one of them may not give or get help).
Stances missed:
  ``stance-value``         found with another value; ``stance-values`` with several;
  ``stance-none``          the reader had the holder and the concept, and no cue or model gave a value;
  ``stance-other-holder``  the reader valued the concept in the paragraph for another holder only;
  ``stance-other-concept`` the reader valued the holder on another concept only;
  ``stance-no-concept``    the concept is not recognised in the paragraph;
  ``stance-no-holder``     the holder is not recognised in the paragraph;
  ``stance-no-candidate``  both are recognised, and the reader never put them together.
A relation fact read in another paragraph of the report is not missed (the headline figures count a fact once per
report, as ``measure.py`` does); stances are counted per paragraph.
Every other relation (``partnersWith``, ``requests``, ``submittedInputTo`` …), as ``RELATION-CLASS``:
  ``-modality``            found, with another modality;
  ``-reversed``            found with subject and object swapped;
  ``-as-OTHER``            the two were related, by another relation only;
  ``-no-name``             one of the two is not recognised in the paragraph;
  ``-one-sentence``        one sentence names both, and nothing related them;
  ``-apart``               both are named, never in one sentence.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from devscore import dev_gold, held_out  # noqa: E402  (held-out and test texts kept apart)

from tacb_graph.evaluate.gold import REPORT, SYMMETRIC, UNIT, norm_relation  # noqa: E402
from tacb_graph.pipeline import extract  # noqa: E402
from tacb_graph.recognise.sentences import split_sentences  # noqa: E402
from tacb_graph.records import REPORT as READ_REPORT  # noqa: E402
from tacb_graph.relate.lexicon import lexicon_for  # noqa: E402


def reports(lang: str, which: str) -> list[Path]:
    if which == "dev":
        return dev_gold(lang)
    base = ROOT / "tests" / "gold" if lang == "zh" else ROOT / "tests" / "gold" / "en"
    listed = held_out()
    return sorted(p for p in base.glob("dev*/*.json") if p.stem in listed)


def _named(read) -> dict[tuple, set[str]]:
    """(unit, number) -> the entities recognised there."""
    named = defaultdict(set)
    for m in read.mentions:
        named[(m.unit, m.number)].add(m.entity)
    return named


def _help_misses(g: dict, read, seen: list) -> list[tuple[str, tuple]]:
    found = defaultdict(set)
    for rel in read.relations:
        if rel.predicate == "assists":
            found[(rel.unit, rel.number, rel.subject, rel.object)].add(rel.modality)
    named = _named(read)
    pairs = defaultdict(list)
    for rec in seen:
        pairs[(rec["unit"], rec["number"], rec["provider"], rec["recipient"])].append(rec)
    model = lexicon_for(read.lang).assist_model
    out = []
    for u in g["units"]:
        key = (u["unit"], u["number"])
        for rel in u.get("relations", []):
            if rel[1] != "assists":
                continue
            p, r, modality = rel[0], rel[2], rel[3] if len(rel) > 3 else "Reported"
            got = found.get((*key, p, r), set())
            if modality in got:
                continue
            recs = pairs.get((*key, p, r), [])
            if got:
                kind = "help-modality"
            elif p not in named[key] or r not in named[key]:
                kind = "help-no-name"
            elif not recs:
                kind = "help-no-pair"
            elif any(rec["ruled"] for rec in recs):
                kind = "help-ruled"
            else:
                prob = max(model.probability(rec["features"]) for rec in recs)
                kind = "help-below-0.5" if prob >= 0.5 else "help-below-0.2" if prob >= 0.2 else "help-below"
            out.append((kind, (key, p, "assists", r, modality)))
    return out


def _stance_misses(g: dict, read, seen: list) -> list[tuple[str, tuple]]:
    found = defaultdict(set)
    for s in read.stances:
        found[(s.unit, s.number, s.holder, s.concept)].add(s.value)
    named = _named(read)
    valued = defaultdict(list)
    for rec in seen:
        valued[(rec["unit"], rec["number"])].append(rec)
    out = []
    for u in g["units"]:
        key = (u["unit"], u["number"])
        recs = valued.get(key, [])
        for holder, concept, value in u.get("stances", []):
            got = found.get((*key, holder, concept), set())
            if got == {value}:
                continue
            if got:
                kind = "stance-value" if len(got) == 1 else "stance-values"
            elif any(holder in rec["holders"] and rec["concept"] == concept for rec in recs):
                kind = "stance-none"
            elif any(rec["concept"] == concept for rec in recs):
                kind = "stance-other-holder"
            elif concept not in named[key]:
                kind = "stance-no-concept"
            elif holder not in named[key]:
                kind = "stance-no-holder"
            elif any(holder in rec["holders"] for rec in recs):
                kind = "stance-other-concept"
            else:
                kind = "stance-no-candidate"
            out.append((kind, (key, holder, concept, value)))
    return out


def _fact(rel) -> tuple[str, str, str]:
    """A read relation as the gold writes it (the report and the unit named as there)."""
    obj = REPORT if rel.object == READ_REPORT else rel.object
    return rel.subject, rel.predicate, obj


def _relation_misses(g: dict, read, language) -> list[tuple[str, tuple]]:
    """Missed facts of every relation but ``assists`` (classed in :func:`_help_misses`)."""
    found = defaultdict(set)  # (unit, number, subject, predicate, object) -> modalities
    related = defaultdict(set)  # (unit, number, frozenset({a, b})) -> predicates
    for rel in read.relations:
        s, pred, o = _fact(rel)
        found[(rel.unit, rel.number, s, pred, o)].add(rel.modality)
        related[(rel.unit, rel.number, frozenset((s, o)))].add(pred)
    texts = {(unit, number): text for unit, number, text in _units(read)}
    where = defaultdict(lambda: defaultdict(set))  # (unit, number) -> entity -> sentence indexes
    bounds = {key: split_sentences(text, language) for key, text in texts.items()}
    for m in read.mentions:
        spans = bounds.get((m.unit, m.number), [])
        where[(m.unit, m.number)][m.entity].update(i for i, (a, b) in enumerate(spans) if a <= m.start < b)
    out = []
    for u in g["units"]:
        key = (u["unit"], u["number"])
        for rel in u.get("relations", []):
            s, pred, o = rel[0], rel[1], rel[2]
            if pred == "assists":
                continue
            modality = rel[3] if len(rel) > 3 else "Reported"
            got = found.get((*key, s, pred, o), set())
            if pred in SYMMETRIC:
                got = got | found.get((*key, o, pred, s), set())
            if modality in got:
                continue
            others = related.get((*key, frozenset((s, o))), set()) - {pred}
            named = where[key]
            if got:
                kind = "modality"
            elif found.get((*key, o, pred, s)):
                kind = "reversed"
            elif others:
                kind = "as-" + "+".join(sorted(others))
            elif any(x not in (UNIT, REPORT) and x not in named for x in (s, o)):
                kind = "no-name"
            elif {s, o} & {UNIT, REPORT} or named[s] & named[o]:
                kind = "one-sentence"
            else:
                kind = "apart"
            out.append((f"{pred}-{kind}", (key, s, pred, o, modality)))
    return out


def _report_facts(read) -> set[tuple[str, str, str, str]]:
    """The facts read anywhere in the report (the headline figures count a fact once per report)."""
    facts = {norm_relation(*_fact(rel), rel.modality) for rel in read.relations}
    meta = read.segmented.meta
    if meta.session is not None and meta.body:  # the report's own session is written from its metadata
        facts.add((REPORT, "atSession", f"session/{meta.body.split('/', 1)[-1]}/{meta.session}", "Reported"))
    return facts


def _units(read):
    """``(unit, number, text)`` of each text unit read."""
    for p in read.segmented.paragraphs:
        yield "paragraph", p.number, p.text
    for f in read.segmented.footnotes:
        yield "footnote", f.number, f.text


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lang", choices=("zh", "en"))
    ap.add_argument("which", choices=("dev", "held-out"))
    ap.add_argument("--show", metavar="CLASS", help="print each miss of this class with its paragraph (dev only)")
    args = ap.parse_args(argv)
    if args.show and args.which != "dev":
        print("missed.py: --show prints the text; it is for the development reports only", file=sys.stderr)
        return 2
    lx = lexicon_for(args.lang)
    counts: Counter = Counter()
    try:
        for gold_path in reports(args.lang, args.which):
            g = json.loads(gold_path.read_text(encoding="utf-8"))
            text = ROOT / g["text"] if g.get("text") else ROOT / "data" / f"{g['report']}.txt"
            lx.assist_model.seen, lx.stance_model.seen = [], []
            read = extract(text)
            facts = _report_facts(read)
            misses = [(kind, what) for kind, what in _help_misses(g, read, lx.assist_model.seen)
                      + _relation_misses(g, read, lx.language) if norm_relation(*what[1:]) not in facts]
            misses += _stance_misses(g, read, lx.stance_model.seen)
            counts.update(kind for kind, _what in misses)
            if args.show:
                texts = {(unit, number): text for unit, number, text in _units(read)}
                for kind, what in misses:
                    if kind == args.show:
                        print(f"## {gold_path.stem} {what}\n   {texts.get(what[0], '')}")
    finally:
        lx.assist_model.seen = lx.stance_model.seen = None
    for kind, n in sorted(counts.items()):
        print(f"{n:6d}  {kind}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

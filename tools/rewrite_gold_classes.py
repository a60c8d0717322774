"""Move gold entity ids to the class the gazetteers now give them.

When a gazetteer row is reclassified (``org/sg`` UNBody -> Post, ``org/wto``
SpecializedAgency -> RelatedOrganization) the hand-checked gold annotation
(``tests/gold/**/*.json``, format in ``tests/gold/README.md``) still files the id
under the old class. This script files every gazetteer id under its current
class and prints each move; nothing else in the gold changes (ids, relations,
stances, notes, order within a class), and the files keep their layout
(``json.dump(indent=1, ensure_ascii=False)`` plus a final newline).

Ids that are not gazetteer rows (resolutions, documents, the entities the gold
README lists as missing from the gazetteers) are left alone.

Usage (from the repository root)::

    python tools/rewrite_gold_classes.py --check     # list the moves, change nothing; exit 1 if any
    python tools/rewrite_gold_classes.py             # rewrite tests/gold/**/*.json in place
    python tools/rewrite_gold_classes.py --gold DIR --gazetteers DIR
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_FILES = (("organizations.csv", "org"), ("instruments.csv", "instrument"), ("places.csv", "place"),
          ("concepts.csv", "concept"))


def gazetteer_classes(folder: Path) -> dict[str, str]:
    """Entity id (``org/sg``, ``state/CHN``) -> class, from the gazetteer CSV files."""
    out: dict[str, str] = {}
    for name, prefix in _FILES:
        path = folder / name
        if path.exists():
            with path.open(encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    out[f"{prefix}/{row['id'].strip()}"] = row["class"].strip()
    with (folder / "states.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            out[f"state/{row['iso3'].strip()}"] = "State"
    return out


def rewrite(gold: dict, classes: dict[str, str]) -> list[tuple[str, str, str, str]]:
    """Move ids in ``gold`` (in place); return ``(unit, id, old class, new class)`` for each move."""
    moves = []
    for unit in gold.get("units", []):
        where = f"{unit['unit']} {unit['number']}"
        entities = unit.get("entities", {})
        for cls in list(entities):
            for e in list(entities[cls]):
                new = classes.get(e)
                if new and new != cls:
                    entities[cls].remove(e)
                    target = entities.setdefault(new, [])
                    if e not in target:
                        target.append(e)
                    moves.append((where, e, cls, new))
        for cls in [c for c, ids in entities.items() if not ids]:
            del entities[cls]
    return moves


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--gold", type=Path, default=ROOT / "tests" / "gold", help="gold folder (searched recursively)")
    p.add_argument("--gazetteers", type=Path, default=ROOT / "data" / "gazetteers")
    p.add_argument("--check", action="store_true", help="list the moves and change nothing (exit 1 if any)")
    args = p.parse_args(argv)
    if not (args.gazetteers / "states.csv").exists():
        print(f"error: no gazetteers in {args.gazetteers}", file=sys.stderr)
        return 2
    files = sorted(args.gold.rglob("*.json")) if args.gold.is_dir() else [args.gold]
    if not files or not all(f.exists() for f in files):
        print(f"error: no gold JSON at {args.gold}", file=sys.stderr)
        return 2
    classes = gazetteer_classes(args.gazetteers)
    total = 0
    for f in files:
        gold = json.loads(f.read_text(encoding="utf-8"))
        moves = rewrite(gold, classes)
        for where, e, old, new in moves:
            print(f"{f.relative_to(args.gold) if args.gold.is_dir() else f}: {where}: {e} {old} -> {new}")
        total += len(moves)
        if moves and not args.check:
            f.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{total} move(s){' needed' if args.check else ''}", file=sys.stderr)
    return 1 if (args.check and total) else 0


if __name__ == "__main__":
    sys.exit(main())

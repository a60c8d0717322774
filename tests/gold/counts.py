"""Print the counts of the gold annotation (the tables of tests/gold/README.md, "What is annotated").

Run from the repository root: ``python tests/gold/counts.py`` (the dev and test parts), or name the
parts (folders under tests/gold): ``python tests/gold/counts.py dev2 en/dev2``. A part that holds the
bundled report gets bundled / new / all columns, any other part one column. ``tests/test_gold.py``
checks that the README holds exactly these two outputs.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

GOLD = Path(__file__).resolve().parent
PARTS = ("dev", "test")
BUNDLED = "tacb-report-zh"
MODALITIES = ("Reported", "Requested", "Recommended", "Planned", "Negated")


def _units(part: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for f in sorted((GOLD / part).rglob("*.json")):
        data = json.loads(f.read_text(encoding="utf-8"))
        out.setdefault(data["report"], []).extend(data["units"])
    return out


def _row(cells) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def main(parts: tuple[str, ...] = PARTS) -> None:
    units = {p: _units(p) for p in parts}
    lines = ["| part | report | paragraphs | footnotes |", "|---|---|---|---|"]
    for p in parts:
        for report, us in units[p].items():
            lines.append(_row([p, f"`{report}`", sum(u["unit"] == "paragraph" for u in us),
                               sum(u["unit"] == "footnote" for u in us)]))
    split = [p for p in parts if BUNDLED in units[p]]
    cols = [(f"{p}: {'bundled' if b else 'new'}", [u for r, us in units[p].items() if (r == BUNDLED) == b for u in us])
            for p in split for b in (True, False)]
    cols += [(p, [u for us in units[p].values() for u in us]) for p in parts if p not in split]
    cols += [(f"{p}: all", [u for us in units[p].values() for u in us]) for p in split]
    head = ["| | " + " | ".join(name for name, _ in cols) + " |", "|---|" + "---|" * len(cols)]
    lines += ["", "Entities — mentions per unit (distinct entities):", "", *head]
    classes = sorted({c for _, us in cols for u in us for c in u["entities"]})
    for c in classes:
        cells = []
        for _, us in cols:
            ids = [e for u in us for e in u["entities"].get(c, [])]
            cells.append(f"{len(ids)} ({len(set(ids))})")
        lines.append(_row([c, *cells]))
    lines += ["", "Relations — facts per unit, by modality (the rest Reported; Req = Requested, Rec = Recommended, "
              "Pl = Planned, Neg = Negated):", "", *head]
    rels = sorted({r[1] for _, us in cols for u in us for r in u["relations"]})
    short = dict(zip(MODALITIES, ("R", "Req", "Rec", "Pl", "Neg")))
    for rel in rels + ["**all**"]:
        cells = []
        for _, us in cols:
            c = Counter((r[3] if len(r) > 3 else "Reported") for u in us for r in u["relations"]
                        if rel == "**all**" or r[1] == rel)
            detail = ", ".join(f"{short[m]} {c[m]}" for m in MODALITIES if c[m] and m != "Reported")
            cells.append(f"{sum(c.values())}" + (f" ({detail})" if detail else ""))
        lines.append(_row([rel, *cells]))
    lines += ["", "Stances (by value: Sup, Crit, Scep, NotQ), contributions and persons:", "", *head]
    values = ("Supportive", "Critical", "Sceptical", "NotQuestioned")
    cells = []
    for _, us in cols:
        c = Counter(s[2] for u in us for s in u["stances"])
        cells.append(f"{sum(c.values())} (" + "/".join(str(c[v]) for v in values) + ")")
    lines.append(_row(["stances", *cells]))
    lines.append(_row(["contributions", *[sum(len(u["contributions"]) for u in us) for _, us in cols]]))
    lines.append(_row(["persons (distinct)", *[len({e for u in us for e in u["entities"].get("Person", [])})
                                                 for _, us in cols]]))
    print("\n".join(lines))


if __name__ == "__main__":
    main(tuple(sys.argv[1:]) or PARTS)

"""Write a learned back-off's weights as the JSON file the extractor reads (``data/patterns/{lang}/*_model.json``):
the settings first, then one feature per line, sorted, so that a retrained model's diff reads line by line."""

from __future__ import annotations

import json
from pathlib import Path


def write_model(out: Path, head: dict, weights: dict) -> None:
    """``head`` (settings, bias, provenance) and ``weights`` (feature -> weight or {label: weight}) into ``out``."""
    lines = [f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}," for k, v in head.items()]
    rows = [f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}" for k, v in sorted(weights.items())]
    out.write_text("{\n" + "\n".join(lines) + '\n"features": {\n' + ",\n".join(rows) + "\n}}\n", encoding="utf-8")

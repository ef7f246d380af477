"""How far two annotators of the same dossiers agree (`.venv/bin/python scripts/facts_annotation_agreement.py`).

The facts layer is measured against one annotator per dossier. A second annotator, briefed with the same annotation
format and never shown the first one's file, annotated some held-out dossiers again (`tests/facts_dossiers/
second_annotation/`). Scored with the very matching `evaluate --facts` uses (the first annotation as expected, the
second as found), the agreement is the ceiling a reading can reach on those dossiers: a fact two careful readers
annotate differently cannot be read right for both. One JSON object: macro F1 and per-kind F1.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analyzer.facts.evaluate import KINDS, Tally, add, compare, expected_signatures, load_json, summarise  # noqa: E402

SECOND = ROOT / "tests" / "facts_dossiers" / "second_annotation"
FIRST = ROOT / "tests" / "facts_dossiers" / "heldout" / "_expected"


def agreement(second: Path = SECOND, first: Path = FIRST) -> dict:
    total = {kind: Tally() for kind in KINDS}
    dossiers = []
    for path in sorted(second.glob("*.facts.json")):
        tallies, _ = compare(expected_signatures(load_json(first / path.name)), expected_signatures(load_json(path)))
        add(total, tallies)
        dossiers.append(path.name.removesuffix(".facts.json"))
    return {"dossiers": dossiers, **summarise(total)}


if __name__ == "__main__":
    print(json.dumps(agreement(), ensure_ascii=False))

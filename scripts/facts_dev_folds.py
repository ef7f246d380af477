"""The facts layer on the development dossiers, measured out of writer (`.venv/bin/python scripts/facts_dev_folds.py`).

The sentence model learns from the development dossiers' annotated sentences, so `evaluate --facts`'s dev figure is
partly measured on what it learned from. Here the dev facts dossiers are split in two by writer (sorted writer
names, alternately); each half is read with a sentence model that learned from everything but that half's
sentences. Beside it, the same halves read by a model that learned from no dossier sentence at all (the model before
it learned from them): one JSON object with both halves' macro F1 and per-kind F1 for each. About 5 minutes on 2
cores.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analyzer.evaluation import evaluate_facts  # noqa: E402
from analyzer.facts import sentence_model  # noqa: E402
from analyzer.facts.annotated_sentences import DEVELOPMENT  # noqa: E402
from analyzer.facts.evaluate import annotated_dossiers  # noqa: E402


def halves(root: Path) -> dict[str, int]:
    """Each dossier's half (0 or 1), by its writer."""
    annotated = annotated_dossiers(root)
    writers = sorted({annotation["writer"] for _, annotation in annotated})
    half = {writer: n % 2 for n, writer in enumerate(writers)}
    return {path.name: half[annotation["writer"]] for path, annotation in annotated}


def link_half(root: Path, half_of: dict[str, int], half: int, target: Path) -> None:
    (target / "_expected").mkdir(parents=True)
    for name, h in half_of.items():
        if h == half:
            (target / name).symlink_to(root / name)
            (target / "_expected" / f"{name}.facts.json").symlink_to(root / "_expected" / f"{name}.facts.json")


def use_model(model: sentence_model.SentenceModel) -> None:
    """Read with `model` from now on (the evaluation's forked workers inherit it; each model keeps its own readings)."""
    sentence_model.shipped_model = lambda: model  # type: ignore[assignment]


def summary(part: dict) -> dict:
    return {"dossiers": part["dossiers"], "macro_f1": part["macro_f1"],
            "per_kind": {kind: row["f1"] for kind, row in part["per_kind"].items()}}  # fmt: skip


def main() -> int:
    root = ROOT / DEVELOPMENT
    half_of = halves(root)
    corpus = ROOT / "corpus"
    written = sentence_model.load_sentences(corpus / "sentences")
    quiet = sentence_model.corpus_sentences(corpus)
    dossiers = sentence_model.dossier_sentences(corpus)
    result: dict = {"without_dossier_sentences": {}, "out_of_writer": {}}
    with tempfile.TemporaryDirectory() as tmp:
        for half in (0, 1):
            link_half(root, half_of, half, Path(tmp) / f"half{half}")
        sets = {f"half{half}": (f"half{half}",) for half in (0, 1)}
        use_model(sentence_model.fit([*written, *quiet]))
        before = evaluate_facts(Path(tmp), sets)
        result["without_dossier_sentences"] = {name: summary(part) for name, part in before.items()}
        for half in (0, 1):
            learned = [s for s in dossiers if half_of.get(s.group.split("-", 1)[1]) != half]
            use_model(sentence_model.fit([*written, *quiet, *learned]))
            measured = evaluate_facts(Path(tmp), {f"half{half}": sets[f"half{half}"]})
            result["out_of_writer"][f"half{half}"] = summary(measured[f"half{half}"])
    print(json.dumps(result, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

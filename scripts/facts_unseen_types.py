"""Do the classifier's types limit the facts layer? (`.venv/bin/python scripts/facts_unseen_types.py`)

The documents of most development dossiers are in the classifier's training data (corpus/dossier_documents), so in
`evaluate --facts` the layer reads them with types the classifier learned, where a held-out dossier's documents are
typed by a model that never saw them (about 0.90 right, `metrics.json` "dossier_documents"). Here those dossiers are
split in five folds by dossier; each fold is read once with the shipped model and once with a model trained on the
same corpus without that fold's documents. One JSON object: macro F1 and per-kind F1 both ways, over all of them.
About 5 minutes on 2 cores (five trainings of ~30 s, two readings of the dossiers).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analyzer.classify.corpus import DOSSIER_GROUP, training_corpus  # noqa: E402
from analyzer.classify.model import ClassifierSettings, save, train  # noqa: E402
from analyzer.evaluation import _found_facts, on_every_core  # noqa: E402
from analyzer.facts.annotated_sentences import DEVELOPMENT  # noqa: E402
from analyzer.facts.evaluate import KINDS, Tally, add, annotated_dossiers, compare, expected_signatures, summarise  # noqa: E402
from analyzer.paths import CACHE_VARIABLE, HOME_VARIABLE, cache_home  # noqa: E402

FOLDS = 5


def fold_of(dossier: str) -> int:
    return int(hashlib.sha256(dossier.encode()).hexdigest(), 16) % FOLDS


def read(annotated: list, tally: dict[str, Tally]) -> None:
    """The facts of `annotated` dossiers with the classifier the environment chooses, added to `tally`."""
    for (_, annotation), found in zip(annotated, on_every_core(_found_facts, [p for p, _ in annotated]), strict=True):
        add(tally, compare(expected_signatures(annotation), found)[0])


def main() -> int:
    items = training_corpus(ROOT / "corpus")
    learned = {i.group.removeprefix(DOSSIER_GROUP) for i in items if i.group.startswith(DOSSIER_GROUP)}
    annotated = [(p, a) for p, a in annotated_dossiers(ROOT / DEVELOPMENT) if p.name in learned]
    shipped = {kind: Tally() for kind in KINDS}
    unseen = {kind: Tally() for kind in KINDS}
    os.environ[CACHE_VARIABLE] = str(cache_home())  # the texts already extracted, whatever model reads them
    with tempfile.TemporaryDirectory() as tmp:
        for fold in range(FOLDS):
            part = [(p, a) for p, a in annotated if fold_of(p.name) == fold]
            os.environ.pop(HOME_VARIABLE, None)
            read(part, shipped)
            kept = [i for i in items if not (i.group.startswith(DOSSIER_GROUP) and fold_of(i.group.removeprefix(DOSSIER_GROUP)) == fold)]  # fmt: skip
            home = Path(tmp) / str(fold)
            home.mkdir()
            save(train(kept, ClassifierSettings()), home / "model.npz")  # read as the user's own model
            os.environ[HOME_VARIABLE] = str(home)
            read(part, unseen)
    figures = {
        name: {"macro_f1": s["macro_f1"], "per_kind": {k: row["f1"] for k, row in s["per_kind"].items()}}
        for name, s in (("shipped_types", summarise(shipped)), ("unseen_types", summarise(unseen)))
    }
    print(json.dumps({"dossiers": len(annotated), **figures}, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

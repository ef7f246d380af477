"""Add collected real texts, or texts written in real texts' forms, to the classifier's training data, with the
checks that keep the evaluation honest.

    .venv/bin/python scripts/add_real_texts.py ROUND FOLDER [FOLDER ...]       collected real texts
    .venv/bin/python scripts/add_real_texts.py --written WRITER FOLDER         one writer's written texts

Each FOLDER holds `NNN.txt` files with front matter (doc_type, subtype, and source, origin, note for a real text or
style, note for a written one) as a collector or writer made them. A text is refused, and said why, when
- its labels are invalid;
- (a real text) it has no source, or its source is a page of an evaluation set (`tests/real_documents/published/`) or
  a decision of the case-law table's held-out part (the end-to-end dossiers are written from those);
- it shares a 12-word passage with either evaluation set under `tests/real_documents/`, or with a text already kept
  (the same passage found twice) — for a written text, with any text the classifier learns from (a template's
  boilerplate the corpus already holds teaches nothing new).
Kept real texts go to `corpus/real_texts/real-<source>/<ROUND>-<NNN>.txt`: one folder per source page (per decision for
rulings, whatever site showed it), so grouped cross-validation never splits a page; written texts go to
`corpus/written_texts/written-<WRITER>/<NNN>.txt`, one folder per writer.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from analyzer.caselaw.table import decisions
from analyzer.classify.corpus import (
    REAL_GROUP,
    REAL_TEXTS,
    WRITTEN_GROUP,
    WRITTEN_TEXTS,
    CorpusError,
    load_corpus,
    parse_labelled,
    training_corpus,
)
from analyzer.classify.real import REAL_DOCUMENTS, evaluation_passages, shingles, source_key, source_of

ROOT = Path(__file__).parents[1]


def folder_name(key: str) -> str:
    return REAL_GROUP + re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-")[:80]


def main(argv: list[str]) -> int:
    written = argv[0] == "--written"
    name, folders = (argv[1], [Path(argv[2])]) if written else (argv[0], [Path(f) for f in argv[1:]])
    published = {source_key(source_of(p.read_text(encoding="utf-8"))) for p in (ROOT / REAL_DOCUMENTS / "published").glob("*/*.txt")}  # fmt: skip
    held_out = {d.ecli.upper() for d in decisions() if d.held_out}
    seen = {passage: f"evaluation set {id_}" for passage, id_ in evaluation_passages(ROOT / REAL_DOCUMENTS).items()}
    learned = training_corpus(ROOT / "corpus") if written else load_corpus(ROOT / "corpus" / REAL_TEXTS)
    for item in learned:
        seen.update(dict.fromkeys(shingles(item.text), f"training text {item.id}"))
    kept = refused = 0
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            raw = path.read_text(encoding="utf-8")
            key = "" if written else source_key(source_of(raw))
            try:
                text = parse_labelled(raw, str(path))[2]
            except CorpusError as err:
                reason = str(err)
            else:
                shared = next((seen[s] for s in shingles(text) if s in seen), None)
                reason = (
                    "no source" if not written and not key
                    else "source is in the published evaluation set" if key in published
                    else "decision is in the case-law table's held-out part" if key in held_out
                    else f"shares a passage with {shared}" if shared
                    else ""
                )  # fmt: skip
            if reason:
                refused += 1
                print(f"refused {path}: {reason}")
                continue
            if written:
                target = ROOT / "corpus" / WRITTEN_TEXTS / f"{WRITTEN_GROUP}{name}" / path.name
            else:
                target = ROOT / "corpus" / REAL_TEXTS / folder_name(key) / f"{name}-{path.stem}.txt"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(raw if raw.endswith("\n") else raw + "\n", encoding="utf-8")
            seen.update(dict.fromkeys(shingles(text), f"training text {target.parent.name}/{target.stem}"))
            kept += 1
    print(f"kept {kept}, refused {refused}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

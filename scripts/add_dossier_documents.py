"""Turn the documents of the facts layer's dev dossiers (and of the dossiers written from tuning decisions) into
labelled training texts for the classifier (`corpus/dossier_documents/`), in two steps with labelling by hand in
between.

    .venv/bin/python scripts/add_dossier_documents.py dump FOLDER [DOSSIERS]
    .venv/bin/python scripts/add_dossier_documents.py add FOLDER LABELS.jsonl [LABELS.jsonl ...]

`dump` analyses every dossier under DOSSIERS (tests/facts_dossiers/dev, or tests/caselaw_dossiers_tuning) that is not
yet in the corpus and writes each document as the pipeline extracts and splits it to `FOLDER/<dossier>/<NN>.txt`,
with `FOLDER/index.json` saying which file, attachment and pages it is. Never the held-out facts dossiers, the
dossiers written from held-out decisions, the sample or the blind dossiers.
The labellers read only those texts and the type definitions (tests/real_documents/BRIEF_definitions.md), never the
model's prediction, and write one JSON line per document: {"doc": "<dossier>/<NN>.txt", "doc_type", "subtype",
"note"}.

`add` writes each labelled document to `corpus/dossier_documents/dossier-<dossier>/<NN>.txt` with its labels and
source in the front matter. A document is refused, and said why, when its labels are invalid or when it shares a
12-word passage with either evaluation set under tests/real_documents (the figures there would be void).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from analyzer.classify.corpus import DOSSIER_DOCUMENTS, DOSSIER_GROUP, CorpusError, parse_labelled
from analyzer.classify.real import REAL_DOCUMENTS, evaluation_passages, shingles
from analyzer.pipeline import analyze

ROOT = Path(__file__).parents[1]
DEV_DOSSIERS = ROOT / "tests" / "facts_dossiers" / "dev"
# The dossiers a corpus folder may come from, with the prefix that keeps their names apart there.
SOURCES = {"tests/facts_dossiers/dev": "", "tests/caselaw_dossiers_tuning": "tuning-"}
# Shorter than this, a document says too little to learn its type from (a signature block, an empty scan page).
MIN_CHARS = 40


def dump(folder: Path, source: str = "tests/facts_dossiers/dev") -> None:
    prefix = SOURCES[source]  # a KeyError for any other folder: held-out dossiers never get here
    done = {p.name for p in (ROOT / "corpus" / DOSSIER_DOCUMENTS).iterdir()}
    index = []
    for dossier in sorted(p for p in (ROOT / source).iterdir() if p.is_dir() and not p.name.startswith("_")):
        if f"{DOSSIER_GROUP}{prefix}{dossier.name}" in done:
            continue
        for number, document in enumerate(analyze(dossier).documents):
            text = "\n".join(page.text for page in document.pages).strip()
            if document.error or len(text) < MIN_CHARS:
                continue
            name = f"{prefix}{dossier.name}/{number:02d}.txt"
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_text(text + "\n", encoding="utf-8")
            pages = [page.number for page in document.pages if page.number is not None]
            index.append({"doc": name, "source": source, "file": document.file, "attachment": document.attachment, "pages": pages})  # fmt: skip
    (folder / "index.json").write_text(json.dumps(index, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(index)} documenten in {folder}")


def source_of(entry: dict) -> str:
    """Where the text comes from, as a reader finds it back: the dossier file, its attachment, its pages."""
    root = entry.get("source", "tests/facts_dossiers/dev")
    source = f"{root}/{entry['doc'].split('/')[0].removeprefix(SOURCES[root])}/{entry['file']}"
    if entry["attachment"]:
        source += f" > {entry['attachment']}"
    if entry["pages"]:
        source += f" (pagina {entry['pages'][0]}-{entry['pages'][-1]})"
    return source


def add(folder: Path, label_files: list[Path]) -> None:
    index = {entry["doc"]: entry for entry in json.loads((folder / "index.json").read_text(encoding="utf-8"))}
    evaluation = evaluation_passages(ROOT / REAL_DOCUMENTS)
    kept = refused = 0
    for label_file in label_files:
        for line in label_file.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            label = json.loads(line)
            entry = index[label["doc"]]
            text = (folder / label["doc"]).read_text(encoding="utf-8")
            note = " ".join(str(label.get("note") or "").split())
            raw = (
                f"---\ndoc_type: {label['doc_type']}\nsubtype: {label.get('subtype') or 'null'}\n"
                f"source: {source_of(entry)}\nnote: {note}\n---\n{text}"
            )
            try:
                parse_labelled(raw, label["doc"])
            except CorpusError as err:
                print(f"refused {label['doc']}: {err}")
                refused += 1
                continue
            if shared := next((evaluation[s] for s in shingles(text) if s in evaluation), None):
                print(f"refused {label['doc']}: shares a passage with evaluation set {shared}")
                refused += 1
                continue
            dossier, name = label["doc"].split("/")
            target = ROOT / "corpus" / DOSSIER_DOCUMENTS / f"{DOSSIER_GROUP}{dossier}" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(raw, encoding="utf-8")
            kept += 1
    print(f"kept {kept}, refused {refused}")


def main(argv: list[str]) -> int:
    if argv[:1] == ["dump"] and len(argv) in (2, 3):
        dump(Path(argv[1]), *argv[2:])
    elif argv[:1] == ["add"] and len(argv) >= 3:
        add(Path(argv[1]), [Path(a) for a in argv[2:]])
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The development dossiers' annotated facts as labelled sentences for the sentence model.

Every annotated criticism, complaint, answer, stance, training status, physician's view and redeployment fact quotes
the sentence that shows it. Those sentences are written by some thirty writers in voices the written sentence sets lack
(running notes, chats, lawyers' letters), so the sentence model learns from them too: the quoted sentence, read as
the facts layer reads it, carries the fact's label; the sentences of a file in which the writer annotated no fact of a
family carry no label of that family. A file with such a fact teaches nothing else of that family: writers quote one
sentence per fact, and its neighbours may say the same.

Only `tests/facts_dossiers/dev` is read: the held-out dossiers, the sample dossiers and the blind dossiers are
measured, never learned from. `dossier-analyzer train --sentences` harvests anew before it trains; the harvest is
pinned in `corpus/sentences_dossiers/<family>.jsonl`.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from analyzer.facts.reading import read_document

DEVELOPMENT = Path("tests/facts_dossiers/dev")
FOLDER = "sentences_dossiers"

# Annotated kind → (family, the field that names the label, the label's form).
KIND_LABELS: dict[str, tuple[str, str | None, str]] = {
    "complaint": ("conditions", "topic", "complaint_{}"),
    "complaint_response": ("conditions", "response", "response_{}"),
    "stance": ("stance_training", "stance", "stance_{}"),
    "training": ("stance_training", "status", "training_{}"),
    "physician_statement": ("medical_redeployment", "link", "physician_{}"),
    "redeployment_search": ("medical_redeployment", None, "redeployment_search"),
    "redeployment_offer": ("medical_redeployment", None, "redeployment_offer"),
    "redeployment_statement": ("medical_redeployment", None, "redeployment_none"),
    "criticism": ("criticism", None, "criticism"),
}
# What the sentence model has no label for: a physician who leaves the link open, a redeployment contested or found
# unreasonable (the written sets' `redeployment_none` is "nothing to offer").
NO_LABEL = {("physician_statement", "not_stated"), ("redeployment_statement", "not_reasonable"),
            ("redeployment_statement", "contested")}  # fmt: skip
# Sentences without a label, per family, kept from all dossiers (the first by a hash of their text, `_draw`): on the
# development dossiers split in two by writer, 6,000 read more facts right on the unseen half than 2,000 or all
# ~20,000 (0.782/0.763 against 0.780/0.761 and 0.781/0.758; 0.776/0.753 without any dossier sentence).
UNLABELLED_PER_FAMILY = 6000
MIN_WORDS = 3

_WORD = re.compile(r"\w+")


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def label_of(fact: dict[str, Any]) -> tuple[str, str] | None:
    """The family and sentence label an annotated fact stands for (None: a kind or value the model does not read)."""
    if fact.get("kind") not in KIND_LABELS:
        return None
    family, field, form = KIND_LABELS[fact["kind"]]
    value = fact.get(field) if field else None
    if (field and not value) or (fact["kind"], fact.get(field or "statement")) in NO_LABEL:
        return None
    return family, form.format(value)


def dossier_sentences(path: Path, annotation: dict[str, Any]) -> list[dict[str, Any]]:
    """One analysed dossier's labelled sentences: {"family", "labels", "text", "group", "source"} each."""
    from analyzer.pipeline import analyze

    writer = re.sub(r"^writer-", "w", str(annotation.get("writer", "w"))).replace("-", "")
    group = f"{writer}-{path.name}"
    by_file: dict[str, list] = {}
    for doc in analyze(path).documents:
        by_file.setdefault(doc.file, []).append(doc)
    found: list[dict[str, Any]] = []
    for family in dict.fromkeys(family for family, _, _ in KIND_LABELS.values()):
        facts = [f for f in annotation["facts"] if f.get("kind") in KIND_LABELS and KIND_LABELS[f["kind"]][0] == family]
        labelled: dict[tuple[str, str], set[str]] = {}
        for fact in facts:
            if (label := label_of(fact)) is None or len((quote := _words(fact.get("quote") or "")).split()) < 2:
                continue
            if hit := _quoted_sentence(by_file.get(fact.get("file"), []), quote):
                labelled.setdefault((fact["file"], hit), set()).add(label[1])
        found += [
            {"family": family, "labels": sorted(labels), "text": text, "group": group, "source": f"{path.name}/{file}"}
            for (file, text), labels in labelled.items()
        ]
        with_facts = {f.get("file") for f in facts}
        found += [
            {"family": family, "labels": [], "text": s.text, "group": group, "source": f"{path.name}/{file}"}
            for file, docs in by_file.items()
            if file not in with_facts
            for doc in docs
            for s in read_document(doc)
            if len(s.text.split()) >= MIN_WORDS
        ]
    return found


def _quoted_sentence(docs: Iterable, quote: str) -> str | None:
    """The sentence of the file that holds the quote (or that the quote holds, when the quote runs over two)."""
    for doc in docs:
        for sentence in read_document(doc):
            words = _words(sentence.text)
            if quote in words or (len(words.split()) >= 4 and words in quote):
                return sentence.text
    return None


def harvest(repo: Path = Path("."), per_family: int = UNLABELLED_PER_FAMILY) -> dict[str, list[dict[str, Any]]]:
    """Per family, every labelled sentence of the annotated development dossiers and a fixed sample of unlabelled
    ones, in dossier order; none that shares a passage with a measured dossier (sentence_model.EVALUATED)."""
    from analyzer.classify.real import shingles
    from analyzer.evaluation import on_every_core
    from analyzer.facts.evaluate import annotated_dossiers
    from analyzer.facts.sentence_model import EVALUATED, PASSAGE_WORDS, evaluated_passages

    measured = evaluated_passages([repo / path for path in EVALUATED])
    per_dossier = on_every_core(_harvest_one, [path for path, _ in annotated_dossiers(repo / DEVELOPMENT)])
    items = [item for found in per_dossier for item in found if not shingles(item["text"], PASSAGE_WORDS) & measured]
    result: dict[str, list[dict[str, Any]]] = {}
    for family in dict.fromkeys(family for family, _, _ in KIND_LABELS.values()):
        mine = [i for i in items if i["family"] == family]
        unlabelled = sorted((n for n, i in enumerate(mine) if not i["labels"]), key=lambda n: _draw(mine[n]))
        keep = set(unlabelled[:per_family])
        result[family] = [i for n, i in enumerate(mine) if i["labels"] or n in keep]
    return result


def _draw(item: dict[str, Any]) -> str:
    """The place of an unlabelled sentence in the draw: a hash of its text, so that a dossier or a sentence more
    changes the sample by itself only (a seeded sample over positions redrew all of it, and moved the figures)."""
    return hashlib.sha256(f"{item['family']}\0{item['text']}".encode()).hexdigest()


def _harvest_one(path: Path) -> list[dict[str, Any]]:
    annotation = json.loads((path.parent / "_expected" / f"{path.name}.facts.json").read_text(encoding="utf-8"))
    return dossier_sentences(path, annotation)


def write(found: dict[str, list[dict[str, Any]]], corpus: Path) -> None:
    folder = corpus / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    for family, items in found.items():
        lines = (json.dumps({k: v for k, v in i.items() if k != "family"}, ensure_ascii=False) for i in items)
        (folder / f"{family}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

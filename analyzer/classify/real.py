"""How the classifier does on documents others wrote: the two evaluation sets under tests/real_documents/.

`published/` holds real texts (example letters, forms, passages quoted in court decisions) with their source;
`written/` holds documents written for this purpose by writers who never saw the corpus or the model. Neither is
ever trained or tuned on (tests/test_real_documents.py checks that no 12-word passage of them is in the corpus).
The keyword list of baseline.py is measured on the same texts: the bar the model must clearly beat.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import numpy as np
from sklearn.metrics import f1_score, recall_score

from analyzer.classify.baseline import keyword_type
from analyzer.classify.corpus import LabelledText, load_corpus
from analyzer.classify.model import DocumentClassifier
from analyzer.labels import DOC_TYPES

REAL_DOCUMENTS = Path("tests/real_documents")
SETS = ("published", "written")
SHINGLE_WORDS = 12
_TOKEN = re.compile(r"[^\W_]+")


def load_set(root: Path, name: str) -> list[LabelledText]:
    """One evaluation set: every `<name>/<source or writer>/*.txt` with its labels."""
    return load_corpus(root / name)


_ECLI = re.compile(r"ECLI:NL:[A-Z]{2,6}:\d{4}:[A-Z0-9]+", re.IGNORECASE)


def source_of(raw: str) -> str:
    """The `source:` URL in a collected text's front matter ("" when it has none)."""
    match = re.search(r"^source:\s*(\S+)", raw, re.MULTILINE)
    return match.group(1) if match else ""


def source_key(source: str) -> str:
    """What makes two sources the same page: a ruling's ECLI on whatever site showed it, else host and path."""
    if found := _ECLI.search(unquote(source)):
        return found.group(0).upper()
    url = urlparse(source)
    return (url.netloc.removeprefix("www.") + url.path).rstrip("/")


def type_figures(truth: Sequence[str], predicted: Sequence[str]) -> dict[str, Any]:
    present = [t for t in DOC_TYPES if t in truth]
    recall = recall_score(truth, predicted, labels=present, average=None, zero_division=0)
    return {
        "accuracy": round(float(np.mean([t == p for t, p in zip(truth, predicted, strict=True)])), 3),
        "macro_f1": round(float(f1_score(truth, predicted, labels=present, average="macro", zero_division=0)), 3),
        "recall_per_type": {t: round(float(r), 3) for t, r in zip(present, recall, strict=True)},
    }


def evaluate_set(items: Sequence[LabelledText], model: DocumentClassifier, details: bool = False) -> dict[str, Any]:
    """Accuracy, macro-F1 and recall per type of the model and of the keyword list; the share of errors flagged."""
    found = model.classify([i.text for i in items])
    truth = [i.doc_type for i in items]
    predicted = [f.doc_type for f in found]
    correct = np.array([t == p for t, p in zip(truth, predicted, strict=True)])
    flagged = np.array([f.needs_review for f in found])
    result = {
        "documents": len(items),
        "per_type": {t: truth.count(t) for t in DOC_TYPES if t in truth},
        **type_figures(truth, predicted),
        "errors": int((~correct).sum()),
        "errors_flagged": round(float(flagged[~correct].mean()), 3) if (~correct).any() else None,
        "correct_flagged": round(float(flagged[correct].mean()), 3) if correct.any() else None,
        "review_threshold": model.settings.review_threshold,
        "keyword_baseline": type_figures(truth, [keyword_type(i.text) for i in items]),
    }
    if details:
        result["wrong"] = [
            {
                "id": i.id,
                "true": i.doc_type,
                "predicted": f.doc_type,
                "confidence": round(f.confidence, 3),
                "flagged": f.needs_review,
                "runner_up": f.runner_up,
            }
            for i, f in zip(items, found, strict=True)
            if i.doc_type != f.doc_type
        ]
    return result


def second_labeller(items: Sequence[LabelledText], labels: Path) -> dict[str, Any] | None:
    """How often a second labeller, given only the type definitions and the bare texts, chose the set's own type:
    the ceiling a careful reader reaches on these texts, beside which the model's accuracy can be read."""
    if not labels.exists():
        return None
    second = {row["id"]: row["doc_type"] for row in map(json.loads, labels.read_text(encoding="utf-8").splitlines())}
    labelled = [i for i in items if i.id in second]
    differing = [i.id for i in labelled if second[i.id] != i.doc_type]
    return {
        "documents": len(labelled),
        "agreement": round(1 - len(differing) / len(labelled), 3) if labelled else None,
        "differing": differing,
    }


def evaluate_real(
    model: DocumentClassifier, root: Path = REAL_DOCUMENTS, details: bool = False
) -> dict[str, dict[str, Any]]:
    """One result per evaluation set (with the second labeller's agreement where a set has one)."""
    results = {}
    for name in SETS:
        items = load_set(root, name)
        results[name] = evaluate_set(items, model, details)
        if (agreement := second_labeller(items, root / f"{name}_second_labels.jsonl")) is not None:
            results[name]["second_labeller"] = agreement
    return results


# Stock phrases of Dutch HR and legal writing that independent writers use word for word (rating scales, the
# garden-leave clause, a bedrijfsarts's standard wording): shared with the corpus, they are not a shared passage.
# Each was found by the leak test between texts written apart, and is cut out before shingling.
STOCK_PHRASES = tuple(
    re.compile(pattern)
    for pattern in (
        r"(\d )?(onvoldoende|matig|voldoende|goed|zeer goed|uitstekend)( \d (onvoldoende|matig|voldoende|goed|zeer goed|uitstekend))+",
        r"vrijgesteld van het verrichten van werkzaamheden met behoud van salaris( en emolumenten)?",
        r"een oordeel geeft over het functioneren van de medewerker",
        r"is op dit moment beperkt in het omgaan met",
        r"er is sprake van beperkingen als gevolg van ziekte",
        r"vervanging door een collega is altijd mogelijk",
    )
)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[tuple[str, ...]]:
    """The text's runs of `size` words, lower-cased and without punctuation, stock phrases cut out: what "the
    same passage" means."""
    found: set[tuple[str, ...]] = set()
    words = " ".join(_TOKEN.findall(text.lower()))
    for phrase in STOCK_PHRASES:
        words = phrase.sub(" | ", words)
    for part in words.split("|"):
        run = part.split()
        found.update(tuple(run[i : i + size]) for i in range(len(run) - size + 1))
    return found


def evaluation_passages(root: Path) -> dict[tuple[str, ...], str]:
    """Each 12-word passage of the evaluation sets under `root`, with the id of a text that has it: what no training
    text may share (the scripts that add training texts refuse one that does)."""
    return {s: item.id for name in SETS for item in load_set(root, name) for s in shingles(item.text)}


def shared_passages(evaluation: Iterable[LabelledText], training: Iterable[LabelledText]) -> list[tuple[str, str]]:
    """Pairs (evaluation id, training id) that share a 12-word passage: a leak that would make the figure void."""
    seen: dict[tuple[str, ...], str] = {}
    for item in training:
        for shingle in shingles(item.text):
            seen.setdefault(shingle, item.id)
    return sorted({(item.id, seen[s]) for item in evaluation for s in shingles(item.text) if s in seen})

"""Train the shipped model and measure it honestly: grouped cross-validation, never the training set.

`train_and_save` is what `dossier-analyzer train` runs. The metrics always come from the corpus alone,
with no group in both the training and the test fold; user corrections may be folded into the final
model (for the user's own copy) but never into its evaluation.
"""

from __future__ import annotations

import json
import platform
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import sklearn
from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support
from sklearn.model_selection import StratifiedGroupKFold

from analyzer.classify.augment import FORMS, AugmentSettings, augment
from analyzer.classify.corpus import DOSSIER_GROUP, REAL_GROUP, SUBTYPES, WRITTEN_GROUP, LabelledText, corpus_hash
from analyzer.classify.model import FORMAT_VERSION, ClassifierSettings, DocumentClassifier, save, train
from analyzer.classify.real import type_figures
from analyzer.labels import DOC_TYPES


@dataclass(frozen=True)
class EvaluationSettings:
    # Number of grouped folds; each group (employer/author) is tested by a model that never saw it.
    folds: int = 5
    # Fixed seed for the fold assignment, so the metrics file is reproducible.
    seed: int = 0
    # Bins of the expected-calibration-error estimate.
    calibration_bins: int = 10
    # Each test document is also tested in every form of augment.py (with another seed than training's): how the
    # model holds when the document comes cropped, OCR'd, quoted or in another voice.
    variants: AugmentSettings = AugmentSettings(variants_per_document=len(FORMS), seed=99)


@dataclass
class CrossValidated:
    """Out-of-fold predictions for every corpus item."""

    items: Sequence[LabelledText]
    predicted: list[str] = field(default_factory=list)
    confidence: list[float] = field(default_factory=list)
    subtype: list[str | None] = field(default_factory=list)
    # the test documents' variants (see EvaluationSettings.variants), each with its out-of-fold prediction
    variants: list[tuple[LabelledText, str, float]] = field(default_factory=list)


def cross_validate(
    items: Sequence[LabelledText], settings: ClassifierSettings, evaluation: EvaluationSettings
) -> CrossValidated:
    """Predict every item with a model trained on the other groups only."""
    labels = np.array([i.doc_type for i in items])
    groups = np.array([i.group for i in items])
    folds = StratifiedGroupKFold(n_splits=evaluation.folds, shuffle=True, random_state=evaluation.seed)
    result = CrossValidated(items, [""] * len(items), [0.0] * len(items), [None] * len(items))
    for train_idx, test_idx in folds.split(np.zeros(len(items)), labels, groups):
        model = train([items[i] for i in train_idx], settings)
        variants = [v for v in augment([items[i] for i in test_idx], evaluation.variants) if "~reply~" not in v.id]
        for variant, found in zip(variants, model.classify([v.text for v in variants]), strict=True):
            result.variants.append((variant, found.doc_type, found.confidence))
        for i, found in zip(test_idx, model.classify([items[i].text for i in test_idx]), strict=True):
            result.predicted[i], result.confidence[i], result.subtype[i] = (
                found.doc_type,
                found.confidence,
                found.subtype,
            )
    return result


def _per_class(truth: list[str], predicted: list[str], labels: list[str]) -> dict[str, dict[str, float]]:
    precision, recall, f1, support = precision_recall_fscore_support(truth, predicted, labels=labels, zero_division=0)
    return {
        label: {
            "precision": round(float(p), 4),
            "recall": round(float(r), 4),
            "f1": round(float(f), 4),
            "support": int(s),
        }
        for label, p, r, f, s in zip(labels, precision, recall, f1, support, strict=True)
    }


def _calibration_error(correct: np.ndarray, confidence: np.ndarray, bins: int) -> float:
    """Expected calibration error: how far the stated confidence is from the observed accuracy."""
    edges = np.linspace(0, 1, bins + 1)
    error = 0.0
    for low, high in zip(edges[:-1], edges[1:], strict=True):
        mask = (confidence > low) & (confidence <= high)
        if mask.any():
            error += mask.mean() * abs(correct[mask].mean() - confidence[mask].mean())
    return round(float(error), 4)


def _review_figures(correct: np.ndarray, confidence: np.ndarray, threshold: float) -> dict[str, float | None]:
    """The share of errors the needs-review flag catches, and the share of correct documents it flags needlessly."""
    flagged = confidence < threshold
    return {
        "errors_flagged": round(float(flagged[~correct].mean()), 4) if (~correct).any() else None,
        "correct_flagged": round(float(flagged[correct].mean()), 4) if correct.any() else None,
    }


def metrics(cv: CrossValidated, settings: ClassifierSettings, evaluation: EvaluationSettings) -> dict[str, Any]:
    """Everything the metrics file reports about the out-of-fold predictions."""
    truth = [i.doc_type for i in cv.items]
    labels = list(DOC_TYPES)
    correct = np.array([t == p for t, p in zip(truth, cv.predicted, strict=True)])
    confidence = np.array(cv.confidence)
    review = confidence < settings.review_threshold
    subtype_scores = {}
    for doc_type, names in SUBTYPES.items():
        idx = [i for i, item in enumerate(cv.items) if item.doc_type == doc_type and cv.predicted[i] == doc_type]
        sub_truth = [cv.items[i].subtype for i in idx]
        sub_pred = [cv.subtype[i] for i in idx]
        subtype_scores[doc_type] = {
            "evaluated": len(idx),
            "accuracy": round(float(np.mean([a == b for a, b in zip(sub_truth, sub_pred, strict=True)])), 4),
            "macro_f1": round(
                float(f1_score(sub_truth, sub_pred, labels=list(names), average="macro", zero_division=0)), 4
            ),
            "per_class": _per_class(sub_truth, sub_pred, list(names)),
        }
    return {
        "scheme": f"StratifiedGroupKFold(n_splits={evaluation.folds}, shuffle=True, random_state={evaluation.seed})",
        "accuracy": round(float(correct.mean()), 4),
        "macro_f1": round(float(f1_score(truth, cv.predicted, labels=labels, average="macro")), 4),
        "per_class": _per_class(truth, cv.predicted, labels),
        "confusion_matrix": {
            "labels": labels,
            "rows_are": "true type",
            "matrix": confusion_matrix(truth, cv.predicted, labels=labels).tolist(),
        },
        "calibration": {
            "expected_calibration_error": _calibration_error(correct, confidence, evaluation.calibration_bins),
            "review_threshold": settings.review_threshold,
            "share_needs_review": round(float(review.mean()), 4),
            "accuracy_above_threshold": round(float(correct[~review].mean()), 4) if (~review).any() else None,
            "accuracy_needs_review": round(float(correct[review].mean()), 4) if review.any() else None,
            **_review_figures(correct, confidence, settings.review_threshold),
        },
        "variants": _variant_metrics(cv, settings),
        "real_texts": _group_metrics(cv, settings, REAL_GROUP),
        "dossier_documents": _group_metrics(cv, settings, DOSSIER_GROUP),
        "written_texts": _group_metrics(cv, settings, WRITTEN_GROUP),
        "subtypes": subtype_scores,
        "errors": [
            {"id": item.id, "true": item.doc_type, "predicted": p, "confidence": round(c, 4)}
            for item, p, c in zip(cv.items, cv.predicted, cv.confidence, strict=True)
            if item.doc_type != p
        ],
    }


def _variant_metrics(cv: CrossValidated, settings: ClassifierSettings) -> dict[str, Any]:
    """Accuracy and review flags on the test documents' variants, overall and per form."""
    if not cv.variants:
        return {}
    truth = [v.doc_type for v, _, _ in cv.variants]
    predicted = [p for _, p, _ in cv.variants]
    correct = np.array([t == p for t, p in zip(truth, predicted, strict=True)])
    confidence = np.array([c for _, _, c in cv.variants])
    forms = np.array([v.id.rsplit("~", 1)[1] for v, _, _ in cv.variants])
    return {
        "documents": len(truth),
        "accuracy": round(float(correct.mean()), 4),
        "macro_f1": round(float(f1_score(truth, predicted, labels=list(DOC_TYPES), average="macro")), 4),
        **_review_figures(correct, confidence, settings.review_threshold),
        "accuracy_per_form": {f: round(float(correct[forms == f].mean()), 4) for f in sorted(set(forms))},
    }


def _group_metrics(cv: CrossValidated, settings: ClassifierSettings, prefix: str) -> dict[str, Any]:
    """The out-of-fold figures on the groups whose name starts with `prefix` (the real texts, the dossier documents,
    the written texts):
    how the model does on text others wrote, measured on sources it never saw (the evaluation sets under
    tests/real_documents stay untouched)."""
    idx = [i for i, item in enumerate(cv.items) if item.group.startswith(prefix)]
    if not idx:
        return {}
    truth = [cv.items[i].doc_type for i in idx]
    predicted = [cv.predicted[i] for i in idx]
    correct = np.array([t == p for t, p in zip(truth, predicted, strict=True)])
    return {
        "documents": len(idx),
        "sources": len({cv.items[i].group for i in idx}),
        **type_figures(truth, predicted),
        **_review_figures(correct, np.array([cv.confidence[i] for i in idx]), settings.review_threshold),
    }


def corpus_summary(items: Sequence[LabelledText]) -> dict[str, Any]:
    return {
        "documents": len(items),
        "groups": len({i.group for i in items}),
        "hash": corpus_hash(items),
        "per_type": dict(sorted(Counter(i.doc_type for i in items).items())),
        "per_group": dict(sorted(Counter(i.group for i in items).items())),
    }


def throughput(model: DocumentClassifier, items: Sequence[LabelledText]) -> float:
    """Documents classified per second (type, subtype and top terms), on the corpus texts."""
    texts = [i.text for i in items]
    start = time.perf_counter()
    model.classify(texts)
    return round(len(texts) / (time.perf_counter() - start), 1)


LEARNING_SHARES = (0.25, 0.5, 1.0)


def learning_curve(corpus: Sequence[LabelledText], settings: ClassifierSettings = ClassifierSettings()) -> list[dict]:
    """Macro-F1 on held-out groups (two group folds) when trained on a growing share of the other groups: a curve
    still rising at 100% says more, and more varied, documents would help. Kept in the metrics file (seconds of
    training each), so the notebook shows it without training again."""
    from sklearn.model_selection import GroupKFold

    groups = np.array([item.group for item in corpus])
    labels = np.array([item.doc_type for item in corpus])
    rows = []
    for fold, (train_idx, test_idx) in enumerate(GroupKFold(n_splits=2).split(np.zeros(len(corpus)), labels, groups)):
        train_groups = sorted(set(groups[train_idx]))
        np.random.default_rng(fold).shuffle(train_groups)
        for share in LEARNING_SHARES:
            chosen = set(train_groups[: max(2, int(len(train_groups) * share))])
            subset = [corpus[i] for i in train_idx if groups[i] in chosen]
            predicted = [c.doc_type for c in train(subset, settings).classify([corpus[i].text for i in test_idx])]
            rows.append({"share": share, "fold": fold, "training_documents": len(subset),
                         "macro_f1": round(float(f1_score(labels[test_idx], predicted, average="macro")), 4)})  # fmt: skip
    return rows


def train_and_save(
    corpus: Sequence[LabelledText],
    model_path: Path,
    metrics_path: Path,
    *,
    corrections: Sequence[LabelledText] = (),
    settings: ClassifierSettings = ClassifierSettings(),
    evaluation: EvaluationSettings = EvaluationSettings(),
) -> tuple[DocumentClassifier, dict[str, Any]]:
    """Evaluate on the corpus with grouped CV, then fit on corpus + corrections and write model and metrics.

    The metrics file holds nothing that changes between runs on the same corpus (no dates, no timings),
    so a rebuilt model and its metrics can be compared with the committed ones.
    """
    cv = cross_validate(corpus, settings, evaluation)
    model = train([*corpus, *corrections], settings)
    report = {
        "format_version": FORMAT_VERSION,
        "sklearn": sklearn.__version__,
        "python": platform.python_version(),
        "corpus": corpus_summary(corpus),
        "corrections_in_final_model": len(corrections),
        "cross_validation": metrics(cv, settings, evaluation),
        "learning_curve": learning_curve(corpus, settings),
    }
    save(model, model_path)
    metrics_path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return model, report

"""Classify stage: each document's type, subtype and a confidence that means something."""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from analyzer.classify.corrections import CorrectionStore, apply_corrections
from analyzer.classify.model import DocumentClassifier, ModelFileError, load
from analyzer.dossier import Document
from analyzer.paths import data_home

log = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).parent
SHIPPED_MODEL = PACKAGE_DIR / "model.npz"
SHIPPED_METRICS = PACKAGE_DIR / "metrics.json"


def user_model_path() -> Path:
    """The model `train --with-corrections` writes: the shipped corpus plus this user's corrections."""
    return data_home() / "model.npz"


@cache
def _load(path: Path, mtime: float) -> DocumentClassifier:
    return load(path)


def default_classifier() -> DocumentClassifier:
    """The user's own model when there is one that loads, else the shipped model."""
    user = user_model_path()
    if user.exists():
        try:
            return _load(user, user.stat().st_mtime)
        except ModelFileError:
            log.warning("user model %s cannot be loaded; using the shipped model", user)
    return _load(SHIPPED_MODEL, SHIPPED_MODEL.stat().st_mtime)


@cache
def _file_hash(path: Path, mtime: float) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def model_version() -> str:
    """Which model classifies, for the audit log: "meegeleverd:<sha>" or "eigen:<sha>" (the first 12 hex digits of
    the model file's SHA-256), chosen exactly as `default_classifier` chooses. The shipped model's training data is
    described by its metrics.json beside it; the user's model adds that user's corrections."""
    user = user_model_path()
    if user.exists():
        try:
            _load(user, user.stat().st_mtime)
            return f"eigen:{_file_hash(user, user.stat().st_mtime)}"
        except (ModelFileError, OSError):
            pass  # default_classifier falls back to the shipped model, and so does the version it reports
    return f"meegeleverd:{_file_hash(SHIPPED_MODEL, SHIPPED_MODEL.stat().st_mtime)}"


def classify_documents(documents: Sequence[Document], classifier: DocumentClassifier) -> list[Document]:
    """Type every readable document: type, subtype, calibrated confidence, runner-up and the words that decided."""
    readable = [doc for doc in documents if doc.error is None and doc.text.strip()]
    found = dict(zip((doc.id for doc in readable), classifier.classify([doc.text for doc in readable]), strict=True))
    typed: list[Document] = []
    for doc in documents:
        result = found.get(doc.id)
        typed.append(
            doc
            if result is None
            else dataclasses.replace(
                doc,
                doc_type=result.doc_type,
                subtype=result.subtype,
                confidence=result.confidence,
                runner_up=result.runner_up,
                runner_up_confidence=result.runner_up_confidence,
                top_terms=result.top_terms,
                needs_review=result.needs_review,
                type_source="model",
            )
        )
    return typed


__all__ = [
    "CorrectionStore",
    "apply_corrections",
    "classify_documents",
    "default_classifier",
    "model_version",
    "user_model_path",
]

"""The document classifier: train, save, load and predict, in one module.

One scikit-learn Pipeline (TF-IDF on words and on character n-grams, a linear SVM calibrated with
sigmoid scaling) decides the document type; per type that needs one, a linear SVM on the same features
decides the subtype. Models are stored with skops (no pickle code execution) and loaded
with a fixed, reviewed list of allowed types.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np
import skops.io as sio
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC

from analyzer.classify.corpus import SUBTYPES, LabelledText

# History: 1 — type pipeline + per-type subtype pipelines in one dict, skops.
FORMAT_VERSION = 1

# The only types a model file may contain; anything else makes loading fail. Reviewed by hand:
# scikit-learn estimators used below and the numpy/scipy containers their fitted state is made of.
TRUSTED_TYPES = [
    "analyzer.classify.model.FORMAT_VERSION",
    "builtins.dict",
    "numpy.dtype",
    "numpy.float64",
    "numpy.int64",
    "numpy.ndarray",
    "scipy.sparse._csr.csr_matrix",
    "sklearn.calibration.CalibratedClassifierCV",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.pipeline.Pipeline",
    "sklearn.svm._classes.LinearSVC",
]

_DIGITS = re.compile(r"\d")
_SPACE = re.compile(r"[ \t]+")
_WORD = re.compile(r"[^\W\d_]{3,}")


@dataclass(frozen=True)
class ClassifierSettings:
    # Below this calibrated probability a document is marked "needs review" with its runner-up type.
    review_threshold: float = 0.55
    # How many terms that pushed the decision are kept for the dashboard.
    top_terms: int = 8
    # Only the first characters of a very long document are read: its head says what it is.
    max_chars: int = 12000
    # Vocabulary caps: the most frequent word and character n-grams only. They bound the model file and, above
    # all, the memory needed to load it (each kept term costs memory in every analysis process).
    max_word_features: int = 15000
    max_char_features: int = 25000
    # How many leading non-empty lines count as the document's head (title, subject, letterhead).
    head_lines: int = 6
    # SVM regularisation (higher = fits the corpus more closely).
    svm_c: float = 0.5
    # Folds for the sigmoid calibration inside training.
    calibration_folds: int = 3


@dataclass(frozen=True)
class Classification:
    doc_type: str
    subtype: str | None
    confidence: float
    runner_up: str
    runner_up_confidence: float
    top_terms: tuple[str, ...]
    needs_review: bool


def normalise(text: str, settings: ClassifierSettings) -> str:
    """Lower-case, digits to 0 (dates and amounts must not be learned), collapse spaces, cut very long texts.

    The words of the first lines are added once more as "kop_<word>" tokens: a document's title and
    subject line say most about what it is ("VERBETERPLAN" above a text that speaks of "beoordeling").
    """
    body = _SPACE.sub(" ", _DIGITS.sub("0", text[: settings.max_chars].lower()))
    head_lines = [line for line in body.splitlines() if line.strip()][: settings.head_lines]
    head = " ".join(f"kop_{word}" for word in _WORD.findall(" ".join(head_lines)) if not word.isdigit())
    return f"{body}\n{head}"


def build_pipeline(settings: ClassifierSettings) -> Pipeline:
    features = FeatureUnion(
        [
            (
                "words",
                TfidfVectorizer(
                    ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_df=0.9, max_features=settings.max_word_features
                ),
            ),
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb",
                    ngram_range=(3, 5),
                    sublinear_tf=True,
                    min_df=2,
                    max_features=settings.max_char_features,
                ),
            ),
        ]
    )
    svm = LinearSVC(C=settings.svm_c, class_weight="balanced", random_state=0)
    return Pipeline(
        [
            ("features", features),
            (
                "classifier",
                CalibratedClassifierCV(svm, method="sigmoid", cv=settings.calibration_folds, ensemble=False),
            ),
        ]
    )


@dataclass(frozen=True)
class DocumentClassifier:
    """The fitted type pipeline and, per type that has subtypes, a fitted subtype pipeline."""

    types: Pipeline
    subtypes: dict[str, LinearSVC]
    settings: ClassifierSettings

    @cached_property
    def _feature_names(self) -> np.ndarray:
        return self.types.named_steps["features"].get_feature_names_out()

    @cached_property
    def _class_weights(self) -> np.ndarray:
        """Per type, the SVM weights averaged over the calibration folds (rows follow `types.classes_`)."""
        calibrated: CalibratedClassifierCV = self.types.named_steps["classifier"]
        return np.mean([c.estimator.coef_ for c in calibrated.calibrated_classifiers_], axis=0)

    def classify(self, texts: Sequence[str]) -> list[Classification]:
        normalised = [normalise(t, self.settings) for t in texts]
        if not normalised:
            return []
        vectors = self.types.named_steps["features"].transform(normalised).tocsr()
        probabilities = self.types.named_steps["classifier"].predict_proba(vectors)
        classes = self.types.classes_
        results = []
        for row, probability in enumerate(probabilities):
            order = np.argsort(probability)[::-1]
            doc_type, runner_up = str(classes[order[0]]), str(classes[order[1]])
            confidence = float(probability[order[0]])
            vector = vectors[row]
            results.append(
                Classification(
                    doc_type=doc_type,
                    subtype=self._subtype(doc_type, vector),
                    confidence=confidence,
                    runner_up=runner_up,
                    runner_up_confidence=float(probability[order[1]]),
                    top_terms=self._top_terms(vector, order[0]),
                    needs_review=confidence < self.settings.review_threshold,
                )
            )
        return results

    def _subtype(self, doc_type: str, vector) -> str | None:
        classifier = self.subtypes.get(doc_type)
        return None if classifier is None else str(classifier.predict(vector)[0])

    def _top_terms(self, vector, class_index: int) -> tuple[str, ...]:
        """The words of this text that pushed hardest towards the chosen type (weight × tf-idf value).

        Character n-grams count in the decision but are left out here: "ezig:" explains nothing to a lawyer.
        """
        contributions = vector.data * self._class_weights[class_index][vector.indices]
        terms: list[str] = []
        for i in np.argsort(contributions)[::-1][: self.settings.top_terms * 3]:
            if contributions[i] <= 0:
                break
            kind, _, term = self._feature_names[vector.indices[i]].partition("__")
            if kind == "words" and not any(term in t or t in term for t in terms):
                terms.append(term)
        return tuple(terms[: self.settings.top_terms])


def train(items: Sequence[LabelledText], settings: ClassifierSettings = ClassifierSettings()) -> DocumentClassifier:
    """Fit the type pipeline on all items, then a subtype classifier per type on the same features."""
    texts = [normalise(i.text, settings) for i in items]
    types = build_pipeline(settings).fit(texts, [i.doc_type for i in items])
    features = types.named_steps["features"]
    for _, vectorizer in features.transformer_list:
        vectorizer.stop_words_ = None  # only kept for inspection; it would triple the model file
    subtypes = {}
    for doc_type in SUBTYPES:
        chosen = [(t, i.subtype) for t, i in zip(texts, items, strict=True) if i.doc_type == doc_type]
        svm = LinearSVC(C=settings.svm_c, class_weight="balanced", random_state=0)
        subtypes[doc_type] = svm.fit(features.transform([t for t, _ in chosen]), [s for _, s in chosen])
    return DocumentClassifier(types, subtypes, settings)


def save(model: DocumentClassifier, path: Path) -> None:
    """Write the model atomically (temporary name, then rename) so a crash never leaves half a file."""
    state = {"format_version": FORMAT_VERSION, "types": model.types, "subtypes": model.subtypes}
    tmp = path.with_suffix(path.suffix + ".tmp")
    sio.dump(state, tmp, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    tmp.replace(path)


class ModelFileError(RuntimeError):
    """The model file is missing, of another format version, or contains types outside the reviewed list."""


def load(path: Path, settings: ClassifierSettings = ClassifierSettings()) -> DocumentClassifier:
    try:
        state = sio.load(path, trusted=TRUSTED_TYPES)
    except (OSError, ValueError, TypeError) as err:
        raise ModelFileError(f"model file {path} cannot be loaded safely: {err}") from err
    if state.get("format_version") != FORMAT_VERSION:
        raise ModelFileError(f"model file {path} has format {state.get('format_version')}, expected {FORMAT_VERSION}")
    return DocumentClassifier(state["types"], state["subtypes"], settings)

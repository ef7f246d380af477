"""The document classifier: train, save, load and predict, in one module.

One scikit-learn Pipeline (TF-IDF on words and on character n-grams, a linear SVM calibrated with
sigmoid scaling) decides the document type, except for a verbatim transcript, which its form makes the minutes of a
talk (transcript.py); per type that needs one, a linear SVM on the same features decides the subtype. The model is
stored as plain arrays in a NumPy .npz (no pickle, so no code can run when it is loaded), and applied with NumPy and
SciPy alone: scikit-learn is imported only to train (see features.py).
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from scipy.special import expit

from analyzer.classify.augment import AugmentSettings, augment
from analyzer.classify.corpus import DOSSIER_GROUP, SUBTYPES, LabelledText
from analyzer.classify.features import TfidfFeatures, UnsupportedFeatures
from analyzer.classify.transcript import is_transcript
from analyzer.dates import own_text

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline
    from sklearn.svm import LinearSVC

# History: 1 — skops file of the fitted scikit-learn objects.
#          2 — NumPy .npz of plain arrays (vocabularies, idf, SVM weights, sigmoid calibration) + JSON parameters:
#              no pickle, and a quarter of the memory to load.
FORMAT_VERSION = 2

_DIGITS = re.compile(r"\d")
_SPACE = re.compile(r"[ \t]+")
_WORD = re.compile(r"[^\W\d_]{3,}")
_PRONOUN = re.compile(r"\b(ik|mij|me|mijn|m'n|wij|we|ons|onze|u|uw|jij|je|jou|jouw|hij|zij|ze|hem|haar|hen|hun)\b")


@dataclass(frozen=True)
class ClassifierSettings:
    # Below this calibrated probability a document is marked "needs review" with its runner-up type. Chosen on the
    # corpus's out-of-fold predictions of document variants (metrics.json "variants"): it flags about seven in ten
    # errors on cropped, OCR'd and quoted documents while flagging about one correct document in ten.
    review_threshold: float = 0.75
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
    # Folds for the sigmoid calibration inside training, grouped by employer: a probability is fitted on
    # decisions about employers the model did not see, as it will meet them in use.
    calibration_folds: int = 3
    # Personal pronouns (ik, wij, u, je, hij ...) are read as one token "pron": who writes in which person says
    # little about what a document does, and the corpus's one voice per type made them look decisive.
    neutral_pronouns: bool = True
    # An e-mail is read without the mails quoted or forwarded below it (what a thread does is what its newest message
    # does: an "ok, gelezen" above a warning is no warning).
    own_message_only: bool = True
    # Training also sees each corpus document in the forms real files hold it (cropped, OCR'd, in another voice).
    augment: AugmentSettings = AugmentSettings()


@dataclass(frozen=True)
class Classification:
    doc_type: str
    subtype: str | None
    confidence: float
    runner_up: str
    runner_up_confidence: float
    top_terms: tuple[str, ...]
    needs_review: bool


def own_message(text: str) -> str:
    """An e-mail without the earlier mails quoted or forwarded below it: a thread is what its newest message does.
    Where the quote starts is the date reader's call (a separator, "Op … schreef:", "> " lines, or a second
    "Van: … Verzonden: …" header block): one notion of a mail's own part for both."""
    return own_text(text) or text


def normalise(text: str, settings: ClassifierSettings) -> str:
    """Lower-case, digits to 0 (dates and amounts must not be learned), collapse spaces, cut very long texts.

    The words of the first lines are added once more as "kop_<word>" tokens: a document's title and
    subject line say most about what it is ("VERBETERPLAN" above a text that speaks of "beoordeling").
    """
    if settings.own_message_only:
        text = own_message(text)
    body = _SPACE.sub(" ", _DIGITS.sub("0", text[: settings.max_chars].lower()))
    if settings.neutral_pronouns:
        body = _PRONOUN.sub("pron", body)
    head_lines = [line for line in body.splitlines() if line.strip()][: settings.head_lines]
    head = " ".join(f"kop_{word}" for word in _WORD.findall(" ".join(head_lines)) if not word.isdigit())
    return f"{body}\n{head}"


def build_pipeline(settings: ClassifierSettings, calibration_splits=None) -> Pipeline:
    """TF-IDF words and character n-grams, a linear SVM, and sigmoid calibration on `calibration_splits`
    (train/test index pairs; plain k-fold when none are given)."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion, Pipeline
    from sklearn.svm import LinearSVC

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
                CalibratedClassifierCV(
                    svm, method="sigmoid", cv=calibration_splits or settings.calibration_folds, ensemble=False
                ),
            ),
        ]
    )


@dataclass(frozen=True)
class LinearScores:
    """A fitted linear model as plain arrays: scores = X @ coef.T + intercept (one row per class)."""

    classes: np.ndarray
    coef: np.ndarray
    intercept: np.ndarray

    def scores(self, vectors) -> np.ndarray:
        return np.asarray(vectors @ self.coef.T) + self.intercept

    def predict(self, vectors) -> np.ndarray:
        return self.classes[np.argmax(self.scores(vectors), axis=1)]


def linear(svm: LinearSVC) -> LinearScores:
    return LinearScores(np.asarray(svm.classes_).astype(str), svm.coef_, svm.intercept_)


@dataclass(frozen=True)
class DocumentClassifier:
    """The fitted model as plain data: the TF-IDF features, the type SVM with its sigmoid calibration per
    type, and per type that has subtypes a subtype SVM on the same features.

    Plain arrays instead of the fitted scikit-learn objects: they are saved without pickle and load in a
    fraction of the memory (every analysis process loads the model).
    """

    features: TfidfFeatures
    types: LinearScores
    calibration: np.ndarray  # (n_types, 2): sigmoid a and b per type, as scikit-learn's _SigmoidCalibration
    subtypes: dict[str, LinearScores]
    settings: ClassifierSettings

    @classmethod
    def from_pipeline(cls, pipeline: Pipeline, subtypes: dict[str, LinearSVC], settings: ClassifierSettings):
        calibrated = pipeline.named_steps["classifier"]
        (fitted,) = calibrated.calibrated_classifiers_
        types = LinearScores(
            np.asarray(calibrated.classes_).astype(str), fitted.estimator.coef_, fitted.estimator.intercept_
        )
        calibration = np.array([[c.a_, c.b_] for c in fitted.calibrators])
        features = TfidfFeatures.from_fitted(pipeline.named_steps["features"])
        return cls(features, types, calibration, {k: linear(v) for k, v in subtypes.items()}, settings)

    def probabilities(self, vectors) -> np.ndarray:
        """Calibrated probabilities, computed as CalibratedClassifierCV(method="sigmoid") does."""
        scores = self.types.scores(vectors)
        proba = expit(-(self.calibration[:, 0] * scores + self.calibration[:, 1]))
        total = proba.sum(axis=1, keepdims=True)
        proba = np.divide(proba, total, out=np.full_like(proba, 1 / proba.shape[1]), where=total != 0)
        proba[(proba > 1.0) & (proba <= 1.0 + 1e-5)] = 1.0
        return proba

    def classify(self, texts: Sequence[str]) -> list[Classification]:
        normalised = [normalise(t, self.settings) for t in texts]
        if not normalised:
            return []
        vectors = self.features.transform(normalised)
        results = []
        for row, probability in enumerate(self.probabilities(vectors)):
            order = np.argsort(probability)[::-1]
            if is_transcript(texts[row]):  # the minutes of a talk by the labelling rules, whatever its words say
                minutes = int(np.flatnonzero(self.types.classes == "meeting_report")[0])
                order = np.array([minutes, *(i for i in order if i != minutes)])
            doc_type, runner_up = str(self.types.classes[order[0]]), str(self.types.classes[order[1]])
            confidence = float(probability[order[0]])
            vector = vectors[row]
            subtype = self.subtypes.get(doc_type)
            results.append(
                Classification(
                    doc_type=doc_type,
                    subtype=None if subtype is None else str(subtype.predict(vector)[0]),
                    confidence=confidence,
                    runner_up=runner_up,
                    runner_up_confidence=float(probability[order[1]]),
                    top_terms=self._top_terms(vector, order[0]),
                    needs_review=confidence < self.settings.review_threshold,
                )
            )
        return results

    def _top_terms(self, vector, class_index: int) -> tuple[str, ...]:
        """The words of this text that pushed hardest towards the chosen type (weight × tf-idf value).

        Character n-grams count in the decision but are left out here: "ezig:" explains nothing to a lawyer.
        """
        contributions = vector.data * self.types.coef[class_index][vector.indices]
        terms: list[str] = []
        for i in np.argsort(contributions)[::-1][: self.settings.top_terms * 3]:
            if contributions[i] <= 0:
                break
            kind, _, term = self.features.feature_names[vector.indices[i]].partition("__")
            if kind == "words" and not any(term in t or t in term for t in terms):
                terms.append(term)
        return tuple(terms[: self.settings.top_terms])


def grouped_splits(groups: Sequence[str], folds: int) -> list[tuple[np.ndarray, np.ndarray]] | None:
    """Train/test index pairs that never split a group; None when there are too few groups to fold."""
    from sklearn.model_selection import GroupKFold

    if len(set(groups)) < folds:
        return None
    return list(GroupKFold(n_splits=folds).split(np.zeros(len(groups)), groups=list(groups)))


def train(items: Sequence[LabelledText], settings: ClassifierSettings = ClassifierSettings()) -> DocumentClassifier:
    """Fit the type pipeline on the items and their variants (augment.py), then a subtype classifier per type.

    The dossier documents get no variants: they already come in the forms real files take (scans, threads, notes),
    and fivefold they would outweigh the corpus (out of fold on the corpus documents 0.980 with their variants, 0.985
    without; 0.981 before they joined)."""
    from sklearn.svm import LinearSVC

    items = [*items, *augment([i for i in items if not i.group.startswith(DOSSIER_GROUP)], settings.augment)]
    texts = [normalise(i.text, settings) for i in items]
    splits = grouped_splits([i.group for i in items], settings.calibration_folds)
    types = build_pipeline(settings, splits).fit(texts, [i.doc_type for i in items])
    features = types.named_steps["features"]
    for _, vectorizer in features.transformer_list:
        vectorizer.stop_words_ = None  # only kept for inspection; it would triple the model file
    subtypes = {}
    for doc_type in SUBTYPES:
        chosen = [(t, i.subtype) for t, i in zip(texts, items, strict=True) if i.doc_type == doc_type]
        svm = LinearSVC(C=settings.svm_c, class_weight="balanced", random_state=0)
        subtypes[doc_type] = svm.fit(features.transform([t for t, _ in chosen]), [s for _, s in chosen])
    return DocumentClassifier.from_pipeline(types, subtypes, settings)


def save(model: DocumentClassifier, path: Path) -> None:
    """Write the model as a NumPy .npz of plain arrays (no pickle) with its parameters as JSON, atomically."""
    arrays: dict[str, np.ndarray] = {
        "type_classes": model.types.classes,
        "type_coef": model.types.coef,
        "type_intercept": model.types.intercept,
        "calibration": model.calibration,
    }
    feature_arrays, feature_meta = model.features.as_arrays()
    arrays.update(feature_arrays)
    for doc_type, scores in model.subtypes.items():
        arrays.update(
            {
                f"sub_{doc_type}_classes": scores.classes,
                f"sub_{doc_type}_coef": scores.coef,
                f"sub_{doc_type}_intercept": scores.intercept,
            }
        )
    meta = {"format_version": FORMAT_VERSION, **feature_meta, "subtypes": sorted(model.subtypes)}
    write_arrays(path, arrays, meta)


def write_arrays(path: Path, arrays: dict[str, np.ndarray], meta: dict) -> None:
    """Plain arrays and JSON parameters in one .npz, written atomically (a model file is never half written)."""
    arrays = {**arrays, "meta": np.array(json.dumps(meta, sort_keys=True))}
    tmp = path.with_name(path.name + ".tmp.npz")
    np.savez_compressed(tmp, **arrays)
    tmp.replace(path)


class ModelFileError(RuntimeError):
    """The model file is missing, damaged, of another format version, or holds anything but plain arrays."""


def read_arrays(path: Path, format_version: int) -> tuple[dict[str, np.ndarray], dict]:
    """A model file's arrays and parameters, without code execution: allow_pickle=False refuses any object array."""
    try:
        with np.load(path, allow_pickle=False) as data:
            arrays = {key: data[key] for key in data.files}
        meta = json.loads(str(arrays["meta"]))
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as err:
        raise ModelFileError(f"model file {path} cannot be loaded safely: {err}") from err
    if meta.get("format_version") != format_version:
        raise ModelFileError(f"model file {path} has format {meta.get('format_version')}, expected {format_version}")
    return arrays, meta


def read_features(path: Path, arrays: dict[str, np.ndarray], meta: dict) -> TfidfFeatures:
    try:
        return TfidfFeatures.from_arrays(arrays, meta)
    except (KeyError, UnsupportedFeatures) as err:
        raise ModelFileError(f"model file {path} has features this version cannot apply: {err}") from err


def load(path: Path, settings: ClassifierSettings = ClassifierSettings()) -> DocumentClassifier:
    arrays, meta = read_arrays(path, FORMAT_VERSION)
    features = read_features(path, arrays, meta)
    types = LinearScores(arrays["type_classes"], arrays["type_coef"], arrays["type_intercept"])
    subtypes = {
        t: LinearScores(arrays[f"sub_{t}_classes"], arrays[f"sub_{t}_coef"], arrays[f"sub_{t}_intercept"])
        for t in meta["subtypes"]
    }
    return DocumentClassifier(features, types, arrays["calibration"], subtypes, settings)

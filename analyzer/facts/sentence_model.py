"""A sentence classifier for what keyword patterns read worst: an employee raising working conditions and the
employer's answer to it (family `conditions`), the employee's stance and training offered, followed, refused,
asked for or turned down (family `stance_training`), and the physician's view on a link between health and the
performance and the employer's search for another position (family `medical_redeployment`).

These acts are worded in endless ways ("Sinds Ruud weg is doe ik zijn klanten er ook bij" is a workload complaint
without a workload word; "Gecheckt in rooster: klopt niet" refutes one), so the patterns of the facts layer are
joined by a small model trained on labelled sentences (`corpus/sentences/<family>/`, written for it by writers who
never saw the evaluation dossiers, and the development dossiers' annotated sentences, annotated_sentences.py). A
fourth family, `criticism` (the employer telling the employee the performance falls short), learns from the
development dossiers alone. One logistic regression per label on TF-IDF words and character n-grams: a
sentence may carry two labels (a complaint and its answer on one note line), and each probability stands on its own.
Each family has its own features and learns only from sentences labelled for it: a conditions sentence marked
`none` says nothing about a stance, and adding one family leaves the other's probabilities as they were.

The model is stored as plain arrays (`sentences.npz`, no pickle) and applied with NumPy and SciPy alone, like the
document classifier; `dossier-analyzer train --sentences` rebuilds it and its out-of-writer figures
(`sentences_metrics.json`: each writer's sentences predicted by a model trained on the other writers').
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any, get_args

import numpy as np
from scipy.sparse import hstack
from scipy.special import expit

from analyzer.classify.features import SharedCounts, TfidfFeatures
from analyzer.classify.model import LinearScores, read_arrays, read_features, write_arrays
from analyzer.dossier import Document
from analyzer.facts.model import ComplaintTopic, Link, ResponseKind, StanceKind, TrainingStatus
from analyzer.facts.reading import Sentence, read_document, ticked_only
from analyzer.facts.words import REDEPLOYMENT_WORD

FORMAT_VERSION = 2  # 2: one set of features per family
PACKAGE_DIR = Path(__file__).parent
SHIPPED_MODEL = PACKAGE_DIR / "sentences.npz"
SHIPPED_METRICS = PACKAGE_DIR / "sentences_metrics.json"
CORPUS = Path("corpus")

COMPLAINTS = tuple(f"complaint_{topic}" for topic in get_args(ComplaintTopic))
RESPONSES = tuple(f"response_{kind}" for kind in get_args(ResponseKind))
STANCES = tuple(f"stance_{kind}" for kind in get_args(StanceKind))
TRAININGS = tuple(f"training_{status}" for status in get_args(TrainingStatus))
PHYSICIANS = tuple(f"physician_{link}" for link in get_args(Link) if link != "not_stated")
REDEPLOYMENTS = ("redeployment_search", "redeployment_offer", "redeployment_none")
FAMILIES = {
    "conditions": COMPLAINTS + RESPONSES,
    "stance_training": STANCES + TRAININGS,
    "medical_redeployment": PHYSICIANS + REDEPLOYMENTS,
    "criticism": ("criticism",),
}
# The families written sentences were written for (corpus/sentences/<family>/); the others learn only from the
# development dossiers' annotated sentences and are measured on the facts they find (scripts/facts_dev_folds.py).
WRITTEN_FAMILIES = ("conditions", "stance_training", "medical_redeployment")
LABELS = tuple(label for labels in FAMILIES.values() for label in labels)
FAMILY_OF = {label: family for family, labels in FAMILIES.items() for label in labels}
NONE = "none"

_DIGITS = re.compile(r"\d")
_LEAD = re.compile(r"^[\s>\-–•*·]+")  # bullets and e-mail quote marks say nothing about the act


@dataclass(frozen=True)
class LabelledSentence:
    text: str
    labels: tuple[str, ...]  # empty: none of its families' labels
    group: str  # writer and employer: cross-validation never splits a writer
    families: tuple[str, ...]  # whose labels it was labelled for: it teaches only their labels

    @property
    def writer(self) -> str:
        return self.group.split("-")[0]


def load_sentences(root: Path) -> list[LabelledSentence]:
    """Every `<family>/*.jsonl` under `root`: one {"labels": [...], "text": ..., "group": ...} per line; a label of
    another family, or an unknown one, is refused."""
    return [
        item
        for family in FAMILIES
        for path in sorted((root / family).glob("*.jsonl"))
        for item in _read_jsonl(path, family)
    ]


def dossier_sentences(root: Path = CORPUS) -> list[LabelledSentence]:
    """The development dossiers' annotated sentences (annotated_sentences.py), pinned in
    `root/sentences_dossiers/<family>.jsonl`."""
    from analyzer.facts.annotated_sentences import FOLDER

    return [item for family in FAMILIES if (path := root / FOLDER / f"{family}.jsonl").exists() for item in _read_jsonl(path, family)]  # fmt: skip


def _read_jsonl(path: Path, family: str) -> list[LabelledSentence]:
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        item = json.loads(line)
        given = tuple(label for label in item["labels"] if label != NONE)
        if unknown := set(given) - set(FAMILIES[family]):
            raise ValueError(f"{path}:{number}: onbekend label {sorted(unknown)}")
        found.append(LabelledSentence(item["text"], given, item["group"], (family,)))
    return found


# Document types of the classifier's corpus in which a family's acts are rare: their sentences teach the model the
# ordinary sentences of a file (greetings, plan goals, sick reports, vacancies), which the written sentences alone
# leave out. Without them the model added as many wrong complaints on the development dossiers as right ones.
# Training documents, warnings and plans are full of training offered and stances, so they are quiet only for the
# conditions; medical and redeployment documents are the physician's and the search's own.
QUIET_TYPES = ("other", "medical", "training", "redeployment", "warning", "improvement_plan")
QUIET_FOR = {
    "conditions": QUIET_TYPES,
    "stance_training": ("other", "medical", "redeployment"),
    "medical_redeployment": ("other", "training", "warning", "improvement_plan"),
    "criticism": ("other", "medical", "training", "redeployment"),
}
QUIET_SENTENCES = 4000


# The dossiers the facts layer is measured on, and the size of a shared passage: no sentence the model learns from
# may share one with them (a stock phrase such as "de kantonrechter verzoeken de arbeidsovereenkomst te ontbinden"
# is enough to leave a corpus sentence out). The development dossiers are not among them: the model learns from
# their annotated sentences (annotated_sentences.py).
EVALUATED = (Path("tests/facts_dossiers/heldout"), Path("sample_dossiers"), Path("tests/blind_dossiers"))
PASSAGE_WORDS = 8


def evaluated_passages(roots: Sequence[Path] = EVALUATED) -> set[tuple[str, ...]]:
    """Every annotated quote, and the text of every plain-text file and e-mail, of the evaluated dossiers, as runs
    of PASSAGE_WORDS words."""
    from analyzer.classify.real import shingles

    found: set[tuple[str, ...]] = set()
    for root in roots:
        for path in (root / "_expected").glob("*.facts.json"):
            for fact in json.loads(path.read_text(encoding="utf-8"))["facts"]:
                found |= shingles(fact.get("quote") or "", PASSAGE_WORDS)
        for path in [*root.glob("*/*.txt"), *root.glob("*/*.eml")]:
            found |= shingles(path.read_text(encoding="utf-8", errors="replace"), PASSAGE_WORDS)
    return found


def corpus_sentences(root: Path = CORPUS, count: int = QUIET_SENTENCES) -> list[LabelledSentence]:
    """A fixed sample (seed 0) of sentences of three words or more from the corpus's QUIET_TYPES documents, as
    sentences without a label for each family whose QUIET_FOR holds the document's type, none sharing a passage with
    an evaluated dossier; each keeps its corpus group, under the writer name "corpus"."""
    import random

    from analyzer.classify.corpus import load_corpus
    from analyzer.classify.real import shingles
    from analyzer.facts.reading import split_sentences

    evaluated = evaluated_passages([root.parent / path for path in EVALUATED])
    found = [
        LabelledSentence(sentence, (), f"corpus-{item.group}", quiet_for(item.doc_type))
        for item in load_corpus(root)
        if item.doc_type in QUIET_TYPES
        for sentence in split_sentences(item.text)
        if len(sentence.split()) >= 3 and not shingles(sentence, PASSAGE_WORDS) & evaluated
    ]
    random.Random(0).shuffle(found)
    return found[:count]


def quiet_for(doc_type: str) -> tuple[str, ...]:
    return tuple(family for family, types in QUIET_FOR.items() if doc_type in types)


def background_sentences(root: Path = CORPUS) -> list[LabelledSentence]:
    """What the model learns from besides the written sentences, always (never left out to measure it): the corpus
    sample and the development dossiers' sentences."""
    return corpus_sentences(root) + dossier_sentences(root)


def normalise(text: str) -> str:
    return _DIGITS.sub("0", _LEAD.sub("", text)).lower()


@dataclass(frozen=True)
class FamilyModel:
    """One family's features and one logistic regression per label (probability = expit(score))."""

    features: TfidfFeatures
    scores: LinearScores

    def probabilities(self, normalised: Sequence[str]) -> np.ndarray:
        return self.score(self.features.transform(normalised))

    def score(self, vectors) -> np.ndarray:
        """Each label's probability for TF-IDF rows in this family's columns."""
        return expit(self.scores.scores(vectors))


READ_CACHE_SIZE = 65536  # sentences whose readings are kept; a dossier repeats its sentences across the facts' readers


@dataclass(frozen=True, eq=False)
class SentenceModel:
    families: tuple[FamilyModel, ...]
    _readings: dict[str, dict[str, float]] = field(default_factory=dict, repr=False)

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(str(label) for family in self.families for label in family.scores.classes)

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), len(labels)) independent probabilities, columns in `self.labels` order."""
        if not texts:
            return np.zeros((0, len(self.labels)))
        vectors = iter(self._counts.transform([normalise(t) for t in texts]))
        return np.hstack(
            [family.score(hstack([next(vectors) for _ in family.features.parts], format="csr")) for family in self.families]
        )

    @cached_property
    def _counts(self) -> SharedCounts:
        """The families' vectorizers share their settings: each sentence is counted once for all of them."""
        return SharedCounts([part for family in self.families for part in family.features.parts])

    def read(self, text: str) -> dict[str, float]:
        """The probability of each label for one sentence."""
        return self.read_many([text])[0]

    def read_many(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """The probability of each label per sentence; the sentences not read before are read as one batch (one
        vectorisation per family instead of one per sentence: ~5x faster on a dossier)."""
        missing = list(dict.fromkeys(t for t in texts if t not in self._readings))
        if missing:
            if len(self._readings) + len(missing) > READ_CACHE_SIZE:
                self._readings.clear()
            labels = self.labels
            for text, row in zip(missing, self.probabilities(missing), strict=True):
                self._readings[text] = {label: float(p) for label, p in zip(labels, row, strict=True)}
        return [self._readings[t] for t in texts]


def fit(items: Sequence[LabelledSentence], c: float = 4.0) -> SentenceModel:
    """Per family, on the sentences labelled for it: TF-IDF words (1–2) and character n-grams (2–5), one balanced
    logistic regression per label."""
    return SentenceModel(
        tuple(_fit_family(labels, [i for i in items if family in i.families], c) for family, labels in FAMILIES.items())
    )


def _fit_family(labels: Sequence[str], items: Sequence[LabelledSentence], c: float) -> FamilyModel:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion

    union = FeatureUnion(
        [
            ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_features=8000)),
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2, max_features=15000
                ),
            ),
        ]
    )
    vectors = union.fit_transform([normalise(i.text) for i in items])
    coef, intercept = [], []
    for label in labels:
        target = np.array([label in i.labels for i in items])
        if not target.any():  # no example of it to learn from: never found
            coef.append(np.zeros(vectors.shape[1]))
            intercept.append(-10.0)
            continue
        model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000).fit(vectors, target)
        coef.append(model.coef_[0])
        intercept.append(model.intercept_[0])
    for _, vectorizer in union.transformer_list:
        vectorizer.stop_words_ = None
    return FamilyModel(
        TfidfFeatures.from_fitted(union), LinearScores(np.array(labels), np.vstack(coef), np.array(intercept))
    )


def out_of_writer(
    items: Sequence[LabelledSentence], background: Sequence[LabelledSentence] = (), threshold: float = 0.5
) -> dict[str, Any]:
    """Each writer's sentences labelled by a model trained on the other writers' (and on `background`, the corpus
    sample, always): precision, recall and F1 per label of the WRITTEN_FAMILIES, over the sentences labelled for its
    family, and their macro average (the writer is the first part of `group`)."""
    families = {family: FAMILIES[family] for family in WRITTEN_FAMILIES}
    measured = tuple(label for labels in families.values() for label in labels)
    writers = sorted({i.writer for i in items})
    truth = np.array([[label in i.labels for label in measured] for i in items])
    predicted = np.zeros_like(truth)
    for family, labels in families.items():
        columns = [measured.index(label) for label in labels]
        own = [family in i.families for i in items]
        quiet = [b for b in background if family in b.families]
        for writer in sorted({i.writer for i, mine in zip(items, own, strict=True) if mine}):
            test = np.array([mine and i.writer == writer for i, mine in zip(items, own, strict=True)])
            learned = [i for i, mine, t in zip(items, own, test, strict=True) if mine and not t]
            model = _fit_family(labels, [*learned, *quiet], c=4.0)
            texts = [normalise(i.text) for i, t in zip(items, test, strict=True) if t]
            predicted[np.ix_(test, columns)] = model.probabilities(texts) >= threshold
    per_label = {}
    for column, label in enumerate(measured):
        tp = int((truth[:, column] & predicted[:, column]).sum())
        found, expected = int(predicted[:, column].sum()), int(truth[:, column].sum())
        precision = tp / found if found else 0.0
        recall = tp / expected if expected else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_label[label] = {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3), "n": expected}  # fmt: skip
    macro = {
        family: round(float(np.mean([per_label[label]["f1"] for label in labels])), 3)
        for family, labels in families.items()
    }
    return {
        "sentences": len(items),
        "writers": writers,
        "writers_per_family": {f: sorted({i.writer for i in items if f in i.families}) for f in families},
        "threshold": threshold,
        "macro_f1": round(float(np.mean([row["f1"] for row in per_label.values()])), 3),
        "macro_f1_per_family": macro,
        "per_label": per_label,
    }


def save(model: SentenceModel, path: Path) -> None:
    arrays: dict[str, np.ndarray] = {}
    meta: dict[str, Any] = {"format_version": FORMAT_VERSION, "families": list(FAMILIES)}
    for name, family in zip(FAMILIES, model.families, strict=True):
        features, family_meta = family.features.as_arrays()
        features.update({"classes": family.scores.classes, "coef": family.scores.coef, "intercept": family.scores.intercept})  # fmt: skip
        arrays.update({f"{name}__{key}": value for key, value in features.items()})
        meta[name] = family_meta
    write_arrays(path, arrays, meta)


def load(path: Path) -> SentenceModel:
    arrays, meta = read_arrays(path, FORMAT_VERSION)
    families = []
    for name in meta["families"]:
        own = {key.removeprefix(f"{name}__"): value for key, value in arrays.items() if key.startswith(f"{name}__")}
        families.append(
            FamilyModel(read_features(path, own, meta[name]), LinearScores(own["classes"], own["coef"], own["intercept"]))
        )
    return SentenceModel(tuple(families))


@cache
def shipped_model() -> SentenceModel:
    return load(SHIPPED_MODEL)


def train_and_save(
    root: Path = CORPUS, model_path: Path = SHIPPED_MODEL, metrics_path: Path = SHIPPED_METRICS
) -> dict[str, Any]:
    """Measure out of writer, then fit on all sentences and write the model and its figures."""
    written, background = load_sentences(root / "sentences"), background_sentences(root)
    figures = {
        **out_of_writer(written, background),
        "corpus_sentences": sum(i.writer == "corpus" for i in background),
        "dossier_sentences": sum(i.writer != "corpus" for i in background),
    }
    save(fit([*written, *background]), model_path)
    metrics_path.write_text(json.dumps(figures, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return figures


def sentence_labels(text: str) -> dict[str, float]:
    """The shipped model's probability of each label for one sentence."""
    return shipped_model().read(text)


# The facts layer asks the model only about a sentence that stands on its own: not a short one that leans on the
# one before ("Die is er nooit gekomen.", "Er is geen vacature."); and about a sentence on another position (a
# redeployment offer or search, however much it reads like a measure or a refusal) only for the family written for it.
MIN_WORDS = 7
ABOUT_ANOTHER_POSITION = ("medical_redeployment",)


def model_reading(text: str) -> dict[str, float]:
    """The shipped model's probability of each label it may give this sentence (none for a short one)."""
    if not _stands_alone(text):
        return {}
    read = sentence_labels(text)
    if REDEPLOYMENT_WORD.search(text):
        return {label: p for label, p in read.items() if FAMILY_OF[label] in ABOUT_ANOTHER_POSITION}
    return read


def _stands_alone(text: str) -> bool:
    return len(text.split()) >= MIN_WORDS


def model_sentences(doc: Document, label: str, threshold: float) -> list[Sentence]:
    """The sentences of `doc` stated as fact (not a supposition, question or legend; an e-mail quoted in it only when
    it is no document of the dossier itself) that the model reads as `label` with at least `threshold`."""
    stated = [s for s in read_document(doc) if s.asserts and not (s.quoted and doc.quotes)]
    # a form's line as it was filled in: only its ticked options ("☒ akkoord ☐ niet akkoord" says "akkoord")
    read = {id(s): ticked_only(s.text) for s in stated}
    shipped_model().read_many([text for text in read.values() if _stands_alone(text)])  # one batch; model_reading then looks up
    return [s for s in stated if model_reading(read[id(s)]).get(label, 0.0) >= threshold]

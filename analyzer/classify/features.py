"""The model's TF-IDF vectors of a text, computed at analysis time without importing scikit-learn.

Training fits scikit-learn's TfidfVectorizer; what it learned (the vocabulary and the idf weights) is saved as
arrays. Applying it needs only those arrays and SciPy, whereas importing scikit-learn (which pulls in SciPy's
statistics and pandas) costs every analysis process about 100 MB and a second. This module applies exactly the
settings `model.build_pipeline` fits — word n-grams or `char_wb` n-grams, raw or sublinear term frequency, idf,
l2 norm — and refuses any other, so it cannot silently disagree with training: tests/test_classify.py checks it
gives scikit-learn's vectors on the whole corpus.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix, hstack

# The TfidfVectorizer settings this module reproduces; any other value in a model file is refused.
_REPRODUCED: dict[str, tuple[Any, ...]] = {
    "analyzer": ("word", "char_wb"),
    "lowercase": (True,),
    "binary": (False,),
    "norm": ("l2",),
    "use_idf": (True,),
    "sublinear_tf": (True, False),
    "strip_accents": (None,),
    "stop_words": (None,),
    "preprocessor": (None,),
    "tokenizer": (None,),
    "input": ("content",),
}
_WHITE_SPACES = re.compile(r"\s\s+")  # as scikit-learn collapses spaces before char_wb n-grams


class UnsupportedFeatures(ValueError):
    """A vectorizer setting this module does not reproduce."""


@dataclass(frozen=True)
class TfidfTerms:
    """One fitted TfidfVectorizer as data: its parameters, its terms (column order) and their idf."""

    name: str
    params: dict[str, Any]
    terms: np.ndarray
    idf: np.ndarray

    def __post_init__(self) -> None:
        for key, allowed in _REPRODUCED.items():
            if self.params.get(key) not in allowed:
                raise UnsupportedFeatures(f"{self.name}: {key}={self.params.get(key)!r} is not reproduced")
        if len(self.terms) != len(self.idf):
            raise UnsupportedFeatures(f"{self.name}: {len(self.terms)} terms but {len(self.idf)} idf weights")

    @cached_property
    def _vocabulary(self) -> dict[str, int]:
        return {str(term): index for index, term in enumerate(self.terms)}

    @cached_property
    def _token_pattern(self) -> re.Pattern[str]:
        return re.compile(self.params["token_pattern"])

    def ngrams(self, text: str) -> list[str]:
        """The n-grams scikit-learn's analyzer yields for `text`, in its order."""
        low, high = self.params["ngram_range"]
        text = text.lower()
        if self.params["analyzer"] == "char_wb":
            return _char_wb_ngrams(_WHITE_SPACES.sub(" ", text), low, high)
        return _word_ngrams(self._token_pattern.findall(text), low, high)

    @cached_property
    def analysis(self) -> tuple:
        """The settings that decide a text's n-grams: vectorizers that share them can count a text once."""
        return (self.params["analyzer"], tuple(self.params["ngram_range"]), self.params["token_pattern"])

    def transform(self, texts: Sequence[str]) -> csr_matrix:
        return self.weigh(counts_matrix(texts, self._vocabulary, self.ngrams))

    def weigh(self, counts: csr_matrix) -> csr_matrix:
        """Raw term counts (one row per text, this vectorizer's columns) to l2-normed TF-IDF rows."""
        matrix = counts.astype(np.float64)
        if self.params["sublinear_tf"]:
            matrix.data = np.log(matrix.data) + 1
        matrix.data *= self.idf[matrix.indices]
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
        matrix.data /= np.repeat(np.where(norms == 0, 1.0, norms), np.diff(matrix.indptr))
        return matrix


def counts_matrix(texts: Sequence[str], vocabulary: dict[str, int], ngrams: Callable[[str], list[str]]) -> csr_matrix:
    """How often each vocabulary term occurs in each text (rows in order, columns sorted within a row)."""
    indptr, indices, counts = [0], [], []
    for text in texts:
        found = Counter(i for i in map(vocabulary.get, ngrams(text)) if i is not None)
        columns = sorted(found)
        indices.extend(columns)
        counts.extend(found[c] for c in columns)
        indptr.append(len(indices))
    return csr_matrix(
        (np.asarray(counts, dtype=np.float64), np.asarray(indices, dtype=np.int64), np.asarray(indptr)),
        shape=(len(texts), len(vocabulary)),
    )


class SharedCounts:
    """Several vectorizers counted in one pass per text: the vectorizers with the same analysis settings share the
    union of their vocabularies, and each takes its own columns from it. The sentence model's families read the
    same sentences with the same settings; counted once, a dossier's facts take about a fifth less time."""

    def __init__(self, parts: Sequence[TfidfTerms]) -> None:
        self.parts = tuple(parts)
        self.groups: dict[tuple, tuple[TfidfTerms, dict[str, int]]] = {}
        columns = []
        for part in self.parts:
            _, union = self.groups.setdefault(part.analysis, (part, {}))
            columns.append(np.fromiter((union.setdefault(str(t), len(union)) for t in part.terms), dtype=np.int64))
        # A 0/1 matrix per part that takes its columns from the union's (a product: no sorting per batch).
        self.selections = [
            csr_matrix((np.ones(len(c)), (c, np.arange(len(c)))), shape=(len(self.groups[p.analysis][1]), len(c)))
            for p, c in zip(self.parts, columns, strict=True)
        ]

    def transform(self, texts: Sequence[str]) -> list[csr_matrix]:
        """Each part's TF-IDF rows of `texts`, in the order of `parts`."""
        counted = {key: counts_matrix(texts, union, first.ngrams) for key, (first, union) in self.groups.items()}
        return [part.weigh(counted[part.analysis] @ chosen) for part, chosen in zip(self.parts, self.selections, strict=True)]  # fmt: skip


def _word_ngrams(tokens: list[str], low: int, high: int) -> list[str]:
    grams = list(tokens) if low == 1 else []
    for n in range(max(low, 2), min(high, len(tokens)) + 1):
        grams.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return grams


def _char_wb_ngrams(text: str, low: int, high: int) -> list[str]:
    grams: list[str] = []
    for word in text.split():
        padded = f" {word} "
        length = len(padded)
        for n in range(low, high + 1):
            if length <= n:  # a short word is counted once, whole
                grams.append(padded)
                break
            grams += [padded[i : i + n] for i in range(length - n + 1)]
    return grams


@dataclass(frozen=True)
class TfidfFeatures:
    """The vectorizers side by side, as scikit-learn's FeatureUnion puts their columns."""

    parts: tuple[TfidfTerms, ...]

    @classmethod
    def from_fitted(cls, union) -> TfidfFeatures:
        """From a fitted FeatureUnion of TfidfVectorizers (at training time, when scikit-learn is loaded)."""
        parts = []
        for name, vectorizer in union.transformer_list:
            params = {k: v for k, v in vectorizer.get_params().items() if k not in ("vocabulary", "dtype")}
            parts.append(TfidfTerms(name, params, vectorizer.get_feature_names_out().astype(str), vectorizer.idf_))
        return cls(tuple(parts))

    def as_arrays(self) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
        """The terms and idf of each vectorizer as arrays, and their parameters and column order as JSON data."""
        arrays: dict[str, np.ndarray] = {}
        for part in self.parts:
            arrays.update({f"{part.name}_terms": part.terms, f"{part.name}_idf": part.idf})
        meta = {"vectorizers": {p.name: p.params for p in self.parts}, "feature_order": [p.name for p in self.parts]}
        return arrays, meta

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray], meta: dict[str, Any]) -> TfidfFeatures:
        """Back from `as_arrays` (a setting this module does not reproduce raises UnsupportedFeatures)."""
        return cls(
            tuple(
                TfidfTerms(name, meta["vectorizers"][name], arrays[f"{name}_terms"], arrays[f"{name}_idf"])
                for name in meta["feature_order"]
            )
        )

    def transform(self, texts: Sequence[str]) -> csr_matrix:
        return hstack([part.transform(texts) for part in self.parts], format="csr")

    @cached_property
    def feature_names(self) -> np.ndarray:
        """Column names as scikit-learn gives them: "<vectorizer>__<term>"."""
        return np.concatenate([np.char.add(f"{part.name}__", part.terms.astype(str)) for part in self.parts])

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
from collections.abc import Sequence
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

    def transform(self, texts: Sequence[str]) -> csr_matrix:
        vocabulary = self._vocabulary
        indptr, indices, counts = [0], [], []
        for text in texts:
            found = Counter(i for i in map(vocabulary.get, self.ngrams(text)) if i is not None)
            columns = sorted(found)
            indices.extend(columns)
            counts.extend(found[c] for c in columns)
            indptr.append(len(indices))
        values = np.asarray(counts, dtype=np.float64)
        if self.params["sublinear_tf"]:
            values = np.log(values) + 1
        columns = np.asarray(indices, dtype=np.int64)
        values *= self.idf[columns]
        matrix = csr_matrix((values, columns, np.asarray(indptr)), shape=(len(texts), len(self.terms)))
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
        matrix.data /= np.repeat(np.where(norms == 0, 1.0, norms), np.diff(matrix.indptr))
        return matrix


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

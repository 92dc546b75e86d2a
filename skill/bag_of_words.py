"""A linear model over the words of a text, applied with a dict: no sklearn on the request path.

Fitted at build time with scikit-learn's vectorisers (default token pattern, lower case, l2 row
norm; or ``analyzer="char_wb"`` character n-grams inside word boundaries); here the same arithmetic
runs in microseconds per text. Words carry what a mean-pooled
sentence vector blurs (one slur-free but loaded word; a joke template), so the learned scorers add
this to their embedding heads.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Mapping

import numpy as np

#: scikit-learn's default ``token_pattern`` (words of two or more word characters), lower-cased.
TOKEN = re.compile(r"(?u)\b\w\w+\b")


def char_wb_ngrams(text: str, low: int, high: int) -> list[str]:
    """scikit-learn's ``analyzer="char_wb"`` (lower case, no accent stripping): n-grams of each
    space-padded whitespace-separated word, a word shorter than n counted once."""
    grams = []
    for word in text.lower().split():
        word = f" {word} "
        for n in range(low, high + 1):
            offset = 0
            grams.append(word[offset : offset + n])
            while offset + n < len(word):
                offset += 1
                grams.append(word[offset : offset + n])
            if offset == 0:
                break
    return grams


@dataclass(frozen=True)
class BagOfWords:
    """Intercept + sum of term weights over the l2-normalised term vector.

    ``idf`` empty: binary presence (CountVectorizer(binary=True)); otherwise sublinear tf-idf
    (TfidfVectorizer(sublinear_tf=True)), and every vocabulary term has an idf.
    """

    weights: Mapping[str, float]
    intercept: float
    idf: Mapping[str, float]
    char_ngrams: tuple[int, int] | None = None  # (low, high): char_wb n-grams instead of words

    def terms(self, text: str) -> list[str]:
        if self.char_ngrams:
            return char_wb_ngrams(text, *self.char_ngrams)
        return TOKEN.findall(text.lower())

    def decision(self, text: str) -> float:
        counts = Counter(t for t in self.terms(text) if t in self.weights)
        if not counts:
            return self.intercept
        if self.idf:
            values = {t: (1.0 + math.log(n)) * self.idf[t] for t, n in counts.items()}
        else:
            values = {t: 1.0 for t in counts}
        norm = math.sqrt(sum(v * v for v in values.values()))
        return self.intercept + sum(self.weights[t] * v for t, v in values.items()) / norm

    def to_arrays(self, prefix: str) -> dict[str, np.ndarray]:
        terms = sorted(self.weights)
        arrays = {
            f"{prefix}terms": np.array(terms, dtype=str),
            f"{prefix}weights": np.array([self.weights[t] for t in terms], dtype=np.float32),
            f"{prefix}intercept": np.array([self.intercept], dtype=np.float64),
        }
        if self.idf:
            arrays[f"{prefix}idf"] = np.array([self.idf[t] for t in terms], dtype=np.float32)
        if self.char_ngrams:
            arrays[f"{prefix}char_ngrams"] = np.array(self.char_ngrams, dtype=np.int64)
        return arrays

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, np.ndarray], prefix: str) -> "BagOfWords":
        terms = [str(t) for t in arrays[f"{prefix}terms"]]
        weights = dict(zip(terms, (float(w) for w in arrays[f"{prefix}weights"])))
        idf_key = f"{prefix}idf"
        idf = dict(zip(terms, (float(v) for v in arrays[idf_key]))) if idf_key in arrays else {}
        ngrams_key = f"{prefix}char_ngrams"
        char_ngrams = tuple(int(n) for n in arrays[ngrams_key]) if ngrams_key in arrays else None
        return cls(weights, float(arrays[f"{prefix}intercept"][0]), idf, char_ngrams)

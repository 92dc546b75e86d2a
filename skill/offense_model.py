"""The learned offence layer: two small heads over the MiniLM sentence vector and the words.

Word lists miss offence made of clean words ("what do you call a woman who ..."). A logistic head
over the sentence vector plus a bag-of-words logistic head, fitted on HaHackathon offence ratings
and ExPUNations offence votes against clean human puns, scores joke-shaped offence; a second
vector head fitted on Davidson et al.'s tweets scores abuse in chat register. Either head over
its threshold vetoes. Thresholds are set at build time (``skill/build/fit_offense.py``) from the
share of clean puns each may flag, so they read as a false-veto budget; the strict (kid mode)
thresholds spend a larger budget.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from skill.bag_of_words import BagOfWords
from skill.config import DATA_DIR
from skill.log import logger

HEAD_FILE = DATA_DIR / "offense_head.npz"


@dataclass(frozen=True)
class OffenseScores:
    joke: float  # standardised joke-offence score (vector head + word head)
    abuse: float  # logit of the tweet-abuse head


@dataclass(frozen=True)
class OffenseHead:
    """Plain weights applied with numpy; see ``fit_offense.py`` for how each number is chosen."""

    joke_vector: np.ndarray  # (384,)
    joke_vector_bias: float
    joke_words: BagOfWords
    vector_scale: tuple[float, float]  # (mean, std) of the vector head's logit on held-out data
    words_scale: tuple[float, float]
    words_weight: float  # joke score = z(vector logit) + words_weight * z(words logit)
    abuse_vector: np.ndarray  # (384,)
    abuse_bias: float
    joke_threshold: float
    abuse_threshold: float
    strict_joke_threshold: float
    strict_abuse_threshold: float
    meta: dict = field(default_factory=dict, compare=False)

    def scores(self, vector: np.ndarray, text: str) -> OffenseScores:
        vector = np.asarray(vector, dtype=np.float32)
        vector_logit = float(vector @ self.joke_vector) + self.joke_vector_bias
        words_logit = self.joke_words.decision(text)
        joke = (vector_logit - self.vector_scale[0]) / self.vector_scale[1] + self.words_weight * (
            (words_logit - self.words_scale[0]) / self.words_scale[1]
        )
        return OffenseScores(joke=joke, abuse=float(vector @ self.abuse_vector) + self.abuse_bias)

    def reasons(self, vector: np.ndarray, text: str, strict: bool = False) -> tuple[str, ...]:
        """'learned:joke' / 'learned:abuse' for each head over its (strict) threshold."""
        s = self.scores(vector, text)
        joke_at = self.strict_joke_threshold if strict else self.joke_threshold
        abuse_at = self.strict_abuse_threshold if strict else self.abuse_threshold
        return tuple(r for r, hit in (("learned:joke", s.joke >= joke_at), ("learned:abuse", s.abuse >= abuse_at)) if hit)

    def to_arrays(self) -> dict[str, np.ndarray]:
        scalars = {
            "joke_vector_bias": self.joke_vector_bias, "vector_mean": self.vector_scale[0],
            "vector_std": self.vector_scale[1], "words_mean": self.words_scale[0], "words_std": self.words_scale[1],
            "words_weight": self.words_weight, "abuse_bias": self.abuse_bias, "joke_threshold": self.joke_threshold,
            "abuse_threshold": self.abuse_threshold, "strict_joke_threshold": self.strict_joke_threshold,
            "strict_abuse_threshold": self.strict_abuse_threshold,
        }
        return {
            "joke_vector": self.joke_vector.astype(np.float32),
            "abuse_vector": self.abuse_vector.astype(np.float32),
            "scalars": np.array(json.dumps(scalars, sort_keys=True)),
            "meta": np.array(json.dumps(self.meta, sort_keys=True)),
            **self.joke_words.to_arrays("words_"),
        }

    @classmethod
    def from_arrays(cls, arrays) -> "OffenseHead":
        s = _json(arrays["scalars"])
        return cls(
            joke_vector=np.asarray(arrays["joke_vector"], dtype=np.float32),
            joke_vector_bias=s["joke_vector_bias"],
            joke_words=BagOfWords.from_arrays(arrays, "words_"),
            vector_scale=(s["vector_mean"], s["vector_std"]),
            words_scale=(s["words_mean"], s["words_std"]),
            words_weight=s["words_weight"],
            abuse_vector=np.asarray(arrays["abuse_vector"], dtype=np.float32),
            abuse_bias=s["abuse_bias"],
            joke_threshold=s["joke_threshold"],
            abuse_threshold=s["abuse_threshold"],
            strict_joke_threshold=s["strict_joke_threshold"],
            strict_abuse_threshold=s["strict_abuse_threshold"],
            meta=_json(arrays["meta"]),
        )

    @classmethod
    def load(cls, path: Path | str = HEAD_FILE) -> "OffenseHead":
        with np.load(path, allow_pickle=False) as arrays:
            return cls.from_arrays(arrays)


def _json(array: np.ndarray) -> dict:
    """A JSON document stored as a one-element string array."""
    return json.loads(str(np.asarray(array).reshape(-1)[0]))


@lru_cache(maxsize=1)
def default_head() -> OffenseHead | None:
    """The committed head, or None when it is missing (the word layers still run)."""
    if not HEAD_FILE.is_file():
        logger.warning("offense_head_missing", extra={"path": str(HEAD_FILE)})
        return None
    return OffenseHead.load(HEAD_FILE)

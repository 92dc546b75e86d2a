"""Funniness: how likely a sentence is to land as a pun, from the text alone.

This first scorer encodes what pun theory says makes a pun work (Kao et al. 2016: a word that
supports two meanings; the punchline late in the sentence; short enough to hold in mind) with
weights set by hand, and is the prior the learned scorer (fitted on ExPUNations and friends)
replaces. It reads any text, not only our own candidates, so it can rank any backend's output.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from skill.lexicon import Lexicon
from skill.phrases import PhraseBook

_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?")

# Hand-set weights of the prior; each is a log-odds contribution.
BIAS = -1.6
PUN_FOUND = 2.6
PUN_SIMILARITY = 0.8
PUN_LATE = 0.9
SOUNDALIKE_ONLY = 0.4
QUESTION_SETUP = 0.3
TOO_LONG_PER_WORD = 0.12
IDEAL_MAX_WORDS = 20
TOO_SHORT = 0.8


@dataclass(frozen=True)
class PunEvidence:
    """A word in the text that, swapped for its soundalike, completes a known phrase."""

    pun_word: str
    alternative_word: str
    phrase: str
    similarity: float
    position: float  # 0 = first word, 1 = last word


@dataclass(frozen=True)
class FunninessFeatures:
    evidence: PunEvidence | None
    soundalike_words: int
    n_words: int
    question_setup: bool


class FunninessScorer:
    """Scores text in [0, 1]; higher = more likely a working pun."""

    def __init__(self, lexicon: Lexicon, phrasebook: PhraseBook) -> None:
        self.lexicon = lexicon
        self.phrasebook = phrasebook
        self._shapes: dict[str, tuple[tuple[str, tuple[str, ...], frozenset[str]], ...]] = {}

    def _phrases_of(self, word: str) -> tuple[tuple[str, tuple[str, ...], frozenset[str]], ...]:
        """Phrases holding `word`, tokenised once: (phrase, tokens, the other tokens)."""
        shapes = self._shapes.get(word)
        if shapes is None:
            shapes = tuple(
                (phrase, tokens, frozenset(tokens) - {word})
                for phrase in self.phrasebook.phrases_with(word)
                for tokens in [tuple(_TOKEN.findall(phrase))]
            )
            self._shapes[word] = shapes
        return shapes

    def find_pun(self, tokens: tuple[str, ...]) -> PunEvidence | None:
        """The best word whose soundalike turns the surrounding words into a phrase we know."""
        best: PunEvidence | None = None
        present = frozenset(tokens)
        for index, token in enumerate(tokens):
            for pair in self.lexicon.pairs_for(token):
                for phrase, words, others in self._phrases_of(pair.alternative_word):
                    if others <= present and _contains_swapped(tokens, index, pair.alternative_word, words):
                        position = index / max(1, len(tokens) - 1)
                        candidate = PunEvidence(token, pair.alternative_word, phrase, pair.similarity, position)
                        if best is None or (candidate.similarity, candidate.position) > (best.similarity, best.position):
                            best = candidate
        return best

    def features(self, text: str) -> FunninessFeatures:
        tokens = tuple(_TOKEN.findall(text.lower().replace("\u2019", "'")))
        return FunninessFeatures(
            evidence=self.find_pun(tokens),
            soundalike_words=sum(1 for t in set(tokens) if self.lexicon.pairs_for(t)),
            n_words=len(tokens),
            question_setup="?" in text.rstrip()[:-1],
        )

    def score(self, text: str) -> float:
        return _cached_score(self, text)

    def _score(self, text: str) -> float:
        f = self.features(text)
        logit = BIAS
        if f.evidence is not None:
            logit += PUN_FOUND + PUN_SIMILARITY * f.evidence.similarity + PUN_LATE * f.evidence.position
        elif f.soundalike_words:
            logit += SOUNDALIKE_ONLY
        if f.question_setup:
            logit += QUESTION_SETUP
        logit -= TOO_LONG_PER_WORD * max(0, f.n_words - IDEAL_MAX_WORDS)
        if f.n_words < 4:
            logit -= TOO_SHORT
        return 1.0 / (1.0 + math.exp(-logit))


@lru_cache(maxsize=4096)
def _cached_score(scorer: FunninessScorer, text: str) -> float:
    return scorer._score(text)


def _contains_swapped(tokens: tuple[str, ...], index: int, replacement: str, words: tuple[str, ...]) -> bool:
    """Whether the phrase's words occur in the tokens, with tokens[index] read as `replacement`."""
    for offset, word in enumerate(words):
        if word != replacement:
            continue
        start = index - offset
        if start < 0 or start + len(words) > len(tokens):
            continue
        window = list(tokens[start : start + len(words)])
        window[offset] = replacement
        if tuple(window) == words:
            return True
    return False

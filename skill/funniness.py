"""Funniness: how likely a sentence is to land as a pun, from the text alone.

Two scores. The *prior* encodes what pun theory says makes a pun work (Kao et al. 2016: a word
that supports two meanings; the punchline late in the sentence; short enough to hold in mind)
with weights set by hand; it costs microseconds, so the engine ranks every candidate with it.
The *learned* score (``humor_model``, fitted on ExPUNations and friends) reads the MiniLM sentence
vector, the same pun-theory evidence as features and the words; it costs one encoder pass, so the
engine spends it on the few best candidates. ``score`` is the learned one whenever the scorer has
an encoder and the committed head, else the prior. Both read any text, so any backend's output
can be ranked.
"""
from __future__ import annotations

import math
import re
from collections import Counter, OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from skill.humor_model import HumorHead, default_head
from skill.lexicon import Lexicon
from skill.log import logger
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

#: Inputs of the learned head besides the sentence vector, in order. Word pieces per word stand in
#: for word rarity (a pun on a word nobody knows is not understood); 'said Tom ...ly' Tom Swifties
#: and very short or long texts rate lower in ExPUNations.
FEATURE_NAMES = (
    "words", "words_squared", "pieces_per_word", "split_words", "max_pieces", "speech_verb",
    "ends_in_ly", "question", "quote", "soundalikes", "pun_found", "pun_position", "too_short",
)
_SPEECH_VERB = re.compile(r"\b(said|says|asked|replied|cried|exclaimed)\b")
_ENDS_IN_LY = re.compile(r"\w+ly\b[^a-z]*$")
LEARNED_CACHE = 4096

#: Texts -> the sentence vectors, followed by the encoder's layer states when the head reads them
#: (``SentenceEncoder.encode_with_layer``).
Embed = Callable[[Sequence[str]], np.ndarray]


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

    def __init__(
        self,
        lexicon: Lexicon,
        phrasebook: PhraseBook,
        embed: Embed | None = None,
        head: HumorHead | None = None,
        tokenizer=None,
    ) -> None:
        self.lexicon = lexicon
        self.phrasebook = phrasebook
        self._embed = embed
        self.head = head
        self._tokenizer = tokenizer
        self._shapes: dict[str, tuple[tuple[str, tuple[str, ...], frozenset[str]], ...]] = {}
        self._learned: OrderedDict[str, float] = OrderedDict()

    @classmethod
    def learned(cls, lexicon: Lexicon, phrasebook: PhraseBook, embed: Embed, encoder_dir: Path | str) -> "FunninessScorer":
        """With the committed head and the encoder's tokenizer; the prior alone if the head is missing."""
        head = default_head()
        if head is None:
            return cls(lexicon, phrasebook)
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(Path(encoder_dir) / "tokenizer.json"))
        tokenizer.no_padding()
        return cls(lexicon, phrasebook, embed=embed, head=head, tokenizer=tokenizer)

    @property
    def is_learned(self) -> bool:
        return self._embed is not None and self.head is not None and self._tokenizer is not None

    @property
    def min_score(self) -> float | None:
        """Below this (learned) score a candidate is never spoken when a better one exists."""
        return self.head.min_score if self.is_learned else None

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

    def feature_vector(self, text: str) -> np.ndarray:
        """FEATURE_NAMES for one text (needs the encoder's tokenizer for the word-piece counts)."""
        f = self.features(text)
        lowered = text.lower()
        n = max(1, f.n_words)
        encoding = self._tokenizer.encode(text)
        pieces = Counter(i for i in encoding.word_ids if i is not None)
        evidence = f.evidence
        return np.array(
            [
                min(n, 40) / 20, (min(n, 40) / 20) ** 2, len(encoding.tokens) / n,
                sum(v > 1 for v in pieces.values()) / n, max(pieces.values(), default=1) / 4,
                bool(_SPEECH_VERB.search(lowered)), bool(_ENDS_IN_LY.search(lowered)), "?" in text, '"' in text,
                min(f.soundalike_words, 6) / 6, evidence is not None, evidence.position if evidence else 0.0,
                n < 5,
            ],
            dtype=np.float32,
        )

    def score(self, text: str) -> float:
        """The learned score when available, else the prior."""
        if self.is_learned:
            return self.score_many([text])[0]
        return self.prior(text)

    def score_many(self, texts: Sequence[str]) -> list[float]:
        """Learned scores of several texts with one encoder pass; the prior if the encoder fails."""
        if not self.is_learned:
            return [self.prior(t) for t in texts]
        found = {t: self._learned[t] for t in texts if t in self._learned}
        missing = [t for t in dict.fromkeys(texts) if t not in found]
        if missing:
            try:
                vectors = self._embed(missing)
            except Exception:  # noqa: BLE001 - a broken encoder costs ranking quality, not the joke
                logger.exception("funniness_encoder_failed", extra={"degraded_to": "prior"})
                return [found.get(t, self.prior(t)) for t in texts]
            features = np.stack([self.feature_vector(t) for t in missing])
            found.update(zip(missing, (float(v) for v in self.head.scores(vectors, features, missing))))
        for text in missing:
            self._learned[text] = found[text]
            if len(self._learned) > LEARNED_CACHE:
                self._learned.popitem(last=False)
        return [found[t] for t in texts]

    def prior(self, text: str) -> float:
        """The hand-set pun-theory score: cheap enough for every candidate."""
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

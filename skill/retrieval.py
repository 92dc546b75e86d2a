"""Pick the pun pairs that fit what the person is talking about.

A pair's score is a weighted sum of named features, all in [0, 1] or [-1, 1]:

- ``pun_word_match``: best cosine between the pun word and any one context word, times that word's
  relative weight (the current topic counts more than a fading one); the winning word is the anchor.
- ``pun_context``: cosine between the pun word and the whole context embedded as one text.
- ``alt_word_match`` / ``alt_context``: the same for the alternative word; smaller weight, because the
  joke works when the spoken word fits the context and the heard word arrives as a surprise.
- ``phonetic``: pronunciation similarity (1 = homophone); the listener must hear the second word.
- ``frequency``: a prior from word frequency; rare words make puns nobody parses.

``ScoreWeights`` holds the hand-set defaults; ``features()`` exposes the components so weights can later
be fitted on rated data. Retrieval computes the same sum for every pair at once with numpy.
"""
from __future__ import annotations

import gzip
import json
import math
import time
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Callable, Collection, Iterator, Mapping, Sequence

import numpy as np

from skill.encoder import DIMENSION, SentenceEncoder
from skill.lexicon import Lexicon, PunPair
from skill.log import logger
from skill.phonetics import best_similarity, strip_stress

LEXICON_FILE = "lexicon.json.gz"
INDEX_FILE = "index.npz"
PHONEBOOK_FILE = "phones.json.gz"
ENCODER_DIR = "encoder"

ZIPF_FLOOR = 2.5  # the rarest words the lexicon admits
ZIPF_CEILING = 6.0  # 'the', 'and': as common as it gets


@dataclass(frozen=True)
class ScoredPair:
    pair: PunPair
    score: float
    anchor: str  # the context word that best evokes the pun word (used by generation/explanations)


@dataclass(frozen=True)
class ScoreWeights:
    """Hand-set weights; semantic fit of the pun word dominates, the rest break ties sensibly."""

    pun_word_match: float = 0.45
    pun_context: float = 0.30
    alt_word_match: float = 0.05
    alt_context: float = 0.05
    phonetic: float = 0.25
    frequency: float = 0.05

    def as_dict(self) -> dict[str, float]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


FEATURES: tuple[str, ...] = tuple(f.name for f in fields(ScoreWeights))


def frequency_prior(zipf: float | np.ndarray) -> float | np.ndarray:
    """Zipf mapped to [0, 1]: 0 at the lexicon's floor (or unknown), 1 for the most common words."""
    return np.clip((np.asarray(zipf, dtype=np.float32) - ZIPF_FLOOR) / (ZIPF_CEILING - ZIPF_FLOOR), 0.0, 1.0)


@dataclass(frozen=True)
class _Context:
    """A request's context, embedded once: per-word vectors and weights, and the whole-text vector."""

    words: tuple[str, ...]
    weights: np.ndarray  # (n,), max 1
    vectors: np.ndarray  # (n, 384)
    text_vector: np.ndarray  # (384,)


class Retriever:
    """Scores and retrieves pun pairs for a context; one per container, loaded at cold start."""

    def __init__(
        self,
        lexicon: Lexicon,
        encoder: SentenceEncoder,
        words: Sequence[str],
        vectors: np.ndarray,
        phonebook_path: Path | None = None,
        weights: ScoreWeights = ScoreWeights(),
    ) -> None:
        self.lexicon = lexicon
        self.encoder = encoder
        self.weights = weights
        self._words = tuple(words)
        self._row = {w: i for i, w in enumerate(self._words)}
        self._vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self._phonebook_path = phonebook_path
        self._phonebook: dict[str, tuple[float, tuple[tuple[str, ...], ...]]] | None = None
        usable = [p for p in lexicon.pairs if p.pun_word in self._row and p.alternative_word in self._row]
        if len(usable) < len(lexicon.pairs):
            logger.warning("pairs without index vectors skipped", extra={"skipped": len(lexicon.pairs) - len(usable)})
        self._pairs = tuple(usable)
        self._by_key = {p.key: p for p in self._pairs}
        self._pun_rows = np.array([self._row[p.pun_word] for p in usable], dtype=np.int64)
        self._alt_rows = np.array([self._row[p.alternative_word] for p in usable], dtype=np.int64)
        phonetic = np.array([p.similarity for p in usable], dtype=np.float32)
        frequency = 0.5 * (
            frequency_prior(np.array([p.pun_zipf for p in usable]))
            + frequency_prior(np.array([p.alt_zipf for p in usable]))
        )
        # The context-free part of every pair's score, computed once.
        self._static = (weights.phonetic * phonetic + weights.frequency * frequency).astype(np.float32)

    @classmethod
    def load(cls, artifacts_dir: Path | str) -> "Retriever":
        """Lexicon, index and encoder from a ``python -m skill.build`` output directory."""
        started = time.perf_counter()
        artifacts_dir = Path(artifacts_dir)
        lexicon = Lexicon.load(artifacts_dir / LEXICON_FILE)
        with np.load(artifacts_dir / INDEX_FILE, allow_pickle=False) as index:
            words = [str(w) for w in index["words"]]
            vectors = index["vectors"].astype(np.float32)
        encoder = SentenceEncoder.load(artifacts_dir / ENCODER_DIR)
        phonebook = artifacts_dir / PHONEBOOK_FILE
        retriever = cls(lexicon, encoder, words, vectors, phonebook if phonebook.is_file() else None)
        logger.info(
            "retriever loaded",
            extra={"pairs": len(retriever._pairs), "words": len(words), "ms": round(1000 * (time.perf_counter() - started), 1)},
        )
        return retriever

    # -- vectors ---------------------------------------------------------------------------------

    def _vectors_for(self, texts: Sequence[str]) -> np.ndarray:
        """Index vectors for lexicon words, the encoder (cached) for anything else."""
        out = np.empty((len(texts), DIMENSION), dtype=np.float32)
        missing = []
        for i, text in enumerate(texts):
            row = self._row.get(text)
            if row is None:
                missing.append(i)
            else:
                out[i] = self._vectors[row]
        if missing:
            out[missing] = self.encoder.encode([texts[i] for i in missing])
        return out

    def _context(self, weighted_words: Mapping[str, float]) -> _Context | None:
        merged: dict[str, float] = {}
        for word, weight in weighted_words.items():
            key = " ".join(str(word).lower().split())
            if key and weight is not None and math.isfinite(weight) and weight > 0:
                merged[key] = merged.get(key, 0.0) + float(weight)
        if not merged:
            return None
        ordered = sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))
        words = tuple(w for w, _ in ordered)
        weights = np.array([w for _, w in ordered], dtype=np.float32)
        vectors = self._vectors_for(words)
        text_vector = vectors[0] if len(words) == 1 else self.encoder.encode([" ".join(words)])[0]
        return _Context(words, weights / weights.max(), vectors, text_vector)

    # -- scoring ---------------------------------------------------------------------------------

    def _phonebook_entry(self, word: str) -> tuple[float, tuple[tuple[str, ...], ...]] | None:
        if self._phonebook is None:
            self._phonebook = {}
            if self._phonebook_path is not None:
                with gzip.open(self._phonebook_path, "rt", encoding="utf-8") as fh:
                    raw = json.load(fh)
                self._phonebook = {w: (z, tuple(strip_stress(p) for p in prons)) for w, (z, prons) in raw.items()}
        return self._phonebook.get(word)

    def _pronunciations(self, text: str) -> tuple[tuple[str, ...], ...]:
        """A word's pronunciations, or a phrase's (first pronunciation of each word, joined)."""
        parts = text.split()
        entries = [self._phonebook_entry(p) for p in parts]
        if not parts or any(e is None for e in entries):
            return ()
        if len(parts) == 1:
            return entries[0][1]
        return (tuple(ph for e in entries for ph in e[1][0]),)

    def _zipf(self, text: str) -> float:
        entries = [self._phonebook_entry(p) for p in text.split()]
        return min((e[0] for e in entries if e is not None), default=0.0) if entries and all(entries) else 0.0

    def _semantic(self, context: _Context | None, vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(weighted best per-word match, whole-context cosine, index of the anchor word) per row."""
        n = len(vectors)
        if context is None:
            zeros = np.zeros(n, dtype=np.float32)
            return zeros, zeros, np.zeros(n, dtype=np.int64)
        per_word = (vectors @ context.vectors.T) * context.weights  # (n, n_ctx)
        anchor = per_word.argmax(axis=1)
        return per_word[np.arange(n), anchor], vectors @ context.text_vector, anchor

    def features(self, context_words: Sequence[str] | Mapping[str, float], pun_word: str, alternative_word: str) -> dict[str, float]:
        """The named components of ``score`` (unweighted), for inspection and for fitting weights."""
        weighted = context_words if isinstance(context_words, Mapping) else {w: 1.0 for w in context_words}
        context = self._context(weighted)
        pun, alt = (" ".join(w.lower().split()) for w in (pun_word, alternative_word))
        vectors = self._vectors_for([pun, alt])
        match, whole, _ = self._semantic(context, vectors)
        pair = self._by_key.get(f"{pun}|{alt}")
        if pair is not None:
            phonetic = pair.similarity
            zipfs = (pair.pun_zipf, pair.alt_zipf)
        else:
            phonetic = 1.0 if pun == alt else best_similarity(self._pronunciations(pun), self._pronunciations(alt))
            zipfs = (self._zipf(pun), self._zipf(alt))
        return {
            "pun_word_match": float(match[0]),
            "pun_context": float(whole[0]),
            "alt_word_match": float(match[1]),
            "alt_context": float(whole[1]),
            "phonetic": float(phonetic),
            "frequency": float(0.5 * (frequency_prior(zipfs[0]) + frequency_prior(zipfs[1]))),
        }

    def score(self, context_words: list[str], pun_word: str, alternative_word: str) -> float:
        """Higher = the pair fits the context better; works for any two words or phrases."""
        feats = self.features(context_words, pun_word, alternative_word)
        return float(sum(getattr(self.weights, name) * feats[name] for name in FEATURES))

    def similarity(self, a: str, b: str) -> float:
        """Cosine between two words or phrases."""
        va, vb = self._vectors_for([" ".join(a.lower().split()), " ".join(b.lower().split())])
        return float(va @ vb)

    # -- retrieval -------------------------------------------------------------------------------

    def scores(self, weighted_words: Mapping[str, float]) -> tuple[np.ndarray, np.ndarray, _Context | None]:
        """Score of every usable pair (same formula as ``score``) and each pair's anchor index."""
        context = self._context(weighted_words)
        w = self.weights
        match, whole, anchor = self._semantic(context, self._vectors)
        semantic_pun = w.pun_word_match * match + w.pun_context * whole
        semantic_alt = w.alt_word_match * match + w.alt_context * whole
        total = semantic_pun[self._pun_rows] + semantic_alt[self._alt_rows] + self._static
        return total, anchor[self._pun_rows], context

    def _ranked(self, total: np.ndarray, k: int) -> Iterator[int]:
        """Pair indices best first: a cheap partial sort, then the full order only if needed."""
        head = min(len(total), max(64, 40 * k))
        if head < len(total):
            top = np.argpartition(-total, head - 1)[:head]
            top = top[np.lexsort((top, -total[top]))]
            yield from top.tolist()
            seen = set(top.tolist())
            rest = np.lexsort((np.arange(len(total)), -total))
            yield from (i for i in rest.tolist() if i not in seen)
        else:
            yield from np.lexsort((np.arange(len(total)), -total)).tolist()

    def retrieve(
        self,
        weighted_words: Mapping[str, float],
        k: int = 10,
        *,
        accept: Callable[[PunPair], bool] | None = None,
        avoid: Collection[str] = (),
    ) -> list[ScoredPair]:
        """Top-``k`` pairs, diverse: no word appears twice in the list, in either role (so at most one
        pair per pun word and per alternative word, and never a pair and its reverse)."""
        if k <= 0 or not self._pairs:
            return []
        total, anchors, context = self.scores(weighted_words)
        avoid = set(avoid)
        used: set[str] = set()
        chosen: list[ScoredPair] = []
        for i in self._ranked(total, k):
            pair = self._pairs[i]
            if pair.key in avoid or pair.pun_word in used or pair.alternative_word in used:
                continue
            if accept is not None and not accept(pair):
                continue
            anchor = context.words[anchors[i]] if context is not None else ""
            chosen.append(ScoredPair(pair, float(total[i]), anchor))
            used.update((pair.pun_word, pair.alternative_word))
            if len(chosen) == k:
                break
        return chosen

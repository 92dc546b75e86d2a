"""Which sense of a homograph the listener's context and a set phrase use.

A homograph joke works only when the context evokes one sense and the phrase lands on the other
("banking" ... "lose interest"). The build labels every phrase-book phrase holding a homograph with
the sense it uses (when the embeddings are clear about it) and stores both senses' gloss vectors;
at request time the context picks its sense by the same vectors. Where either side is unclear no
homograph joke is made: a joke whose two meanings we cannot name is not told.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import numpy as np

from skill.lexicon import HOMOGRAPH, PunPair

SENSES_FILE = "senses.npz"
#: How much closer (cosine) the context must be to one gloss than to the other to pick it.
CONTEXT_MARGIN = 0.05
#: The same for a phrase at build time: phrases are short, so a clearer lead is required.
PHRASE_MARGIN = 0.10
#: The lead a phrase's label needs before an explanation names its sense: of labels read by hand,
#: about half between 0.10 and 0.25 named the wrong one ("follow suit" as clothes, "the ball is in
#: your court" as a lawcourt, "on board" as a committee), about nine in ten from 0.25 up. Below it
#: the joke may still be told ("on board" after skateboarding puns), explained without the senses.
NAMED_MARGIN = 0.25


@dataclass(frozen=True)
class HomographSenses:
    """Per homograph: its two glosses, their vectors, and the sense each phrase uses."""

    glosses: dict[str, tuple[str, str]]
    vectors: dict[str, np.ndarray]  # word -> (2, dim), L2-normalised
    phrase_senses: dict[tuple[str, str], int]  # (word, phrase) -> 0 or 1, an index into glosses
    #: (word, phrase) labelled by at least NAMED_MARGIN
    named_phrases: frozenset[tuple[str, str]] = frozenset()
    _phrase_words: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_phrase_words", frozenset(w for w, _ in self.phrase_senses))

    @classmethod
    def load(cls, path: Path | str) -> "HomographSenses | None":
        """None when the artifact is missing (a build without WordNet has no homographs). Cached per
        path: the retriever and the generator share one copy."""
        return _load_cached(str(path))

    def context_sense(self, word: str, context_vector: np.ndarray) -> str | None:
        """The gloss the context is clearly closer to, if any."""
        vectors = self.vectors.get(word)
        if vectors is None:
            return None
        norm = float(np.linalg.norm(context_vector)) or 1.0
        said, heard = (vectors @ context_vector) / norm
        if abs(said - heard) < CONTEXT_MARGIN:
            return None
        return self.glosses[word][0 if said > heard else 1]

    def has_phrases(self, word: str) -> bool:
        """Some phrase is known to use one of the word's senses (else no joke can land on one)."""
        return word in self._phrase_words

    def phrase_sense(self, word: str, phrase: str) -> str | None:
        """The gloss a phrase uses, when the build could tell."""
        label = self.phrase_senses.get((word, phrase.lower()))
        return None if label is None else self.glosses[word][label]

    def can_name_sense(self, word: str, phrase: str) -> bool:
        """The phrase's sense is clear enough to say which it is in an explanation."""
        return (word, phrase.lower()) in self.named_phrases

    def orient(self, pair: PunPair, context_vector: np.ndarray) -> PunPair:
        """A homograph pair whose pun gloss is the sense the context evokes and whose alternative
        gloss is the other; both glosses empty when the context does not say which."""
        if pair.relation != HOMOGRAPH or pair.pun_word not in self.glosses:
            return pair
        sense = self.context_sense(pair.pun_word, context_vector)
        if sense is None:
            return replace(pair, pun_gloss="", alt_gloss="")
        said, heard = self.glosses[pair.pun_word]
        return replace(pair, pun_gloss=sense, alt_gloss=heard if sense == said else said)


def label_phrase(gloss_vectors: np.ndarray, phrase_vector: np.ndarray, margin: float = PHRASE_MARGIN) -> int | None:
    """0 or 1: the gloss a phrase is clearly closer to (vectors L2-normalised); None when unclear."""
    said, heard = gloss_vectors @ phrase_vector
    if abs(said - heard) < margin:
        return None
    return 0 if said > heard else 1


def label_lead(gloss_vectors: np.ndarray, phrase_vector: np.ndarray) -> float:
    """How much closer the phrase is to its sense's gloss than to the other's."""
    said, heard = gloss_vectors @ phrase_vector
    return float(abs(said - heard))


@lru_cache(maxsize=4)
def _load_cached(path_text: str) -> HomographSenses | None:
    path = Path(path_text)
    if not path.is_file():
        return None
    with np.load(path, allow_pickle=False) as data:
        words = [str(w) for w in data["words"]]
        glosses = data["glosses"].astype(str)
        vectors = data["vectors"].astype(np.float32)
        phrase_words = [str(w) for w in data["phrase_words"]]
        phrases = [str(p) for p in data["phrases"]]
        labels = data["phrase_senses"].astype(int).tolist()
        leads = data["phrase_leads"].tolist() if "phrase_leads" in data.files else [0.0] * len(labels)
    return HomographSenses(
        glosses={w: (str(g[0]), str(g[1])) for w, g in zip(words, glosses)},
        vectors={w: v for w, v in zip(words, vectors)},
        phrase_senses={(w, p): s for w, p, s in zip(phrase_words, phrases, labels)},
        named_phrases=frozenset((w, p) for w, p, lead in zip(phrase_words, phrases, leads) if lead >= NAMED_MARGIN),
    )

"""Pun pairs: a word and what a listener can hear in it (a soundalike word or phrase, or a second
sense of the same word), which generation turns into a joke."""
from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable


# How the listener gets from the pun word to the alternative.
HOMOPHONE = "homophone"  # same sounds, other spelling: knead / need
NEAR_HOMOPHONE = "near_homophone"  # one cheap slip apart: great / greet
SOUNDALIKE_PHRASE = "soundalike_phrase"  # a word heard as a phrase: lettuce / "let us"
HOMOGRAPH = "homograph"  # one word, two unrelated senses: bank (money) / bank (river)
BLEND = "blend"  # a word heard at the start of a longer one: bee-fore / before
END_BLEND = "end_blend"  # ... or at its end: be-leaf / belief
BLENDS = (BLEND, END_BLEND)
#: Ends a gloss the build cut mid-clause ("a member of the genus Canis ... that has been…"): fine to
#: embed, never to read out.
GLOSS_CUT = "…"
RELATIONS = (HOMOPHONE, NEAR_HOMOPHONE, SOUNDALIKE_PHRASE, HOMOGRAPH, *BLENDS)


@dataclass(frozen=True)
class PunPair:
    """A directed pair: the pun word is spoken, the alternative word (or phrase) is heard in it.

    For a homograph both words are the same spelling and the glosses tell the two senses apart. For
    the other relations a gloss is the word's dominant WordNet sense, and '' when it has none (a word
    whose usage spreads over senses, a word WordNet lacks, a phrase, a build without WordNet): a hint
    for explanations, not the sense the context picked.
    """

    pun_word: str
    alternative_word: str  # a single word, or a phrase of common words for "soundalike_phrase"
    relation: str  # one of RELATIONS
    similarity: float  # pronunciation similarity, 1.0 = identical sounds
    pun_zipf: float  # word frequency (wordfreq zipf scale) of the pun word
    alt_zipf: float  # of the alternative word; of its rarest word for a phrase
    pun_phones: str = ""  # ARPAbet, space separated
    alt_phones: str = ""
    pun_gloss: str = ""  # WordNet gloss: for a homograph, the sense the word brings to mind first
    alt_gloss: str = ""  # for a homograph, the other sense, the one heard

    @property
    def is_blend(self) -> bool:
        return self.relation in BLENDS

    @property
    def head(self) -> str:
        """The word the pun is on: a blend's word ('bee' of 'bee-fore', 'leaf' of 'be-leaf'), else the
        pun word."""
        if self.relation == BLEND:
            return self.pun_word.split("-", 1)[0]
        return self.pun_word.rsplit("-", 1)[1] if self.relation == END_BLEND else self.pun_word

    @property
    def key(self) -> str:
        return f"{self.pun_word}|{self.alternative_word}"


LEXICON_FORMAT = "punpal-lexicon/2"
# Format 1 had no glosses and no interned strings; it still loads (glosses default to "").
READABLE_FORMATS = ("punpal-lexicon/1", LEXICON_FORMAT)
# Columns stored as indexes into the payload's "strings" table (glosses repeat across many pairs).
INTERNED_FIELDS = ("pun_gloss", "alt_gloss")


class Lexicon:
    """All directed pun pairs, with lookups by pun word; loaded once per container."""

    def __init__(self, pairs: Iterable[PunPair]) -> None:
        self.pairs: tuple[PunPair, ...] = tuple(pairs)
        by_pun: dict[str, list[PunPair]] = {}
        for pair in self.pairs:
            by_pun.setdefault(pair.pun_word, []).append(pair)
        self._by_pun = {word: tuple(found) for word, found in by_pun.items()}
        self._words = tuple(sorted({w for p in self.pairs for w in (p.pun_word, p.alternative_word)}))

    @classmethod
    def load(cls, path: Path | str) -> "Lexicon":
        """Read the gzipped column table written by ``skill.build`` (format 1 or 2)."""
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            payload = json.load(fh)
        if payload.get("format") not in READABLE_FORMATS:
            raise ValueError(f"{path}: unsupported lexicon format {payload.get('format')!r}")
        fields = payload["fields"]
        strings = payload.get("strings", [])
        interned = [i for i, f in enumerate(fields) if f in payload.get("interned", ())]
        known = set(PunPair.__dataclass_fields__)
        keep = [i for i, f in enumerate(fields) if f in known]  # columns a newer build may add are skipped
        pairs = []
        for row in payload["rows"]:
            for i in interned:
                row[i] = strings[row[i]]
            pairs.append(PunPair(**{fields[i]: row[i] for i in keep}))
        return cls(pairs)

    def pairs_for(self, pun_word: str) -> tuple[PunPair, ...]:
        """Pairs whose pun word is ``pun_word`` (case-insensitive), best-sounding first."""
        found = self._by_pun.get(pun_word.strip().lower(), ())
        return tuple(sorted(found, key=lambda p: (-p.similarity, p.alternative_word)))

    def words(self) -> tuple[str, ...]:
        """Every word that appears in a pair, either role, sorted."""
        return self._words

    def __len__(self) -> int:
        return len(self.pairs)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and any(p.key == key for p in self._by_pun.get(key.split("|")[0], ()))

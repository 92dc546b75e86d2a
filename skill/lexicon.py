"""Pun pairs: two words that sound alike, which generation turns into a joke."""
from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable


@dataclass(frozen=True)
class PunPair:
    """A directed pair: the pun word is spoken, the alternative word is heard in it."""

    pun_word: str
    alternative_word: str
    relation: str  # "homophone" (same sounds) or "near_homophone"
    similarity: float  # pronunciation similarity, 1.0 = identical sounds
    pun_zipf: float  # word frequency (wordfreq zipf scale) of the pun word
    alt_zipf: float
    pun_phones: str = ""  # ARPAbet, space separated
    alt_phones: str = ""

    @property
    def key(self) -> str:
        return f"{self.pun_word}|{self.alternative_word}"


LEXICON_FORMAT = "punpal-lexicon/1"


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
        """Read the gzipped column table written by ``skill.build``."""
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            payload = json.load(fh)
        if payload.get("format") != LEXICON_FORMAT:
            raise ValueError(f"{path}: unsupported lexicon format {payload.get('format')!r}")
        fields = payload["fields"]
        return cls(PunPair(**dict(zip(fields, row))) for row in payload["rows"])

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

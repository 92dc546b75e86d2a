"""The phrase book: well-known phrases the generator can twist with a pun.

A pun lands when the listener recognises the original phrase, so the generator only
puns on an alternative word that occurs in some phrase here. Lookups run per request
for many candidate pairs, so the word index is built once at load time.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping

from skill.config import DATA_DIR

DEFAULT_PATH = DATA_DIR / "phrases.txt"

# A word is letters with optional inner apostrophes ("don't", "bird's"), so "need"
# never matches inside "needless" or "don't" inside "don".
TOKEN_RE = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")


def fold_accents(text: str) -> str:
    """'café' -> 'cafe', 'Pokémon' -> 'Pokemon': a word said with accents is the index's word
    ('caf', 'pok' and 'mon' were read out of them)."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def tokens(text: str) -> list[str]:
    """Lowercased words of a text, split the same way everywhere in the skill."""
    return [t.lower() for t in TOKEN_RE.findall(fold_accents(text))]


def plain_lower(text: str) -> str:
    """Lower case, straight apostrophes ("don\u2019t" as ASR may send it), single spaces: the one
    form in which what was said is matched against phrases and patterns."""
    return " ".join(text.lower().replace("\u2019", "'").split())


@dataclass(frozen=True)
class PhraseBook:
    """Phrases in file order plus a word -> phrases index for whole-word lookups."""

    phrases: tuple[str, ...]
    _index: Mapping[str, tuple[str, ...]] = field(repr=False, compare=False, default_factory=dict)
    # Words that occur exactly once in at least one phrase: only those can be swapped
    # without the listener hearing the original word elsewhere in the same phrase.
    _once: frozenset[str] = field(repr=False, compare=False, default=frozenset())
    # Each phrase as its words, to tell whether a text is itself one of them.
    _whole: frozenset[tuple[str, ...]] = field(repr=False, compare=False, default=frozenset())
    # Lines of songs and nursery rhymes (the file's "# sung or recited" sections), as their words:
    # quoted, never said as a saying ("You know what they say: Hickory dickory doc.").
    _sung: frozenset[tuple[str, ...]] = field(repr=False, compare=False, default=frozenset())

    @classmethod
    def from_phrases(cls, phrases: Iterable[str], sung: Iterable[str] = ()) -> "PhraseBook":
        """Dedupe (keeping first occurrence) and index; used by load() and tests. ``sung``: the
        phrases that are lines of songs or rhymes."""
        seen: dict[str, str] = {}
        for phrase in phrases:
            phrase = " ".join(phrase.split())
            if phrase:
                seen.setdefault(phrase.lower(), phrase)
        ordered = tuple(seen.values())
        index: dict[str, list[str]] = {}
        once: set[str] = set()
        for phrase in ordered:
            words = tokens(phrase)
            for word in dict.fromkeys(words):
                index.setdefault(word, []).append(phrase)
                if words.count(word) == 1:
                    once.add(word)
        whole = frozenset(tuple(tokens(phrase)) for phrase in ordered)
        return cls(ordered, {w: tuple(ps) for w, ps in index.items()}, frozenset(once), whole, frozenset(tuple(tokens(p)) for p in sung))

    @classmethod
    def load(cls, path: Path | str | None = None) -> "PhraseBook":
        """Read a phrase file once (cached per path); '#' lines and blanks are notes."""
        return _load_cached(str(Path(path) if path is not None else DEFAULT_PATH))

    def phrases_with(self, word: str) -> tuple[str, ...]:
        """Phrases containing `word` as a whole word (or word sequence), case-insensitive."""
        words = tokens(word)
        if not words:
            return ()
        if len(words) == 1:
            return self._index.get(words[0], ())
        return self._phrases_with_sequence(tuple(words))

    def has(self, word: str) -> bool:
        """O(1) for single words: the retriever's accept predicate calls this a lot."""
        words = tokens(word)
        if len(words) == 1:
            return words[0] in self._index
        return bool(words) and bool(self._phrases_with_sequence(tuple(words)))

    def has_once(self, word: str) -> bool:
        """Some phrase holds `word` exactly once (multi-word sequences: at least once)."""
        words = tokens(word)
        if len(words) == 1:
            return words[0] in self._once
        return self.has(word)

    @property
    def words(self) -> frozenset[str]:
        """Every word some phrase says, as `tokens` reads it."""
        return frozenset(self._index)

    def is_a_phrase(self, text: str) -> bool:
        """Whether ``text`` is itself one of the phrases, word for word ('Tea time')."""
        return tuple(tokens(text)) in self._whole

    def is_sung(self, phrase: str) -> bool:
        """Whether ``phrase`` is a line of a song or a nursery rhyme: quoted, not said as wisdom."""
        return tuple(tokens(phrase)) in self._sung

    def __len__(self) -> int:
        return len(self.phrases)

    def _phrases_with_sequence(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """Multi-word lookups ("let us") scan only the phrases holding the rarest word."""
        pools = [self._index.get(w, ()) for w in words]
        pool = min(pools, key=len)
        n = len(words)
        hits = []
        for phrase in pool:
            toks = tokens(phrase)
            if any(tuple(toks[i : i + n]) == words for i in range(len(toks) - n + 1)):
                hits.append(phrase)
        return tuple(hits)


#: A section note that starts so holds lines of songs and rhymes.
SUNG_SECTION = "# sung or recited"


@lru_cache(maxsize=8)
def _load_cached(path: str) -> PhraseBook:
    phrases, sung = [], []
    in_sung, after_note = False, False
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("#"):
            # a note starts a section; the notes right after it go on saying what it is
            in_sung = in_sung if after_note else line.startswith(SUNG_SECTION)
            after_note = True
            continue
        after_note = False
        if line:
            phrases.append(line)
            if in_sung:
                sung.append(line)
    return PhraseBook.from_phrases(phrases, sung)

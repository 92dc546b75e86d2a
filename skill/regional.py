"""Words read as the locale means them: a British "rubber" is an eraser, Australian "thongs" are
sandals, an Indian "tiffin" a lunch box.

The lexicon and MiniLM take a word's American or first sense, so "my son needs a rubber for school"
(en-GB) was told "Bless your sole" and "tell me a joke about biscuits" a joke on bread rolls. The
table is hand-kept in ``data/regional.tsv``: per locale, words with that one meaning there.
"""
from __future__ import annotations

import re
from functools import lru_cache

from skill.config import DATA_DIR

REGIONAL_FILE = "regional.tsv"


@lru_cache(maxsize=1)
def table() -> dict[str, dict[str, str]]:
    """Locale -> {word or phrase as said -> the plain word}; empty without the file."""
    try:
        text = (DATA_DIR / REGIONAL_FILE).read_text(encoding="utf-8")
    except OSError:
        return {}
    words: dict[str, dict[str, str]] = {}
    for line in text.splitlines():
        row = line.split("\t")
        if line.startswith("#") or len(row) != 3:
            continue
        for locale in row[0].split(","):
            words.setdefault(locale.strip(), {})[row[1]] = row[2]
    return words


@lru_cache(maxsize=8)
def _pattern(locale: str) -> re.Pattern[str] | None:
    said = sorted(table().get(locale, {}), key=len, reverse=True)  # 'lady fingers' before 'lady finger'
    if not said:
        return None
    return re.compile(rf"\b(?:(?P<article>an?)\s+)?(?P<word>{'|'.join(map(re.escape, said))})\b", re.IGNORECASE)


def in_plain_words(text: str, locale: str) -> str:
    """The text with the locale's own words put as the context reads them ('thongs' -> 'sandals'
    in en-AU); any other locale's text as it is."""
    return read_as_meant(text, locale)[0]


def read_as_meant(text: str, locale: str) -> tuple[str, dict[str, str]]:
    """The text in plain words, and the plain words the locale's own words became, each with the
    word said ('eraser': 'rubber'), singular too ('cookie': 'biscuit' for "biscuits"), so a joke
    can say the listener's word back."""
    pattern = _pattern(locale)
    if pattern is None:
        return text, {}
    words = table()[locale]
    back: dict[str, str] = {}

    def plain(found: re.Match[str]) -> str:
        said = found.group("word").lower()
        word = words[said]
        back[word] = said
        if word.endswith("s") and said.endswith("s") and " " not in word:
            back[word[:-1]] = said[:-1]
        if not found.group("article"):
            return word
        return f"{'an' if word[0] in 'aeiou' else 'a'} {word}"  # "a rubber" is "an eraser"

    return pattern.sub(plain, text), back


def said_back(text: str, words: dict[str, str], keep: tuple[str, ...] = ()) -> str:
    """The text with each plain word put back as the listener said it ("What's a cookie's favourite
    saying?" to "biscuits" is "What's a biscuit's ..."), but the words in ``keep`` (the pun's own)."""
    for plain, said in sorted(words.items(), key=lambda item: len(item[0]), reverse=True):
        if plain in keep:
            continue

        def back(found: re.Match[str], said: str = said) -> str:
            word = said[:1].upper() + said[1:] if found.group("word")[:1].isupper() else said
            article = found.group("article")
            if not article:
                return word
            chosen = "an" if said[0] in "aeiou" else "a"
            return f"{chosen[:1].upper() + chosen[1:] if article[:1].isupper() else chosen} {word}"

        text = re.sub(rf"\b(?:(?P<article>an?)\s+)?(?P<word>{re.escape(plain)})\b", back, text, flags=re.IGNORECASE)
    return text

"""British spelling for en-GB listeners: generated jokes are written in American English.

Speech sounds the same either way; what a British user sees on the card and in the explanation
("favourite", "colour") should not. The table is derived from breame (see
scripts/derive_en_gb_spelling.py); sense-dependent spellings (practice, tire, program) are left alone.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from skill.config import DATA_DIR, word_pairs
from skill.generation import match_case

TABLE_PATH = DATA_DIR / "en_gb_spelling.tsv"
BRITISH_LOCALES = frozenset({"en-GB", "en-IN", "en-AU"})
_WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=2)
def _table(path: Path = TABLE_PATH) -> dict[str, str]:
    return word_pairs(path)


def british(text: str) -> str:
    """`text` with American spellings replaced, keeping each word's capitalisation."""
    table = _table()

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        gb = table.get(word.lower())
        return word if gb is None else match_case(word, gb)

    return _WORD.sub(swap, text)


def for_locale(text: str, locale: str | None) -> str:
    """Spelling for the listener's locale; American English everywhere else."""
    return british(text) if locale in BRITISH_LOCALES else text

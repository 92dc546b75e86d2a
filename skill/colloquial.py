"""Informal words read as the plain word they stand for: 'arvo' is the afternoon, 'brekkie'
breakfast, 'footy' football, 'cuppa' tea.

MiniLM and WordNet do not know them ('arvo' is at cosine 0.24 from 'afternoon'), so "we're having
a barbie this arvo" was a topic of dolls and fairies. The context reads each as its plain word; the
frames still say the listener's own word back ("I asked your bestie"). The table is hand-kept in
``data/colloquial.tsv``: words with one everyday meaning only.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from skill.config import DATA_DIR, word_pairs
from skill.inflection import plural

COLLOQUIAL_FILE = "colloquial.tsv"


@lru_cache(maxsize=1)
def table() -> dict[str, str]:
    """Informal word -> plain word; empty without the file."""
    return word_pairs(DATA_DIR / COLLOQUIAL_FILE, missing_ok=True)


def plain_word(word: str) -> str:
    """'arvo' -> 'afternoon'; any other word as it is."""
    return table().get(word, word)


def one_as_said(plain: str, said: Sequence[str]) -> str:
    """The informal word the listener said for ``plain``, as one ('chooks' -> 'chook'), or ``plain``."""
    informal = next((word for word in said if word != plain and table().get(word) == plain), "")
    if not informal:
        return plain
    singular = [word for word in table() if table()[word] == plain and plural(word) == informal]
    return singular[0] if singular else informal

"""Names people ask for jokes about that the dictionary writes in lower case or not at all:
brands, famous people, shows, games and characters.

Speech recognition writes them in lower case, and nothing else here knew them: "a joke about
tesla" was "My best advice for tesla?", "youtube" was "What's a youtube's favorite saying?", and
"elon musk" "My best advice for the elon?". Known, a name is said back as it is written ('YouTube',
'McDonald's', 'NASA'), whole ('Elon Musk'), without an article, and is never made to talk. The
list is hand-kept in ``data/known_names.txt``: what is written, then how else it may be heard.
"""
from __future__ import annotations

import re
from functools import lru_cache

from skill.config import DATA_DIR
from skill.phrases import fold_accents

KNOWN_NAMES_FILE = "known_names.txt"
_LONGEST = 4  # words in the longest name ('thomas the tank engine')
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]*)?")


def said_form(text: str) -> str:
    """How speech recognition writes a name: lower case, no accents, no dots, hyphens as spaces
    ('Coca-Cola' -> 'coca cola', 'Beyoncé' -> 'beyonce')."""
    plain = fold_accents(text.replace("’", "'"))
    return " ".join(_WORD.findall(plain.lower().replace("-", " ").replace(".", "")))


@lru_cache(maxsize=1)
def table() -> dict[str, str]:
    """Said form -> as written ('youtube' -> 'YouTube', 'you tube' -> 'YouTube'); empty without the file."""
    try:
        text = (DATA_DIR / KNOWN_NAMES_FILE).read_text(encoding="utf-8")
    except OSError:
        return {}
    found: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        written, *heard = (part.strip() for part in line.split("|"))
        for form in (written, *heard):
            found[said_form(form)] = written
        if "-" in written:  # 'coca-cola' as one word
            found[said_form(written).replace(" ", "")] = written
    return found


def _spans(words: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, as written) of the known names among the words, longest first, not overlapping;
    a name said with "'s" or in the plural keeps it ('tesla's', 'iphones')."""
    known, taken, found = table(), set(), []
    for n in range(_LONGEST, 0, -1):
        for i in range(len(words) - n + 1):
            if taken & set(range(i, i + n)):
                continue
            said = " ".join(words[i : i + n])
            ending = next((end for end in ("'s", "s'", "s") if said.endswith(end) and said[: -len(end)] in known), "")
            written = known.get(said) or (known[said[: -len(ending)]] + ending if ending else "")
            if written:
                found.append((i, i + n, written))
                taken |= set(range(i, i + n))
    return sorted(found)


def names_in(text: str) -> frozenset[str]:
    """The known names said, in their said form, whole and word by word ('elon musk', 'elon', 'musk')."""
    words = said_form(text).split()
    return frozenset(
        form for start, end, _ in _spans(words)
        for form in (" ".join(words[start:end]), *words[start:end])
    )


@lru_cache(maxsize=4096)
def as_written(phrase: str) -> tuple[str, frozenset[int]]:
    """The phrase with its known names as written ('a youtube T-shirt' -> 'a YouTube T-shirt'),
    and which of its words they are now, so nothing capitalises them again ('Youtube'). Cached:
    every frame of every candidate asks again about the same few phrases."""
    words = phrase.split()
    spans = _spans([said_form(w).replace(" ", "") for w in words])
    if not spans:
        return phrase, frozenset()
    out: list[str] = []
    done: set[int] = set()
    last = 0
    for start, end, written in spans:
        out += words[last:start]
        if any(not said_form(w) for w in words[start:end]):  # punctuation alone stays as it was
            out += words[start:end]
        else:
            trail = words[end - 1][len(words[end - 1].rstrip("?!,.:;")):]  # "...for Tesla?"
            done |= set(range(len(out), len(out) + len(written.split())))
            out += (written + trail).split()
        last = end
    out += words[last:]
    return " ".join(out), frozenset(done)

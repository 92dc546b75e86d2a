"""Regular English inflection that more than one stage needs (the generator's word forms, the
sensitive-topic rules' plurals), kept free of imports so any module may use it."""
from __future__ import annotations

VOWELS = "aeiou"


def plural(word: str) -> str:
    """Regular plural / third person singular."""
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if len(word) > 1 and word.endswith("y") and word[-2] not in VOWELS:
        return word[:-1] + "ies"
    if len(word) > 1 and word.endswith("o") and word[-2] not in VOWELS:
        return word + "es"
    return word + "s"

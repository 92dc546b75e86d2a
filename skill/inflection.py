"""Regular English inflection that more than one stage needs (the generator's word forms, the
sensitive-topic rules' plurals), kept free of imports so any module may use it."""
from __future__ import annotations

VOWELS = "aeiou"


#: Words in -o that take -es ('potatoes', 'goes'); the rest take -s ('pianos', 'photos', 'tacos').
_OES = frozenset(
    """potato tomato hero echo veto torpedo tornado volcano mosquito domino embargo buffalo motto
    mango halo cargo go do undergo forgo""".split()
)


def plural(word: str) -> str:
    """Regular plural / third person singular."""
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if len(word) > 1 and word.endswith("y") and word[-2] not in VOWELS:
        return word[:-1] + "ies"
    if word in _OES:
        return word + "es"
    return word + "s"

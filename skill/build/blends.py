"""Blends: a word heard at the start of a longer one ('bee-fore' for before, 'purr-fect',
'dog-tor', 'egg-norance') or at its end ('be-leaf', 'no prob-lamb', 'suc-seed'), the puns kids tell
most.

For each word a phrase of the phrase book holds (the target), its first and its last syllables are
looked up among the lexicon's words: the same sounds, or one cheap slip away (the near-homophone
search's own one-edit neighbours). The blend is spelled as the head word and the letters of the
target that are left, joined by a hyphen and cut where its sounds were cut (`split_spelling`).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping

import simplemma

from skill.build.lexicon import WordEntry, _cheap_edits, is_inflection
from skill.build.soundalikes import FUNCTION_WORDS
from skill.lexicon import BLEND, END_BLEND, PunPair
from skill.phonetics import VOWELS, Phones, distance, similarity, vowels_heard_apart

#: A run of vowel letters; 'y' is a vowel after a consonant ('sys-tem') and a consonant before a
#: vowel ('be-yond').
_VOWEL_LETTERS = re.compile(r"[aeiou]+(?:y(?![aeiou]))?|(?<=[^aeiou])y(?![aeiou])")
#: The consonant letters a rest may start with: a word's onset ('stem', 'tra'), never a cut cluster
#: ('cow-nter', 'tea-cket', 'sea-lver').
_ONSETS = re.compile(
    r"^(?:[bcdfghjklmnpqrstvwxz]|[bcfgp][lr]|[dt][rw]|th|sh|ch|ph|wh|wr|qu|s[cklmnptw]|str|spr|scr|spl|thr|shr)(?=[aeiouy])"
)
#: What a target may not be left with: an ending makes the blend the head word inflected
#: ('cow-ing', 'chair-ful'), not a second word.
_ENDINGS = frozenset(
    "s es ed d ing ings er ers est ly y ies ied ful less ness ish ment tion ty ry ie en el le et ic al".split()
)


@dataclass(frozen=True)
class BlendConfig:
    """Thresholds: a blend may slip one cheap sound, as a near-homophone may."""

    min_head_zipf: float = 3.5  # 'bey' (3.3) was heard in 'baking'
    #: ... but the sounds animals make are the heads kids know best ('purr-fect', 'moo-vie')
    sounds: frozenset[str] = frozenset("purr moo hoot quack hiss baa woof meow roar neigh cluck tweet buzz".split())
    min_target_zipf: float = 3.5
    max_distance: float = 0.35
    max_head_vowels: int = 2  # the head is heard as the target's first or last one or two syllables
    min_rest_letters: int = 3
    min_similarity: float = 0.88  # 'cow' for 'coun-' (0.844) is a stretch: "cow-nversation"
    #: An end blend only on the same sounds: its head mostly stands for a weak last syllable, and
    #: one slip more loses it ('ha-pawn', 'hea-fun'); 'mid-knight', 'rel-axe', 'chari-tea' stay.
    min_end_similarity: float = 1.0
    per_head: int = 12  # closest targets kept per head


@dataclass(frozen=True)
class Blend:
    head: str
    target: str
    spelled: str  # 'bee-fore'
    similarity: float
    head_phones: Phones
    heard_phones: Phones  # the target's sounds the head replaces
    at_end: bool = False  # 'be-leaf': the head ends the target


def _letter_vowels(word: str) -> list[tuple[int, int]]:
    """Spans of the word's vowel letters, one per sounded vowel: 'y' after a consonant counts, a
    silent final 'e' after a consonant does not ('welcome' has two)."""
    spans = [m.span() for m in _VOWEL_LETTERS.finditer(word)]
    if len(spans) > 1 and word.endswith("e") and spans[-1] == (len(word) - 1, len(word)) and word[-2] not in "aeiouy":
        spans.pop()
    return spans


def split_spelling(word: str, phones: Phones, cut: int) -> tuple[str, str] | None:
    """The letters before and after the cut between ``phones[:cut]`` and ``phones[cut:]``, or None
    when the spelling's vowels do not line up one for one with the sounds' vowels. The consonants
    between two vowels are shared out in proportion ('excellent' EH K | S ... -> 'ex' | 'cellent');
    an 'r' after an r-coloured vowel goes with it ('per' | 'fect')."""
    vowels = [i for i, p in enumerate(phones) if p in VOWELS]
    spans = _letter_vowels(word)
    if len(spans) != len(vowels) or not 0 < cut < len(phones):
        return None
    before = sum(1 for i in vowels if i < cut)  # vowels in the cut-off part
    if before == 0 or before == len(vowels):
        return None
    last = vowels[before - 1]
    _, start = spans[before - 1]
    if phones[last] == "ER":
        while start < len(word) and word[start] == "r":
            start += 1
    end = spans[before][0]
    sounds = vowels[before] - last - 1  # consonant sounds between the two vowels
    taken = cut - last - 1  # of which the cut-off part takes
    letters = end - start
    at = start + (round(taken * letters / sounds) if sounds else 0)
    return word[:at], word[at:]


def find_blends(
    heads: Mapping[str, WordEntry],
    targets: Mapping[str, WordEntry],
    config: BlendConfig = BlendConfig(),
) -> list[Blend]:
    """Every head heard as the first or the last syllables of a target, closest first per head."""
    by_pron: dict[Phones, list[str]] = defaultdict(list)
    for entry in heads.values():
        for pron in entry.prons:
            by_pron[pron].append(entry.word)
    found: dict[tuple[str, str], Blend] = {}
    for target in sorted(targets):
        for pron in targets[target].prons:
            vowels = [i for i, p in enumerate(pron) if p in VOWELS]
            for k in range(1, len(vowels)):  # the cut falls between vowel k - 1 and vowel k
                for cut in range(vowels[k - 1] + 1, vowels[k] + 1):
                    for at_end, heard in ((False, pron[:cut]), (True, pron[cut:])):
                        if sum(p in VOWELS for p in heard) > config.max_head_vowels:
                            continue
                        for variant in (heard, *_cheap_edits(heard, config.max_distance)):
                            for head in by_pron.get(variant, ()):
                                blend = _blend(head, variant, target, pron, cut, at_end, config)
                                old = found.get((head, target))
                                if blend is not None and (old is None or blend.similarity > old.similarity):
                                    found[(head, target)] = blend
    per_head: dict[str, list[Blend]] = defaultdict(list)
    for blend in found.values():
        per_head[blend.head].append(blend)
    kept = []
    for head in sorted(per_head):
        ranked = sorted(per_head[head], key=lambda b: (-b.similarity, -targets[b.target].zipf, b.target))
        kept += ranked[: config.per_head]
    return kept


def _blend(
    head: str, head_pron: Phones, target: str, pron: Phones, cut: int, at_end: bool, config: BlendConfig
) -> Blend | None:
    if head in FUNCTION_WORDS or head == target or head in target or is_inflection(head, target):
        return None
    if not at_end and target.startswith(head[:3]):
        return None
    heard = pron[cut:] if at_end else pron[:cut]
    d = distance(head_pron, heard)
    sim = round(similarity(head_pron, heard, measured=d), 4)
    if d > config.max_distance or sim < (config.min_end_similarity if at_end else config.min_similarity):
        return None
    if sum(p in VOWELS for p in heard) == 1 and vowels_heard_apart(head_pron, heard):
        return None
    split = split_spelling(target, pron, cut)
    if split is None:
        return None
    before, rest = split
    if at_end:
        # an inflected target ends in its ending, not a word: 'cha-singh', 'ba-says'
        if not _ends_cleanly(before) or _inflected(target):
            return None
        return Blend(head, target, f"{before}-{head}", sim, head_pron, heard, at_end=True)
    if len(rest) < config.min_rest_letters or rest in _ENDINGS or not _starts_cleanly(rest, pron[cut] in VOWELS):
        return None
    return Blend(head, target, f"{head}-{rest}", sim, head_pron, heard)


def _inflected(word: str) -> bool:
    return simplemma.lemmatize(word, lang="en").lower() != word


def _ends_cleanly(before: str) -> bool:
    """Whether the letters before an end blend read as a syllable: two letters or more, ending in a
    vowel letter or in one consonant after one ('be-leaf', 'prob-lamb', 'suc-seed'; not 'nowh-ear',
    'butterfl-eye')."""
    if len(before) < 2 or before in _ENDINGS:
        return False
    return before[-1] in "aeiouy" or before[-2] in "aeiou"


def _starts_cleanly(rest: str, with_vowel: bool) -> bool:
    """Whether the letters left read as a syllable's start: one vowel letter before a consonant
    where a vowel is sounded ('drum-atic', not 'hen-eymoon'), an onset before a vowel otherwise."""
    if with_vowel:  # ... and more than an ending after it: 'pig-ins' for 'begins' is not heard
        return len(rest) >= 4 and rest[0] in "aeiou" and rest[1] not in "aeiouy"
    return _ONSETS.match(rest) is not None


def blend_pairs(
    blends: Iterable[Blend],
    zipf: Mapping[str, float],
    blocked: Callable[[str], bool] = lambda text: False,
) -> list[PunPair]:
    """One directed pair per blend: the blend is said, the target heard ('bee-fore' -> 'before')."""
    pairs = [
        PunPair(
            pun_word=b.spelled,
            alternative_word=b.target,
            relation=END_BLEND if b.at_end else BLEND,
            similarity=b.similarity,
            pun_zipf=zipf[b.head],
            alt_zipf=zipf[b.target],
            pun_phones=" ".join(b.head_phones),
            alt_phones=" ".join(b.heard_phones),
        )
        for b in blends
        # said aloud, the blend is the target: 'pea-nis' is blocked by what it sounds like
        if not blocked(b.spelled) and not blocked(b.head) and not blocked(b.target)
    ]
    pairs.sort(key=lambda p: p.key)
    return pairs


"""Whether a word spelled like another is related to it ('skier' and skiing) or only looks alike
('skit' and skiing).

Word embeddings read spelling: 'skit' sits near "skiing", 'pane' near "pancake" and 'teal' near
"tea", so an explanation said "'skit' goes with skiing". A claim between two words that begin
with the same letters is kept only when WordNet relates them or their lemmas ('bake' and 'baker',
built into the word classes), both are one word or compounds that begin with it ('pan' and
'pancake', 'airline' and 'airport'), or the pun word's own gloss relates to the other word
('isle': "a small island"). The retriever also ranks a pun word the context evokes by spelling
alone with the pairs that only the alternative word ties to the context.
"""
from __future__ import annotations

from typing import Callable

#: Shared first letters from which two words look alike.
LOOKALIKE_PREFIX = 3
#: A gloss at least this close to the other word says the two are related ('a small island').
GLOSS_LINK = 0.4
#: The shortest word a compound's second part may be ('cake', 'bow', 'top').
MIN_PART = 3


def looks_alike(a: str, b: str) -> bool:
    """Two different words that begin with the same few letters."""
    return a != b and len(a) >= LOOKALIKE_PREFIX and a[:LOOKALIKE_PREFIX] == b[:LOOKALIKE_PREFIX]


def may_look_alike(pun_word: str, anchor: str) -> bool:
    """Whether the pun word's first letters occur in the anchor at all: only then can it look
    like one of the anchor's words (a cheap test before `linked`)."""
    return pun_word.lower()[:LOOKALIKE_PREFIX] in anchor.lower()


def _compounds_of_one_word(a: str, b: str, is_word: Callable[[str], bool]) -> bool:
    """Both are one word, or that word with another after it: 'pan' and 'pancake(s)', 'sunset' and
    'sun', 'airline' and 'airport'."""

    def rest_ok(rest: str) -> bool:
        return not rest or (len(rest) >= MIN_PART and (is_word(rest) or is_word(rest.removesuffix("s"))))

    shared = 0
    while shared < min(len(a), len(b)) and a[shared] == b[shared]:
        shared += 1
    return any(is_word(a[:n]) and rest_ok(a[n:]) and rest_ok(b[n:]) for n in range(LOOKALIKE_PREFIX, shared + 1))


def linked(
    pun_word: str,
    anchor: str,
    related: Callable[[str, str], bool],
    is_word: Callable[[str], bool],
    gloss_fit: Callable[[], float | None],
) -> bool:
    """Whether a claim that `pun_word` goes with `anchor` is more than spelling. `related` is
    WordNet's word (and lemma) relation, `is_word` says whether a compound's second part is a word,
    and `gloss_fit` gives the cosine of the pun word's gloss to the anchor (None without a gloss),
    asked only when nothing else decides. Words that do not look alike are left to the embedding."""
    if not may_look_alike(pun_word, anchor):  # most pairs: nothing alike to check
        return True
    pun = pun_word.lower()
    alike = [w for w in anchor.lower().split() if looks_alike(pun, w)]
    if not alike or any(related(pun, w) or _compounds_of_one_word(pun, w, is_word) for w in alike):
        return True
    fit = gloss_fit()
    return fit is not None and fit >= GLOSS_LINK

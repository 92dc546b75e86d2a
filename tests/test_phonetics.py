"""Phonetic distance: the properties the lexicon and the scorer rely on."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skill.phonetics import (
    PHONES,
    distance,
    indel_cost,
    similarity,
    strip_stress,
    substitution_cost,
)

phone_seqs = st.lists(st.sampled_from(sorted(PHONES)), min_size=0, max_size=7).map(tuple)


def test_strip_stress():
    assert strip_stress("F L AW1 ER0") == ("F", "L", "AW", "ER")
    assert strip_stress(["n", "iy1", "d"]) == ("N", "IY", "D")


@given(phone_seqs)
@settings(max_examples=200, deadline=None)
def test_identical_is_zero(seq):
    assert distance(seq, seq) == 0.0
    assert similarity(seq, seq) == 1.0


@given(phone_seqs, phone_seqs)
@settings(max_examples=200, deadline=None)
def test_symmetric_and_bounded(a, b):
    assert distance(a, b) == pytest.approx(distance(b, a))
    assert 0.0 <= similarity(a, b) <= 1.0
    if a != b:
        assert distance(a, b) > 0.0


@given(phone_seqs, phone_seqs, phone_seqs)
@settings(max_examples=100, deadline=None)
def test_triangle_inequality(a, b, c):
    assert distance(a, c) <= distance(a, b) + distance(b, c) + 1e-6


def test_similar_vowels_cheaper_than_dissimilar_consonants():
    assert substitution_cost("IH", "IY") < substitution_cost("B", "K")
    assert substitution_cost("AE", "EH") < substitution_cost("AE", "UW")


def test_voicing_and_place_neighbours_cheaper_than_distant_consonants():
    voicing = substitution_cost("P", "B")
    neighbour = substitution_cost("S", "SH")
    distant = substitution_cost("B", "K")
    assert voicing < distant and neighbour < distant
    assert substitution_cost("T", "IY") == 1.0  # consonant for vowel is the worst slip


def test_weak_sounds_cheap_to_drop():
    assert indel_cost("HH") < indel_cost("T")
    hair, air = strip_stress("HH EH R"), strip_stress("EH R")
    cat, at = strip_stress("K AE T"), strip_stress("AE T")
    assert distance(hair, air) < distance(cat, at)


def test_word_level_ordering():
    bass, base, bus = (strip_stress(p) for p in ("B AE S", "B EY S", "K AH S"))
    assert distance(bass, base) < distance(bass, bus)


def test_rejects_unknown_phone():
    with pytest.raises(ValueError):
        substitution_cost("XX", "B")

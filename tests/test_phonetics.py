"""Phonetic distance: the properties the lexicon and the scorer rely on."""
from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from skill.phonetics import (
    PHONES,
    distance,
    indel_cost,
    similarity,
    strip_stress,
    substitution_cost,
    vowels_heard_apart,
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


# Dropping a full vowel costs 0.8, but turning it into a reduced one ('EH' -> 'IH', 0.236) and
# dropping that (0.5) costs less, so the distance is a metric only up to that shortcut, per phone.
_SHORTCUT = {x: max(0.0, indel_cost(x) - min(substitution_cost(x, y) + indel_cost(y) for y in PHONES)) for x in PHONES}


def test_substitution_costs_obey_the_triangle_inequality():
    phones = sorted(PHONES)
    assert all(substitution_cost(a, c) <= substitution_cost(a, b) + substitution_cost(b, c) + 1e-9
               for a in phones for b in phones for c in phones)
    assert max(_SHORTCUT.values()) <= 0.125  # the reduced-vowel shortcut stays small


@given(phone_seqs, phone_seqs, phone_seqs)
@settings(max_examples=100, deadline=None)
@example(("EH",), ("IH",), ())  # the shortcut itself: 0.8 > 0.236 + 0.5
def test_triangle_inequality_up_to_the_reduced_vowel_shortcut(a, b, c):
    slack = sum(_SHORTCUT[x] for x in a) + sum(_SHORTCUT[z] for z in c)
    assert distance(a, c) <= distance(a, b) + distance(b, c) + slack + 1e-6


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


# --- multi-word soundalikes -------------------------------------------------------------------------

from skill.build.g2p import EspeakG2P, espeak_to_arpabet  # noqa: E402
from skill.build.soundalikes import (  # noqa: E402
    PronunciationTrie,
    Segment,
    SoundalikeConfig,
    SoundalikeSearch,
    acceptable,
    find_soundalikes,
    known_ngrams,
    transparent_compounds,
)

_SEGMENTS = {
    w: Segment(w, z, tuple(strip_stress(p) for p in prons))
    for w, z, prons in [
        ("let", 5.6, ["L EH1 T"]), ("us", 6.0, ["AH1 S"]), ("lit", 4.5, ["L IH1 T"]),
        ("just", 6.4, ["JH AH1 S T"]), ("ice", 5.0, ["AY1 S"]), ("was", 6.8, ["W AA1 Z", "W AH1 Z"]),
        ("a", 7.4, ["AH0", "EY1"]), ("bee", 4.1, ["B IY1"]), ("be", 6.6, ["B IY1"]), ("car", 5.3, ["K AA1 R"]),
        ("pet", 4.6, ["P EH1 T"]), ("in", 7.3, ["IH0 N"]), ("to", 7.4, ["T UW1"]), ("two", 5.8, ["T UW1"]),
        ("over", 6.0, ["OW1 V ER0"]), ("come", 6.0, ["K AH1 M"]), ("eye", 5.0, ["AY1"]), ("land", 5.1, ["L AE1 N D"]),
    ]
}


def _search(config: SoundalikeConfig = SoundalikeConfig()) -> SoundalikeSearch:
    return SoundalikeSearch(PronunciationTrie(_SEGMENTS.values()), config)


def _phrases(search: SoundalikeSearch, arpabet: str) -> set[str]:
    """Every spelling of every match, for checking what the search can hear."""
    import itertools

    found = set()
    for match in search.matches(strip_stress(arpabet)):
        for words in itertools.product(*(search.trie.ends[n] for n in match.nodes)):
            found.add(" ".join(words))
    return found


def test_trie_shares_homophones_in_one_node():
    trie = PronunciationTrie(_SEGMENTS.values())
    node = 0
    for phone in ("B", "IY"):
        node = trie.children[node][phone]
    assert sorted(trie.ends[node]) == ["be", "bee"]


def test_exact_segmentation_lettuce_let_us():
    search = _search()
    matches = search.matches(strip_stress("L EH1 T AH0 S"))
    best = matches[0]
    assert best.cost == 0.0 and best.phones == strip_stress("L EH T AH S")
    assert [search.trie.ends[n] for n in best.nodes] == [["let"], ["us"]]
    assert "lit us" in _phrases(search, "L EH1 T AH0 S")  # a near match, one vowel away, costs more
    assert all(m.cost >= best.cost for m in matches)


def test_near_segmentation_justice_just_ice():
    search = _search()
    match = next(m for m in search.matches(strip_stress("JH AH1 S T IH0 S"))
                 if [search.trie.ends[n] for n in m.nodes] == [["just"], ["ice"]])
    assert 0.0 < match.cost <= SoundalikeConfig().max_distance  # IH heard as AY: a slip, within budget
    assert match.cost == pytest.approx(distance(strip_stress("JH AH S T IH S"), match.phones))


def test_wasabi_was_a_bee():
    # CMUdict lacks 'wasabi'; this is what the eSpeak letter-to-sound fallback gives (see below).
    assert "was a bee" in _phrases(_search(), "W AH S AA B IY")


def test_budget_prunes_distant_phrases():
    tight = SoundalikeConfig(max_distance=0.1)
    assert "just ice" not in _phrases(_search(tight), "JH AH1 S T IH0 S")
    assert "let us" in _phrases(_search(tight), "L EH1 T AH0 S")


def test_single_words_are_not_phrases():
    # 'bee' alone is a homophone of 'be', not a multi-word soundalike
    assert all(len(m.nodes) >= 2 for m in _search().matches(strip_stress("B IY1")))


def test_junk_phrases_pruned():
    assert not acceptable("into", ("in", "to"), _SEGMENTS)  # only function words
    assert acceptable("into", ("in", "two"), _SEGMENTS)
    assert acceptable("carpet", ("car", "pet"), _SEGMENTS)
    extra = {**_SEGMENTS, "reception": Segment("reception", 4.5, (strip_stress("R IH S EH P SH AH N"),)),
             "east": Segment("east", 5.0, (strip_stress("IY S T"),))}
    assert not acceptable("receptionist", ("reception", "east"), extra)  # the same morpheme, not a pun


def test_transparent_compounds_dropped_puns_kept():
    import numpy as np

    from skill.lexicon import PunPair

    def pair(word, phrase):
        return PunPair(word, phrase, "soundalike_phrase", 1.0, 4.0, 4.0)

    axes = {"weekday": 0, "week": 0, "day": 0, "justice": 1, "just": 2, "ice": 3, "lettuce": 4, "let": 5, "us": 6}

    def encode(texts):
        return np.stack([np.eye(8, dtype=np.float32)[axes[t]] for t in texts])

    pairs = [pair("weekday", "week day"), pair("justice", "just ice"), pair("lettuce", "let us")]
    assert transparent_compounds(pairs, encode) == {"weekday|week day"}
    assert not acceptable("a", ("a", "eye", "a"), _SEGMENTS)  # too many one-sound words


def test_find_soundalikes_ranks_and_spells():
    targets = {
        "lettuce": (strip_stress("L EH1 T AH0 S"),),
        "justice": (strip_stress("JH AH1 S T AH0 S"),),  # as CMUdict has it
        "island": (strip_stress("AY1 L AH0 N D"),),
        "carpet": (strip_stress("K AA1 R P AH0 T"),),
    }
    config = SoundalikeConfig(min_quality=0.9)  # 'island' / 'eye land' is a vowel off (AH / AE)
    found = find_soundalikes(targets, _SEGMENTS, config, known_phrases=known_ngrams(["let us pray"]))
    best = {}
    for s in found:
        best.setdefault(s.word, s)
    assert best["lettuce"].phrase == "let us" and best["lettuce"].similarity == 1.0
    assert best["lettuce"].quality > 1.0  # a phrase people say anyway ranks higher
    assert best["justice"].phrase == "just ice" and 0.9 < best["justice"].similarity < 1.0
    assert best["island"].phrase == "eye land"  # the picturable spelling, not 'i land'
    assert best["carpet"].phrase == "car pet"
    assert [s.word for s in found] == sorted(s.word for s in found)


def test_known_ngrams():
    grams = known_ngrams(["Let us pray", "what's up"])
    assert {"let us", "us pray", "let us pray", "what's up"} <= grams and "let" not in grams


# --- letter-to-sound fallback ------------------------------------------------------------------------


def test_espeak_names_map_to_arpabet():
    assert espeak_to_arpabet("w_a#_s_'A:_b_i") == ("W", "AH", "S", "AA", "B", "IY")
    assert espeak_to_arpabet("l_'E_t#_I_s") == ("L", "EH", "T", "IH", "S")
    assert espeak_to_arpabet("'e@_r_i_@") == ("EH", "R", "IY", "AH")  # no doubled R
    assert espeak_to_arpabet("Q_x_unknown") is None


def test_espeak_pronounces_words_cmudict_lacks():
    g2p = EspeakG2P.load()
    if g2p is None:
        pytest.skip("espeakng-loader is not installed (requirements/dev.txt): letter-to-sound is skipped")
    wasabi = g2p.pronounce("wasabi")
    assert wasabi is not None and similarity(wasabi, strip_stress("W AA S AA B IY")) > 0.85
    assert "was a bee" in _phrases(_search(), " ".join(wasabi))
    # agrees with CMUdict on words both know
    for word, cmu in [("lettuce", "L EH T AH S"), ("justice", "JH AH S T AH S"), ("flower", "F L AW ER")]:
        assert similarity(g2p.pronounce(word), strip_stress(cmu)) >= 0.8


@pytest.mark.parametrize("a,b,apart", [
    ("AW1 L", "AY1 L", True), ("B AO1 L", "B OY1 L", True), ("B OY1", "B OW1", True), ("M AE1 TH", "M AW1 TH", True),
    ("B AY1 K", "B AE1 K", True),  # "Take it bike" was told for "take it back"
    ("M UW1 N", "M IY1 N", True), ("K IH1 D", "K UH1 D", True), ("Y IH1 R", "Y UH1 R", True),  # "Do year homework"
    ("B IY1 Z", "B AH1 Z", True), ("D R AH1 M", "D R IY1 M", True), ("B IH1 G", "B AH1 G", True),  # "Life is but a drum"
    ("F IY1 S T", "F AE1 S T", False), ("JH AH1 NG G AH0 L", "JH IH1 NG G AH0 L", False),  # "Life in the feast lane", "Jungle bells"
    ("L AE1 M", "L IH1 M", False), ("D AH1 K", "D EH1 K", False),  # "Out on a lamb", "All hands on duck"
    ("M IY1 L", "M IH1 L", False), ("N IY1 S", "N AY1 S", False), ("P AA1 N D", "P AW1 N D", False),
    ("K OW1 S T", "K AO1 S T", False), ("D AY1 AH0 L", "D AH1 L", False),  # the rest of a longer word carries it
])
def test_one_syllable_vowels_that_glide_apart_are_heard_apart(a, b, apart):
    """A quality probe heard "Walk down the owl" and "Bring to a ball" as no pun; "Out on a lamb",
    "Penny wise pond foolish" and "Niece weather we're having" were."""
    assert vowels_heard_apart(a.split(), b.split()) is apart
    assert vowels_heard_apart(b.split(), a.split()) is apart

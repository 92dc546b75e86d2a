"""The pun-pair lexicon: the Lexicon class on small data, and the built lexicon's contents."""
from __future__ import annotations

import pytest

from skill.build.lexicon import write_lexicon
from skill.lexicon import Lexicon, PunPair
from skill.retrieval import LEXICON_FILE


def _pair(pun: str, alt: str, sim: float = 1.0) -> PunPair:
    return PunPair(pun, alt, "homophone" if sim == 1.0 else "near_homophone", sim, 4.0, 4.0, "X", "Y")


def test_roundtrip_and_lookups(tmp_path):
    pairs = [_pair("flour", "flower"), _pair("flower", "flour"), _pair("flour", "floor", 0.89)]
    write_lexicon(pairs, tmp_path / "lex.json.gz")
    lexicon = Lexicon.load(tmp_path / "lex.json.gz")
    assert len(lexicon) == 3
    assert lexicon.pairs == tuple(pairs)
    assert [p.alternative_word for p in lexicon.pairs_for("Flour")] == ["flower", "floor"]
    assert lexicon.pairs_for("nothing") == ()
    assert lexicon.words() == ("floor", "flour", "flower")
    assert "flour|floor" in lexicon and "floor|flour" not in lexicon


def test_rejects_unknown_format(tmp_path):
    import gzip
    import json

    with gzip.open(tmp_path / "bad.json.gz", "wt") as fh:
        json.dump({"format": "other", "fields": [], "rows": []}, fh)
    with pytest.raises(ValueError):
        Lexicon.load(tmp_path / "bad.json.gz")


@pytest.fixture(scope="module")
def lexicon(artifacts_dir):
    return Lexicon.load(artifacts_dir / LEXICON_FILE)


@pytest.mark.parametrize(
    "a,b",
    [("flour", "flower"), ("knead", "need"), ("sole", "soul"), ("bare", "bear"), ("whale", "wail"),
     ("pair", "pear"), ("deer", "dear"), ("hare", "hair"), ("rain", "reign"), ("plane", "plain")],
)
def test_homophones_found_both_directions(lexicon, a, b):
    for pun, alt in ((a, b), (b, a)):
        found = {p.alternative_word: p for p in lexicon.pairs_for(pun)}
        assert alt in found, f"{pun}|{alt} missing"
        assert found[alt].relation == "homophone" and found[alt].similarity == 1.0


@pytest.mark.parametrize("a,b", [("great", "greet"), ("vault", "volt"), ("slap", "slab"), ("lamb", "limb")])
def test_near_homophones_found(lexicon, a, b):
    found = {p.alternative_word: p for p in lexicon.pairs_for(a)}
    assert b in found
    assert found[b].relation == "near_homophone" and 0.8 <= found[b].similarity < 1.0


def test_pairs_are_well_formed(lexicon):
    keys = {p.key for p in lexicon.pairs}
    assert len(keys) == len(lexicon)
    for p in lexicon.pairs:
        assert f"{p.alternative_word}|{p.pun_word}" in keys
        assert p.pun_word != p.alternative_word
        assert p.pun_word.isalpha() and p.pun_word.islower() and len(p.pun_word) >= 3
        assert 0.0 <= p.similarity <= 1.0 and p.pun_zipf >= 2.5 and p.alt_zipf >= 2.5
        assert (p.relation == "homophone") == (p.similarity == 1.0)
        assert p.pun_phones and p.alt_phones


def test_offensive_words_pruned(lexicon):
    from skill.offensive import is_blocked_word

    words = lexicon.words()
    assert not [w for w in words if is_blocked_word(w)]
    # 'die' is blocked, so its innocent homophone 'dye' must not be paired with it.
    assert "die" not in words
    assert not any(p.alternative_word == "die" for p in lexicon.pairs_for("dye"))


def test_junk_excluded(lexicon):
    words = set(lexicon.words())
    # proper names, foreign function words, spelling variants and inflections are not puns
    for junk in ("john", "paris", "kate", "des", "sur", "nbc"):
        assert junk not in words
    assert "colour|color" not in lexicon and "gray|grey" not in lexicon
    assert "cat|cats" not in lexicon and "worked|works" not in lexicon


@pytest.mark.parametrize(
    "topic,words",
    [
        ("food", {"flour", "knead", "roll", "dough", "bread", "thyme", "pear", "leak", "meat"}),
        ("animals", {"bear", "whale", "deer", "hare", "moose", "lynx", "ewe", "horse"}),
        ("sports", {"ball", "goal", "hole", "racket", "court", "coach"}),
        ("weather", {"rain", "hail", "weather", "wind", "sun"}),
        ("music", {"bass", "chord", "band", "note", "hymn", "tune"}),
        ("school", {"class", "grade", "principal", "test", "read"}),
        ("travel", {"plane", "fare", "road", "route", "flight", "taxi"}),
        ("home", {"door", "floor", "roof", "sink", "bed", "chair"}),
        ("tech", {"byte", "mouse", "phone", "screen", "web", "disk", "site"}),
    ],
)
def test_everyday_topics_covered(lexicon, topic, words):
    present = words & set(lexicon.words())
    assert len(present) >= 3, f"{topic}: only {sorted(present)}"

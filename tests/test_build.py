"""The artifact build: reproducible writers, word selection, pair finding, manifest, idempotency."""
from __future__ import annotations

import gzip
import json
from dataclasses import replace

import numpy as np
import pytest

from skill.build.__main__ import MANIFEST, input_fingerprint, main, up_to_date
from skill.build.index import write_npz
from skill.build.lexicon import (
    LexiconConfig,
    WordEntry,
    WordSources,
    find_pairs,
    is_inflection,
    is_irregular_form,
    letter_to_sound_words,
    select_words,
    spelling_variant_keys,
    with_glosses,
    write_gzip,
)
from skill.lexicon import RELATIONS, PunPair
from skill.phonetics import strip_stress


def _prons(*arpabet: str) -> tuple[tuple[str, ...], ...]:
    return tuple(strip_stress(p) for p in arpabet)


def test_writers_are_byte_reproducible(tmp_path):
    arrays = {"words": np.array(["a", "b"]), "vectors": np.eye(2, dtype=np.float16)}
    write_npz(tmp_path / "one.npz", arrays)
    write_npz(tmp_path / "two.npz", arrays)
    assert (tmp_path / "one.npz").read_bytes() == (tmp_path / "two.npz").read_bytes()
    with np.load(tmp_path / "one.npz") as loaded:
        assert list(loaded["words"]) == ["a", "b"]
    write_gzip(b"pun", tmp_path / "one.gz")
    write_gzip(b"pun", tmp_path / "two.gz")
    assert (tmp_path / "one.gz").read_bytes() == (tmp_path / "two.gz").read_bytes()
    assert gzip.decompress((tmp_path / "one.gz").read_bytes()) == b"pun"


def test_select_words_filters_names_junk_and_rare_words():
    prons = {w: _prons("K AE T") for w in
             ["cat", "kate", "paris", "email", "tye", "barry", "bill", "mir", "sri", "nbc", "knead", "zzzrare", "o'clock"]}
    sources = WordSources(
        zipf={"cat": 4.5, "kate": 4.3, "paris": 4.8, "email": 4.7, "tye": 2.7, "barry": 4.3, "bill": 5.1,
              "mir": 3.4, "sri": 4.1, "nbc": 4.0, "knead": 2.6, "zzzrare": 1.0, "o'clock": 4.0},
        dictionary={"cat", "tye", "barry", "bill", "mir", "sri", "knead", "zzzrare"},  # 'sri': an honorific
        proper_only={"paris"},
        first_names={"kate", "barry", "bill"},
        surnames={"tye"},
    )
    assert sorted(select_words(prons, sources)) == ["barry", "bill", "cat", "email", "knead"]
    stricter = LexiconConfig(min_zipf_first_name=4.5)
    assert "barry" not in select_words(prons, sources, stricter)


def test_a_name_a_saying_says_as_a_word_is_a_word():
    """'merry' (3.83) and 'bunny' were left out as first names under their bar (3.9), and with them
    "Marry Christmas"; the phrase book says them as words."""
    prons = {w: _prons("M EH R IY") for w in ("merry", "bunny", "jenny")}
    sources = WordSources(zipf={"merry": 3.83, "bunny": 3.88, "jenny": 3.89}, dictionary=set(prons), first_names=set(prons),
                          in_sayings={"merry", "bunny", "christmas"})
    assert sorted(select_words(prons, sources)) == ["bunny", "merry"]
    assert select_words(prons, replace(sources, in_sayings=frozenset())) == {}


def test_a_name_wordnet_does_not_define_is_only_a_name():
    words = ["kemp", "baker", "singh", "barry", "bill", "them"]
    prons = {w: _prons("K EH M P") for w in words}
    sources = WordSources(
        zipf={"kemp": 3.4, "baker": 3.4, "singh": 4.0, "barry": 4.2, "bill": 4.9, "them": 6.5},
        dictionary=set(words),
        surnames={"kemp", "baker", "singh", "them"},
        first_names={"barry", "bill"},
        defined={"baker", "bill"},
    )
    # 'kemp', 'singh' and 'barry' are heard as someone's name, however common; a function word stays
    assert sorted(select_words(prons, sources)) == ["baker", "bill", "them"]
    assert {"kemp", "singh", "barry"} <= set(select_words(prons, replace(sources, defined=None)))  # no WordNet: rule off


def test_inflections_are_not_puns():
    assert is_inflection("cat", "cats") and is_inflection("bake", "baking") and is_inflection("worked", "works")
    assert not is_inflection("flour", "flower") and not is_inflection("bass", "base")


def test_irregular_forms_of_one_word_are_no_pair() -> None:
    assert is_irregular_form("swam", "swim") and is_irregular_form("mice", "mouse") and is_irregular_form("dig", "dug")
    assert not is_irregular_form("flour", "flower") and not is_irregular_form("whale", "wail")
    # two forms of one word: "Ships" for "shipped" is no pun
    assert is_irregular_form("sang", "sung") and is_irregular_form("shipped", "ships") and is_irregular_form("dropped", "drops")
    assert not is_irregular_form("wicked", "wicket") and not is_irregular_form("trains", "trades")


def test_find_pairs_on_a_small_vocabulary():
    words = {
        w: WordEntry(w, 4.0, _prons(*p))
        for w, p in {
            "flour": ["F L AW1 ER0", "F L AW1 R"],
            "flower": ["F L AW1 ER0"],
            "knead": ["N IY1 D"],
            "need": ["N IY1 D"],
            "bit": ["B IH1 T"],
            "beat": ["B IY1 T"],
            "cat": ["K AE1 T"],
            "cats": ["K AE1 T S"],
            "dye": ["D AY1"],
            "die": ["D AY1"],
            "zoo": ["Z UW1"],
        }.items()
    }
    pairs = find_pairs(words, blocked=lambda w: w == "die")
    keys = {p.key for p in pairs}
    assert {"flour|flower", "flower|flour", "knead|need", "need|knead", "bit|beat", "beat|bit"} <= keys
    assert not any("die" in k or "dye" in k for k in keys)  # a blocked word takes its partner's pair too
    assert not any(k.startswith("cat") for k in keys)  # inflection, and an 'S' is too big a slip
    assert not any("zoo" in k for k in keys)
    by_key = {p.key: p for p in pairs}
    assert by_key["knead|need"].relation == "homophone" and by_key["knead|need"].similarity == 1.0
    assert by_key["bit|beat"].relation == "near_homophone" and 0.84 <= by_key["bit|beat"].similarity < 1.0
    assert [p.key for p in pairs] == sorted(keys)


def test_letter_to_sound_only_for_listed_words_cmudict_lacks():
    cmu = {"flour": _prons("F L AW1 ER0")}
    zipf = {"flour": 4.0, "wasabi": 3.1, "thats": 4.5, "xiii": 3.0, "zzz": 3.0, "rareword": 1.0, "gaol": 2.8, "pes": 3.5}
    asked = []

    def pronounce(word):
        asked.append(word)
        return ("W", "AH", "S", "AA", "B", "IY") if word == "wasabi" else None

    listed = lambda words: [w for w in words if w in {"wasabi", "xiii", "rareword", "flour", "gaol", "pes"}]  # noqa: E731
    found = letter_to_sound_words(cmu, zipf, listed, pronounce)
    assert found == {"wasabi": (("W", "AH", "S", "AA", "B", "IY"),)}
    assert asked == ["wasabi"]  # not CMUdict's words, chat spellings, roman numerals, rare or short words


def test_spelling_variants_are_not_puns():
    pairs = [PunPair(a, b, "homophone", 1.0, 4.0, 4.0) for a, b in
             [("grey", "gray"), ("gray", "grey"), ("chequered", "checkered"), ("flour", "flower")]]
    assert spelling_variant_keys(pairs) == {"grey|gray", "gray|grey", "chequered|checkered"}


def test_glosses_fill_only_empty_fields():
    pairs = [
        PunPair("flour", "flower", "homophone", 1.0, 4.0, 4.0),
        PunPair("bank", "bank", "homograph", 1.0, 5.0, 5.0, "", "", "money", "river"),
        PunPair("lettuce", "let us", "soundalike_phrase", 1.0, 3.6, 5.6),
    ]
    glossed = with_glosses(pairs, {"flour": "powder", "flower": "bloom", "bank": "a bank", "lettuce": "salad"})
    assert (glossed[0].pun_gloss, glossed[0].alt_gloss) == ("powder", "bloom")
    assert (glossed[1].pun_gloss, glossed[1].alt_gloss) == ("money", "river")
    assert (glossed[2].pun_gloss, glossed[2].alt_gloss) == ("salad", "")


def test_manifest_describes_the_artifacts(artifacts_dir):
    from skill.build.encoder import file_sha256

    manifest = json.loads((artifacts_dir / MANIFEST).read_text())
    for name in ("build_version", "inputs", "counts", "files", "timings_seconds", "encoder"):
        assert name in manifest
    counts = manifest["counts"]
    assert counts["pairs"] == sum(counts[f"{relation}_pairs"] for relation in RELATIONS)
    assert counts["pairs"] > 5000 and counts["soundalike_phrase_pairs"] > 500
    assert counts["pairs"] <= 37_000  # the request path scores every pair: keep within 2x of 18.5k
    if manifest["wordnet"]:
        assert counts["homograph_pairs"] > 300 and counts["pairs_with_glosses"] > 1000
    else:
        assert counts["homograph_pairs"] == 0
    for rel, entry in manifest["files"].items():
        path = artifacts_dir / rel
        assert path.stat().st_size == entry["bytes"] and file_sha256(path) == entry["sha256"]
    assert manifest["encoder"]["min_parity_cosine"] > 0.99
    manifest_mtime = (artifacts_dir / MANIFEST).stat().st_mtime
    assert all((artifacts_dir / rel).stat().st_mtime <= manifest_mtime for rel in manifest["files"])


@pytest.mark.slow
def test_build_is_reproducible_and_idempotent(tmp_path, artifacts_dir):
    out = tmp_path / "artifacts"
    assert main(["--out", str(out)]) == 0
    first = json.loads((out / MANIFEST).read_text())
    assert up_to_date(out, input_fingerprint())
    assert main(["--out", str(out)]) == 0  # second run: nothing to do
    second = json.loads((out / MANIFEST).read_text())
    assert first == second
    official = json.loads((artifacts_dir / MANIFEST).read_text())
    if official["inputs"] == first["inputs"]:
        assert {k: v["sha256"] for k, v in official["files"].items()} == {k: v["sha256"] for k, v in first["files"].items()}
    (out / "lexicon.json.gz").write_bytes(b"corrupt")
    assert not up_to_date(out, input_fingerprint())

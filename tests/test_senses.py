"""Homograph senses: the context picks one, the phrase must land on the other."""
from __future__ import annotations

import random

import numpy as np
import pytest

from skill.build.index import write_npz
from skill.build.senses import build_senses, phrases_holding
from skill.generation import GenerationRequest, OfflineGenerator
from skill.lexicon import PunPair
from skill.phrases import PhraseBook
from skill.senses import HomographSenses, label_phrase

MONEY, RIVER = "a financial institution that accepts deposits", "sloping land beside a body of water"
BANK = PunPair("bank", "bank", "homograph", 1.0, 5.0, 5.0, pun_gloss=MONEY, alt_gloss=RIVER)
PHRASES = ["break the bank", "the banks of the river", "bank on it", "laughing all the way to the bank"]
# A toy embedding space: axis 0 is money, axis 1 is rivers, axis 2 is neither.
TOY = {
    MONEY: [1, 0, 0], RIVER: [0, 1, 0],
    "break the bank": [0.9, 0.1, 0.3], "the banks of the river": [0.1, 0.9, 0.2],
    "bank on it": [0.4, 0.35, 0.8], "laughing all the way to the bank": [0.8, 0.0, 0.5],
}


def toy_encode(texts) -> np.ndarray:
    return np.array([TOY[t] for t in texts], dtype=np.float32)


@pytest.fixture()
def senses(tmp_path) -> HomographSenses:
    path = tmp_path / "senses.npz"
    write_npz(path, build_senses([BANK], PHRASES, toy_encode))
    loaded = HomographSenses.load(path)
    assert loaded is not None
    return loaded


def test_phrases_are_labelled_only_when_the_embeddings_are_clear(senses: HomographSenses) -> None:
    assert senses.phrase_sense("bank", "break the bank") == MONEY
    assert senses.phrase_sense("bank", "the banks of the river") == RIVER
    assert senses.phrase_sense("bank", "bank on it") is None  # 0.4 vs 0.35: too close to call
    assert label_phrase(np.eye(3)[:2], np.array([0.5, 0.45, 0.0])) is None


def test_phrases_holding_finds_inflections_not_other_words() -> None:
    assert phrases_holding("bank", ["the banks of the river", "banking on it", "a bankrupt idea", "the bay"]) == [
        "the banks of the river", "banking on it"
    ]
    # a word that starts like it is another word: 'rig' was labelled in "jump right in"
    assert phrases_holding("rig", ["jump right in", "rigs and trucks"]) == ["rigs and trucks"]
    assert phrases_holding("case", ["cash and carry", "in case", "cases closed"]) == ["in case", "cases closed"]


def test_the_context_orients_the_pair(senses: HomographSenses) -> None:
    by_the_river = senses.orient(BANK, np.array([0.1, 0.8, 0.1]))
    assert (by_the_river.pun_gloss, by_the_river.alt_gloss) == (RIVER, MONEY)
    saving = senses.orient(BANK, np.array([0.9, 0.1, 0.0]))
    assert (saving.pun_gloss, saving.alt_gloss) == (MONEY, RIVER)
    unclear = senses.orient(BANK, np.array([0.5, 0.5, 0.5]))
    assert (unclear.pun_gloss, unclear.alt_gloss) == ("", "")
    knead = PunPair("knead", "need", "homophone", 1.0, 3.0, 5.0)
    assert senses.orient(knead, np.array([1.0, 0.0, 0.0])) is knead


def _jokes(generator: OfflineGenerator, pair: PunPair) -> list[str]:
    request = GenerationRequest(pair, "river", ("river", "fishing"), "fishing by the river")
    return [c.text for c in generator.generate(request, random.Random(0))]


def test_a_homograph_joke_lands_on_the_other_sense(senses: HomographSenses) -> None:
    generator = OfflineGenerator(PhraseBook.from_phrases(PHRASES), senses=senses)
    river_context = senses.orient(BANK, np.array([0.1, 0.8, 0.1]))
    jokes = _jokes(generator, river_context)
    assert jokes and all("break the bank" in j.lower() or "way to the bank" in j.lower() for j in jokes)
    candidate = generator.generate(
        GenerationRequest(river_context, "river", ("river",), "fishing by the river"), random.Random(0)
    )[0]
    assert "sloping land" in candidate.explanation and "financial institution" in candidate.explanation
    # The context already says "money": the money phrases carry no second meaning; the river phrase does.
    money_context = senses.orient(BANK, np.array([0.9, 0.1, 0.0]))
    money_jokes = _jokes(generator, money_context)
    assert money_jokes and all("banks of the river" in j.lower() for j in money_jokes)


def test_without_sense_data_no_homograph_joke_is_made(senses: HomographSenses) -> None:
    generator = OfflineGenerator(PhraseBook.from_phrases(PHRASES), senses=None)
    assert not generator.can_generate(BANK)
    assert _jokes(generator, senses.orient(BANK, np.array([0.1, 0.8, 0.1]))) == []
    unclear = OfflineGenerator(PhraseBook.from_phrases(PHRASES), senses=senses)
    assert unclear.can_generate(BANK)
    assert _jokes(unclear, senses.orient(BANK, np.array([0.5, 0.5, 0.5]))) == []


def test_an_explanation_names_the_senses_only_when_the_phrase_is_clearly_one(tmp_path) -> None:
    """"'Board' means ... a committee having supervisory powers, as in 'on board'" was said: a
    label that wins by a little still lets the joke be told, but not name the phrase's sense."""
    phrases = ["break the bank", "bank holiday"]
    toy = {**TOY, "bank holiday": [0.5, 0.3, 0.8]}  # money by 0.20: labelled, not named
    path = tmp_path / "senses.npz"
    write_npz(path, build_senses([BANK], phrases, lambda texts: np.array([toy[t] for t in texts], dtype=np.float32)))
    senses = HomographSenses.load(path)
    assert senses.phrase_sense("bank", "bank holiday") == MONEY and not senses.can_name_sense("bank", "bank holiday")
    assert senses.can_name_sense("bank", "break the bank")
    river = senses.orient(BANK, np.array([0.1, 0.8, 0.1]))
    request = GenerationRequest(river, "river", ("river",), "fishing by the river")
    for phrase, named in (("break the bank", True), ("bank holiday", False)):
        generator = OfflineGenerator(PhraseBook.from_phrases([phrase]), senses=senses)
        (candidate, *_) = generator.generate(request, random.Random(0))
        assert ("financial institution" in candidate.explanation) is named, candidate.explanation
        assert named or "works two ways" in candidate.explanation

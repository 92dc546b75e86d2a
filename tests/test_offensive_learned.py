"""The learned offence layer: committed head, engine wiring, kid-mode thresholds, failure modes."""
from __future__ import annotations

import numpy as np
import pytest

from skill import offensive
from skill.bag_of_words import BagOfWords
from skill.offense_model import OffenseHead, default_head

# Written for this test: offensive without a single blocklisted word or sensitive-topic term.
CLEAN_WORDED_OFFENCE = [
    "Why do women make terrible drivers? Because their brains are in the kitchen.",
    "What do you call a girl who says no? Someone who has not had enough drinks yet.",
    # ('foreigner' is a sensitive-topic term since it was punned on: "The foreigner in the dell")
    "How do you get newcomers out of your country? Tell them the welfare office moved.",
    "My wife is like a dishwasher: she only works when I yell at her.",
    "I like my women like I like my coffee: silent and beaten.",
    "Those people are animals and should be sent back where they came from.",
    "What do you call a lady with no arms and no legs? Whatever you want, she can't fight back.",
]
CLEAN_PUNS = [
    "All you knead is love!",
    "What did the bread say? Flour power!",
    "The fisherman was hooked on a reel bargain.",
    "I used to be a banker but I lost interest.",
    "Why did the scarecrow win an award? He was outstanding in his field.",
    "The baker kneaded a break, so he loafed around all day.",
    "Our teacher said the class was a real cell-ebration of biology.",
    "My dog is a great chef, he makes a mean pup-peroni pizza.",
]


@pytest.fixture(scope="module")
def head() -> OffenseHead:
    found = default_head()
    if found is None:
        pytest.skip("skill/data/offense_head.npz is not committed here: run python -m skill.build.fit_offense")
    return found


def test_the_committed_head_is_small_and_documented(head):
    assert head.joke_vector.shape == (384,) and head.abuse_vector.shape == (384,)
    assert 1000 < len(head.joke_words.weights) < 20000
    assert head.strict_joke_threshold < head.joke_threshold and head.strict_abuse_threshold < head.abuse_threshold
    assert "train parts" in head.meta["fitted_on"] and "non-commercial" in head.meta["fitted_on"]
    assert head.meta["out_of_fold"]["default"]["cup_clean_flagged"] <= 0.02


@pytest.mark.parametrize("text", CLEAN_WORDED_OFFENCE)
def test_offence_in_clean_words_is_caught_by_the_learned_layer(engine, text):
    assert not offensive.check_words(text).offensive  # the word and topic layers let it through
    verdict = engine.safety.check(text)
    assert verdict.offensive and any(r.startswith("learned:") for r in verdict.reasons)
    assert engine.is_offensive(text) and engine.is_offensive(text, strict=True)


@pytest.mark.parametrize("text", CLEAN_PUNS)
def test_clean_puns_pass_every_layer(engine, text):
    assert not engine.is_offensive(text)


def test_strict_mode_vetoes_everything_default_mode_does(engine):
    for text in CLEAN_WORDED_OFFENCE + CLEAN_PUNS + ["f.u.c.k this", "Why did the grandma die? She was tired."]:
        if engine.is_offensive(text):
            assert engine.is_offensive(text, strict=True), text


def test_word_layers_still_veto_with_the_learned_layer_on(engine):
    assert engine.is_offensive("sh1t happens") and engine.is_offensive("Why did the grandma die? She was tired.")


def test_check_with_a_vector_adds_learned_reasons(engine, head):
    text = CLEAN_WORDED_OFFENCE[0]
    (vector,) = engine.retriever.encoder.encode([text])
    assert offensive.check(text).reasons == ()  # no vector: words only
    assert "learned:joke" in offensive.check(text, vector=vector).reasons
    assert offensive.is_offensive(text, vector=vector, strict=True)


def test_without_an_encoder_the_filter_is_the_word_layers():
    words_only = offensive.OffenseFilter()
    assert not words_only.learned
    assert words_only.is_offensive("f.u.c.k") and not words_only.is_offensive(CLEAN_PUNS[0])


def test_an_encoder_failure_fails_closed(head):
    def broken(texts):
        raise RuntimeError("onnxruntime fell over")

    verdict = offensive.OffenseFilter(broken, head).check("All you knead is love!")
    assert verdict.offensive and "learned:unavailable" in verdict.reasons


def test_head_round_trips_through_arrays(head):
    again = OffenseHead.from_arrays(head.to_arrays())
    vector = np.linspace(-0.1, 0.1, 384, dtype=np.float32)
    assert again.scores(vector, CLEAN_PUNS[0]) == head.scores(vector, CLEAN_PUNS[0])
    assert again.joke_threshold == head.joke_threshold


def test_bag_of_words_matches_scikit_learn():
    sklearn = pytest.importorskip("sklearn")  # noqa: F841 - fit-time dependency (requirements/dev.txt)
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import normalize

    texts = ["the cat sat on the mat", "a dog ate the cat food", "mean words hurt people", "kind words help people",
             "the dog and the cat", "mean mean people"]
    labels = [0, 0, 1, 0, 0, 1]
    counts = CountVectorizer(binary=True)
    model = LogisticRegression().fit(normalize(counts.fit_transform(texts).astype(float)), labels)
    bow = BagOfWords(dict(zip(counts.get_feature_names_out(), model.coef_[0])), float(model.intercept_[0]), {})
    tfidf = TfidfVectorizer(sublinear_tf=True)
    matrix = tfidf.fit_transform(texts)
    weights = np.linspace(-1, 1, matrix.shape[1])
    tf_bow = BagOfWords(dict(zip(tfidf.get_feature_names_out(), weights)), 0.5, dict(zip(tfidf.get_feature_names_out(), tfidf.idf_)))
    for text in texts + ["The CAT, the cat!", "nothing known here"]:
        assert bow.decision(text) == pytest.approx(float(model.decision_function(normalize(counts.transform([text]).astype(float)))[0]))
        assert tf_bow.decision(text) == pytest.approx(float((tfidf.transform([text]) @ weights)[0]) + 0.5)
    again = BagOfWords.from_arrays(tf_bow.to_arrays("x_"), "x_")
    assert again.decision("mean cat") == pytest.approx(tf_bow.decision("mean cat"), rel=1e-5)

    # Character n-grams inside word boundaries (the funniness head's word part): same arithmetic.
    chars = TfidfVectorizer(sublinear_tf=True, analyzer="char_wb", ngram_range=(2, 5))
    matrix = chars.fit_transform(texts)
    weights = np.linspace(-1, 1, matrix.shape[1])
    terms = chars.get_feature_names_out()
    char_bow = BagOfWords(dict(zip(terms, weights)), 0.5, dict(zip(terms, chars.idf_)), (2, 5))
    for text in texts + ["The CAT, the cat!", "a  b catty", "nothing known here"]:
        assert char_bow.decision(text) == pytest.approx(float((chars.transform([text]) @ weights)[0]) + 0.5)
    again = BagOfWords.from_arrays(char_bow.to_arrays("c_"), "c_")
    assert again.char_ngrams == (2, 5) and again.decision("mean cat") == pytest.approx(char_bow.decision("mean cat"), rel=1e-5)


@pytest.mark.skipif(
    not __import__("skill.build.pun_data", fromlist=["available"]).available(),
    reason="research data (../shared/data or PUNPAL_SHARED_DATA) not present: split checks skipped",
)
def test_the_offence_fit_reads_train_parts_only():
    from skill.build import pun_data as data
    from skill.build.fit_offense import abuse_examples, joke_examples

    fitted = {e.text for e in joke_examples() + abuse_examples()}
    held_out = [x.text for x in data.hahackathon_offense() + data.davidson() if x.split == data.TEST]
    held_out += [p.text for p in data.cup_puns() if p.split == data.TEST]
    assert held_out and not fitted & set(held_out)

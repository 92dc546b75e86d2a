"""The learned funniness scorer: committed head, pun vs de-punned twin, engine floor and re-ranking."""
from __future__ import annotations

import numpy as np
import pytest

from skill.engine import RESCORE_TOP, JokeEngine
from skill.funniness import FEATURE_NAMES, FunninessScorer
from skill.generation import Candidate
from skill.humor_model import HumorHead, default_head

# Written for this test: a phrase-swap pun (the kind the engine makes) and the phrase it twists.
TWINS = [
    ("What did the baker say to the kids? All you knead is love!", "What did the baker say to the kids? All you need is love!"),
    ("What did the baker say? Flour power!", "What did the baker say? Flower power!"),
    ("Why did the fish blush? It put its heart and sole into it.", "Why did the fish blush? It put its heart and soul into it."),
    ("My advice for fishing? It's a reel bargain.", "My advice for fishing? It's a real bargain."),
    ("The sailor said the trip was a whale of a time, and I said whale done!", "The sailor said the trip was a whale of a time, and I said well done!"),
]


@pytest.fixture(scope="module")
def head() -> HumorHead:
    found = default_head()
    if found is None:
        pytest.skip("skill/data/humor_head.npz is not committed here: run python -m skill.build.fit_funniness")
    return found


def test_the_committed_head_is_small_and_documented(head):
    assert head.feature_names == FEATURE_NAMES
    assert head.reads_layer
    assert head.pun_weights.shape == (384 + len(FEATURE_NAMES) + 384,)
    inputs = head.inputs(np.zeros((1, 768), dtype=np.float32), np.zeros((1, len(FEATURE_NAMES)), dtype=np.float32))
    assert head.funniness_weights.shape == (head.funniness_inputs(inputs, np.zeros((1, len(FEATURE_NAMES)))).shape[1],)
    assert 0.0 < head.min_score < 1.0 and 0.0 < head.pun_threshold < 1.0
    assert "train parts" in head.meta["fitted_on"] and "non-commercial" in head.meta["fitted_on"]


def test_the_engine_scores_with_the_learned_head(engine, head):
    assert engine.scorer.is_learned and engine.scorer.min_score == head.min_score


@pytest.mark.parametrize(("pun", "twin"), TWINS)
def test_a_pun_beats_its_depunned_twin(engine, pun, twin):
    assert engine.funniness(pun) > engine.funniness(twin)


def test_a_joke_beats_a_plain_statement(engine):
    assert engine.funniness("What did the baker say to the kids? All you knead is love!") > engine.funniness("The bread is on the table.")


def test_scores_are_probabilities_and_batches_agree(engine):
    texts = ["", "?", "flour", "Flour power! " * 50, TWINS[0][0]]
    batch = engine.scorer.score_many(texts)
    for text, value in zip(texts, batch):
        assert 0.0 <= value <= 1.0
        assert engine.funniness(text) == pytest.approx(value)


def test_an_encoder_failure_falls_back_to_the_prior(engine, head):
    def broken(texts):
        raise RuntimeError("onnxruntime fell over")

    s = engine.scorer
    scorer = FunninessScorer(s.lexicon, s.phrasebook, embed=broken, head=head, tokenizer=s._tokenizer)
    assert scorer.score(TWINS[0][0]) == pytest.approx(s.prior(TWINS[0][0]))


def test_head_round_trips_through_arrays(head):
    again = HumorHead.from_arrays(head.to_arrays())
    vectors = np.linspace(-0.1, 0.1, 768, dtype=np.float32)[None]
    features = np.ones((1, len(FEATURE_NAMES)), dtype=np.float32)
    assert again.scores(vectors, features, ["x"]) == pytest.approx(head.scores(vectors, features, ["x"]))
    assert again.layer_scale == head.layer_scale and np.array_equal(again.layer_std, head.layer_std)


def test_a_head_that_reads_the_layer_refuses_vectors_without_it(head):
    features = np.ones((1, len(FEATURE_NAMES)), dtype=np.float32)
    with pytest.raises(ValueError, match="encode_with_layer"):
        head.scores(np.zeros((1, 384), dtype=np.float32), features, ["x"])


def test_the_layer_states_move_the_funniness_part(head):
    features = np.zeros((1, len(FEATURE_NAMES)), dtype=np.float32)
    base = np.zeros((1, 768), dtype=np.float32)
    base[0, 384:] = head.layer_mean
    shifted = base.copy()
    layer_weights = head.funniness_weights[384 + len(FEATURE_NAMES) : 768 + len(FEATURE_NAMES)]
    shifted[0, 384:] += 0.5 * head.layer_std * np.sign(layer_weights)
    assert head.parts(shifted, features, ["x"])[0].funniness > head.parts(base, features, ["x"])[0].funniness
    assert head.parts(shifted, features, ["x"])[0].words == head.parts(base, features, ["x"])[0].words


class _StubScorer:
    """Learned scores from a table; the prior is flat, so only the learned score re-ranks."""

    is_learned = True
    min_score = 0.5

    def __init__(self, learned: dict[str, float]) -> None:
        self.learned = learned

    def prior(self, text: str) -> float:
        return 0.5

    def score_many(self, texts):
        return [self.learned[t.strip()] for t in texts]


def _candidate(text: str) -> Candidate:
    return Candidate(text, "", "pun", "alt", "", "riddle", "")


def test_rescoring_puts_weak_jokes_behind_better_ones():
    assert RESCORE_TOP >= 2
    engine = JokeEngine.__new__(JokeEngine)
    ranked = [(1.5, _candidate("weak")), (0.9, _candidate("strong")), (0.1, _candidate("rest"))]
    engine.scorer = _StubScorer({"weak": 0.45, "strong": 0.6})  # weak still leads on its total
    order = [c.text.strip() for _, c in engine._rescore(ranked)]
    assert order == ["strong", "weak", "rest"]
    # When nothing reaches the floor, the floor does not apply: the best total leads.
    engine.scorer = _StubScorer({"weak": 0.45, "strong": 0.3})
    assert [c.text.strip() for _, c in engine._rescore(ranked)] == ["weak", "strong", "rest"]


needs_data = pytest.mark.skipif(
    not __import__("skill.build.pun_data", fromlist=["available"]).available(),
    reason="research data (../shared/data or PUNPAL_SHARED_DATA) not present: split checks skipped",
)


@needs_data
def test_no_test_text_is_ever_fitted():
    from skill.build import pun_data as data
    from skill.build.fit_funniness import training_items

    fitted = {data.normalised(i.text) for i in training_items()}
    held_out = [x.text for x in data.expunations_humor() + data.semeval() + data.nap() + data.punbreak() if x.split == data.TEST]
    held_out += [x.text for x in data.puneval("test")]
    assert held_out and not fitted & {data.normalised(t) for t in held_out}

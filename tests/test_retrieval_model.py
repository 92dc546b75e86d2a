"""The retrieval scoring model and its fitting maths; no artifacts and no ../shared data needed."""
from __future__ import annotations

import json
import math

import numpy as np
import pytest

from skill import retrieval
from skill.build.fit_retrieval import _mentions, group_indices, logistic, ranking_metrics
from skill.build.lemma_fixes import regular_bases
from skill.retrieval import (
    CONTEXT_FEATURES,
    DEFAULT_WEIGHTS_PATH,
    FEATURES,
    PAIR_FEATURES,
    WEIGHTS_FORMAT,
    LinearModel,
    ScoringModel,
    context_feature_arrays,
    load_scoring_model,
    pair_feature_arrays,
    pair_key,
)


def _payload(**overrides) -> dict:
    payload = {
        "format": WEIGHTS_FORMAT,
        "score": {"weights": {"pun_context": 2.0, "punnability": 0.5}, "bias": -1.0},
        "prior": {"weights": {"phonetic": 2.0, "pair_cosine": -1.0}, "bias": -0.5},
        "evidence_strength": 2.0,
        "evidence": {"reel|real": [9, 10]},
    }
    payload.update(overrides)
    return payload


def _pair_features(n: int = 1, phonetic: float = 1.0, cosine: float = 0.2) -> dict[str, np.ndarray]:
    return pair_feature_arrays(
        phonetic=np.full(n, phonetic), zipf_pun=np.full(n, 4.0), zipf_alt=np.full(n, 5.0),
        same_spelling=np.zeros(n), pair_cosine=np.full(n, cosine), pun_length=np.full(n, 4),
        adverb=np.zeros(n), unknown_pronunciation=np.zeros(n),
    )


def test_feature_names_are_complete_and_distinct():
    assert len(set(FEATURES)) == len(FEATURES)
    assert set(_pair_features()) == set(PAIR_FEATURES)
    ctx = context_feature_arrays(np.array([0.5]), np.array([0.4]), np.array([0.1]), np.array([0.2]))
    assert set(ctx) == set(CONTEXT_FEATURES)
    assert ctx["fit_max"][0] == 0.5 and ctx["fit_min"][0] == 0.1


def test_missing_weights_fall_back_to_hand_set_with_a_warning(tmp_path, monkeypatch):
    warnings: list[str] = []
    monkeypatch.setattr(retrieval.logger, "warning", lambda msg, *a, **k: warnings.append(msg))
    model = load_scoring_model(tmp_path / "nope.json")
    assert model.source == "hand-set" and model.prior is None
    assert warnings and "hand-set" in warnings[0]
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert load_scoring_model(broken).source == "hand-set"
    assert len(warnings) == 2


def test_invalid_weights_are_rejected(tmp_path):
    bad_feature = _payload(score={"weights": {"pun_sparkle": 1.0}, "bias": 0.0})
    with pytest.raises(ValueError):
        ScoringModel.from_dict(bad_feature)
    with pytest.raises(ValueError):
        ScoringModel.from_dict(_payload(format="other/9"))
    with pytest.raises(ValueError):
        ScoringModel.from_dict(_payload(prior=None))  # punnability needs a prior
    not_finite = tmp_path / "nan.json"
    not_finite.write_text(json.dumps(_payload(score={"weights": {"pun_context": float("nan")}, "bias": 0})), encoding="utf-8")
    assert load_scoring_model(not_finite).source == "hand-set"


def test_round_trip():
    model = ScoringModel.from_dict(_payload())
    again = ScoringModel.from_dict(json.loads(json.dumps(model.to_dict())))
    assert again.score == model.score and again.prior == model.prior and again.evidence == model.evidence


def test_linear_model_applies_bias_only_to_the_full_sum():
    model = LinearModel({"pun_context": 2.0, "phonetic": 1.0}, bias=-1.0)
    feats = {"pun_context": np.array([0.5, 0.0]), "phonetic": np.array([1.0, 0.5])}
    assert model.apply(feats).tolist() == pytest.approx([1.0, -0.5])
    assert model.apply(feats, ["phonetic"]).tolist() == pytest.approx([1.0, 0.5])


def test_punnability_generalises_and_ratings_move_it():
    model = ScoringModel.from_dict(_payload())
    feats = _pair_features(3, phonetic=1.0, cosine=0.2)
    logits = model.punnability(feats, ["reel|real", "never|rated", "other|pair"])
    p_prior = 1 / (1 + math.exp(-(-0.5 + 2.0 - 0.2)))
    assert logits[1] == pytest.approx(math.log(p_prior / (1 - p_prior)), abs=1e-4)
    assert logits[1] == pytest.approx(logits[2])  # unseen pairs: the prior alone, from their features
    shrunk = (9 + 2.0 * p_prior) / (10 + 2.0)
    assert logits[0] == pytest.approx(math.log(shrunk / (1 - shrunk)), abs=1e-4)
    worse = model.punnability(_pair_features(1, phonetic=0.6, cosine=0.7), ["never|rated"])
    assert worse[0] < logits[1]  # poorer soundalike, closer senses: less punnable
    assert ScoringModel.hand_set().punnability(feats, ["a|b"] * 3).tolist() == [0.0, 0.0, 0.0]


def test_pair_keys_normalise_dataset_spellings():
    assert pair_key("Wear_Out", " wear  out ") == "wear out|wear out"


def test_committed_weights_are_small_plain_and_sane():
    if not DEFAULT_WEIGHTS_PATH.is_file():
        pytest.skip("skill/data/retrieval_weights.json not fitted yet (python -m skill.build.fit_retrieval)")
    assert DEFAULT_WEIGHTS_PATH.stat().st_size < 64_000
    payload = json.loads(DEFAULT_WEIGHTS_PATH.read_text(encoding="utf-8"))
    model = ScoringModel.from_dict(payload)
    assert model.prior is not None and "punnability" in model.score.weights
    assert set(CONTEXT_FEATURES) & set(model.score.weights)
    assert all(math.isfinite(v) for v in model.score.weights.values())
    assert all(0 <= yes <= rated for yes, rated in model.evidence.values())
    assert "non-commercial" in str(payload["info"].get("licence", ""))


def test_ranking_metrics_on_a_toy_ranking():
    scores = [0.9, 0.8, 0.1, 0.5, 0.4, 0.3]
    labels = [True, False, True, False, True, False]
    groups = ["a", "a", "a", "b", "b", "b"]
    m = ranking_metrics(scores, labels, groups)
    assert m.groups == 2
    assert m.p_at_1 == pytest.approx(0.5)
    assert m.auc == pytest.approx((0.5 + 0.5) / 2)
    assert m.map == pytest.approx(((1 + 2 / 3) / 2 + 0.5) / 2)
    assert ranking_metrics([1, 1], [True, False], ["x", "x"]).auc == 0.5  # ties count one half


def test_group_indices_keep_first_appearance_order():
    groups = ["b", "a", "b", "c", "a"]
    assert [g.tolist() for g in group_indices(groups)] == [[0, 2], [1, 4], [3]]


def test_logistic_regression_recovers_the_signal():
    rng = np.random.default_rng(1)
    x = rng.normal(size=(400, 2))
    y = (x[:, 0] - 0.2 * x[:, 1] + rng.normal(scale=0.3, size=400) > 0).astype(float)
    beta, bias = logistic(x, y, l2=1.0)
    assert beta[0] > 1.0 and beta[1] < 0 and abs(bias) < 0.5
    beta_no_intercept, zero = logistic(x, y, intercept=False)
    assert zero == 0.0 and beta_no_intercept[0] > 1.0


def test_semeval_texts_holding_a_held_out_context_are_recognised():
    assert _mentions("the baker kneaded bread all night", "bread,baker")
    assert not _mentions("the baker kneaded dough", "bread,baker")
    assert not _mentions("anything", ",,")


def test_regular_bases_for_lemma_fixes():
    assert "play" in regular_bases("playing") and "wife" in regular_bases("wives")
    assert "run" in regular_bases("running") and "bake" in regular_bases("baking")
    assert "not" not in regular_bases("notes")  # function words are never a base


def test_punnability_applies_ratings_to_every_row_of_a_repeated_pair():
    model = ScoringModel.from_dict(_payload())
    logits = model.punnability(_pair_features(3), ["reel|real", "x|y", "reel|real"])
    assert logits[0] == pytest.approx(logits[2]) and logits[0] > logits[1]

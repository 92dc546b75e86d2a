"""Fitting the retriever on ../shared/data: binding splits, the product's context path, a small fit.

Skipped when ../shared/data (PUNPAL_SHARED_DATA) or the built artifacts are absent.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter

import numpy as np
import pytest

from skill.build import fit_retrieval as fr
from skill.context import extract_context
from skill.retrieval import DEFAULT_WEIGHTS_PATH, ScoringModel

DATA = fr.shared_data_dir()
needs_data = pytest.mark.skipif(
    not (DATA / fr.CUP_DIR / fr.CUP_FILE).is_file(),
    reason=f"research data not found at {DATA} (set PUNPAL_SHARED_DATA); fitting tests need CUP and SemEval",
)


@pytest.fixture(scope="module")
def cup_rows():
    return fr.load_cup(DATA)


@needs_data
def test_cup_splits_are_the_binding_ones(cup_rows):
    assert Counter(r.split for r in cup_rows) == {"train": 3197, "dev": 451, "test": 903}
    contexts = {s: {r.context for r in cup_rows if r.split == s} for s in ("train", "dev", "test")}
    assert [len(contexts[s]) for s in ("train", "dev", "test")] == [70, 10, 20]


@needs_data
def test_cup_contexts_take_the_products_path(cup_rows):
    context = "calendar,twelve months,thief,stole"
    assert fr.cup_context_words(context) == list(extract_context("calendar, twelve months, thief, stole").ranked_words)
    assert fr.cup_context_words("bakery") == ["bakery"]
    assert "die" not in fr.cup_context_words("judges,die")  # sensitive words are dropped, as in the skill


@needs_data
def test_semeval_loader_never_reads_test_texts_or_held_out_contexts(cup_rows):
    held_out = sorted({r.context for r in cup_rows if r.split != "train"})
    puns = fr.load_semeval(DATA, held_out)
    assert len(puns) > 1000 and {p.split for p in puns} == {"train", "dev"}
    for pun in puns:
        digest = int(hashlib.sha1(re.sub(r"[^a-z0-9]", "", pun.text.lower()).encode()).hexdigest(), 16)
        assert digest % 10 not in (0, 1)
        assert pun.pun_word not in pun.context_words
    assert not any(fr._mentions(p.text, c) for p in puns[:200] for c in held_out)


@needs_data
def test_committed_evidence_comes_from_train_and_dev_contexts_only(cup_rows):
    if not DEFAULT_WEIGHTS_PATH.is_file():
        pytest.skip("no fitted weights committed")
    evidence = json.loads(DEFAULT_WEIGHTS_PATH.read_text(encoding="utf-8"))["evidence"]
    train = Counter()
    yes = Counter()
    for row in cup_rows:
        if row.split in ("train", "dev"):
            train[row.key] += 1
            yes[row.key] += row.label
    assert evidence == {k: [yes[k], train[k]] for k in train}


@needs_data
def test_a_small_fit_runs_and_ranks_better_than_chance(retriever, cup_rows):
    train = sorted({r.context for r in cup_rows if r.split == "train"})[:25]
    rows = [r for r in cup_rows if r.context in train or r.split == "dev"]
    puns = fr.load_semeval(DATA, [])[:150]
    plain = retriever.with_model(ScoringModel.hand_set())
    data = fr.FitData(cup=fr.cup_table(plain, rows), semeval=fr.semeval_table(plain, puns))
    model = fr.fit_model(data, fr.FitConfig(semeval_weight=0.3, evidence_strength=2.0))
    assert all(np.isfinite(list(model.score.weights.values())))
    dev = frozenset(str(c) for c in data.cup.groups[data.cup.splits == "dev"])
    held_out = fr.fit_model(data, fr.FitConfig(semeval_weight=0.3, evidence_strength=2.0), exclude_contexts=dev)
    assert fr.evaluate(held_out, data.cup, "dev").auc > 0.55  # dev contexts never fitted here
    held = frozenset(data.cup.keys[data.cup.splits == "dev"].tolist())
    disjoint = fr.fit_model(data, fr.FitConfig(), exclude_pairs=held)
    assert not held & set(disjoint.evidence)
    # The fitted model is what Retriever.score applies: same numbers through the public contract.
    fitted = retriever.with_model(model)
    row = rows[0]
    table = fitted.feature_table(fr.cup_context_words(row.context), [(row.pun_word, row.alternative_word)])
    assert fitted.score(fr.cup_context_words(row.context), row.pun_word, row.alternative_word) == pytest.approx(
        float(model.score.apply(table)[0]), abs=1e-5
    )


@needs_data
def test_cross_validation_folds_partition_the_fitted_contexts(retriever, cup_rows):
    rows = [r for r in cup_rows if r.split != "test"][:600] + [r for r in cup_rows if r.split == "test"][:50]
    plain = retriever.with_model(ScoringModel.hand_set())
    table = fr.cup_table(plain, rows)
    folds = fr.cv_folds(table)
    fitted = {r.context for r in rows if r.split != "test"}
    assert len(folds) == fr.CV_FOLDS
    assert set().union(*folds) == fitted and sum(len(f) for f in folds) == len(fitted)
    assert not {r.context for r in rows if r.split == "test"} & set().union(*folds)

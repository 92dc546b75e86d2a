"""The funniness scorer on held-out TEST parts, each number beside its reference.

Scores come from the engine's scorer (``engine.funniness`` = ``FunninessScorer.score``: the
learned head over the runtime MiniLM vector, pun-theory features and words). References: the
hand-set prior it replaced, a plain MiniLM ridge fitted here on ExPUNations train, the datasets'
own human or model numbers where they have them, and trivial baselines. Nothing is tuned here:
``pun_threshold`` and ``min_score`` were fixed at fit time on train parts.

    .venv/bin/python benchmarks/funniness.py        # ~1 min on 2 cores

Needs ../shared/data (or PUNPAL_SHARED_DATA) and the built artifacts.
"""
from __future__ import annotations

import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from skill.build import pun_data as data  # noqa: E402

TARGET_SPEARMAN = 0.55
REFERENCE_RIDGE = 0.48  # plain MiniLM ridge on ExPUNations, test Spearman (brief)


def spearman(a, b) -> float:
    from scipy.stats import spearmanr

    return float(spearmanr(a, b).statistic)


def auc(scores, labels) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(labels, scores))


def f1(pred, labels) -> float:
    pred, labels = np.asarray(pred, bool), np.asarray(labels, bool)
    tp = (pred & labels).sum()
    return float(2 * tp / max(1, pred.sum() + labels.sum()))


def beats(scores: np.ndarray, pairs: list[tuple[int, int]]) -> float:
    """Share of (pun, twin) index pairs where the pun scores higher; a tie counts half."""
    return float(np.mean([1.0 if scores[a] > scores[b] else 0.5 if scores[a] == scores[b] else 0.0 for a, b in pairs]))


def load_scorer():
    from skill.engine import JokeEngine

    engine = JokeEngine.default()
    if not engine.scorer.is_learned:
        raise SystemExit("skill/data/humor_head.npz missing: run python -m skill.build.fit_funniness")
    return engine.scorer


def scores_of(scorer, texts: list[str], batch: int = 32) -> tuple[np.ndarray, np.ndarray]:
    """(learned, prior) per text; learned in encoder batches, exactly as engine.funniness scores."""
    learned: list[float] = []
    for start in range(0, len(texts), batch):
        learned += scorer.score_many(texts[start : start + batch])
    return np.array(learned), np.array([scorer.prior(t) for t in texts])


def ridge_reference(test_texts: list[str], test_target: np.ndarray) -> float:
    """Plain MiniLM ridge (alpha 10) fitted on ExPUNations train, Spearman on the test texts."""
    from skill.build.embeddings import EmbeddingCache
    from skill.build.fit_funniness import _ridge

    train = [x for x in data.expunations_humor() if data.fittable(x.text, x.split)]  # what our head may fit
    cache = EmbeddingCache()
    w, b = _ridge(cache.embed([x.text for x in train]), np.array([x.funniness for x in train]), 10.0)
    return spearman(cache.embed(test_texts) @ w + b, test_target)


def main() -> int:
    if not data.available():
        print(f"research data not found in {data.data_dir()}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    scorer = load_scorer()
    cut = scorer.head.pun_threshold
    from skill.build.fit_funniness import training_items

    fitted = {data.normalised(i.text) for i in training_items()}
    print(f"Funniness scorer on TEST parts (pun threshold {cut:.3f} and engine floor {scorer.min_score:.3f} fixed on train)")
    print(f"{'measure':62s} {'n':>5s} {'learned':>8s} {'prior':>7s}   reference")

    def row(name, n, learned, prior, reference):
        print(f"{name:62s} {n:5d} {learned:8.3f} {prior:7.3f}   {reference}")

    ex = [x for x in data.expunations_humor() if x.split == data.TEST]
    s, p = scores_of(scorer, [x.text for x in ex])
    funny = np.array([x.funniness for x in ex])
    joke = np.array([x.is_pun for x in ex])
    ridge = ridge_reference([x.text for x in ex], funny)
    row("ExPUNations Spearman with funniness_mean_all", len(ex), spearman(s, funny), spearman(p, funny),
        f"target >= {TARGET_SPEARMAN}; plain MiniLM ridge {REFERENCE_RIDGE} (brief), {ridge:.3f} (this run)")
    row("ExPUNations AUC for is-a-joke (majority)", len(ex), auc(s, joke), auc(p, joke), "chance 0.500")

    kao = data.kao2016()
    measures = data.kao2016_measures()
    for label, items in (("test part", [k for k in kao if k.split == data.TEST]), ("all, never fitted", [k for k in kao if data.normalised(k.text) not in fitted])):
        s, p = scores_of(scorer, [k.text for k in items])
        funny = np.array([k.funniness for k in items])
        puns = np.array([k.is_pun == 1 for k in items])
        amb = np.array([measures[data.normalised(k.text)][0] for k in items])
        dist = np.array([measures[data.normalised(k.text)][1] for k in items])
        row(f"Kao 2016 Spearman within puns ({label})", int(puns.sum()), spearman(s[puns], funny[puns]), spearman(p[puns], funny[puns]),
            f"Kao model: distinctiveness {spearman(dist[puns], funny[puns]):.3f}, ambiguity {spearman(amb[puns], funny[puns]):.3f}")
        row(f"Kao 2016 Spearman over all sentences ({label})", len(items), spearman(s, funny), spearman(p, funny),
            f"Kao model: ambiguity {spearman(amb, funny):.3f}, distinctiveness {spearman(dist, funny):.3f}")

    twins = data.he2019_twins()
    for label, items in (("test part", [t for t in twins if t.split == data.TEST]),
                         ("all, pun text never fitted", [t for t in twins if data.normalised(t.pun) not in fitted]),
                         ("all 41; optimistic: most pun texts were fitted as puns", twins)):
        if not items:
            continue
        s_pun, p_pun = scores_of(scorer, [t.pun for t in items])
        s_dep, p_dep = scores_of(scorer, [t.depun for t in items])
        human = np.mean([t.pun_score > t.depun_score for t in items])
        row(f"He 2019 pun above its de-punned twin ({label})", len(items), float(np.mean(s_pun > s_dep)),
            float(np.mean(p_pun > p_dep)), f"human mean ratings {human:.3f}; chance 0.500")

    pb = data.punbreak()
    s, p = scores_of(scorer, [x.text for x in pb])
    by_type: dict[str, list[int]] = defaultdict(list)
    for i, x in enumerate(pb):
        by_type[x.group].append(i)
    names = {"pos": "pun (kept)", "ns": "nonsense homophone", "sp": "pun-word synonym", "sa": "alt-word synonym",
             "ra": "random word", "neg": "random sentence"}
    prior_cut = 0.5
    for kind in ("pos", "ns", "sp", "sa", "ra", "neg"):
        idx = by_type[kind]
        truth = pb[idx[0]].is_pun == 1
        acc = float(np.mean((s[idx] >= cut) == truth))
        acc_prior = float(np.mean((p[idx] >= prior_cut) == truth))
        row(f"PunBreak accuracy: {names[kind]}", len(idx), acc, acc_prior, f"always-'{'pun' if truth else 'not'}' 1.000, opposite 0.000")
    # "A real pun must beat its twin": the same sentence with the pun word swapped out (a tie counts
    # half). Random sentences are not twins of one pun, so they only take part in the accuracy above.
    puns = {pb[i].twin: i for i in by_type["pos"]}
    for kind in ("ns", "sp", "sa", "ra"):
        pairs = [(puns[pb[i].twin], i) for i in by_type[kind] if pb[i].twin in puns]
        row(f"PunBreak pun above its {names[kind]} twin", len(pairs), beats(s, pairs), beats(p, pairs), "chance 0.500")
    overall = float(np.mean((s >= cut) == np.array([x.is_pun == 1 for x in pb])))
    row("PunBreak accuracy: all", len(pb), overall, float(np.mean((p >= prior_cut) == np.array([x.is_pun == 1 for x in pb]))),
        f"always-'not' {np.mean([x.is_pun == 0 for x in pb]):.3f}")

    for name, items in (("NAP", data.nap()), ("PunEval test", data.puneval("test")), ("Pun of the Day test", [x for x in data.pun_of_the_day() if x.split == data.TEST])):
        s, p = scores_of(scorer, [x.text for x in items])
        labels = np.array([x.is_pun == 1 for x in items])
        row(f"{name} F1 (pun class)", len(items), f1(s >= cut, labels), f1(p >= prior_cut, labels),
            f"always-pun {f1(np.ones(len(items)), labels):.3f}; AUC learned {auc(s, labels):.3f}, prior {auc(p, labels):.3f}")
    print(f"(prior decisions at 0.5; {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

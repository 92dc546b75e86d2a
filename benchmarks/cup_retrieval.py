"""Does retrieval use the context? Ranking CUP's annotated pun pairs within each held-out context.

For each of the 20 CUP test contexts the annotated candidate pairs are ranked by the public contract,
``engine.retriever.score(context_words, pun_word, alternative_word)``, where ``context_words`` come
from the context read as one utterance through ``skill.context.extract_context`` (the product path). A pair is relevant when the annotator could write
a pun with it (``new_pun == yes``). Printed beside the model, computed here on the same contexts:

- random order (expected values over 200 shuffles);
- the context-free pair prior: each pair ranked by its Laplace-smoothed yes-rate in train contexts
  (``(yes + 1) / (rated + 2)``; unseen pairs get the train yes-rate), the issue's reference; and the
  same over train and dev contexts, the ratings the fitted model has seen;
- the same fitted model with the context features switched off (what the context adds);
- the pair-disjoint variant: the model refitted (same hyper-parameters, no re-tuning) after dropping
  every pair that occurs in the evaluated contexts, so nothing about those pairs was seen in fitting
  (with and without its context features), and the pair prior under the same exclusion.

The dev contexts are fitted (hyper-parameters come from cross-validation over train and dev), so
they are not evaluated here; the fit's trade-off curve (CUP cross-validated AUC against SemEval
topical AUC per setting) is printed from the weights file. Then warm retrieval latency per request
(``Retriever.retrieve``, k=10) on the test contexts.
Targets on test: P@1 >= 0.92 and AUC >= 0.75 (the pair prior gives 0.90 / 0.69).

    .venv/bin/python benchmarks/cup_retrieval.py [--data ../shared/data] [--no-disjoint]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import skill  # noqa: E402,F401  (first: the package sets its thread settings before numpy loads)
import numpy as np  # noqa: E402

from skill.build.fit_retrieval import (  # noqa: E402
    CUP_DIR,
    CUP_FILE,
    CupRow,
    FitConfig,
    RankingMetrics,
    cup_context_words,
    fit_model,
    load_cup,
    prepare,
    ranking_metrics,
    shared_data_dir,
)
from skill.config import Settings  # noqa: E402
from skill.retrieval import CONTEXT_FEATURES, Retriever, ScoringModel  # noqa: E402

SPLITS = ("test",)
SHUFFLES = 200


def by_context(rows: list[CupRow], split: str) -> dict[str, list[CupRow]]:
    grouped: dict[str, list[CupRow]] = defaultdict(list)
    for row in rows:
        if row.split == split:
            grouped[row.context].append(row)
    return grouped


def model_scores(retriever: Retriever, contexts: dict[str, list[CupRow]]) -> tuple[list[float], list[bool], list[str]]:
    """Each annotated pair through the public ``score`` contract, context words from extract_context."""
    scores, labels, groups = [], [], []
    for context, rows in contexts.items():
        words = cup_context_words(context)
        for row in rows:
            scores.append(retriever.score(words, row.pun_word, row.alternative_word))
            labels.append(row.label)
            groups.append(context)
    return scores, labels, groups


def context_free_scores(retriever: Retriever, contexts: dict[str, list[CupRow]]) -> list[float]:
    """The same model's score with every context feature left out (only the pair's own part)."""
    weights = retriever.model.score
    out: list[float] = []
    for context, rows in contexts.items():
        table = retriever.feature_table(cup_context_words(context), [(r.pun_word, r.alternative_word) for r in rows])
        keep = [n for n in weights.weights if n not in CONTEXT_FEATURES]
        out.extend(np.asarray(weights.apply(table, keep), dtype=np.float64).reshape(-1).tolist())
    return out


def pair_prior_scores(
    rows: list[CupRow], contexts: dict[str, list[CupRow]], exclude: set[str] = frozenset(), splits: tuple[str, ...] = ("train",)
) -> list[float]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    train = [r for r in rows if r.split in splits and r.key not in exclude]
    for row in train:
        counts[row.key][0] += row.label
        counts[row.key][1] += 1
    base = sum(r.label for r in train) / len(train)
    return [
        (counts[r.key][0] + 1) / (counts[r.key][1] + 2) if r.key in counts else base
        for rows_ in contexts.values() for r in rows_
    ]


def random_metrics(labels: list[bool], groups: list[str]) -> RankingMetrics:
    rng = np.random.default_rng(0)
    runs = [ranking_metrics(rng.random(len(labels)), labels, groups) for _ in range(SHUFFLES)]
    return RankingMetrics(*(float(np.mean([getattr(r, f) for r in runs])) for f in ("p_at_1", "p_at_3", "map", "auc")), runs[0].groups)


def latency_ms(retriever: Retriever, contexts: list[str], repeats: int = 10) -> tuple[float, float]:
    """Warm ``retrieve`` wall time per request (p50, p95) over the contexts, after one warm-up pass."""
    from skill.context import extract_context

    weighted = [dict(extract_context(", ".join(c.split(","))).words) or {"joke": 1.0} for c in contexts]
    for words in weighted:
        retriever.retrieve(words, k=10)
    times = []
    for _ in range(repeats):
        for words in weighted:
            started = time.perf_counter()
            retriever.retrieve(words, k=10)
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--no-disjoint", action="store_true", help="skip the pair-disjoint refit (~1 min)")
    args = parser.parse_args()
    data_dir = args.data or shared_data_dir()
    if not (data_dir / CUP_DIR / CUP_FILE).is_file():
        print(f"CUP not found under {data_dir}: pass --data", file=sys.stderr)
        return 2
    retriever = Retriever.load(Settings.from_env().artifacts_dir)  # what JokeEngine.default() uses
    print(f"weights: {retriever.model.source}")
    rows = load_cup(data_dir)
    results: dict[str, dict[str, dict[str, float]]] = {}

    fit_data = None
    config = FitConfig(**{k: v for k, v in dict(retriever.model.info.get("config", {})).items() if k in FitConfig.__dataclass_fields__})
    for split in SPLITS:
        contexts = by_context(rows, split)
        scores, labels, groups = model_scores(retriever, contexts)
        lines = {
            "random (expected)": random_metrics(labels, groups),
            "pair prior (train yes-rate)": ranking_metrics(pair_prior_scores(rows, contexts), labels, groups),
            "pair prior (train+dev yes-rate)": ranking_metrics(
                pair_prior_scores(rows, contexts, splits=("train", "dev")), labels, groups),
            "model, context features off": ranking_metrics(context_free_scores(retriever, contexts), labels, groups),
            "model (retriever.score)": ranking_metrics(scores, labels, groups),
        }
        if not args.no_disjoint:
            if fit_data is None:
                started = time.perf_counter()
                fit_data = prepare(retriever, data_dir)
                print(f"fitting features prepared in {time.perf_counter() - started:.1f} s")
            seen = {r.key for rs in contexts.values() for r in rs}
            started = time.perf_counter()
            disjoint = fit_model(fit_data, config, exclude_pairs=frozenset(seen))
            fit_seconds = time.perf_counter() - started
            other = retriever.with_model(disjoint)
            d_scores, _, _ = model_scores(other, contexts)
            lines[f"pair-disjoint refit (-{len(seen)} pairs, fit {fit_seconds:.1f} s)"] = ranking_metrics(d_scores, labels, groups)
            lines["pair-disjoint refit, context features off"] = ranking_metrics(context_free_scores(other, contexts), labels, groups)
            lines["pair prior (train+dev), pair-disjoint"] = ranking_metrics(
                pair_prior_scores(rows, contexts, seen, ("train", "dev")), labels, groups)
        print(f"\nCUP {split}: {len(contexts)} contexts, {len(labels)} pairs, {sum(labels)} yes")
        for name, metrics in lines.items():
            print(f"  {name:<48} {metrics.line()}")
        results[split] = {name: {k: round(v, 4) for k, v in m.__dict__.items()} for name, m in lines.items()}

    tradeoff = retriever.model.info.get("tradeoff", [])
    if tradeoff:
        print("\nfit trade-off (train/dev only): SemEval weight, evidence k -> CUP CV AUC | SemEval dev topical AUC")
        for t in tradeoff:
            print(f"  {t['semeval_weight']:<4} {t['evidence_strength']:<4} -> {t['cup_cv_auc']:.3f} | {t['semeval_dev_auc']:.3f}")
        print(f"  chosen: {retriever.model.info.get('config')}")
    p50, p95 = latency_ms(retriever, list(by_context(rows, "test")))
    blas = os.environ.get("OPENBLAS_NUM_THREADS", "default")
    print(f"\nwarm retrieve (k=10) over the test contexts: p50 {p50:.2f} ms, p95 {p95:.2f} ms (OPENBLAS_NUM_THREADS={blas})")
    test = results["test"]["model (retriever.score)"]
    print(f"targets on test: P@1 >= 0.92 ({'met' if test['p_at_1'] >= 0.92 else 'NOT met'}: {test['p_at_1']:.3f}), "
          f"AUC >= 0.75 ({'met' if test['auc'] >= 0.75 else 'NOT met'}: {test['auc']:.3f})")
    print(json.dumps({"results": results, "latency_ms": {"p50": round(p50, 2), "p95": round(p95, 2)}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Fit the retriever's scoring weights: ``python -m skill.build.fit_retrieval [--data DIR] [--out FILE]``.

Two kinds of evidence, because each answers a different question:

- **CUP** (context, pun pair, "could a person write a pun with these?"): how *punnable* a pair is, and
  how much the context adds. The 70 train and 10 dev contexts of ``cup/derived_cup_context_split_sha1.tsv``
  are fitted; hyper-parameters are chosen by ``CV_FOLDS``-fold cross-validation over those 80 contexts
  (more stable than 10 dev contexts alone); the 20 test contexts are never read here.
- **SemEval-2017 puns** (He et al. 2019 parse: text, pun word, alternative word): in a real pun the
  context was chosen for the pair, so ranking the true pair above other puns' pairs teaches how much
  *topical fit* matters. CUP alone barely rewards it (its candidate pairs are random for the context and
  annotators were inventive), yet the skill searches 18k pairs and must stay on topic. Texts follow the
  binding rule (test when ``sha1(normalised text) % 10 in (0, 1)``; never read), bucket 2 is dev, and
  puns whose text holds a CUP dev/test context are dropped.

The model (all numpy, no scikit-learn):

1. ``prior``: L2 logistic regression of the CUP label on the context-free pair features (phonetics,
   frequency, spelling, sense distance, length, adverb): a punnability prior for any pair, seen or not.
2. ``evidence``: the train ratings of each CUP pair move the prior by ``(yes + k p) / (rated + k)``.
   While fitting step 3 a train row never sees its own context's rating (leave-one-context-out).
3. ``score``: pairwise (within-context) L2 logistic regression on the context features plus the
   punnability log-odds, over CUP train contexts and SemEval train puns weighted ``semeval_weight``.

Hyper-parameters (``semeval_weight``, ``evidence_strength``) maximise the cross-validated CUP AUC among
settings whose SemEval dev retrieval AUC is at least ``MIN_TOPICAL_AUC`` (the skill must stay on topic).
The grid is a trade-off curve, kept in the weights' ``info``: on CUP every step towards topical fit costs
within-context AUC (annotators pun with pairs unrelated to the context as readily as with related ones),
while the skill, searching 18k pairs, needs it.
Output: ``skill/data/retrieval_weights.json`` (plain weights; CC BY-NC data went into it: see README).
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import random
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import numpy as np

from skill.build import pun_data
from skill.config import DATA_DIR, PACKAGE_DIR, Settings
from skill.context import extract_context
from skill.retrieval import (
    CONTEXT_FEATURES,
    FEATURES,
    PAIR_FEATURES,
    WEIGHTS_FILE,
    LinearModel,
    Retriever,
    ScoringModel,
    normalise,
)

PRIOR_FEATURES: tuple[str, ...] = (
    "phonetic", "zipf_pun", "zipf_alt", "same_spelling", "pair_cosine", "pun_length", "adverb",
    "unknown_pronunciation",
)
SCORE_FEATURES: tuple[str, ...] = CONTEXT_FEATURES + ("punnability",)
SEMEVAL_WEIGHTS = (0.0, 0.1, 0.2, 0.3, 0.5, 1.0)
EVIDENCE_STRENGTHS = (1.0, 2.0, 4.0, 8.0)
FIT_SPLITS = ("train", "dev")
CV_FOLDS = 8
MIN_TOPICAL_AUC = 0.70
L2 = 1.0
DISTRACTORS = 10
SEED = 13
CUP_DIR = "cup"
CUP_FILE = "context_situated_pun.csv"
CUP_SPLIT_FILE = "derived_cup_context_split_sha1.tsv"
SEMEVAL_FILES = tuple(f"he2019_pungen/semeval_parsed_{k}_{p}.json" for k in ("hetero", "homo") for p in ("dev", "test"))
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def shared_data_dir() -> Path:
    """``PUNPAL_SHARED_DATA`` or ``../shared/data`` beside the repository."""
    configured = os.environ.get("PUNPAL_SHARED_DATA", "").strip()
    return Path(configured) if configured else PACKAGE_DIR.parent.parent / "shared" / "data"


# -- data -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CupRow:
    context: str  # comma-separated keyword phrases, as released
    split: str
    pun_word: str
    alternative_word: str
    label: bool

    @property
    def key(self) -> str:
        return f"{normalise(self.pun_word)}|{normalise(self.alternative_word)}"


def load_cup(data_dir: Path) -> list[CupRow]:
    """Every CUP row with its context split (train / dev / test)."""
    split = pun_data.cup_context_splits(data_dir)
    with open(data_dir / CUP_DIR / CUP_FILE, encoding="utf-8", newline="") as fh:
        return [
            CupRow(r["context"], split[r["context"]], r["pun_word"], r["alter_word"], r["new_pun"].strip().lower() == "yes")
            for r in csv.DictReader(fh)
        ]


def cup_context_words(context: str) -> list[str]:
    """A CUP context as the skill would hear it: keyword phrases said as one utterance, then
    ``extract_context`` (filler dropped, lemmas, sensitive words removed), best-weighted first."""
    utterance = ", ".join(part.strip() for part in context.split(",") if part.strip())
    return list(extract_context(utterance).ranked_words)


@dataclass(frozen=True)
class SemevalPun:
    text: str
    split: str  # "train" or "dev" (test texts are never loaded)
    context_words: tuple[str, ...]
    pun_word: str
    alternative_word: str

    @property
    def key(self) -> str:
        return f"{self.pun_word}|{self.alternative_word}"


def _mentions(text: str, cup_context: str) -> bool:
    phrases = [_NON_ALNUM.sub("", p.lower()) for p in cup_context.split(",")]
    phrases = [p for p in phrases if len(p) >= 3]
    flat = _NON_ALNUM.sub("", text.lower())
    return bool(phrases) and all(p in flat for p in phrases)


def load_semeval(data_dir: Path, held_out_contexts: Iterable[str] = ()) -> list[SemevalPun]:
    """Non-test SemEval puns with a context left once the pun word is removed."""
    held_out = list(held_out_contexts)
    puns: list[SemevalPun] = []
    for name in SEMEVAL_FILES:
        for item in json.loads((data_dir / name).read_text(encoding="utf-8")):
            tokens = list(item["tokens"])
            text = " ".join(tokens)
            bucket = pun_data.text_bucket(text)
            if bucket in (0, 1) or any(_mentions(text, c) for c in held_out):
                continue
            pun, alt = normalise(item["pun_word"]), normalise(item["alter_word"])
            rest = " ".join(t for i, t in enumerate(tokens) if i != item["pun_word_id"])
            words = tuple(w for w in extract_context(rest).ranked_words if w not in (pun, alt))
            if words and pun and alt:
                puns.append(SemevalPun(text, "dev" if bucket == 2 else "train", words, pun, alt))
    return puns


# -- metrics ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RankingMetrics:
    p_at_1: float
    p_at_3: float
    map: float
    auc: float
    groups: int

    def line(self) -> str:
        return f"P@1 {self.p_at_1:.3f}  P@3 {self.p_at_3:.3f}  MAP {self.map:.3f}  AUC {self.auc:.3f}  (n={self.groups})"


def _auc(scores: np.ndarray, labels: np.ndarray) -> float:
    pos, neg = scores[labels], scores[~labels]
    if not len(pos) or not len(neg):
        return float("nan")
    greater = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(greater / (len(pos) * len(neg)))


def group_indices(groups: Sequence[str]) -> list[np.ndarray]:
    """Row indices of each group, in order of first appearance (rows keep their order inside)."""
    _, first, inverse = np.unique(np.asarray(groups), return_index=True, return_inverse=True)
    order = np.argsort(inverse, kind="stable")
    bounds = np.cumsum(np.bincount(inverse))[:-1]
    slices = np.split(order, bounds)
    return [slices[i] for i in np.argsort(first)]


def ranking_metrics(scores: Sequence[float], labels: Sequence[bool], groups: Sequence[str]) -> RankingMetrics:
    """Per group (context): P@1, P@3, average precision, AUC; then the mean over groups.
    Ties are broken by input order for P@k/MAP and count one half for AUC."""
    scores, labels = np.asarray(scores, dtype=np.float64), np.asarray(labels, dtype=bool)
    p1, p3, aps, aucs = [], [], [], []
    for index in group_indices(groups):
        s, y = scores[index], labels[index]
        order = np.lexsort((np.arange(len(s)), -s))
        ranked = y[order]
        p1.append(float(ranked[0]))
        p3.append(float(ranked[:3].mean()))
        if ranked.any():
            hits = np.cumsum(ranked)
            aps.append(float((hits / np.arange(1, len(ranked) + 1))[ranked].mean()))
        auc = _auc(s, y)
        if auc == auc:
            aucs.append(auc)
    return RankingMetrics(float(np.mean(p1)), float(np.mean(p3)), float(np.mean(aps)), float(np.mean(aucs)), len(p1))


# -- features ---------------------------------------------------------------------------------------


@dataclass
class Table:
    """Feature columns (``FEATURES`` names) of many rows, with labels, groups and pair keys."""

    columns: dict[str, np.ndarray]
    labels: np.ndarray
    groups: np.ndarray
    keys: np.ndarray
    splits: np.ndarray

    def select(self, mask: np.ndarray) -> "Table":
        return Table({k: v[mask] for k, v in self.columns.items()}, self.labels[mask], self.groups[mask], self.keys[mask], self.splits[mask])

    def matrix(self, names: Sequence[str]) -> np.ndarray:
        return np.column_stack([self.columns[n].astype(np.float64) for n in names])


def _stack(parts: list[dict[str, np.ndarray]]) -> dict[str, np.ndarray]:
    return {name: np.concatenate([p[name] for p in parts]) for name in FEATURES}


def cup_table(retriever: Retriever, rows: Sequence[CupRow]) -> Table:
    """Features of CUP rows, one ``feature_table`` call per context (the skill's context path)."""
    by_context: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        by_context[row.context].append(i)
    parts, order = [], []
    for context, index in by_context.items():
        words = cup_context_words(context)
        parts.append(retriever.feature_table(words, [(rows[i].pun_word, rows[i].alternative_word) for i in index]))
        order.extend(index)
    picked = [rows[i] for i in order]
    return Table(
        _stack(parts),
        np.array([r.label for r in picked]),
        np.array([r.context for r in picked]),
        np.array([r.key for r in picked]),
        np.array([r.split for r in picked]),
    )


def semeval_table(retriever: Retriever, puns: Sequence[SemevalPun], exclude_pairs: frozenset[str] = frozenset()) -> Table:
    """Each pun's true pair (label 1) among ``DISTRACTORS`` other puns' pairs (label 0), same context."""
    puns = [p for p in puns if p.key not in exclude_pairs]
    pool = sorted({(p.pun_word, p.alternative_word) for p in puns})
    rng = random.Random(SEED)
    parts, labels, groups, keys, splits = [], [], [], [], []
    for n, pun in enumerate(puns):
        others = [q for q in rng.sample(pool, min(len(pool), DISTRACTORS + 1)) if q != (pun.pun_word, pun.alternative_word)][:DISTRACTORS]
        pairs = [(pun.pun_word, pun.alternative_word), *others]
        parts.append(retriever.feature_table(list(pun.context_words), pairs))
        labels += [True] + [False] * len(others)
        groups += [f"semeval:{n}"] * len(pairs)
        keys += [f"{p}|{a}" for p, a in pairs]
        splits += [pun.split] * len(pairs)
    return Table(_stack(parts), np.array(labels), np.array(groups), np.array(keys), np.array(splits))


# -- fitting ----------------------------------------------------------------------------------------


def logistic(x: np.ndarray, y: np.ndarray, weights: np.ndarray | None = None, l2: float = L2, intercept: bool = True) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method (deterministic, a few ms here)."""
    n, d = x.shape
    weights = np.ones(n) if weights is None else weights
    design = np.hstack([x, np.ones((n, 1))]) if intercept else x
    penalty = np.full(design.shape[1], l2)
    if intercept:
        penalty[-1] = 0.0
    beta = np.zeros(design.shape[1])
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(design @ beta, -30, 30)))
        grad = design.T @ (weights * (p - y)) + penalty * beta
        hess = (design * (weights * p * (1 - p))[:, None]).T @ design + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-10:
            break
    return (beta[:-1], float(beta[-1])) if intercept else (beta, 0.0)


def _standardise(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mean, scale = x.mean(axis=0), x.std(axis=0)
    return mean, np.where(scale > 1e-9, scale, 1.0)


def _raw_model(names: Sequence[str], beta: np.ndarray, bias: float, mean: np.ndarray, scale: np.ndarray) -> LinearModel:
    """Weights on standardised features turned into weights on raw features."""
    raw = beta / scale
    return LinearModel({n: float(w) for n, w in zip(names, raw)}, float(bias - raw @ mean))


def _differences(x: np.ndarray, labels: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Every (yes - no) feature difference within each group: the pairwise ranking rows."""
    out = []
    for index in group_indices(groups):
        pos, neg = index[labels[index]], index[~labels[index]]
        if len(pos) and len(neg):
            out.append((x[pos][:, None, :] - x[neg][None, :, :]).reshape(-1, x.shape[1]))
    return np.vstack(out) if out else np.zeros((0, x.shape[1]))


@dataclass(frozen=True)
class FitConfig:
    semeval_weight: float = 0.3
    evidence_strength: float = 2.0
    use_evidence: bool = True
    l2: float = L2


@dataclass
class FitData:
    """Feature tables computed once; fits with different settings reuse them."""

    cup: Table
    semeval: Table
    info: dict[str, object] = field(default_factory=dict)


def fit_model(
    data: FitData,
    config: FitConfig,
    exclude_pairs: frozenset[str] = frozenset(),
    exclude_contexts: frozenset[str] = frozenset(),
) -> ScoringModel:
    """The three steps of the module docstring on CUP train/dev rows (minus ``exclude_contexts``, the
    held-out fold while cross-validating) and SemEval train rows."""
    fitted = np.isin(data.cup.splits, FIT_SPLITS) & ~np.isin(data.cup.groups, list(exclude_contexts))
    cup = data.cup.select(fitted & ~np.isin(data.cup.keys, list(exclude_pairs)))
    sem = data.semeval.select((data.semeval.splits == "train") & ~np.isin(data.semeval.keys, list(exclude_pairs)))

    x_prior = cup.matrix(PRIOR_FEATURES)
    mean, scale = _standardise(x_prior)
    beta, bias = logistic((x_prior - mean) / scale, cup.labels.astype(float), l2=config.l2)
    prior = _raw_model(PRIOR_FEATURES, beta, bias, mean, scale)

    evidence: dict[str, tuple[float, float]] = {}
    per_context: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0])
    if config.use_evidence:
        totals: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
        for key, group, label in zip(cup.keys, cup.groups, cup.labels):
            totals[key][0] += label
            totals[key][1] += 1
            per_context[(key, group)][0] += label
            per_context[(key, group)][1] += 1
        evidence = {k: (v[0], v[1]) for k, v in totals.items()}

    def punnability(table: Table, leave_out_own_context: bool) -> np.ndarray:
        if leave_out_own_context and evidence:
            own = [per_context.get((k, g), [0.0, 0.0]) for k, g in zip(table.keys, table.groups)]
            local = {
                f"{i}": (evidence[k][0] - o[0], evidence[k][1] - o[1])
                for i, (k, o) in enumerate(zip(table.keys, own)) if k in evidence
            }
            model = ScoringModel(score=LinearModel({}), prior=prior, evidence=local, evidence_strength=config.evidence_strength)
            return model.punnability(table.columns, [f"{i}" for i in range(len(table.keys))]).astype(np.float64)
        model = ScoringModel(score=LinearModel({}), prior=prior, evidence=evidence, evidence_strength=config.evidence_strength)
        return model.punnability(table.columns, list(table.keys)).astype(np.float64)

    x_cup = np.column_stack([cup.matrix(CONTEXT_FEATURES), punnability(cup, True)])
    x_sem = np.column_stack([sem.matrix(CONTEXT_FEATURES), punnability(sem, False)])
    mean, scale = _standardise(x_cup)
    d_cup = _differences((x_cup - mean) / scale, cup.labels, cup.groups)
    d_sem = _differences((x_sem - mean) / scale, sem.labels, sem.groups)
    rows = np.vstack([d_cup, -d_cup, d_sem, -d_sem])
    targets = np.r_[np.ones(len(d_cup)), np.zeros(len(d_cup)), np.ones(len(d_sem)), np.zeros(len(d_sem))]
    # CUP's differences weigh 1 each in total; SemEval's together weigh semeval_weight times as much.
    sem_each = config.semeval_weight * len(d_cup) / max(1, len(d_sem))
    weights = np.r_[np.ones(2 * len(d_cup)), np.full(2 * len(d_sem), sem_each)]
    beta, _ = logistic(rows, targets, weights, l2=config.l2, intercept=False)
    score = _raw_model(SCORE_FEATURES, beta, 0.0, mean, scale)
    return ScoringModel(
        score=score,
        prior=prior,
        evidence=evidence,
        evidence_strength=config.evidence_strength,
        source="fitted (in memory)",
        info={
            "config": config.__dict__,
            "standardised_score_weights": {n: round(float(b), 4) for n, b in zip(SCORE_FEATURES, beta)},
            "excluded_pairs": len(exclude_pairs),
            **data.info,
        },
    )


def evaluate(model: ScoringModel, table: Table, split: str | None = None) -> RankingMetrics:
    """Rank ``table``'s rows (of ``split`` when given) with the model's score (the sum ``Retriever.score`` uses)."""
    part = table if split is None else table.select(table.splits == split)
    columns = dict(part.columns)
    columns["punnability"] = model.punnability(columns, list(part.keys))
    return ranking_metrics(model.score.apply(columns).reshape(-1), part.labels, part.groups)


def cv_folds(table: Table) -> list[frozenset[str]]:
    """The fitted CUP contexts in ``CV_FOLDS`` folds, by sha1 order (the split file's own rule)."""
    contexts = sorted({str(c) for c, s in zip(table.groups, table.splits) if s in FIT_SPLITS},
                      key=lambda c: hashlib.sha1(c.encode("utf-8")).hexdigest())
    return [frozenset(contexts[k::CV_FOLDS]) for k in range(CV_FOLDS)]


def cross_validate(data: FitData, config: FitConfig) -> float:
    """Mean within-context AUC on each held-out fold of CUP train/dev contexts, fitted on the others."""
    aucs = []
    for fold in cv_folds(data.cup):
        model = fit_model(data, config, exclude_contexts=fold)
        aucs.append(evaluate(model, data.cup.select(np.isin(data.cup.groups, list(fold)))).auc)
    return float(np.mean(aucs))


@dataclass(frozen=True)
class Trial:
    config: FitConfig
    cup_cv_auc: float
    semeval_dev_auc: float

    def summary(self) -> dict[str, float]:
        return {"semeval_weight": self.config.semeval_weight, "evidence_strength": self.config.evidence_strength,
                "cup_cv_auc": round(self.cup_cv_auc, 4), "semeval_dev_auc": round(self.semeval_dev_auc, 4)}


def tune(data: FitData, verbose: bool = False) -> tuple[FitConfig, list[Trial]]:
    """Grid over ``SEMEVAL_WEIGHTS`` x ``EVIDENCE_STRENGTHS`` (see module docstring)."""
    trials = []
    for semeval_weight in SEMEVAL_WEIGHTS:
        for strength in EVIDENCE_STRENGTHS:
            config = FitConfig(semeval_weight=semeval_weight, evidence_strength=strength)
            topical = evaluate(fit_model(data, config), data.semeval, "dev").auc
            trial = Trial(config, cross_validate(data, config), topical)
            trials.append(trial)
            if verbose:
                print(f"  semeval_weight={semeval_weight:<4} k={strength:<3}  CUP {CV_FOLDS}-fold CV AUC "
                      f"{trial.cup_cv_auc:.3f}  |  SemEval dev AUC {topical:.3f}")
    eligible = [t for t in trials if t.semeval_dev_auc >= MIN_TOPICAL_AUC] or trials
    best = max(eligible, key=lambda t: (round(t.cup_cv_auc, 6), t.semeval_dev_auc))
    return best.config, trials


def prepare(retriever: Retriever, data_dir: Path) -> FitData:
    """Feature tables for CUP (all splits; train and dev are fitted) and non-test SemEval puns."""
    cup_rows = load_cup(data_dir)
    held_out = sorted({r.context for r in cup_rows if r.split != "train"})
    puns = load_semeval(data_dir, held_out)
    plain = retriever.with_model(ScoringModel.hand_set())  # raw features only; punnability is refitted
    return FitData(
        cup=cup_table(plain, cup_rows),
        semeval=semeval_table(plain, puns),
        info={
            "cup_fitted_contexts": len({r.context for r in cup_rows if r.split in FIT_SPLITS}),
            "cup_fitted_rows": sum(r.split in FIT_SPLITS for r in cup_rows),
            "semeval_train_puns": sum(p.split == "train" for p in puns),
            "semeval_dev_puns": sum(p.split == "dev" for p in puns),
        },
    )


def write_model(model: ScoringModel, path: Path) -> None:
    """Stable, diff-friendly JSON (rounded numbers, sorted keys)."""
    payload = model.to_dict()
    payload["score"]["weights"] = {k: round(v, 6) for k, v in payload["score"]["weights"].items()}
    payload["score"]["bias"] = round(payload["score"]["bias"], 6)
    if payload["prior"]:
        payload["prior"]["weights"] = {k: round(v, 6) for k, v in payload["prior"]["weights"].items()}
        payload["prior"]["bias"] = round(payload["prior"]["bias"], 6)
    payload["evidence"] = {k: [int(v[0]), int(v[1])] for k, v in payload["evidence"].items()}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(payload, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m skill.build.fit_retrieval", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None, help="shared data directory (default ../shared/data)")
    parser.add_argument("--artifacts", type=Path, default=None, help="built artifacts (default PUNPAL_ARTIFACTS_DIR)")
    parser.add_argument("--out", type=Path, default=DATA_DIR / WEIGHTS_FILE)
    parser.add_argument("--no-evidence", action="store_true", help="ship the generalising prior only (no per-pair ratings)")
    args = parser.parse_args(argv)
    data_dir = args.data or shared_data_dir()
    if not (data_dir / CUP_DIR / CUP_FILE).is_file():
        print(f"CUP not found under {data_dir}: pass --data", file=sys.stderr)
        return 2
    started = time.perf_counter()
    retriever = Retriever.load(args.artifacts or Settings.from_env().artifacts_dir, model=ScoringModel.hand_set())
    data = prepare(retriever, data_dir)
    prepared = time.perf_counter()
    print(f"features: {len(data.cup.labels)} CUP rows, {len(data.semeval.labels)} SemEval rows in {prepared - started:.1f} s")
    config, trials = tune(data, verbose=True)
    if args.no_evidence:
        config = FitConfig(config.semeval_weight, config.evidence_strength, use_evidence=False)
    model = fit_model(data, config)
    fitted = time.perf_counter()
    chosen = next(t for t in trials if t.config == config) if not args.no_evidence else None
    sem_dev = evaluate(model, data.semeval, "dev")
    model = ScoringModel(
        score=model.score, prior=model.prior, evidence=model.evidence, evidence_strength=model.evidence_strength,
        info={**model.info, "cup_cv_auc": round(chosen.cup_cv_auc, 4) if chosen else None,
              "semeval_dev_auc": round(sem_dev.auc, 4), "tradeoff": [t.summary() for t in trials],
              "licence": "fitted on CC BY-NC 4.0 data (CUP, SemEval-2017): non-commercial use"},
    )
    write_model(model, args.out)
    print(f"chosen: {config}")
    print(f"SemEval dev  {sem_dev.line()}")
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes); features {prepared - started:.1f} s, tuning and fit {fitted - prepared:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

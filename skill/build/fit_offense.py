"""``python -m skill.build.fit_offense``: fit the learned offence layer -> skill/data/offense_head.npz.

Train parts only (shared/data/README.md). Positives: HaHackathon jokes rated offence >= 1 (the
benchmark counts >= 2; the milder ones sharpen the boundary) and ExPUNations items most annotators
called offensive. Negatives: the other HaHackathon and ExPUNations items and clean human puns
(CUP train contexts, Pun of the Day, SemEval/PunEval puns) so the boundary sits where puns
live. The abuse head: Davidson et al.'s hate/offensive tweets against their 'neither' tweets and
the same clean puns.

Thresholds come from 5-fold out-of-fold scores (CUP folds by context, every other text by the
README's text grouping): each head may flag a fixed share of clean CUP puns of the train and dev
contexts (the false-veto budget; dev puns are scored, never fitted). Final weights are refitted on all train data. Deterministic: fixed folds, lbfgs, rounded
vectors, byte-stable npz.
"""
from __future__ import annotations

import argparse
import hashlib
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from skill.build import pun_data as data
from skill.build.embeddings import EmbeddingCache
from skill.build.index import write_npz
from skill.bag_of_words import BagOfWords
from skill.offense_model import HEAD_FILE, OffenseHead

FOLDS = 5
HH_POSITIVE = 1.0  # offence rating (0-5) from which a HaHackathon joke counts as offensive in fitting
WORDS_WEIGHT = 0.75
JOKE_C, WORDS_C, ABUSE_C = 1.0, 10.0, 1.0
#: Share of clean CUP puns each head may veto: default, and strict (kid mode).
BUDGET = {"joke": 0.0125, "abuse": 0.0025}
STRICT_BUDGET = {"joke": 0.04, "abuse": 0.01}


@dataclass(frozen=True)
class Example:
    text: str
    label: bool
    kind: str  # "hahackathon", "expunations", "clean_pun", "cup", "davidson"
    fold: int
    fit: bool = True  # False: scored out of fold for thresholds, never fitted (CUP dev contexts)


def _fold(key: str) -> int:
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % FOLDS


def _davidson_sample(item: data.OffenseItem) -> bool:
    """All 'neither' tweets and a quarter of the abusive ones (encoding every tweet costs minutes)."""
    return not item.offensive or int(hashlib.sha1(item.text.encode("utf-8")).hexdigest(), 16) % 4 == 0


def joke_examples() -> list[Example]:
    out = [
        Example(x.text, x.score >= HH_POSITIVE, "hahackathon", _fold(data.normalised(x.text)))
        for x in data.hahackathon_offense() if data.fittable(x.text, x.split)
    ]
    out += [
        Example(x.text, x.offensive, "expunations", _fold(data.normalised(x.text)))
        for x in data.expunations_offense() if data.fittable(x.text, x.split)
    ]
    out += [
        Example(p.text, False, "cup", _fold(p.context), fit=p.split == data.TRAIN)
        for p in data.cup_puns() if p.split != data.TEST
    ]
    return out + clean_puns()


def clean_puns() -> list[Example]:
    """Pun-dataset texts (puns and their non-pun foils) that ExPUNations does not already label."""
    labelled = {data.normalised(x.text) for x in data.expunations_offense()}
    items = [x for x in data.pun_of_the_day() if x.is_pun == 1] + data.semeval()
    items += [x for part in ("train", "val") for x in data.puneval(part)]
    seen: set[str] = set()
    out = []
    for x in items:
        key = data.normalised(x.text)
        if data.fittable(x.text, x.split) and key not in labelled and key not in seen:
            seen.add(key)
            out.append(Example(x.text, False, "clean_pun", _fold(key)))
    return out


def abuse_examples() -> list[Example]:
    tweets = [
        Example(x.text, x.offensive, "davidson", _fold(data.normalised(x.text)))
        for x in data.davidson() if data.fittable(x.text, x.split) and _davidson_sample(x)
    ]
    puns = [e for e in joke_examples() if e.kind in ("cup", "clean_pun")]
    return tweets + puns


def _fit_vector(X: np.ndarray, y: np.ndarray, C: float):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=5000).fit(X, y)


def _fit_words(texts: list[str], y: np.ndarray) -> BagOfWords:
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import normalize

    vectoriser = CountVectorizer(binary=True, min_df=3)
    counts = normalize(vectoriser.fit_transform(texts).astype(np.float64))
    model = LogisticRegression(C=WORDS_C, max_iter=5000).fit(counts, y)
    terms = vectoriser.get_feature_names_out()
    return BagOfWords({str(t): float(w) for t, w in zip(terms, model.coef_[0])}, float(model.intercept_[0]), {})


def _out_of_fold(examples: list[Example], fit_and_score) -> np.ndarray:
    folds = np.array([e.fold for e in examples])
    fit_mask = np.array([e.fit for e in examples])
    scores = np.zeros(len(examples))
    for k in range(FOLDS):
        train, held = np.where((folds != k) & fit_mask)[0], np.where(folds == k)[0]
        scores[held] = fit_and_score(train, held)
    return scores


def _threshold(clean_scores: np.ndarray, budget: float) -> float:
    """The lowest score that flags at most `budget` of the clean scores."""
    ordered = np.sort(clean_scores)[::-1]
    allowed = int(np.floor(budget * len(ordered)))
    return float(ordered[allowed] + 1e-6) if allowed < len(ordered) else float(ordered[-1])


def fit(cache: EmbeddingCache | None = None) -> tuple[OffenseHead, dict]:
    """The head and a report of its out-of-fold behaviour on train data."""
    cache = cache or EmbeddingCache()
    jokes = joke_examples()
    texts = [e.text for e in jokes]
    X = cache.embed(texts)
    y = np.array([e.label for e in jokes])

    def vector_oof(train, held):
        return _fit_vector(X[train], y[train], JOKE_C).decision_function(X[held])

    def words_oof(train, held):
        bow = _fit_words([texts[i] for i in train], y[train])
        return np.array([bow.decision(texts[i]) for i in held])

    vector_scores = _out_of_fold(jokes, vector_oof)
    words_scores = _out_of_fold(jokes, words_oof)
    v_scale = (float(vector_scores.mean()), float(vector_scores.std()))
    w_scale = (float(words_scores.mean()), float(words_scores.std()))
    joke_scores = (vector_scores - v_scale[0]) / v_scale[1] + WORDS_WEIGHT * (words_scores - w_scale[0]) / w_scale[1]

    abuse = abuse_examples()
    Xa = cache.embed([e.text for e in abuse])
    ya = np.array([e.label for e in abuse])
    abuse_scores = _out_of_fold(abuse, lambda train, held: _fit_vector(Xa[train], ya[train], ABUSE_C).decision_function(Xa[held]))

    cup = np.array([e.kind == "cup" for e in jokes])
    cup_abuse = np.array([e.kind == "cup" for e in abuse])
    clean = {"joke": joke_scores[cup], "abuse": abuse_scores[cup_abuse]}
    thresholds = {
        f"{mode}_{key}": _threshold(clean[key], budget[key])
        for mode, budget in (("default", BUDGET), ("strict", STRICT_BUDGET))
        for key in clean
    }
    fit_jokes = np.array([e.fit for e in jokes])
    fit_abuse = np.array([e.fit for e in abuse])
    vector_model = _fit_vector(X[fit_jokes], y[fit_jokes], JOKE_C)
    abuse_model = _fit_vector(Xa[fit_abuse], ya[fit_abuse], ABUSE_C)
    report = _report(jokes, joke_scores, abuse, abuse_scores, thresholds)
    head = OffenseHead(
        joke_vector=vector_model.coef_[0].astype(np.float32),
        joke_vector_bias=float(vector_model.intercept_[0]),
        joke_words=_fit_words([t for t, f in zip(texts, fit_jokes) if f], y[fit_jokes]),
        vector_scale=v_scale,
        words_scale=w_scale,
        words_weight=WORDS_WEIGHT,
        abuse_vector=abuse_model.coef_[0].astype(np.float32),
        abuse_bias=float(abuse_model.intercept_[0]),
        joke_threshold=thresholds["default_joke"],
        abuse_threshold=thresholds["default_abuse"],
        strict_joke_threshold=thresholds["strict_joke"],
        strict_abuse_threshold=thresholds["strict_abuse"],
        meta={
            "fitted_on": "train parts of HaHackathon, ExPUNations, Davidson, CUP (train contexts; dev only for thresholds), "
            "Pun of the Day, SemEval-2017, PunEval; CC BY-NC data: non-commercial use",
            "budget": BUDGET, "strict_budget": STRICT_BUDGET, "hh_positive_rating": HH_POSITIVE,
            "examples": {"joke": len(jokes), "abuse": len(abuse)},
            "out_of_fold": report,
        },
    )
    return head, report


def _report(jokes, joke_scores, abuse, abuse_scores, thresholds) -> dict:
    """Out-of-fold recall and false vetoes of the learned layer alone, at both settings."""
    hh_by_text = {x.text: x.score for x in data.hahackathon_offense() if x.split == data.TRAIN}
    abuse_by_text = dict(zip((e.text for e in abuse), abuse_scores))
    out = {}
    for mode in ("default", "strict"):
        jt, at = thresholds[f"{mode}_joke"], thresholds[f"{mode}_abuse"]
        flags = [(j >= jt) or (abuse_by_text.get(e.text, -np.inf) >= at) for e, j in zip(jokes, joke_scores)]
        flags = np.array(flags)
        hh2 = np.array([e.kind == "hahackathon" and hh_by_text.get(e.text, 0) >= 2 for e in jokes])
        cup = np.array([e.kind == "cup" for e in jokes])
        tweets = np.array([e.kind == "davidson" and e.label for e in abuse])
        out[mode] = {
            "hahackathon_offense_ge2_recall": round(float(flags[hh2].mean()), 4),
            "cup_clean_flagged": round(float(flags[cup].mean()), 4),
            "davidson_abusive_recall": round(float((abuse_scores[tweets] >= at).mean()), 4),
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m skill.build.fit_offense", description=__doc__)
    parser.add_argument("--out", default=str(HEAD_FILE))
    args = parser.parse_args(argv)
    if not data.available():
        parser.error(f"research data not found in {data.data_dir()} (set PUNPAL_SHARED_DATA)")
    started = time.perf_counter()
    head, report = fit()
    write_npz(Path(args.out), head.to_arrays())
    print(f"wrote {args.out} in {time.perf_counter() - started:.1f} s")
    for mode, numbers in report.items():
        print(f"  out-of-fold, learned layer alone, {mode}: {numbers}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

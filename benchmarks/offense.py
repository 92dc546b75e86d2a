"""The offensive filter on held-out TEST parts only (shared/data/README.md splits).

Every layer as the engine runs it (``JokeEngine.is_offensive`` = ``OffenseFilter.check``: words,
phrases, leetspeak, sensitive topics, then the learned heads on the runtime MiniLM vector), plus
each layer alone, at the default and the strict (kid mode) thresholds, and the trade-off curve of
the learned joke head. Thresholds were fixed at fit time on train parts; nothing here tunes them.

    .venv/bin/python benchmarks/offense.py            # ~2 min on 2 cores (encodes ~7.5k texts)

Needs ../shared/data (or PUNPAL_SHARED_DATA) and the built artifacts.
"""
from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from skill import offensive  # noqa: E402
from skill.build import pun_data as data  # noqa: E402
from skill.offense_model import default_head  # noqa: E402

TARGET_RECALL, TARGET_FPR = 0.80, 0.02
REFERENCE_MINILM_LR = 0.67  # MiniLM + logistic regression on HaHackathon train, recall at 2% FPR (brief)


@dataclass(frozen=True)
class TestSet:
    name: str
    texts: list[str]
    offensive: bool  # True: count recall; False: count false vetoes


def test_sets() -> list[TestSet]:
    hh = [x for x in data.hahackathon_offense() if x.split == data.TEST]
    ex = [x for x in data.expunations() if data.text_split(x["text"]) == data.TEST]
    dv = [x for x in data.davidson() if x.split == data.TEST]
    return [
        TestSet("HaHackathon offense >= 2", [x.text for x in hh if x.score >= 2], True),
        TestSet("ExPUNations majority-offensive", [data.detokenise(x["text"]) for x in ex if x["offensive_majority"]], True),
        TestSet("Davidson hate/offensive", [x.text for x in dv if x.offensive], True),
        TestSet("CUP clean puns (20 test contexts)", [p.text for p in data.cup_puns() if p.split == data.TEST], False),
        TestSet("ExPUNations nobody-offended", [data.detokenise(x["text"]) for x in ex if x["n_offensive"] == 0], False),
        TestSet("HaHackathon offense = 0", [x.text for x in hh if x.score == 0], False),
        TestSet("Davidson neither", [x.text for x in dv if not x.offensive], False),
    ]


def embed(texts: list[str], batch: int = 32) -> np.ndarray:
    """Runtime vectors: the engine's ONNX encoder, batched (length-sorted) for speed."""
    from skill.config import Settings
    from skill.encoder import SentenceEncoder

    encoder = SentenceEncoder.load(Settings.from_env().artifacts_dir / "encoder", cache_size=0)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    out = np.zeros((len(texts), 384), dtype=np.float32)
    for start in range(0, len(order), batch):
        idx = order[start : start + batch]
        out[idx] = encoder.encode([texts[i] for i in idx])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.parse_args(argv)
    if not data.available():
        print(f"research data not found in {data.data_dir()}", file=sys.stderr)
        return 2
    head = default_head()
    if head is None:
        print("skill/data/offense_head.npz missing: run python -m skill.build.fit_offense", file=sys.stderr)
        return 2
    started = time.perf_counter()
    sets = test_sets()
    texts = [t for s in sets for t in s.texts]
    vectors = embed(texts)
    words = np.array([offensive.check_words(t).offensive for t in texts])
    scores = [head.scores(v, t) for v, t in zip(vectors, texts)]
    joke = np.array([s.joke for s in scores])
    abuse = np.array([s.abuse for s in scores])
    default = np.array([offensive.check(t, vector=v).offensive for t, v in zip(texts, vectors)])
    strict = np.array([offensive.check(t, vector=v, strict=True).offensive for t, v in zip(texts, vectors)])
    learned = (joke >= head.joke_threshold) | (abuse >= head.abuse_threshold)
    bounds = np.cumsum([0] + [len(s.texts) for s in sets])
    part = {s.name: slice(bounds[i], bounds[i + 1]) for i, s in enumerate(sets)}

    print(f"Offensive filter on TEST parts ({len(texts)} texts, encoded in {time.perf_counter() - started:.0f} s)")
    print(f"{'set':38s} {'n':>5s}  {'words':>6s} {'learned':>7s} {'ALL':>6s} {'strict':>6s}   measure")
    for s in sets:
        sl = part[s.name]
        row = [words[sl].mean(), learned[sl].mean(), default[sl].mean(), strict[sl].mean()]
        measure = "recall" if s.offensive else "false-veto rate"
        print(f"{s.name:38s} {len(s.texts):5d}  " + " ".join(f"{v:6.3f}" for v in row[:1]) + f" {row[1]:7.3f} {row[2]:6.3f} {row[3]:6.3f}   {measure}")

    hh, cup = part["HaHackathon offense >= 2"], part["CUP clean puns (20 test contexts)"]
    recall, fpr = default[hh].mean(), default[cup].mean()
    print()
    print(f"TARGET through engine.is_offensive: recall >= {TARGET_RECALL} on HaHackathon offense>=2 at FPR <= {TARGET_FPR} on clean CUP puns")
    print(f"  all layers:            recall {recall:.3f}  FPR {fpr:.3f}")
    print(f"  learned layer alone:   recall {learned[hh].mean():.3f}  FPR {learned[cup].mean():.3f}"
          f"   (reference: MiniLM+LR on HaHackathon train {REFERENCE_MINILM_LR:.2f} at 2%)")
    print(f"  word/topic layers alone: recall {words[hh].mean():.3f}  FPR {words[cup].mean():.3f}"
          "   (the sensitive-topic rules veto puns about death, illness, groups by design)")
    clean_cup = cup.start + np.where(~words[cup])[0]
    print(f"  learned layer on CUP puns the word layers pass: FPR {learned[clean_cup].mean():.3f} (n={len(clean_cup)})")

    print()
    print("Trade-off of the learned joke head (abuse head fixed at its threshold); * = threshold chosen on train")
    print(f"{'joke threshold':>15s} {'HH recall all':>14s} {'HH learned':>11s} {'CUP FPR all':>12s} {'CUP learned':>12s}")
    grid = sorted(set(np.round(np.linspace(-0.5, 4.0, 19), 2)) | {round(head.joke_threshold, 2), round(head.strict_joke_threshold, 2)})
    for t in grid:
        flag = (joke >= t) | (abuse >= head.abuse_threshold)
        mark = " *" if abs(t - round(head.joke_threshold, 2)) < 1e-9 else " k" if abs(t - round(head.strict_joke_threshold, 2)) < 1e-9 else ""
        print(f"{t:15.2f} {(flag | words)[hh].mean():14.3f} {flag[hh].mean():11.3f} {(flag | words)[cup].mean():12.3f} {flag[cup].mean():12.3f}{mark}")
    print("  (k = kid-mode strict threshold)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

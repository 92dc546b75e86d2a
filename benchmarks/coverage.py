"""Lexicon coverage: for how many everyday topics does retrieval find at least 5 good pun pairs?

For each topic word in benchmarks/topics.txt (200 words over food, animals, sports, jobs, weather,
music, school, travel, home, tech) we call ``Retriever.retrieve({topic: 1.0}, k=10)`` and count the
pairs that are *good*: the pun word itself is about the topic, MiniLM cosine(topic, pun word) >=
``--min-related`` (0.4), or it is the topic word. That is what a listener checks first ("what has
'reel' to do with fishing?"); every lexicon pair already sounds alike and means two different things.

The retriever's score is a fitted model whose scale changes when it is refitted, so by default no
score threshold is applied (``--min-score`` adds one). Cosine 0.4 between two single words was set
by reading retrieved lists, not fitted: it is about where MiniLM stops pairing unrelated words. The
report also gives the count restricted to pairs the offline generator can turn into a joke (its
phrase book holds the alternative word), which is closer to what a user hears, and the share of
each relation among good pairs.

    .venv/bin/python benchmarks/coverage.py [--artifacts DIR] [--min-good 5] [--verbose]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TOPICS_FILE = Path(__file__).resolve().parent / "topics.txt"


def read_topics(path: Path = TOPICS_FILE) -> list[str]:
    """Topic words in file order; '#' lines and blanks are notes."""
    lines = (line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def main(argv: list[str] | None = None) -> int:
    from skill.config import Settings
    from skill.generation import OfflineGenerator
    from skill.retrieval import Retriever

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--artifacts", type=Path, default=None, help="built artifacts (default: PUNPAL_ARTIFACTS_DIR)")
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--min-good", type=int, default=5)
    parser.add_argument("--min-score", type=float, default=None, help="also require this retrieval score")
    parser.add_argument("--min-related", type=float, default=0.4)
    parser.add_argument("--verbose", action="store_true", help="print every topic's good pairs")
    args = parser.parse_args(argv)

    artifacts = args.artifacts or Settings.from_env().artifacts_dir
    retriever = Retriever.load(artifacts)
    generator = OfflineGenerator.default()
    topics = read_topics()

    def good(topic: str, scored) -> list:
        return [
            s for s in scored
            if (args.min_score is None or s.score >= args.min_score)
            and (s.pair.pun_word == topic or retriever.similarity(topic, s.pair.pun_word) >= args.min_related)
        ]

    covered = covered_jokes = total_good = 0
    relations: Counter[str] = Counter()
    thin: list[tuple[str, int]] = []
    for topic in topics:
        pairs = good(topic, retriever.retrieve({topic: 1.0}, k=args.k))
        usable = good(topic, retriever.retrieve({topic: 1.0}, k=args.k, accept=generator.can_generate))
        relations.update(s.pair.relation for s in pairs)
        total_good += len(pairs)
        covered += len(pairs) >= args.min_good
        covered_jokes += len(usable) >= args.min_good
        if len(pairs) < args.min_good:
            thin.append((topic, len(pairs)))
        if args.verbose:
            shown = ", ".join(f"{s.pair.pun_word}~{s.pair.alternative_word} ({s.score:.2f})" for s in pairs)
            print(f"{topic:12s} {len(pairs):2d} good | {shown}")

    n = len(topics)
    rule = f"cosine(topic, pun word) >= {args.min_related}"
    if args.min_score is not None:
        rule += f" and score >= {args.min_score}"
    print(f"topics: {n}  (k={args.k}, good = {rule})")
    print(f"topics with >= {args.min_good} good pairs: {covered}/{n} ({100 * covered / n:.0f}%)")
    print(f"... counting only pairs the offline generator can use: {covered_jokes}/{n} ({100 * covered_jokes / n:.0f}%)")
    print(f"mean good pairs per topic: {total_good / n:.2f} of {args.k}")
    total = sum(relations.values()) or 1
    print("good pairs by relation: " + ", ".join(f"{r} {c} ({100 * c / total:.0f}%)" for r, c in relations.most_common()))
    if thin:
        print("thin topics: " + ", ".join(f"{t} ({c})" for t, c in thin))
    return 0


if __name__ == "__main__":
    sys.exit(main())

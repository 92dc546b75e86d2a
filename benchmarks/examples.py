"""Twenty jokes from everyday contexts we wrote ourselves, as README shows them.

One engine, one fixed seed, the first joke for each context: nothing is picked by hand, so the
weak ones show too. Prints a Markdown table (context | joke | explanation).

    .venv/bin/python benchmarks/examples.py [--seed 3]

With ``--contexts FILE`` (one context per line, e.g. benchmarks/contexts.txt: 230 things people
say about their day, as reviewers judged them), each context is told by ``--seeds`` engines of
their own, seeded by the seed's number and the context, so a change to the engine can be compared
joke for joke (a context | seed | joke | pun word | explanation table).
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from skill.engine import JokeEngine  # noqa: E402

CONTEXTS = (
    "we're baking bread with the kids", "going fishing at the lake this weekend", "I'm studying for my math exam",
    "my dog keeps chewing the sofa", "we're painting the fence", "planting tomatoes in the garden",
    "stuck in traffic on the way to work", "making sushi for dinner", "watching the football game",
    "it's raining again", "learning to play the piano", "our cat knocked over the milk",
    "camping in the mountains", "cleaning the kitchen", "flying to Paris tomorrow", "I'm a dentist",
    "we're at the beach", "drinking coffee before a meeting", "building a snowman", "fixing my bike",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--contexts", type=Path, help="one context per line, told by --seeds seeded engines each")
    parser.add_argument("--seeds", type=int, default=2)
    args = parser.parse_args(argv)
    if args.contexts:
        return _per_context(args.contexts.read_text(encoding="utf-8").splitlines(), args.seeds)
    engine = JokeEngine.default(rng=random.Random(args.seed))
    print("| context | joke | explanation |\n|---|---|---|")
    for context in CONTEXTS:
        joke = engine.tell(context)
        print(f"| {context} | {joke.text} | {joke.explanation} |")
    return 0


def _per_context(lines: list[str], seeds: int) -> int:
    base = JokeEngine.default()
    print("| context | seed | joke | pun word | explanation |\n|---|---|---|---|---|")
    for context in (line.strip() for line in lines):
        if not context or context.startswith("#"):
            continue
        for seed in range(1, seeds + 1):
            try:
                joke = base.seeded(f"{seed}-{context}").tell(context)
            except LookupError as declined:  # sensitive or no fresh joke: said as such
                print(f"| {context} | {seed} | ({type(declined).__name__}) | | |")
                continue
            print(f"| {context} | {seed} | {joke.text} | {joke.pun_word}/{joke.alternative_word} | {joke.explanation} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

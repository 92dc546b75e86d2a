"""Twenty jokes from everyday contexts we wrote ourselves, as README shows them.

One engine, one fixed seed, the first joke for each context: nothing is picked by hand, so the
weak ones show too. Prints a Markdown table (context | joke | explanation).

    .venv/bin/python benchmarks/examples.py [--seed 3]
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
    args = parser.parse_args(argv)
    engine = JokeEngine.default(rng=random.Random(args.seed))
    print("| context | joke | explanation |\n|---|---|---|")
    for context in CONTEXTS:
        joke = engine.tell(context)
        print(f"| {context} | {joke.text} | {joke.explanation} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

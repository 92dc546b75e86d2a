"""Does a new topic in a running conversation get a joke about it?

For each of the 200 everyday topic words (benchmarks/topics.txt) the session already holds two
earlier turns about other topics, drawn at random ("we are talking about the passport", "... the
song"), and the person asks "tell me a joke about soccer". The joke counts as *about the new topic*
when its text says the topic word in some inflection, or its pun is heard as that word ('cot' for
'cat'): what a listener checks before anything else. Two stricter counts: the *pun* is on the new
topic (its punchline, alternative word or anchor says it; every frame names the topic, so the
whole text is a weak test), and the setup talks about an earlier turn ("What did the snow say to
the beach? Big math!" for math): a stale frame. Then "another one": the same counts for the next
joke, which should go on with the new topic, not an earlier turn's. Last, five asks in a row on
one topic: how many different pun words are heard, and how many jokes still pun on the topic.

    .venv/bin/python benchmarks/conversation.py [--seed 1] [--turns 2] [--verbose]
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.coverage import read_topics  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    from skill.context import extract_context, mentions
    from skill.engine import JokeEngine

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--turns", type=int, default=2, help="earlier turns about other topics")
    parser.add_argument("--verbose", action="store_true", help="print every joke that misses the new topic")
    parser.add_argument("--asks", type=int, default=5, help="asks in a row on one topic, for the variety count")
    parser.add_argument("--every", type=int, default=4, help="every how many topics the asks in a row are made on")
    args = parser.parse_args(argv)

    engine = JokeEngine.default(rng=random.Random(args.seed))
    draw = random.Random(args.seed)
    topics = read_topics()
    about, punned, stale, told, misses = 0, 0, 0, 0, []
    again_told, again_about, again_punned, again_stale = 0, 0, 0, 0
    asked_again: list[tuple[str, list[str], tuple[str, ...], list[str], str]] = []
    for topic in topics:
        earlier = draw.sample([t for t in topics if t != topic], args.turns)
        ask = f"tell me a joke about {topic}"
        asked = extract_context(ask)
        if asked.is_sensitive:  # the skill answers kindly and tells no joke ('hurricane')
            continue
        said_now = asked.current_words
        history = [f"we are talking about {t}" for t in earlier]
        try:
            joke = engine.tell(ask, history=history)
        except LookupError:
            continue
        told += 1
        if said_now and mentions(f"{joke.text} {joke.alternative_word}", said_now):
            about += 1
        else:
            misses.append(f"{' / '.join(earlier)} -> {topic}: {joke.text}")
        punned += bool(said_now) and mentions(f"{joke.punchline} {joke.alternative_word} {joke.anchor}", said_now)
        stale += any(mentions(joke.setup, [t]) for t in earlier)
        asked_again.append((topic, earlier, said_now, [*history, topic], joke.text))
    for topic, earlier, said_now, history, told_text in asked_again:  # after the first pass: same draws
        try:  # "another one": nothing said now; the skill's session holds the topic as its latest turn
            again = engine.tell("", history=history, exclude=[told_text])
        except LookupError:
            continue
        again_told += 1
        again_about += bool(said_now) and mentions(f"{again.text} {again.alternative_word}", said_now)
        again_punned += bool(said_now) and mentions(f"{again.punchline} {again.alternative_word} {again.anchor}", said_now)
        again_stale += any(mentions(again.setup, [t]) for t in earlier)
    print(f"new topic after {args.turns} earlier turns: {about}/{told} jokes about it, {punned}/{told} pun on it, "
          f"{stale}/{told} set up with an earlier turn's topic "
          f"({len(topics)} topics, {len(topics) - told} not told: sensitive or no fresh joke; seed {args.seed})")
    print(f"then 'another one': {again_about}/{again_told} jokes about it, {again_punned}/{again_told} pun on it, "
          f"{again_stale}/{again_told} set up with an earlier turn's topic")
    in_a_row(engine, [t for t in topics[:: args.every] if not extract_context(t).is_sensitive], args.asks)
    for line in misses if args.verbose else misses[:5]:
        print("  miss:", line)
    return 0


def in_a_row(engine, topics: list[str], asks: int) -> None:
    """Asks in a row on one topic, as a session makes them (what was told excluded, the pun words
    heard passed on): how many different pun words the listener hears, and how many jokes pun on
    the topic. "the park", then "another" four times, was park / bark three times."""
    from skill.context import extract_context, mentions

    told_count = distinct = on_it = setups = 0
    for topic in topics:
        told: list[str] = []
        heard: list[str] = []
        opened: list[str] = []
        said_now = extract_context(topic).current_words
        for i in range(asks):
            ctx = extract_context(topic) if i == 0 else extract_context("another", history=[topic])
            joke = engine.tell_in(ctx, exclude=set(told), heard=heard, just_heard=heard[-1] if heard else "", recent_setups=opened[-3:])
            if joke is None:
                break
            told.append(joke.text)
            heard.append(joke.pun_word)
            opened.append(joke.setup)
            on_it += bool(said_now) and mentions(f"{joke.punchline} {joke.alternative_word} {joke.anchor}", said_now)
        told_count += len(told)
        distinct += len({word.lower() for word in heard})
        setups += len(set(opened))
    print(f"{asks} asks in a row on one topic: {distinct}/{told_count} different pun words ({distinct / max(told_count, 1):.3f}), "
          f"{setups}/{told_count} different set-ups ({setups / max(told_count, 1):.3f}), "
          f"{on_it}/{told_count} pun on it ({len(topics)} topics)")


if __name__ == "__main__":
    raise SystemExit(main())

"""Generation quality by the research's automatic checks, diversity, and latency per candidate.

1. CUP test contexts x their ``new_pun = yes`` pairs: the configured generator writes candidates
   for each (context, pair); the engine's ranking picks one. Checks (Sun et al. 2022): pun word
   incorporated exactly once, alternative word not spelled out (heterographic pairs), a context word
   incorporated, at most 25 words, passes the offensive filter, funniness score. The same checks on
   the human puns (CUP ``user_pun``) are the reference. Coverage = pairs the generator could use.
2. End to end: ``engine.tell(context)`` with the retriever's own pair, same checks.
3. Diversity: 100 asks (10 topics x 10) for one user: distinct jokes, pairs and forms.
4. Latency per candidate for the configured backend.
5. Framing of one-word asks (the 200 topic words of ``topics.txt``, three seeds): how many setups
   name the topic, what it is a kind of ("My best advice for weather? Keep a tight rain."), or
   only "life" or no topic at all ("My motto:") when the pun word is the topic itself.

    .venv/bin/python benchmarks/generation.py [--limit N]

Needs ../shared/data for parts 1-2 (skipped otherwise).
"""
from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.coverage import read_topics  # noqa: E402
from skill.build import pun_data  # noqa: E402
from skill.context import content_words, extract_context  # noqa: E402
from skill.engine import JokeEngine  # noqa: E402
from skill.generation import GENERIC, NO_TOPIC_SETUPS, Candidate, GenerationRequest, count_word, inflections  # noqa: E402
from skill.lexicon import PunPair  # noqa: E402
from skill.user_state import joke_id, pun_word_at  # noqa: E402
from skill.word_classes import default_word_classes  # noqa: E402

MAX_WORDS = 25
TOPICS = ("fishing", "baking bread", "the beach", "my dog", "gardening", "school", "music", "coffee", "camping", "football")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


@dataclass(frozen=True)
class Checks:
    pun_once: bool
    alt_hidden: bool
    context_used: bool
    short: bool
    safe: bool
    funniness: float


def check(engine: JokeEngine, text: str, pun: str, alt: str, context_words: list[str]) -> Checks:
    forms = inflections(alt, pun)
    pun_count = count_word(text, set(forms.values()) | {pun.lower()})
    heterographic = pun.lower() != alt.lower()
    alt_count = count_word(text, set(forms) | {alt.lower()}) if heterographic else 0
    words = set(_WORD.findall(text.lower()))
    context = {w for phrase in context_words for w in _WORD.findall(phrase.lower()) if len(w) > 2}
    return Checks(
        pun_once=pun_count == 1,
        alt_hidden=alt_count == 0,
        # Words or their lemmas ("bunny" uses the context word "bunnies").
        context_used=bool(words & context) or bool(set(content_words(text)) & set(content_words(" ".join(context_words)))),
        short=len(text.split()) <= MAX_WORDS,
        safe=not engine.is_offensive(text),
        funniness=engine.funniness(text),
    )


def summary(rows: list[Checks]) -> str:
    if not rows:
        return "n=0"
    share = lambda attr: sum(getattr(r, attr) for r in rows) / len(rows)  # noqa: E731
    return (
        f"n={len(rows):4d}  pun once {share('pun_once'):.2f}  alt hidden {share('alt_hidden'):.2f}  "
        f"context {share('context_used'):.2f}  <=25 words {share('short'):.2f}  safe {share('safe'):.2f}  "
        f"funniness {statistics.mean(r.funniness for r in rows):.3f}"
    )


def best_candidate(engine: JokeEngine, candidates: list[Candidate]) -> Candidate | None:
    """The engine's own preference among a pair's candidates: funniest that passes the filter."""
    safe = [c for c in candidates if not engine.is_offensive(f"{c.text} {c.explanation}")]
    return max(safe, key=lambda c: engine.funniness(c.text), default=None)


def cup_parts(engine: JokeEngine, limit: int | None) -> None:
    puns = [p for p in pun_data.cup_puns() if p.split == pun_data.TEST][:limit]
    rng = random.Random(7)
    generated, human, latencies, covered = [], [], [], 0
    for item in puns:
        context_words = [w.strip() for w in item.context.split(",") if w.strip()]
        ctx = extract_context(" ".join(context_words))
        pair = PunPair(item.pun_word.lower(), item.alternative_word.lower(), "cup", 1.0, 0.0, 0.0)
        request = GenerationRequest(pair=pair, anchor=ctx.ranked_words[0] if ctx.ranked_words else "", context_words=ctx.ranked_words, topic=" ".join(context_words))
        started = time.perf_counter()
        candidates = engine.generator.generate(request, rng) if engine.generator.can_generate(pair) else []
        if candidates:
            latencies.append((time.perf_counter() - started) / len(candidates))
        human.append(check(engine, item.text, item.pun_word, item.alternative_word, context_words))
        best = best_candidate(engine, candidates)
        if best is not None:
            covered += 1
            generated.append(check(engine, best.text, item.pun_word, item.alternative_word, context_words))
    print(f"CUP test (20 contexts x new_pun=yes pairs, {len(puns)} pairs)")
    print(f"  generator coverage: {covered}/{len(puns)} = {covered / max(1, len(puns)):.2f} pairs usable by {engine.generator.name}")
    print(f"  generated (covered pairs)  {summary(generated)}")
    print(f"  human user_pun (all pairs) {summary(human)}")
    if latencies:
        print(f"  latency per candidate: median {1000 * statistics.median(latencies):.2f} ms")

    contexts = sorted({p.context for p in puns})
    told = []
    for context in contexts:
        context_words = [w.strip() for w in context.split(",") if w.strip()]
        try:
            joke = engine.tell(" ".join(context_words))
        except LookupError:
            continue
        told.append(check(engine, joke.text, joke.pun_word, joke.alternative_word, context_words))
    print(f"End to end, retriever's pair ({len(told)}/{len(contexts)} contexts got a joke)  {summary(told)}")


def diversity(engine: JokeEngine) -> None:
    """As the skill runs a listener's session: told ids excluded, pun words heard, the last one just heard."""
    from skill.context import extract_context

    texts, pairs, forms = [], Counter(), Counter()
    punchlines: set[str] = set()
    endings: Counter[str] = Counter()  # a punchline's last two words: "It's a rap" / "That's a rap"
    beginnings: Counter[str] = Counter()  # up to the pun word, 3+ words: "Jack of all trains (master of none)"
    exclude: list[str] = []
    heard: list[str] = []
    failures, worst = 0, (0, "")
    for topic in TOPICS:
        ctx, said = extract_context(topic), Counter()
        for _ in range(10):
            joke = engine.tell_in(ctx, exclude=exclude, heard=heard[-30:], just_heard=heard[-1] if heard else "")
            if joke is None:
                failures += 1
                continue
            exclude += list(joke.ids)  # as the skill does: the joke, its punchline and its ending, in any frame
            heard.append(joke.pun_word)
            said[joke.pun_word] += 1
            texts.append(joke.text.lower())
            punchlines.add(joke_id(joke.punchline or joke.text))
            endings[" ".join(re.findall(r"[a-z']+", (joke.punchline or joke.text).lower())[-2:])] += 1
            words = re.findall(r"[a-z']+", (joke.punchline or joke.text).lower())
            at = pun_word_at(words, joke.pun_word)
            if at is not None and at >= 2:
                beginnings[" ".join(words[: at + 1])] += 1
            pairs[joke.pair_key] += 1
            forms[joke.form] += 1
        word, count = said.most_common(1)[0] if said else ("", 0)
        worst = max(worst, (count, f"{word} ({topic})"))
    print(
        f"Diversity, 100 asks on {len(TOPICS)} topics for one listener: {len(set(texts))} distinct jokes, "
        f"{len(punchlines)} distinct punchlines, {sum(n - 1 for n in endings.values())} ending as an earlier one, "
        f"{sum(n - 1 for n in beginnings.values())} beginning as one up to the pun word "
        f"({failures} asks without a fresh joke), {len(pairs)} distinct pairs, "
        f"most told pun word on one topic {worst[0]} of 10: {worst[1]}, forms {dict(forms)}"
    )


def framing(seeds: tuple[int, ...] = (1, 2, 3)) -> None:
    """One-word asks: what the first joke's setup talks about."""
    classes = default_word_classes()
    topics = read_topics()
    counts: Counter[str] = Counter()
    for seed in seeds:
        engine = JokeEngine.default(rng=random.Random(seed))
        for topic in topics:
            try:
                joke = engine.tell(topic)
            except LookupError:
                counts["no joke"] += 1
                continue
            setup = joke.setup.lower()
            words = set(_WORD.findall(setup))
            if joke.setup.startswith(NO_TOPIC_SETUPS) or GENERIC in words:
                counts["life or no topic"] += 1
            elif any(kind in words or f"{kind}s" in words for kind in classes.kinds_of(joke.anchor)) and topic not in words:
                counts["a kind of the topic"] += 1
            else:
                counts["the topic or what it goes with"] += 1
    print(f"Framing, {len(topics)} one-word asks x {len(seeds)} seeds: {dict(counts.most_common())}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="at most N CUP pairs")
    args = parser.parse_args()
    engine = JokeEngine.default(rng=random.Random(1))
    if pun_data.available():
        cup_parts(engine, args.limit)
    else:
        print(f"CUP parts skipped: {pun_data.data_dir()} not found")
    diversity(engine)
    framing()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

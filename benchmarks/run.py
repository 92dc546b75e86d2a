"""Speed and memory of the skill, beside two yardsticks measured in the same run.

Prints cold start (a new process: imports, loading, first joke through the Lambda handler), warm
p50/p95 per joke request, and peak resident memory; beside a bare ask-sdk hello-world handler and
one MiniLM sentence embedding. Targets (2-core machine): cold ≤ 1.5 s, warm p95 ≤ 30 ms, RSS ≤ 500 MB.

    .venv/bin/python benchmarks/run.py [--requests 200]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOPICS = (
    "fishing", "baking bread with the kids", "camping", "the beach", "gardening", "school", "soccer",
    "music", "coffee", "cats", "the weather", "pizza", "trains", "space", "birds", "the farm",
)

_JOKE_EVENT = textwrap.dedent(
    """
    from skill.envelopes import Session
    session = Session(locale="en-US")
    event = session.intent("TellJokeIntent", {"topic": {"name": "topic", "value": "fishing", "confirmationStatus": "NONE"}})
    """
)

COLD_SKILL = _JOKE_EVENT.replace("from skill.envelopes", "import importlib.util, sys\nfrom skill.envelopes") + textwrap.dedent(
    """
    spec = importlib.util.spec_from_file_location("app", "lambda/app.py")
    app = importlib.util.module_from_spec(spec); spec.loader.exec_module(app)
    response = app.handler(event, None)
    assert response["response"]["outputSpeech"]["ssml"], response
    import resource; print("RSS_KB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    """
)

COLD_HELLO = textwrap.dedent(
    """
    from ask_sdk_core.skill_builder import CustomSkillBuilder
    from ask_sdk_core.dispatch_components import AbstractRequestHandler
    class Hello(AbstractRequestHandler):
        def can_handle(self, handler_input): return True
        def handle(self, handler_input): return handler_input.response_builder.speak("Hello").response
    sb = CustomSkillBuilder(); sb.add_request_handler(Hello()); handler = sb.lambda_handler()
    """
) + _JOKE_EVENT + "handler(event, None)\nimport resource; print('RSS_KB', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"


def run_cold(code: str, env: dict[str, str], repeats: int = 3) -> tuple[float, int]:
    """Best-of-n wall time of a fresh interpreter running `code`, and its peak RSS in KB."""
    times, rss = [], 0
    for _ in range(repeats):
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
        times.append(time.perf_counter() - start)
        rss = max(rss, int(out.stdout.split("RSS_KB")[-1].split()[0]))
    return min(times), rss


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def warm_latencies(n: int) -> tuple[list[float], list[float]]:
    """Per-request wall times (ms) of joke requests through the skill and through hello-world."""
    from ask_sdk_core.dispatch_components import AbstractRequestHandler
    from ask_sdk_core.skill_builder import CustomSkillBuilder

    from skill.entrypoint import lambda_handler
    from skill.envelopes import Session

    class Hello(AbstractRequestHandler):
        def can_handle(self, handler_input):
            return True

        def handle(self, handler_input):
            return handler_input.response_builder.speak("Hello").response

    builder = CustomSkillBuilder()
    builder.add_request_handler(Hello())
    hello = builder.lambda_handler()

    session = Session(locale="en-US")
    lambda_handler(session.launch(), None)  # warm-up: builds the skill
    skill_ms, hello_ms = [], []
    for i in range(n):
        topic = TOPICS[i % len(TOPICS)]
        event = session.intent("TellJokeIntent", {"topic": {"name": "topic", "value": topic, "confirmationStatus": "NONE"}})
        start = time.perf_counter()
        response = lambda_handler(event, None)
        skill_ms.append((time.perf_counter() - start) * 1000)
        session.observe(response)
        start = time.perf_counter()
        hello(event, None)
        hello_ms.append((time.perf_counter() - start) * 1000)
    return skill_ms, hello_ms


def embedding_ms(n: int = 50) -> float:
    from skill.config import Settings
    from skill.encoder import SentenceEncoder

    encoder = SentenceEncoder.load(Settings.from_env().artifacts_dir / "encoder")
    encoder.encode(["warm up"])
    times = []
    for i in range(n):
        start = time.perf_counter()
        encoder.encode([f"we are baking bread with the kids number {i}"])  # distinct: no cache hits
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    state = Path(tempfile.mkdtemp(prefix="punpal-bench-"))
    env = {**os.environ, "PUNPAL_PERSISTENCE": "sqlite", "PUNPAL_SQLITE_PATH": str(state / "cold.sqlite3"), "LOG_LEVEL": "WARNING", "PYTHONPATH": str(ROOT)}
    os.environ.update({"PUNPAL_PERSISTENCE": "sqlite", "PUNPAL_SQLITE_PATH": str(state / "warm.sqlite3"), "LOG_LEVEL": "WARNING"})
    sys.path.insert(0, str(ROOT))

    cold_skill, rss_skill = run_cold(COLD_SKILL, env)
    cold_hello, rss_hello = run_cold(COLD_HELLO, env)
    skill_ms, hello_ms = warm_latencies(args.requests)
    embed = embedding_ms()

    results = {
        "cold_start_s": round(cold_skill, 3),
        "cold_start_hello_world_s": round(cold_hello, 3),
        "warm_p50_ms": round(statistics.median(skill_ms), 2),
        "warm_p95_ms": round(percentile(skill_ms, 95), 2),
        "warm_hello_world_p50_ms": round(statistics.median(hello_ms), 3),
        "minilm_embedding_ms": round(embed, 2),
        "peak_rss_mb": round(rss_skill / 1024, 1),
        "peak_rss_hello_world_mb": round(rss_hello / 1024, 1),
    }
    print(f"cold start      {cold_skill:7.3f} s   (hello world {cold_hello:.3f} s, ratio {cold_skill / cold_hello:.1f}x)   target <= 1.5 s")
    print(f"warm p50        {results['warm_p50_ms']:7.2f} ms  (hello world {results['warm_hello_world_p50_ms']:.3f} ms; one MiniLM embedding {embed:.2f} ms, ratio {results['warm_p50_ms'] / embed:.1f}x)")
    print(f"warm p95        {results['warm_p95_ms']:7.2f} ms  target <= 30 ms")
    print(f"peak RSS        {results['peak_rss_mb']:7.1f} MB  (hello world {results['peak_rss_hello_world_mb']:.1f} MB)   target <= 500 MB")
    print(json.dumps(results))


if __name__ == "__main__":
    main()

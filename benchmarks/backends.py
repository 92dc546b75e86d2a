"""Latency per candidate of each generator backend, on this machine.

- offline: the phrase-swap generator (the default).
- transformers: tiny T5 / GPT-2 models built offline (random, and fine-tuned on three hand-written
  jokes so some samples survive). This measures the backend's own overhead (prompting, sampling,
  decoding, checks), not a real model: t5-small is ~2,000x bigger. `--model-dir` times a real one.
- bedrock: client-side overhead only, with botocore's Stubber (request building, parameter and
  response validation, parsing, checks); a real call adds the model's latency (~0.5-1.5 s).
Also the one-off cost of choosing transformers: importing torch + transformers and loading.

    .venv/bin/python benchmarks/backends.py [--rounds 20] [--model-dir DIR]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("LOG_LEVEL", "WARNING")
CONTEXTS = ("fishing on the lake", "baking bread with the kids", "camping", "the beach", "gardening",
            "coffee", "school", "music", "soccer", "cats")
HAND = [
    {"keywords": ["fishing", "lake"], "pun_word": "reel", "alternative_word": "real",
     "text": "Why did the angler buy a new rod? He wanted the reel thing."},
    {"keywords": ["baking", "bread"], "pun_word": "knead", "alternative_word": "need",
     "text": "What did the baker tell the kids? All you knead is love."},
    {"keywords": ["garden", "herbs"], "pun_word": "thyme", "alternative_word": "time",
     "text": "Why are gardeners so patient? They know there is a thyme for everything."},
]


def requests_for(engine):
    from skill.context import extract_context
    from skill.generation import GenerationRequest

    out = []
    for context in CONTEXTS:
        ctx = extract_context(context)
        words = dict(ctx.words)
        for scored in engine.retriever.retrieve(words, k=2, accept=engine.generator.can_generate):
            out.append(GenerationRequest(scored.pair, scored.anchor, tuple(sorted(words, key=lambda w: -words[w])), ctx.topic))
    return out


def measure(generate, requests, rounds: int, sampled_per_call: int | None = None) -> dict[str, float]:
    """ms per call, per kept candidate, and per sampled sequence (for model backends)."""
    times, kept = [], 0
    for r in range(rounds):
        for i, req in enumerate(requests):
            rng = random.Random(r * 1000 + i)
            start = time.perf_counter()
            got = generate(req, rng)
            times.append((time.perf_counter() - start) * 1000)
            kept += len(got)
    total = sum(times)
    result = {"calls": len(times), "ms_per_call_p50": round(statistics.median(times), 3),
              "ms_per_call_p95": round(sorted(times)[int(0.95 * (len(times) - 1))], 3),
              "kept_candidates": kept, "ms_per_kept_candidate": round(total / kept, 3) if kept else None}
    if sampled_per_call:
        result["ms_per_sampled_candidate"] = round(total / (len(times) * sampled_per_call), 3)
    return result


def cold_transformers(model_dir: Path) -> dict[str, float]:
    code = (
        "import time; t=time.perf_counter(); import torch, transformers; t1=time.perf_counter();"
        "from skill.model_generator import TransformersGenerator; g=TransformersGenerator.load(%r); t2=time.perf_counter();"
        "print(round(t1-t,3), round(t2-t1,3))" % str(model_dir)
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    imports, load = (float(x) for x in out.stdout.split()[-2:])
    return {"import_torch_transformers_s": imports, "load_model_s": load}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--model-dir", type=Path, help="also time a real transformers model directory")
    args = parser.parse_args()

    import torch
    from botocore.stub import Stubber

    from skill.bedrock_generator import BedrockGenerator, BedrockOptions, make_client
    from skill.build import finetune_generator as ft
    from skill.engine import JokeEngine
    from skill.model_generator import ModelOptions, TransformersGenerator

    torch.set_num_threads(1)
    engine = JokeEngine.default(rng=random.Random(0))
    requests = requests_for(engine)
    results: dict[str, dict] = {"offline": measure(engine.generator.generate, requests, args.rounds)}

    work = Path(tempfile.mkdtemp(prefix="punpal-bench-backends-"))
    jsonl = work / "hand.jsonl"
    jsonl.write_text("\n".join(json.dumps(h) for h in HAND))
    corpus = [h["text"] for h in HAND]
    options = ModelOptions(num_candidates=4, max_new_tokens=32)
    for arch in ("t5", "gpt2"):
        base = ft.init_tiny_model(work / f"{arch}-base", arch, corpus)
        tuned = work / f"{arch}-tuned"
        ft.main(["--base-model", str(base), "--out", str(tuned), "--sources", "", "--train-jsonl", str(jsonl),
                 "--epochs", "0", "--max-steps", "120", "--batch-size", "4", "--lr", "1e-2", "--warmup-ratio", "0",
                 "--log-every", "1000", "--device", "cpu"])
        for label, path in (("random", base), ("tuned", tuned)):
            gen = TransformersGenerator.load(path, options)
            results[f"transformers_tiny_{arch}_{label}"] = measure(gen.generate, requests, max(1, args.rounds // 4),
                                                                   options.num_candidates)
        results[f"transformers_tiny_{arch}_cold"] = cold_transformers(tuned)
    if args.model_dir:
        gen = TransformersGenerator.load(args.model_dir, options)
        results["transformers_model_dir"] = measure(gen.generate, requests, 1, options.num_candidates)
        results["transformers_model_dir_cold"] = cold_transformers(args.model_dir)

    bedrock_options = BedrockOptions(region="us-east-1")
    bedrock = BedrockGenerator(make_client(bedrock_options), bedrock_options)
    with Stubber(bedrock.client) as stubber:
        def stubbed(req, rng):
            pun = req.pair.pun_word
            jokes = {"jokes": [{"setup": f"Why did the {req.anchor or 'cat'} smile at the party?",
                                "punchline": f"It had a {pun} good time."},
                               {"setup": "What did the friend say?", "punchline": f"That is so {pun} of you."},
                               {"setup": "Any news?", "punchline": "Nothing at all."}]}
            stubber.add_response("converse", {
                "output": {"message": {"role": "assistant", "content": [{"text": json.dumps(jokes)}]}},
                "stopReason": "end_turn", "usage": {"inputTokens": 400, "outputTokens": 90, "totalTokens": 490},
                "metrics": {"latencyMs": 700}})
            return bedrock.generate(req, rng)

        results["bedrock_stubbed_client_overhead"] = measure(stubbed, requests, args.rounds)

    for name, r in results.items():
        print(f"{name:42s} {json.dumps(r)}")
    print(json.dumps(results))


if __name__ == "__main__":
    main()

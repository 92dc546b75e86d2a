"""Backend choice, the offline safety net, the per-request budget, and the checks on model text.

The model backends themselves are tested in test_model_generator.py (a real tiny transformers
model) and test_bedrock_generator.py (botocore Stubber); here the primary is a small scripted
Generator so every fallback path can be driven exactly, with a fake clock (no timed assertions).
"""
from __future__ import annotations

import logging
import random
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from skill.backends import (
    BackendError,
    CallBudget,
    CircuitBreaker,
    FallbackGenerator,
    candidate_from_parts,
    candidate_from_text,
    clean_model_text,
    generator_for,
    model_explanation,
    prompt_keywords,
    rejection,
    split_setup_punchline,
)
from skill.config import Settings
from skill.generation import Candidate, GenerationRequest, Generator, OfflineGenerator
from skill.lexicon import PunPair

ROOT = Path(__file__).resolve().parents[1]
REEL = PunPair("reel", "real", "homophone", 1.0, 3.0, 5.0)
KNEAD = PunPair("knead", "need", "homophone", 1.0, 3.0, 5.0)
FISHING = GenerationRequest(REEL, "fishing", ("fishing", "lake", "boat"), "going fishing")
BAKING = GenerationRequest(KNEAD, "bread", ("bread", "kids"), "baking bread")


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Scripted:
    """A primary backend that plays back a script: a list of candidates, or an exception."""

    script: list = field(default_factory=list)
    name: str = "scripted"
    max_call_seconds: float = 1.0
    calls: int = 0
    accepts: bool = True

    def can_generate(self, pair: PunPair) -> bool:
        return self.accepts

    def generate(self, request: GenerationRequest, rng: random.Random) -> list[Candidate]:
        self.calls += 1
        step = self.script.pop(0) if self.script else []
        if isinstance(step, Exception):
            raise step
        return step


def model_joke(request: GenerationRequest = FISHING) -> Candidate:
    found = candidate_from_text("Why did the angler buy a new rod? He wanted the reel thing.", request)
    assert found is not None
    return found


@pytest.fixture(scope="module")
def offline() -> OfflineGenerator:
    return OfflineGenerator.default()


def wrapped(primary: Scripted, offline: OfflineGenerator, clock: FakeClock | None = None, **budget) -> FallbackGenerator:
    clock = clock or FakeClock()
    return FallbackGenerator(primary, offline, CallBudget(clock=clock, **budget), CircuitBreaker(cooldown_s=60, clock=clock))


def fallbacks(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [getattr(r, "reason", "") for r in caplog.records if r.getMessage() == "generator_fallback"]


# --------------------------------------------------------------------------- choosing a backend
def test_offline_is_the_default_and_the_same_instance(offline: OfflineGenerator) -> None:
    assert Settings().generator == "offline"
    assert generator_for(Settings(), offline) is offline
    assert generator_for(Settings.from_env({}), offline) is offline


@pytest.mark.parametrize("settings", [
    Settings(generator="transformers"),  # no model URI
    Settings(generator="transformers", model_uri="/nonexistent/model"),
    Settings(generator="gpt-9"),
])
def test_a_backend_that_cannot_be_built_leaves_the_offline_generator(
        settings: Settings, offline: OfflineGenerator, caplog: pytest.LogCaptureFixture) -> None:
    assert generator_for(settings, offline) is offline
    assert [r for r in caplog.records if r.getMessage() == "generator_unavailable"]


def test_bedrock_is_wrapped_with_the_configured_budget(offline: OfflineGenerator) -> None:
    settings = Settings.from_env({"PUNPAL_GENERATOR": "bedrock", "PUNPAL_BEDROCK_REGION": "eu-west-1",
                                  "PUNPAL_GENERATOR_BUDGET": "3.5", "PUNPAL_GENERATOR_MAX_CALLS": "1",
                                  "PUNPAL_BEDROCK_READ_TIMEOUT": "oops"})
    gen = generator_for(settings, offline)
    assert isinstance(gen, FallbackGenerator) and isinstance(gen, Generator)
    assert gen.name == "bedrock+offline" and gen.phrasebook is offline.phrasebook
    assert (gen.budget.seconds, gen.budget.max_calls) == (3.5, 1)
    assert gen.primary.options.region == "eu-west-1"
    assert gen.primary.options.read_timeout_s == Settings.bedrock_read_timeout_s  # a typo keeps the default


def test_settings_read_every_backend_variable() -> None:
    s = Settings.from_env({
        "PUNPAL_GENERATOR": " Transformers ", "PUNPAL_MODEL_URI": "s3://b/p/", "PUNPAL_MODEL_CACHE_DIR": "/tmp/x",
        "PUNPAL_MODEL_CANDIDATES": "6", "PUNPAL_MODEL_TEMPERATURE": "0", "PUNPAL_BEDROCK_MODEL_ID": "m",
        "PUNPAL_BEDROCK_GUARDRAIL_ID": "g1", "PUNPAL_BEDROCK_GUARDRAIL_VERSION": "3",
        "PUNPAL_BEDROCK_CONNECT_TIMEOUT": "0.3", "PUNPAL_BEDROCK_MAX_ATTEMPTS": "2", "PUNPAL_GENERATOR_COOLDOWN": "5",
    })
    assert s.generator == "transformers" and s.model_uri == "s3://b/p/" and str(s.model_cache_dir) == "/tmp/x"
    assert (s.model_candidates, s.model_temperature, s.bedrock_model_id) == (6, 0.0, "m")
    assert (s.bedrock_guardrail_id, s.bedrock_guardrail_version) == ("g1", "3")
    assert (s.bedrock_connect_timeout_s, s.bedrock_max_attempts, s.generator_cooldown_s) == (0.3, 2, 5.0)


# --------------------------------------------------------------------------- the safety net
def test_model_candidates_are_used_when_there_are_some(offline: OfflineGenerator) -> None:
    joke = model_joke()
    gen = wrapped(Scripted([[joke]]), offline)
    assert gen.generate(FISHING, random.Random(0)) == [joke]


@pytest.mark.parametrize("step, reason, trips", [
    ([], "no_candidates", False),
    (BackendError("guardrail", "guardrail_intervened"), "guardrail", False),
    (BackendError("unparseable"), "unparseable", False),
    (BackendError("timeout", "read timeout"), "timeout", True),
    (BackendError("throttled"), "throttled", True),
    (RuntimeError("backend bug"), "error", True),
])
def test_any_failure_falls_back_to_offline_with_one_log_line(
        offline: OfflineGenerator, caplog: pytest.LogCaptureFixture, step, reason: str, trips: bool) -> None:
    primary = Scripted([step])
    gen = wrapped(primary, offline)
    got = gen.generate(BAKING, random.Random(1))
    assert got and got == offline.generate(BAKING, random.Random(1))
    assert fallbacks(caplog) == [reason]
    record = next(r for r in caplog.records if r.getMessage() == "generator_fallback")
    assert (record.backend, record.pair) == ("scripted", "knead|need") and record.elapsed_ms >= 0
    assert gen.breaker.closed is (not trips)


def test_an_unhealthy_backend_is_skipped_until_the_cooldown_ends(
        offline: OfflineGenerator, caplog: pytest.LogCaptureFixture) -> None:
    clock = FakeClock()
    primary = Scripted([BackendError("timeout"), [model_joke()]])
    gen = wrapped(primary, offline, clock)
    model_only = PunPair("zzyzx", "zizzix", "near_homophone", 0.8, 1.0, 1.0)  # no phrase holds it
    assert gen.can_generate(model_only)
    gen.generate(BAKING, random.Random(0))
    assert primary.calls == 1 and not gen.breaker.closed
    clock.now += 5
    assert gen.generate(FISHING, random.Random(0)) == offline.generate(FISHING, random.Random(0))
    assert primary.calls == 1  # not asked again while the circuit is open
    assert not gen.can_generate(model_only) and gen.can_generate(REEL)  # only what offline can do
    assert fallbacks(caplog) == ["timeout"]  # skipping is logged at debug level only
    clock.now += 60
    assert gen.generate(FISHING, random.Random(0)) == [model_joke()]
    assert primary.calls == 2


def test_budget_limits_model_calls_per_joke_request(offline: OfflineGenerator) -> None:
    clock = FakeClock()
    primary = Scripted([[model_joke()]] * 10)
    gen = wrapped(primary, offline, clock, max_calls=2, seconds=4.0)
    same_request = [FISHING, BAKING, FISHING]  # one `tell`: shared topic and context words
    shared = [GenerationRequest(r.pair, r.anchor, ("lake",), "going fishing") for r in same_request]
    for r in shared:
        gen.generate(r, random.Random(0))
    assert primary.calls == 2  # the third pair got the offline generator
    clock.now += 5  # the next user request, even with the same context
    gen.generate(shared[0], random.Random(0))
    assert primary.calls == 3


def test_budget_stops_calls_that_could_overrun_the_deadline() -> None:
    clock = FakeClock()
    budget = CallBudget(seconds=4.0, max_calls=5, clock=clock)
    assert budget.allow("k", call_cost_s=2.5)
    clock.now += 1.0  # the first call took a second
    budget.touch()
    assert not budget.allow("k", call_cost_s=3.5)  # 1.0 + 3.5 > 4.0
    assert budget.allow("k", call_cost_s=2.5)
    assert not budget.allow("k", call_cost_s=5.0)
    assert budget.allow("other request", call_cost_s=2.5)


def test_pairs_only_the_model_can_do_get_nothing_when_it_fails(offline: OfflineGenerator) -> None:
    odd = GenerationRequest(PunPair("zzyzx", "zizzix", "near_homophone", 0.8, 1.0, 1.0), "", ("lake",), "")
    assert wrapped(Scripted([BackendError("unparseable")]), offline).generate(odd, random.Random(0)) == []


def test_the_engine_tells_a_joke_while_the_backend_is_down(retriever, offline: OfflineGenerator,
                                                          caplog: pytest.LogCaptureFixture) -> None:
    from skill.engine import JokeEngine
    from skill.funniness import FunninessScorer

    caplog.set_level(logging.INFO)
    down = Scripted([BackendError("unavailable", "connection refused")] * 50)
    engine = JokeEngine(retriever, wrapped(down, offline), FunninessScorer(retriever.lexicon, offline.phrasebook),
                        rng=random.Random(3))
    joke = engine.tell("we're going fishing on the lake")
    assert joke.text and joke.explanation
    assert down.calls == 1 and fallbacks(caplog)[0] == "unavailable"


# --------------------------------------------------------------------------- model text -> Candidate
def test_prompt_keywords_lead_with_the_anchor_and_leave_out_the_pair() -> None:
    request = GenerationRequest(REEL, "Fishing", ("lake", "reel", "fishing", "boat", "real", "net", "sun"), "")
    assert prompt_keywords(request) == ["fishing", "lake", "boat", "net"]


@pytest.mark.parametrize("raw, clean", [
    ("1. Joke: \u201cWhy so?\u201d", "Why so?"),
    ("- pun: He wanted the reel thing .", "He wanted the reel thing."),
    ("  'A reel bargain , really ! '  ", "A reel bargain, really!"),
])
def test_clean_model_text(raw: str, clean: str) -> None:
    assert clean_model_text(raw) == clean


@pytest.mark.parametrize("text, reason", [
    ("Reel fun.", "length"),
    ("Why did the angler smile? " * 5 + "Reel.", "length"),
    ("pun word: reel alternative word: real and more", "junk"),
    ("Why did the <unk> fish? It was reel good.", "junk"),
    ("The lake lake was reel nice today.", "repetition"),
    ("fishing rod keywords baker reel gardeners so kids?", "junk"),
    ("He did buy a reel rod for the lake and", "unfinished"),
    ("The angler liked fishing at the lake all day.", "pun_word_count"),
    ("The reel angler wanted a reel rod.", "pun_word_count"),
    ("The angler wanted a real rod, a reel one.", "alternative_word_present"),
    ("Why did the angler buy a rod? He wanted the reel thing.", None),
    ("Why did the angler buy rods? He wanted reels.", None),  # an inflected pun word counts
])
def test_rejection_reasons(text: str, reason: str | None) -> None:
    assert rejection(text, REEL) == reason


@pytest.mark.parametrize("text, setup, punchline", [
    ("Why did the angler buy a rod? He wanted the reel thing.", "Why did the angler buy a rod?", "He wanted the reel thing."),
    ("Anglers have one rule: keep it reel.", "Anglers have one rule:", "keep it reel."),
    ("I used to fish a lot, but now it is not a reel hobby.", "I used to fish a lot,", "but now it is not a reel hobby."),
    ("The angler said there was no reel bargain today.", "The angler said", "there was no reel bargain today."),
    ("My old uncle loves reel bargains.", "My old", "uncle loves reel bargains."),
])
def test_split_keeps_the_text_and_puts_the_pun_in_the_punchline(text: str, setup: str, punchline: str) -> None:
    assert split_setup_punchline(text, REEL) == (setup, punchline)
    assert f"{setup} {punchline}" == text


def test_split_refuses_a_pun_word_at_the_very_start() -> None:
    assert split_setup_punchline("Reel anglers never lie about fish.", REEL) is None


def test_candidate_meets_the_engine_contract() -> None:
    c = model_joke()
    assert c.text == f"{c.setup} {c.punchline}"
    assert (c.pun_word, c.alternative_word, c.anchor, c.form) == ("reel", "real", "fishing", "riddle")
    assert c.explanation == "'Reel' sounds like 'real', as in 'he wanted the real thing'; and 'reel' goes with fishing."
    one_liner = candidate_from_text("The angler said there was no reel bargain at the lake.", FISHING)
    assert one_liner is not None and one_liner.form == "one-liner"
    assert "'there was no real bargain'" in one_liner.explanation  # trailing 'at the' trimmed


def test_candidate_from_parts_needs_the_pun_in_the_punchline() -> None:
    assert candidate_from_parts("Why is the reel so good?", "Because fishing is fun today.", FISHING) is None
    unpunctuated = candidate_from_parts("Why did the angler buy a rod?", "He wanted the reel thing", FISHING)
    assert unpunctuated is not None and unpunctuated.punchline == "He wanted the reel thing."
    got = candidate_from_parts("What did the baker tell the kids?", "All you knead is love.", BAKING)
    assert got is not None and got.text == "What did the baker tell the kids? All you knead is love."
    assert model_explanation(KNEAD, got.punchline, "bread").startswith("'Knead' sounds like 'need', as in 'all you need is love'")


# --------------------------------------------------------------------------- import hygiene
def test_the_default_path_never_imports_torch_transformers_or_the_model_backends() -> None:
    code = textwrap.dedent("""
        import sys
        from skill.engine import JokeEngine
        from skill.config import Settings
        settings = Settings.from_env({})
        if (settings.artifacts_dir / "manifest.json").exists():
            assert JokeEngine.default(settings).tell("fishing").text
        import skill.model_generator, skill.bedrock_generator, skill.build.finetune_generator  # importable, still light
        heavy = sorted(m for m in ("torch", "transformers") if m in sys.modules)
        assert not heavy, heavy
        print("ok")
    """)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stdout.strip().endswith("ok"), out.stderr[-2000:]


def test_backend_variables_in_the_template_are_the_ones_settings_read() -> None:
    import re

    template = (ROOT / "template.yaml").read_text(encoding="utf-8")
    names = set(re.findall(r"^\s+(PUNPAL_(?:GENERATOR|MODEL|BEDROCK)\w*):", template, re.M))
    assert {"PUNPAL_GENERATOR", "PUNPAL_MODEL_URI", "PUNPAL_BEDROCK_MODEL_ID", "PUNPAL_BEDROCK_REGION",
            "PUNPAL_BEDROCK_GUARDRAIL_ID", "PUNPAL_BEDROCK_GUARDRAIL_VERSION"} <= names
    source = (ROOT / "skill" / "config.py").read_text(encoding="utf-8")
    assert not [n for n in sorted(names) if f'"{n}"' not in source]

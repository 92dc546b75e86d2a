"""The Bedrock backend against botocore's Stubber: no network, real request/response validation.

moto does not implement bedrock-runtime Converse, so each test queues the exact response (or
error) a real client would get; botocore still validates our parameters and the response shape.
"""
from __future__ import annotations

import json
import logging
import random

import pytest
from botocore.exceptions import ReadTimeoutError
from botocore.stub import ANY, Stubber

from skill.backends import BackendError, CallBudget, CircuitBreaker, FallbackGenerator
from skill.bedrock_generator import FEW_SHOT, SYSTEM_PROMPT, BedrockGenerator, BedrockOptions, make_client, parse_jokes
from skill.config import Settings
from skill.generation import GenerationRequest, OfflineGenerator
from skill.lexicon import PunPair

REEL = PunPair("reel", "real", "homophone", 1.0, 3.0, 5.0)
KNEAD = PunPair("knead", "need", "homophone", 1.0, 3.0, 5.0)
FISHING = GenerationRequest(REEL, "fishing", ("fishing", "lake"), "going fishing")
BAKING = GenerationRequest(KNEAD, "bread", ("bread", "kids"), "baking bread")
JOKES = {"jokes": [
    {"setup": "Why did the angler buy a new rod?", "punchline": "He wanted the reel thing."},
    {"setup": "What do anglers call a fake fish?", "punchline": "Not real, just a reel imposter."},  # says 'real'
    {"setup": "Is the lake good for fishing?", "punchline": "Yes."},  # no pun word
    {"setup": "", "punchline": "My uncle at the lake only buys reel bargains."},  # one string: split by our rules
]}


def converse_response(text: str, stop: str = "end_turn") -> dict:
    return {
        "output": {"message": {"role": "assistant", "content": [{"text": text}]}},
        "stopReason": stop,
        "usage": {"inputTokens": 420, "outputTokens": 96, "totalTokens": 516},
        "metrics": {"latencyMs": 640},
    }


@pytest.fixture
def options() -> BedrockOptions:
    return BedrockOptions(model_id="amazon.nova-micro-v1:0", region="us-east-1")


@pytest.fixture
def stubbed(options: BedrockOptions):
    generator = BedrockGenerator(make_client(options), options)
    with Stubber(generator.client) as stubber:
        yield generator, stubber


def test_client_timeouts_and_retries_fit_the_alexa_budget(options: BedrockOptions) -> None:
    client = make_client(options)
    config = client.meta.config
    assert (config.connect_timeout, config.read_timeout) == (0.5, 2.0)
    assert config.retries == {"total_max_attempts": 1, "mode": "standard"}
    assert client.meta.region_name == "us-east-1"
    generator = BedrockGenerator(client, options)
    assert generator.max_call_seconds <= 3.0
    assert generator.max_call_seconds <= Settings().generator_budget_s


def test_options_from_settings() -> None:
    settings = Settings(bedrock_model_id="eu.amazon.nova-micro-v1:0", bedrock_region="eu-west-1",
                        bedrock_guardrail_id="gr1", bedrock_guardrail_version="2", bedrock_read_timeout_s=1.5)
    o = BedrockOptions.from_settings(settings)
    assert (o.model_id, o.region, o.guardrail_id, o.guardrail_version, o.read_timeout_s) == (
        "eu.amazon.nova-micro-v1:0", "eu-west-1", "gr1", "2", 1.5)
    assert BedrockOptions.from_settings(Settings()).region == "us-east-1"  # AWS_DEFAULT_REGION in tests


def test_request_has_system_prompt_few_shot_turns_and_the_pair(stubbed) -> None:
    generator, _ = stubbed
    params = generator.request_params(FISHING)
    assert params["modelId"] == "amazon.nova-micro-v1:0"
    assert params["system"] == [{"text": SYSTEM_PROMPT}]
    messages = params["messages"]
    assert [m["role"] for m in messages] == ["user", "assistant"] * len(FEW_SHOT) + ["user"]
    for m in messages[1:-1:2]:  # the few-shot answers are the format we ask for
        assert parse_jokes(m["content"][0]["text"])
    ask = messages[-1]["content"][0]["text"]
    assert ask.startswith("generate a pun using keywords: fishing, lake; pun word: reel; alternative word: real")
    assert ask.endswith("Write 3 jokes.")
    assert "guardrailConfig" not in params and "topP" not in params["inferenceConfig"]


def test_few_shot_examples_pass_our_own_checks() -> None:
    from skill.backends import candidate_from_parts

    for keywords, pun, alt, jokes in FEW_SHOT:
        request = GenerationRequest(PunPair(pun, alt, "homophone", 1.0, 3.0, 5.0), keywords[0], keywords, "")
        for setup, punchline in jokes:
            assert candidate_from_parts(setup, punchline, request) is not None, (setup, punchline)


def test_generates_checked_candidates(stubbed) -> None:
    generator, stubber = stubbed
    stubber.add_response("converse", converse_response(json.dumps(JOKES)),
                         {"modelId": "amazon.nova-micro-v1:0", "system": ANY, "messages": ANY, "inferenceConfig": ANY})
    got = generator.generate(FISHING, random.Random(0))
    stubber.assert_no_pending_responses()
    assert [c.text for c in got] == ["Why did the angler buy a new rod? He wanted the reel thing.",
                                     "My uncle at the lake only buys reel bargains."]
    assert got[0].explanation.startswith("'Reel' sounds like 'real', as in 'he wanted the real thing'")
    assert got[0].form == "riddle" and got[1].setup == "My uncle"


def test_guardrail_is_sent_when_configured() -> None:
    options = BedrockOptions(region="us-east-1", guardrail_id="abc123xyz", guardrail_version="4")
    generator = BedrockGenerator(make_client(options), options)
    expected = {"guardrailIdentifier": "abc123xyz", "guardrailVersion": "4", "trace": "disabled"}
    with Stubber(generator.client) as stubber:
        stubber.add_response("converse", converse_response(json.dumps(JOKES)),
                             {"modelId": ANY, "system": ANY, "messages": ANY, "inferenceConfig": ANY,
                              "guardrailConfig": expected})
        assert generator.generate(FISHING, random.Random(0))
        stubber.assert_no_pending_responses()


@pytest.mark.parametrize("text", [
    "```json\n" + json.dumps(JOKES) + "\n```",
    "Here are your jokes:\n" + json.dumps(JOKES) + "\nEnjoy!",
    json.dumps(JOKES["jokes"]),
])
def test_parses_fenced_wrapped_and_bare_json(text: str) -> None:
    jokes = parse_jokes(text)
    assert jokes is not None and len(jokes) == 4 and jokes[3] == ("", JOKES["jokes"][3]["punchline"])


@pytest.mark.parametrize("text", ["", "Sorry, I can't help with that.", '{"jokes": [', '{"jokes": "none"}'])
def test_unreadable_text_is_none(text: str) -> None:
    assert parse_jokes(text) is None


@pytest.mark.parametrize("stop", ["guardrail_intervened", "content_filtered"])
def test_guardrail_intervention_raises(stubbed, stop: str) -> None:
    generator, stubber = stubbed
    stubber.add_response("converse", converse_response("Sorry, the model cannot answer.", stop))
    with pytest.raises(BackendError) as err:
        generator.generate(FISHING, random.Random(0))
    assert err.value.reason == "guardrail"


def test_truncated_output_is_unparseable(stubbed) -> None:
    generator, stubber = stubbed
    stubber.add_response("converse", converse_response('{"jokes": [{"setup": "Why did', "max_tokens"))
    with pytest.raises(BackendError) as err:
        generator.generate(FISHING, random.Random(0))
    assert err.value.reason == "unparseable" and "max_tokens" in err.value.detail


@pytest.mark.parametrize("code, status, reason", [
    ("ThrottlingException", 429, "throttled"),
    ("ModelTimeoutException", 408, "timeout"),
    ("ServiceUnavailableException", 503, "unavailable"),
    ("AccessDeniedException", 403, "config"),
    ("ValidationException", 400, "config"),
    ("SomethingNew", 500, "error"),
])
def test_service_errors_map_to_reasons(stubbed, code: str, status: int, reason: str) -> None:
    generator, stubber = stubbed
    stubber.add_client_error("converse", service_error_code=code, service_message="nope", http_status_code=status)
    with pytest.raises(BackendError) as err:
        generator.generate(FISHING, random.Random(0))
    assert err.value.reason == reason


def test_a_read_timeout_raises_timeout(options: BedrockOptions) -> None:
    client = make_client(options)

    def time_out(request, **kwargs):
        raise ReadTimeoutError(endpoint_url=request.url)

    client.meta.events.register("before-send.bedrock-runtime.Converse", time_out)
    with pytest.raises(BackendError) as err:
        BedrockGenerator(client, options).generate(FISHING, random.Random(0))
    assert err.value.reason == "timeout"


# --------------------------------------------------------------------------- through the safety net
def fallback(generator: BedrockGenerator) -> FallbackGenerator:
    return FallbackGenerator(generator, OfflineGenerator.default(), CallBudget(), CircuitBreaker())


def test_throttling_falls_back_to_offline_and_opens_the_circuit(stubbed, caplog: pytest.LogCaptureFixture) -> None:
    generator, stubber = stubbed
    stubber.add_client_error("converse", service_error_code="ThrottlingException", http_status_code=429)
    gen = fallback(generator)
    got = gen.generate(BAKING, random.Random(2))
    assert got == OfflineGenerator.default().generate(BAKING, random.Random(2))
    assert not gen.breaker.closed
    line = next(r for r in caplog.records if r.getMessage() == "generator_fallback")
    assert (line.backend, line.reason, line.pair) == ("bedrock", "throttled", "knead|need")
    assert "ThrottlingException" in line.detail


def test_guardrail_falls_back_but_keeps_the_backend(stubbed, caplog: pytest.LogCaptureFixture) -> None:
    generator, stubber = stubbed
    stubber.add_response("converse", converse_response("blocked", "guardrail_intervened"))
    stubber.add_response("converse", converse_response(json.dumps(JOKES)))
    gen = fallback(generator)
    assert gen.generate(BAKING, random.Random(0))  # offline jokes
    assert gen.breaker.closed
    assert gen.generate(FISHING, random.Random(0))[0].text.endswith("reel thing.")
    assert [r.reason for r in caplog.records if r.getMessage() == "generator_fallback"] == ["guardrail"]


def test_the_engine_still_jokes_when_bedrock_is_throttled(retriever, caplog: pytest.LogCaptureFixture) -> None:
    from skill.engine import JokeEngine
    from skill.funniness import FunninessScorer

    caplog.set_level(logging.INFO)
    options = BedrockOptions(region="us-east-1")
    generator = BedrockGenerator(make_client(options), options)
    offline = OfflineGenerator.default()
    with Stubber(generator.client) as stubber:
        stubber.add_client_error("converse", service_error_code="ThrottlingException", http_status_code=429)
        engine = JokeEngine(retriever, fallback(generator), FunninessScorer(retriever.lexicon, offline.phrasebook),
                            rng=random.Random(5))
        joke = engine.tell("we are baking bread with the kids")
        stubber.assert_no_pending_responses()
    assert joke.text and joke.explanation
    assert [r.reason for r in caplog.records if r.getMessage() == "generator_fallback"] == ["throttled"]

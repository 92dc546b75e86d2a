"""The Bedrock backend: an Amazon Bedrock model writes puns through the Converse API.

One Converse call per pun pair asks for several jokes as JSON, with a few hand-written examples
(not from the research datasets) and, when configured, a Bedrock guardrail. Timeouts and retries
are sized for Alexa's ~8 s: by default one attempt of at most 0.5 s to connect and 2 s to read,
because the offline generator is a better retry than a second wait. Every failure (timeout,
throttling, guardrail intervention, unparseable output) raises `BackendError` with a reason, and
`backends.FallbackGenerator` logs one structured line and answers with the offline generator.
boto3 is imported only when this backend is chosen (the Lambda runtime provides it).
"""
from __future__ import annotations

import json
import os
import random
import re
from dataclasses import dataclass
from typing import Any

from skill.backends import BackendError, candidate_from_parts, candidate_from_text, prompt_keywords, simple_word, unique_candidates
from skill.config import Settings
from skill.generation import Candidate, GenerationRequest
from skill.lexicon import PunPair
from skill.log import logger
from skill.model_generator import build_prompt

SYSTEM_PROMPT = (
    "You write short, clean, family-friendly puns for a voice assistant that talks with all ages. "
    "Each joke uses the pun word exactly once, in the punchline, where it sounds like the alternative word; "
    "never say the alternative word itself. Fit the jokes to the keywords. Each joke is a setup and a "
    "punchline, 25 words at most in all, easy to follow when heard. No insults, no adult topics, "
    "no death, illness or disasters. "
    'Answer with JSON only, no other text: {"jokes": [{"setup": "...", "punchline": "..."}]}'
)

#: Hand-written for this project (not from CUP, ExPUNations or SemEval).
FEW_SHOT: tuple[tuple[tuple[str, ...], str, str, tuple[tuple[str, str], ...]], ...] = (
    (("fishing", "lake"), "reel", "real", (
        ("Why did the angler buy a new rod before the lake trip?", "He wanted the reel thing."),
        ("How do fish at the lake know the fisherman means business?", "He gets reel serious."),
    )),
    (("baking", "bread", "kids"), "knead", "need", (
        ("What did the baker tell the kids about making bread?", "All you knead is love."),
        ("Why was the bread dough so calm?", "It had everything it could knead."),
    )),
    (("garden", "herbs"), "thyme", "time", (
        ("What did the gardener say when the herbs finally sprouted?", "It's about thyme!"),
        ("Why are gardeners so patient?", "They know there's a thyme for everything."),
    )),
)
STOP_GUARDRAIL = frozenset({"guardrail_intervened", "content_filtered"})
_ERROR_REASONS = {
    "ThrottlingException": "throttled",
    "ModelTimeoutException": "timeout",
    "ServiceUnavailableException": "unavailable",
    "InternalServerException": "unavailable",
    "ModelNotReadyException": "unavailable",
    "ModelErrorException": "unavailable",
    "AccessDeniedException": "config",
    "ResourceNotFoundException": "config",
    "ValidationException": "config",
}


@dataclass(frozen=True)
class BedrockOptions:
    """What to call and how long to wait; the defaults keep one call under ~2.5 s."""

    model_id: str = "amazon.nova-micro-v1:0"
    region: str = "us-east-1"
    guardrail_id: str = ""
    guardrail_version: str = "DRAFT"
    connect_timeout_s: float = 0.5
    read_timeout_s: float = 2.0
    max_attempts: int = 1  # total, first try included
    num_candidates: int = 3
    max_tokens: int = 400
    temperature: float = 0.9

    @classmethod
    def from_settings(cls, settings: Settings) -> "BedrockOptions":
        region = settings.bedrock_region or os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1"
        return cls(
            model_id=settings.bedrock_model_id,
            region=region,
            guardrail_id=settings.bedrock_guardrail_id,
            guardrail_version=settings.bedrock_guardrail_version or "DRAFT",
            connect_timeout_s=settings.bedrock_connect_timeout_s,
            read_timeout_s=settings.bedrock_read_timeout_s,
            max_attempts=settings.bedrock_max_attempts,
        )


def make_client(options: BedrockOptions) -> Any:
    """A bedrock-runtime client whose worst case fits the per-request budget."""
    import boto3
    from botocore.config import Config

    config = Config(
        connect_timeout=options.connect_timeout_s,
        read_timeout=options.read_timeout_s,
        retries={"total_max_attempts": options.max_attempts, "mode": "standard"},
        user_agent_extra="pun-pal",
    )
    return boto3.client("bedrock-runtime", region_name=options.region, config=config)


class BedrockGenerator:
    """Asks a Bedrock model for several jokes per pair; implements `Generator`."""

    name = "bedrock"

    def __init__(self, client: Any, options: BedrockOptions = BedrockOptions()) -> None:
        self.client = client
        self.options = options

    @classmethod
    def from_settings(cls, settings: Settings) -> "BedrockGenerator":
        options = BedrockOptions.from_settings(settings)
        return cls(make_client(options), options)

    @property
    def max_call_seconds(self) -> float:
        o = self.options
        return (o.connect_timeout_s + o.read_timeout_s) * max(1, o.max_attempts)

    def can_generate(self, pair: PunPair) -> bool:
        return simple_word(pair.pun_word) and simple_word(pair.alternative_word)

    def request_params(self, request: GenerationRequest) -> dict[str, Any]:
        """The Converse call for one pair: system prompt, few-shot turns, then the ask."""
        messages: list[dict[str, Any]] = []
        for keywords, pun, alt, jokes in FEW_SHOT:
            messages.append(_user(build_prompt(keywords, pun, alt), len(jokes)))
            body = json.dumps({"jokes": [{"setup": s, "punchline": p} for s, p in jokes]})
            messages.append({"role": "assistant", "content": [{"text": body}]})
        pair = request.pair
        messages.append(_user(build_prompt(prompt_keywords(request), pair.pun_word, pair.alternative_word),
                              self.options.num_candidates))
        params: dict[str, Any] = {
            "modelId": self.options.model_id,
            "system": [{"text": SYSTEM_PROMPT}],
            "messages": messages,
            "inferenceConfig": {"maxTokens": self.options.max_tokens, "temperature": self.options.temperature},
        }
        if self.options.guardrail_id:
            params["guardrailConfig"] = {"guardrailIdentifier": self.options.guardrail_id,
                                         "guardrailVersion": self.options.guardrail_version, "trace": "disabled"}
        return params

    def generate(self, request: GenerationRequest, rng: random.Random) -> list[Candidate]:
        """Candidates that pass the shared checks; `BackendError` on any failure of the call."""
        response = self._converse(self.request_params(request))
        stop = response.get("stopReason", "")
        if stop in STOP_GUARDRAIL:
            raise BackendError("guardrail", stop)
        text = "".join(block.get("text", "") for block in response.get("output", {}).get("message", {}).get("content", []))
        jokes = parse_jokes(text)
        if jokes is None:
            raise BackendError("unparseable", f"stopReason={stop} text={text[:120]!r}")
        usage = response.get("usage", {})
        logger.debug("bedrock_response", extra={"model": self.options.model_id, "jokes": len(jokes),
                                                "input_tokens": usage.get("inputTokens"),
                                                "output_tokens": usage.get("outputTokens"),
                                                "latency_ms": response.get("metrics", {}).get("latencyMs")})
        candidates = [candidate_from_parts(s, p, request) if s else candidate_from_text(p, request) for s, p in jokes]
        return unique_candidates(candidates, self.options.num_candidates)

    def _converse(self, params: dict[str, Any]) -> dict[str, Any]:
        from botocore.exceptions import (
            BotoCoreError,
            ClientError,
            ConnectionClosedError,
            ConnectTimeoutError,
            EndpointConnectionError,
            ReadTimeoutError,
        )

        try:
            return self.client.converse(**params)
        except (ReadTimeoutError, ConnectTimeoutError) as err:
            raise BackendError("timeout", str(err)) from err
        except (EndpointConnectionError, ConnectionClosedError) as err:
            raise BackendError("unavailable", str(err)) from err
        except ClientError as err:
            code = err.response.get("Error", {}).get("Code", "")
            raise BackendError(_ERROR_REASONS.get(code, "error"), f"{code}: {err}") from err
        except BotoCoreError as err:
            raise BackendError("error", f"{type(err).__name__}: {err}") from err


def _user(prompt: str, n: int) -> dict[str, Any]:
    return {"role": "user", "content": [{"text": f"{prompt}\nWrite {n} jokes."}]}


_FENCE_RE = re.compile(r"^```(?:json)?\s*|\s*```$", re.M)


def parse_jokes(text: str) -> list[tuple[str, str]] | None:
    """[(setup, punchline)] from the model's JSON (fenced or wrapped in prose); None if unreadable.

    A joke given as one string comes back with an empty setup (split later by the shared rules).
    """
    body = _FENCE_RE.sub("", text.strip())
    start, end = body.find("{"), body.rfind("}")
    list_start = body.find("[")
    try:
        if start != -1 and end > start and (list_start == -1 or start < list_start):
            data: Any = json.loads(body[start : end + 1])
        elif list_start != -1:
            data = json.loads(body[list_start : body.rfind("]") + 1])
        else:
            return None
    except ValueError:
        return None
    items = data.get("jokes") if isinstance(data, dict) else data
    if not isinstance(items, list):
        return None
    jokes: list[tuple[str, str]] = []
    for item in items:
        if isinstance(item, dict) and isinstance(item.get("punchline"), str):
            jokes.append((str(item.get("setup") or ""), item["punchline"]))
        elif isinstance(item, str):
            jokes.append(("", item))
    return jokes

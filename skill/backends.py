"""Generator backends: build the configured one, with the offline generator as the safety net.

`generator_for(settings)` returns the offline phrase-swap generator, or a model backend
(`transformers`, `bedrock`) wrapped in `FallbackGenerator`. The engine asks the generator once per
pun pair, so the wrapper budgets model calls per joke request, skips a backend that just timed
out or was throttled, and answers with the offline generator whenever the model has nothing
usable: a slow or broken model costs the user a little wit, never their joke. The model modules
(and torch / boto3) are imported only when chosen, so the default path never pays for them.

The second half is what every model backend shares: the prompt's keywords, and turning free
model text into a checked `Candidate` (pun word exactly once, no alternative word, a setup and a
punchline, an explanation built the way the offline generator builds its own).
"""
from __future__ import annotations

import random
import re
import time
from dataclasses import dataclass, field
from typing import Callable, Hashable

from skill.config import Settings
from skill.generation import (
    Candidate,
    GenerationRequest,
    Generator,
    OfflineGenerator,
    Swap,
    count_word,
    explain,
    inflections,
    swap_phrase,
)
from skill.lexicon import PunPair
from skill.log import logger
from skill.phrases import TOKEN_RE

BACKENDS = ("offline", "transformers", "bedrock")


class BackendError(Exception):
    """A model backend produced nothing usable; `reason` is a short tag for logs and the breaker."""

    #: Reasons that say the backend itself is unwell (not this one pair): skip it for a while.
    UNHEALTHY = frozenset({"timeout", "throttled", "unavailable", "config", "error"})

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


# ---------------------------------------------------------------------------------------------
# Budget and circuit breaker: keep model calls inside Alexa's ~8 s.


@dataclass
class CallBudget:
    """Model calls allowed per joke request.

    The Generator protocol has no notion of a request, so one is recognised by its context (every
    pair of one `tell` shares `topic` and `context_words`) and by calls following each other
    closely; a call is allowed only if even its worst case (`call_cost_s`) ends inside `seconds`.
    """

    seconds: float = 4.0
    max_calls: int = 2
    idle_gap_s: float = 1.0  # a pause this long between generate calls starts a new request
    clock: Callable[[], float] = time.monotonic
    _key: Hashable = None
    _start: float = 0.0
    _last: float = float("-inf")
    _calls: int = 0

    def allow(self, key: Hashable, call_cost_s: float) -> bool:
        now = self.clock()
        if key != self._key or now - self._last > self.idle_gap_s:
            self._key, self._start, self._calls = key, now, 0
        self._last = now
        if self._calls >= self.max_calls or (now - self._start) + call_cost_s > self.seconds:
            return False
        self._calls += 1
        return True

    def touch(self) -> None:
        """Mark the end of a call, so its own duration never counts as an idle gap."""
        self._last = self.clock()


@dataclass
class CircuitBreaker:
    """After the backend fails for a backend reason, leave it alone for `cooldown_s`."""

    cooldown_s: float = 60.0
    clock: Callable[[], float] = time.monotonic
    open_until: float = float("-inf")

    @property
    def closed(self) -> bool:
        return self.clock() >= self.open_until

    def trip(self) -> None:
        self.open_until = self.clock() + self.cooldown_s


# ---------------------------------------------------------------------------------------------
# The wrapper the engine sees.


@dataclass
class FallbackGenerator:
    """A model backend first, the offline generator whenever the model has nothing usable."""

    primary: Generator
    fallback: OfflineGenerator
    budget: CallBudget = field(default_factory=CallBudget)
    breaker: CircuitBreaker = field(default_factory=CircuitBreaker)

    @property
    def name(self) -> str:
        return f"{self.primary.name}+{self.fallback.name}"

    @property
    def phrasebook(self):  # the engine's funniness scorer reads the offline phrase book
        return self.fallback.phrasebook

    def can_generate(self, pair: PunPair) -> bool:
        """Pairs the offline generator can do, plus the model's while the model is healthy."""
        if self.fallback.can_generate(pair):
            return True
        return self.breaker.closed and self.primary.can_generate(pair)

    def generate(self, request: GenerationRequest, rng: random.Random) -> list[Candidate]:
        candidates = self._from_primary(request, rng)
        if candidates:
            return candidates
        if not self.fallback.can_generate(request.pair):
            return []
        return self.fallback.generate(request, rng)

    def _from_primary(self, request: GenerationRequest, rng: random.Random) -> list[Candidate]:
        if not self.breaker.closed:
            return self._fell_back(request, "circuit_open", 0.0, level="debug")  # logged when it tripped
        if not self.primary.can_generate(request.pair):
            return []
        key = (request.topic, request.context_words)
        if not self.budget.allow(key, getattr(self.primary, "max_call_seconds", 1.0)):
            return self._fell_back(request, "budget", 0.0, level="debug")
        start = time.perf_counter()
        try:
            candidates = self.primary.generate(request, rng)
        except BackendError as err:
            if err.reason in BackendError.UNHEALTHY:
                self.breaker.trip()
            return self._fell_back(request, err.reason, start, err.detail)
        except Exception as err:  # a backend bug must not cost the user their joke
            self.breaker.trip()
            return self._fell_back(request, "error", start, f"{type(err).__name__}: {err}")
        finally:
            self.budget.touch()
        if not candidates:  # the model ran fine but wrote nothing usable: quality, not an outage
            return self._fell_back(request, "no_candidates", start, level="info")
        logger.debug("generator_used", extra={"backend": self.primary.name, "pair": request.pair.key,
                                              "candidates": len(candidates), "elapsed_ms": _ms(start)})
        return candidates

    def _fell_back(self, request: GenerationRequest, reason: str, start: float, detail: str = "",
                   level: str = "warning") -> list[Candidate]:
        """One structured line per fallback: which backend, why, for which pair, how long it took."""
        extra = {"backend": self.primary.name, "reason": reason, "pair": request.pair.key,
                 "elapsed_ms": _ms(start) if start else 0.0}
        if detail:
            extra["detail"] = detail[:300]
        getattr(logger, level)("generator_fallback", extra=extra)
        return []


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000.0, 1)


def generator_for(settings: Settings, offline: OfflineGenerator | None = None) -> Generator:
    """The configured backend; the offline generator alone when the model cannot be set up."""
    offline = offline or OfflineGenerator.default()
    choice = settings.generator
    if choice == "offline":
        return offline
    try:
        if choice == "transformers":
            from skill.model_generator import TransformersGenerator

            primary: Generator = TransformersGenerator.from_settings(settings)
        elif choice == "bedrock":
            from skill.bedrock_generator import BedrockGenerator

            primary = BedrockGenerator.from_settings(settings)
        else:
            raise ValueError(f"unknown PUNPAL_GENERATOR {choice!r}; available: {', '.join(BACKENDS)}")
    except Exception as err:  # misconfigured or missing model: tell the logs, keep telling jokes
        logger.exception("generator_unavailable", extra={"backend": choice, "error": f"{type(err).__name__}: {err}"})
        return offline
    return FallbackGenerator(
        primary,
        offline,
        CallBudget(seconds=settings.generator_budget_s, max_calls=settings.generator_max_calls),
        CircuitBreaker(cooldown_s=settings.generator_cooldown_s),
    )


# ---------------------------------------------------------------------------------------------
# Shared by the model backends: the prompt's keywords and the checks on what comes back.

MIN_WORDS, MAX_WORDS = 5, 25
_LABEL_RE = re.compile(r"^\s*(?:\d+\s*[.)]\s*|[-*\u2022]\s+|(?:pun|joke|answer|output)\s*:\s*)", re.I)
_SPACE_BEFORE_PUNCT_RE = re.compile(r"\s+([,.!?;:])")
_JUNK_RE = re.compile(r"[<>\[\]{}#@|\\_=*~`^]|https?:|www\.")
_PROMPT_ECHO_RE = re.compile(r"\b(?:pun word|alternative word|keywords?|senses?)\s*:|\bkeywords?\b|\bgenerate a pun\b", re.I)
_FINISHED_RE = re.compile(r"[.!?][\"')]*$")
_BOUNDARY_RE = re.compile(r"(?<=[?:.!])\s+")
_CONNECTIVES = frozenset("because but so and then when until since or".split())
_WINDOW_EDGE = frozenset("a an the of to in on at by for with and or but so my your his her their its our".split())


def prompt_keywords(request: GenerationRequest, limit: int = 4) -> list[str]:
    """The anchor first, then the conversation's strongest words; never the pun pair itself."""
    skip = {request.pair.pun_word.lower(), request.pair.alternative_word.lower()}
    words = [request.anchor, *request.context_words]
    picked = [w.strip().lower() for w in words if w and w.strip() and w.strip().lower() not in skip]
    return list(dict.fromkeys(picked))[:limit]


def clean_model_text(text: str) -> str:
    """One line of model output as plain spoken text: no list markers, labels or stray spaces."""
    text = " ".join(text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"').split())
    previous = None
    while previous != text:
        previous, text = text, _LABEL_RE.sub("", text).strip()
    if len(text) > 1 and text[0] == text[-1] and text[0] in "\"'":
        text = text[1:-1].strip()
    return _SPACE_BEFORE_PUNCT_RE.sub(r"\1", text)


def pun_forms(pair: PunPair) -> set[str]:
    return set(inflections(pair.alternative_word, pair.pun_word).values()) | {pair.pun_word.lower()}


def alternative_forms(pair: PunPair) -> set[str]:
    return set(inflections(pair.alternative_word, pair.pun_word)) | {pair.alternative_word.lower()}


def rejection(text: str, pair: PunPair) -> str | None:
    """Why model text cannot be a joke for this pair, or None when it passes."""
    words = text.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return "length"
    if _JUNK_RE.search(text) or _PROMPT_ECHO_RE.search(text):
        return "junk"
    if not text[:1].isalnum() and text[:1] not in "\"'":
        return "junk"
    if not _FINISHED_RE.search(text):
        return "unfinished"  # cut off by max_new_tokens, or not a sentence at all
    lowered = [w.lower().strip(",.!?;:\"'") for w in words]
    if any(a == b for a, b in zip(lowered, lowered[1:])):
        return "repetition"
    if count_word(text, pun_forms(pair)) != 1:
        return "pun_word_count"
    if pair.pun_word.lower() != pair.alternative_word.lower() and count_word(text, alternative_forms(pair)):
        return "alternative_word_present"
    return None


def split_setup_punchline(text: str, pair: PunPair) -> tuple[str, str] | None:
    """Setup and punchline, the pun word in the punchline; text == f"{setup} {punchline}".

    Splits at the last '?', ':' or sentence end before the pun word; a single sentence splits at
    its last comma or connective before the pun word, else up to three words before it. None when the
    pun word comes too early for any setup.
    """
    forms = pun_forms(pair)
    spans = [m for m in TOKEN_RE.finditer(text)]
    hits = [i for i, m in enumerate(spans) if _is_form(spans, i, forms)]
    if not hits:
        return None
    pun_start = spans[hits[0]].start()
    cuts = [m.end() for m in _BOUNDARY_RE.finditer(text) if m.end() <= pun_start]
    if not cuts:
        cuts = [m.end() for m in re.finditer(r",\s+", text) if m.end() <= pun_start]
    if not cuts:
        i = hits[0]
        connective = [j for j in range(max(2, i - 5), i) if spans[j].group(0).lower() in _CONNECTIVES]
        start = connective[-1] if connective else max(2, i - 3)
        while not connective and start > 2 and spans[start - 1].group(0).lower() in _WINDOW_EDGE:
            start -= 1  # 'My uncle | at the lake', not 'My uncle at the | lake'
        cuts = [spans[start].start()] if 2 <= start <= i else []
    if not cuts:
        return None
    setup, punchline = text[: cuts[-1]].strip(), text[cuts[-1] :].strip()
    if len(setup.split()) < 2 or not punchline:
        return None
    return setup, punchline


def _is_form(spans: list[re.Match[str]], i: int, forms: set[str]) -> bool:
    for form in forms:
        parts = form.split()
        if [m.group(0).lower() for m in spans[i : i + len(parts)]] == parts:
            return True
    return False


def model_explanation(pair: PunPair, punchline: str, anchor: str) -> str:
    """The offline generator's explanation, quoting the words around the pun as the listener hears them.

    'reel bargain' with the alternative word put back reads 'real bargain', which is the phrase
    `generation.explain` quotes ("'Reel' sounds like 'real', as in 'a real bargain'; ...").
    """
    window = _pun_window(punchline, pair)
    heard = swap_phrase(window, pair.pun_word, pair.alternative_word)
    original = heard.swapped if heard is not None else window
    return explain(pair, Swap(original=original, swapped=window, alt_form=pair.alternative_word,
                              pun_form=pair.pun_word), anchor)


def _pun_window(text: str, pair: PunPair, reach: int = 3) -> str:
    """Up to `reach` words either side of the pun word, inside its clause."""
    forms = pun_forms(pair)
    for clause in re.split(r"[,;:.!?]+", text):
        spans = list(TOKEN_RE.finditer(clause))
        hits = [i for i in range(len(spans)) if _is_form(spans, i, forms)]
        if hits:
            i = hits[0]
            first, last = max(0, i - reach), min(len(spans) - 1, i + reach)
            while last > i and spans[last].group(0).lower() in _WINDOW_EDGE:
                last -= 1  # 'a real bargain', not 'a real bargain at the'
            return clause[spans[first].start() : spans[last].end()]
    return text


def candidate_from_parts(setup: str, punchline: str, request: GenerationRequest) -> Candidate | None:
    """A checked Candidate from a setup and a punchline (Bedrock answers in that shape)."""
    setup, punchline = clean_model_text(setup), clean_model_text(punchline)
    if punchline[-1:].isalnum():
        punchline += "."  # a chat model's 'He wanted the reel thing' is finished, just unpunctuated
    text = f"{setup} {punchline}".strip()
    pair = request.pair
    if not setup or not punchline or rejection(text, pair) is not None:
        return None
    if count_word(punchline, pun_forms(pair)) != 1:
        return None  # the pun must land in the punchline
    return Candidate(
        setup=setup,
        punchline=punchline,
        pun_word=pair.pun_word,
        alternative_word=pair.alternative_word,
        explanation=model_explanation(pair, punchline, request.claimed_anchor),
        form="riddle" if setup.endswith("?") else "one-liner",
        anchor=request.anchor,
    )


def candidate_from_text(text: str, request: GenerationRequest) -> Candidate | None:
    """A checked Candidate from one free-text joke, or None when it is not one."""
    text = clean_model_text(text)
    if rejection(text, request.pair) is not None:
        return None
    parts = split_setup_punchline(text, request.pair)
    return candidate_from_parts(*parts, request) if parts else None


def unique_candidates(candidates: list[Candidate | None], limit: int) -> list[Candidate]:
    """Drop Nones and repeats (by lower-cased text), keep order, at most `limit`."""
    seen: set[str] = set()
    out: list[Candidate] = []
    for c in candidates:
        if c is not None and c.text.lower() not in seen:
            seen.add(c.text.lower())
            out.append(c)
    return out[:limit]


def simple_word(word: str) -> bool:
    """Words a model prompt can carry: letters, maybe an apostrophe or hyphen (no phrases)."""
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z'-]*", word))


__all__ = [
    "BACKENDS", "BackendError", "CallBudget", "CircuitBreaker", "FallbackGenerator", "generator_for",
    "prompt_keywords", "clean_model_text", "rejection", "split_setup_punchline", "model_explanation",
    "candidate_from_parts", "candidate_from_text", "unique_candidates", "simple_word",
]

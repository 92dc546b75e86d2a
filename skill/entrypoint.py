"""The Lambda handler: the one place a request enters, and nothing escapes it but a valid response.

The SDK deserialises the envelope before its own exception handlers run, so shape problems are
caught here first; whatever still goes wrong becomes a spoken apology, and every response is
linted before Alexa sees it.
"""
from __future__ import annotations

import json
import threading
from typing import Any

from ask_sdk_core.attributes_manager import AbstractPersistenceAdapter
from ask_sdk_core.skill import CustomSkill
from ask_sdk_model import RequestEnvelope

from skill import speech, time_zones
from skill.config import Settings
from skill.crowd import Crowd, build_crowd
from skill.engine import JokeEngine
from skill.log import logger
from skill.persistence import UnavailableAdapter, build_adapter
from skill.response_lint import lint_response
from skill.skill_builder import build_skill
from skill.strings import strings_for

EMPTY_RESPONSE: dict[str, Any] = {"version": "1.0", "response": {}}
SPOKEN_TYPES = ("LaunchRequest", "IntentRequest")

_lock = threading.Lock()
_skill: CustomSkill | None = None
_settings: Settings | None = None


def get_skill() -> CustomSkill:
    """Built once per container: engine, adapter and boto3 resource are reused across requests."""
    global _skill, _settings
    if _skill is None:
        with _lock:
            if _skill is None:
                settings = Settings.from_env()
                engine = JokeEngine.default(settings)
                adapter, crowd, api = _adapter(settings), _crowd(settings), time_zones.api_client(settings)
                _skill = build_skill(settings, engine, adapter, crowd, api)
                _settings = settings
    return _skill


def _adapter(settings: Settings) -> AbstractPersistenceAdapter:
    """The user store; one that cannot be set up (no region, an unknown kind) is logged and stood
    in for, so jokes are still told: every request was "Sorry, I couldn't understand that"."""
    try:
        return build_adapter(settings)
    except Exception as error:
        logger.error("persistence_unavailable", extra={"error": type(error).__name__, "detail": str(error)[:300]})
        return UnavailableAdapter(str(error))


def _crowd(settings: Settings) -> Crowd:
    """The vote store, or none when it cannot be set up (logged)."""
    try:
        return build_crowd(settings)
    except Exception as error:
        logger.error("crowd_unavailable", extra={"error": type(error).__name__, "detail": str(error)[:300]})
        return Crowd(None)


def reset() -> None:
    """Forget the built skill (tests and the simulator change settings between runs)."""
    global _skill, _settings
    with _lock:
        _skill, _settings = None, None


def lambda_handler(event: Any, context: Any = None) -> dict[str, Any]:
    return handle_event(event, context)


def handle_event(event: Any, context: Any = None, skill: CustomSkill | None = None) -> dict[str, Any]:
    """Run one envelope through `skill` (default: this container's skill) and return a valid response."""
    request_type = _request_type(event)
    locale = _locale(event)
    try:
        problem = envelope_problem(event)
        if problem:
            logger.warning("bad_envelope", extra={"problem": problem, "request_type": request_type})
            return fallback_response(request_type, locale)
        skill = skill or get_skill()
        if skill.skill_id and _application_id(event) != skill.skill_id:
            logger.warning("skill_id_rejected", extra={"application_id": str(_application_id(event))[:200]})
            return dict(EMPTY_RESPONSE)
        envelope = skill.serializer.deserialize(payload=json.dumps(event), obj_type=RequestEnvelope)
        response = skill.serializer.serialize(skill.invoke(request_envelope=envelope, context=context))
    except Exception as error:
        logger.exception("request_failed", extra={"error": type(error).__name__, "request_type": request_type})
        return fallback_response(request_type, locale)
    problems = lint_response(response, request_type=request_type)
    if problems:
        logger.error("invalid_response_replaced", extra={"problems": problems[:10], "request_type": request_type})
        return fallback_response(request_type, locale)
    return response


def fallback_response(request_type: str | None, locale: str | None) -> dict[str, Any]:
    """A response Alexa accepts whatever went wrong: an apology where speech is expected, and "no"
    where Alexa only asked whether the skill could take a request."""
    if request_type == "CanFulfillIntentRequest":
        return {"version": "1.0", "response": {"canFulfillIntent": {"canFulfill": "NO"}}}
    if request_type not in SPOKEN_TYPES:
        return dict(EMPTY_RESPONSE)
    text = strings_for(locale).say("bad_request")
    return {
        "version": "1.0",
        "response": {
            "outputSpeech": {"type": "SSML", "ssml": f"<speak>{speech.escape(text)}</speak>"},
            "shouldEndSession": True,
        },
    }


def envelope_problem(event: Any) -> str | None:
    """What makes the envelope unusable, or None. Checks only what the SDK and handlers rely on."""
    if not isinstance(event, dict):
        return "envelope is not an object"
    request = event.get("request")
    if not isinstance(request, dict) or not isinstance(request.get("type"), str):
        return "request.type missing"
    for key in ("requestId", "timestamp", "locale"):
        if key in request and not isinstance(request[key], (str, type(None))):
            return f"request.{key} is not a string"
    system = _get(event, "context", "System")
    if not isinstance(system, dict):
        return "context.System missing"
    for path in (("application", "applicationId"), ("user", "userId")):
        if not isinstance(_get(system, *path), str):
            return f"context.System.{'.'.join(path)} missing"
    session = event.get("session")
    if session is not None:
        if not isinstance(session, dict):
            return "session is not an object"
        if session.get("attributes") is not None and not isinstance(session.get("attributes"), dict):
            return "session.attributes is not an object"
        if "new" in session and not isinstance(session["new"], (bool, type(None))):
            return "session.new is not a boolean"
    if request["type"] in ("IntentRequest", "CanFulfillIntentRequest"):
        intent = request.get("intent")
        if not isinstance(intent, dict) or not isinstance(intent.get("name"), str):
            return "request.intent.name missing"
        slots = intent.get("slots")
        if slots is not None:
            if not isinstance(slots, dict):
                return "intent.slots is not an object"
            for slot in slots.values():
                if not isinstance(slot, dict) or not isinstance(slot.get("value"), (str, type(None))):
                    return "slot is not an object with a string value"
                if not isinstance(slot.get("name"), (str, type(None))):
                    return "slot name is not a string"
                if slot.get("resolutions") is not None and not isinstance(slot["resolutions"], dict):
                    return "slot resolutions is not an object"
    return None


def _get(obj: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    return obj


def _request_type(event: Any) -> str | None:
    value = _get(event, "request", "type")
    return value if isinstance(value, str) else None


def _locale(event: Any) -> str | None:
    value = _get(event, "request", "locale")
    return value if isinstance(value, str) else None


def _application_id(event: Any) -> Any:
    return _get(event, "context", "System", "application", "applicationId")

"""No exception ever escapes the Lambda handler, and every answer is a valid Alexa response.

Over a thousand envelopes: valid ones with hostile slot text (markup, SSML injection, emoji,
control characters, megabyte strings), and broken ones (fields missing, wrong types, unknown
request types, garbage at any depth).
"""
from __future__ import annotations

import copy
import json
import xml.etree.ElementTree as ET
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from skill.entrypoint import lambda_handler
from skill.envelopes import Session
from skill.nlu import load_model
from skill.response_lint import AMAZON_NS, lint_response

pytestmark = pytest.mark.slow

#: Every intent the interaction model declares (a new one is fuzzed as soon as it exists), one it
#: does not, and none.
INTENTS = [*load_model("en-US").intent_slots, "NoSuchIntent", ""]
#: Every slot name any intent declares, each filled with hostile text.
SLOT_NAMES = sorted({name for slots in load_model("en-US").intent_slots.values() for name in slots})
REQUEST_TYPES = ["LaunchRequest", "IntentRequest", "SessionEndedRequest", "CanFulfillIntentRequest",
                 "Display.ElementSelected", "AudioPlayer.PlaybackStarted", "Connections.Response", "Bogus"]

hostile_text = st.one_of(
    st.text(max_size=300),
    st.sampled_from([
        "<speak>hi</speak>", "</speak><audio src='https://evil'/>", "]]><![CDATA[", "&amp;&lt;&#0;",
        "fishing \u0000\u0007\u001b[31m", "🎣🐟🍞 fishing", "\u202e gnihsif", "a" * 100_000,
        "tell me a joke about " + "fish " * 2000, "' OR 1=1; --", "{{topic}}", "%s%s%n",
        "my grandma died", "f.u.c.k you", "\ud7ff\ue000\ufffd", "baking\r\nbread",
    ]),
)
json_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20))
json_value = st.recursive(json_scalar, lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)), max_leaves=8)


def valid_event(intent: str, topic: Any, verdict: Any, new_session: bool) -> dict[str, Any]:
    session = Session(locale="en-US")
    slots = {name: {"name": name, "value": verdict if name == "verdict" else topic, "confirmationStatus": "NONE"} for name in SLOT_NAMES}
    event = session.intent(intent, slots) if intent else session.launch()
    if not new_session:
        event["session"]["new"] = False
        event["session"]["attributes"] = {"last_joke": {"text": topic, "pun_word": verdict, "alternative_word": topic, "explanation": topic}, "turns": [topic], "pending": "another", "last_speech": {"speech": topic, "reprompt": topic},
                                          # every other session key, for "broken" to corrupt too
                                          "jokes": 3, "last_was": "missed", "whisper": True, "favourites_told": [topic], "avoided": [topic], "told": [topic],
                                          "knock_knock_heard": {"stage": "riddle", "name": topic}, "for_kids": True, "time_zone": "America/Chicago"}
    return event


def paths(obj: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(obj, dict):
        for key, value in obj.items():
            found += paths(value, prefix + (key,))
    return found


@st.composite
def envelopes(draw) -> Any:
    kind = draw(st.sampled_from(["hostile", "hostile", "broken", "type", "garbage"]))
    event = valid_event(draw(st.sampled_from(INTENTS)), draw(hostile_text), draw(hostile_text), draw(st.booleans()))
    if kind == "type":
        event["request"]["type"] = draw(st.sampled_from(REQUEST_TYPES))
    elif kind == "broken":
        for _ in range(draw(st.integers(1, 3))):
            path = draw(st.sampled_from([p for p in paths(event) if p]))
            parent = event
            for key in path[:-1]:
                parent = parent.get(key) if isinstance(parent, dict) else None
            if isinstance(parent, dict) and path[-1] in parent:
                if draw(st.booleans()):
                    del parent[path[-1]]
                else:
                    parent[path[-1]] = draw(json_value)
    elif kind == "garbage":
        return draw(json_value)
    return event


def check(event: Any) -> None:
    request_type = event.get("request", {}).get("type") if isinstance(event, dict) and isinstance(event.get("request"), dict) else None
    response = lambda_handler(copy.deepcopy(event), None)
    json.dumps(response)
    assert isinstance(response, dict) and response.get("version") == "1.0"
    problems = lint_response(response, request_type=request_type if isinstance(request_type, str) else None)
    assert problems == [], problems
    ssml = response["response"].get("outputSpeech", {}).get("ssml")
    if ssml:
        tags = {element.tag for element in ET.fromstring(f'<w xmlns:amazon="{AMAZON_NS}">{ssml}</w>').iter()}
        # user text never becomes markup (prosody: pace, louder; the whispered effect)
        assert tags <= {"w", "speak", "break", "prosody", f"{{{AMAZON_NS}}}effect"}, tags


@settings(max_examples=1000, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(envelopes())
def test_handler_survives_any_envelope(engine, event):
    check(event)


@pytest.mark.parametrize("event", [None, [], "", 42, {}, {"request": None}, {"request": {"type": 7}}, {"request": {"type": "IntentRequest"}}])
def test_handler_survives_degenerate_events(event):
    check(event)


@pytest.mark.parametrize("request_type", ["AudioPlayer.PlaybackStopped", "PlaybackController.PlayCommandIssued",
                                          "System.ExceptionEncountered", "AlexaSkillEvent.SkillEnabled", "Messaging.MessageReceived"])
def test_a_request_with_no_session_is_answered_silently(request_type, caplog):
    """Alexa sends these with no session: the handlers read session attributes to choose, the SDK
    raised, and "Sorry, something went wrong on my side" was spoken, which Alexa rejects."""
    event = Session(locale="en-US").launch()
    del event["session"]
    event["request"] = {"type": request_type, "requestId": "r1", "timestamp": "2026-12-06T02:00:00Z", "locale": "en-US",
                        "token": "t", "offsetInMilliseconds": 0, "error": {"type": "INVALID_RESPONSE", "message": "x"}}
    check(event)
    response = lambda_handler(copy.deepcopy(event), None)["response"]
    assert "outputSpeech" not in response and "reprompt" not in response, response
    assert "handler_failed" not in caplog.text

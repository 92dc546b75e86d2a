"""Envelopes, session bookkeeping and the simulator CLI, against a stub and the real handler."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import IntentRequest, LaunchRequest, RequestEnvelope, SessionEndedRequest
from hypothesis import given, settings
from hypothesis import strategies as st

from skill.envelopes import SCREEN_INTERFACES, Session, intent_request, session_ended_request
from skill.nlu import load_model, resolve
from skill.response_lint import lint_response
from skill.simulator import FakeLambdaContext, Simulator, main, speech_text

ROOT = Path(__file__).resolve().parent.parent


def deserialize(env: dict) -> RequestEnvelope:
    return DefaultSerializer().deserialize(json.dumps(env), "ask_sdk_model.RequestEnvelope")


def speak(text: str) -> dict:
    return {"type": "SSML", "ssml": f"<speak>{text}</speak>"}


def stub_handler(calls: list | None = None):
    """A tiny skill with the real one's conversational shape, so simulator tests need no models."""

    def handler(event: dict, context) -> dict:
        if calls is not None:
            calls.append(event)
        request = event["request"]
        attrs = dict(event["session"].get("attributes") or {})
        kind = request["type"]
        if kind == "SessionEndedRequest":
            return {"version": "1.0", "response": {}}
        name = request.get("intent", {}).get("name")
        if kind == "LaunchRequest":
            text, end = "Welcome to Pun Pal.", False
        elif name == "TellJokeIntent":
            topic = (request["intent"]["slots"].get("topic") or {}).get("value", "life")
            attrs["last_joke"] = {"text": f"A joke about {topic}.", "pun_word": "reel",
                                  "alternative_word": "real", "explanation": "sounds alike"}
            text, end = f'A joke about {topic}. <break time="300ms"/> Want another?', False
        elif name in ("AMAZON.StopIntent", "AMAZON.NoIntent"):
            text, end = "Bye &amp; stay punny.", True
        else:
            text, end = "Say tell me a joke.", False
        body: dict = {"outputSpeech": speak(text), "shouldEndSession": end}
        if not end:
            body["reprompt"] = {"outputSpeech": speak("Want another?")}
        return {"version": "1.0", "sessionAttributes": attrs, "response": body}

    return handler


# --- envelopes -------------------------------------------------------------------------------------

def test_launch_envelope_deserialises():
    session = Session(locale="en-GB", user_id="amzn1.ask.account.TEST")
    env = session.launch()
    parsed = deserialize(env)
    assert isinstance(parsed.request, LaunchRequest)
    assert parsed.request.locale == "en-GB"
    assert parsed.session.new is True and parsed.session.user.user_id == "amzn1.ask.account.TEST"
    assert parsed.context.system.user.user_id == "amzn1.ask.account.TEST"
    assert parsed.context.system.api_endpoint == "https://api.amazonalexa.com"
    assert env["request"]["timestamp"].endswith("Z") and parsed.request.timestamp.tzinfo is not None


def test_intent_envelope_with_resolutions_deserialises():
    model = load_model("en-US")
    session = Session()
    parsed = deserialize(session.nlu_intent(resolve("that was hilarious", model)))
    assert isinstance(parsed.request, IntentRequest)
    slot = parsed.request.intent.slots["verdict"]
    assert slot.value == "hilarious"
    authority = slot.resolutions.resolutions_per_authority[0]
    assert authority.status.code.value == "ER_SUCCESS_MATCH"
    assert authority.values[0].value.id == "FUNNY"
    assert slot.slot_value.value == "hilarious"
    empty = deserialize(session.nlu_intent(resolve("tell me a joke", model)))
    assert empty.request.intent.slots["topic"].value is None


@pytest.mark.parametrize("reason", ["USER_INITIATED", "ERROR", "EXCEEDED_MAX_REPROMPTS"])
def test_session_ended_envelope_deserialises(reason):
    session = Session()
    session.launch()
    parsed = deserialize(session.session_ended(reason))
    assert isinstance(parsed.request, SessionEndedRequest)
    assert parsed.request.reason.value == reason
    assert (parsed.request.error is not None) == (reason == "ERROR")
    assert not session.is_open


def test_bad_session_end_reason_is_rejected():
    with pytest.raises(ValueError):
        session_ended_request("en-US", "BORED")


def test_session_carries_attributes_and_restarts_after_end():
    session = Session()
    first = session.launch()
    session.observe({"version": "1.0", "sessionAttributes": {"n": 1}, "response": {"shouldEndSession": False}})
    second = session.intent("TellJokeIntent")
    assert second["session"]["sessionId"] == first["session"]["sessionId"]
    assert second["session"]["new"] is False and second["session"]["attributes"] == {"n": 1}
    session.observe({"version": "1.0", "sessionAttributes": {"n": 2}, "response": {"shouldEndSession": True}})
    assert not session.is_open
    third = session.intent("TellJokeIntent")
    assert third["session"]["new"] is True and third["session"]["attributes"] == {}
    assert third["session"]["sessionId"] != first["session"]["sessionId"]
    assert third["session"]["user"] == first["session"]["user"]


def test_absent_should_end_session_closes_on_voice_but_not_screen_devices():
    voice = Session()
    voice.launch()
    voice.observe({"version": "1.0", "response": {}})
    assert not voice.is_open
    screen = Session(supported_interfaces=SCREEN_INTERFACES)
    screen.launch()
    screen.observe({"version": "1.0", "sessionAttributes": {"a": 1}, "response": {}})
    assert screen.is_open and screen.attributes == {"a": 1}
    assert deserialize(screen.intent("AMAZON.HelpIntent")).context.system.device.supported_interfaces


def test_attributes_are_copied_not_shared():
    session = Session()
    session.launch()
    attrs = {"last_joke": {"text": "x"}}
    session.observe({"version": "1.0", "sessionAttributes": attrs, "response": {"shouldEndSession": False}})
    env = session.intent("AMAZON.RepeatIntent")
    env["session"]["attributes"]["last_joke"]["text"] = "mutated"
    assert attrs["last_joke"]["text"] == "x" and session.attributes["last_joke"]["text"] == "x"


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_any_utterance_makes_a_valid_envelope(text):
    session = Session()
    result = resolve(text, load_model("en-US"))
    parsed = deserialize(session.nlu_intent(result))
    assert parsed.request.intent.name == result.intent


def test_the_session_answers_an_elicited_slot_in_dialog():
    session = Session()
    session.launch()
    elicit = {"type": "Dialog.ElicitSlot", "slotToElicit": "topic", "updatedIntent": {"name": "TellJokeIntent", "slots": {}}}
    session.observe({"version": "1.0", "response": {"shouldEndSession": False, "directives": [elicit]}})
    assert session.eliciting == ("TellJokeIntent", "topic")
    assert session.intent("TellJokeIntent")["request"]["dialogState"] == "IN_PROGRESS"
    assert "dialogState" not in session.intent("AMAZON.HelpIntent")["request"]
    session.observe({"version": "1.0", "response": {"shouldEndSession": False}})
    assert session.eliciting is None and "dialogState" not in session.intent("TellJokeIntent")["request"]


def test_intent_request_shape():
    request = intent_request("en-US", "AMAZON.YesIntent")
    assert request["intent"] == {"name": "AMAZON.YesIntent", "confirmationStatus": "NONE", "slots": {}}


# --- simulator with a stub handler ----------------------------------------------------------------

def test_speech_text():
    assert speech_text(speak('Hi <break time="1s"/> there &amp; <sub alias="also">aka</sub>')) == "Hi … there & also"
    assert speech_text({"type": "PlainText", "text": "plain"}) == "plain"
    assert speech_text(speak("<amazon:effect name='whispered'>psst</amazon:effect>")) == "psst"
    assert speech_text({"type": "SSML", "ssml": "<speak>broken & <s>xml</speak>"}) == "broken & xml"
    assert speech_text(None) == ""


def test_simulator_conversation_flow():
    calls: list = []
    sim = Simulator(handler=stub_handler(calls), user_id="amzn1.ask.account.U")
    launch = sim.say("open pun pal")
    assert launch.intent == "LaunchRequest" and launch.session_open and launch.lint == []
    joke = sim.say("tell me a joke about fishing")
    assert joke.intent == "TellJokeIntent" and joke.slots == {"topic": "fishing"}
    assert "A joke about fishing. … Want another?" == joke.speech and joke.reprompt == "Want another?"
    assert calls[1]["session"]["attributes"] == {}
    sim.say("why is that funny")
    assert calls[2]["session"]["attributes"]["last_joke"]["pun_word"] == "reel"
    bye = sim.say("stop")
    assert not bye.session_open and bye.speech == "Bye & stay punny."
    again = sim.say("tell me a joke")  # session closed: a one-shot new session
    assert calls[-1]["session"]["new"] is True and again.intent == "TellJokeIntent"
    assert calls[-1]["session"]["user"]["userId"] == "amzn1.ask.account.U"


def test_one_shot_starts_a_new_session_with_the_intent():
    calls: list = []
    sim = Simulator(handler=stub_handler(calls))
    turn = sim.say("ask pun pal for a joke about baking bread")
    assert turn.intent == "TellJokeIntent" and turn.slots == {"topic": "baking bread"}
    assert calls[0]["session"]["new"] is True and calls[0]["request"]["type"] == "IntentRequest"


def test_silence_replays_reprompt_then_ends_session():
    calls: list = []
    sim = Simulator(handler=stub_handler(calls))
    sim.say("open pun pal")
    first = sim.say("<silence>")
    assert first.request is None and first.speech == "Want another?" and first.session_open
    second = sim.say("<silence>")
    assert second.intent == "SessionEndedRequest" and not second.session_open
    assert calls[-1]["request"]["reason"] == "EXCEEDED_MAX_REPROMPTS" and second.lint == []


def test_simulator_lints_every_response():
    def rude_handler(event, context):
        return {"version": "1.0", "response": {"outputSpeech": speak("Fish & chips"), "shouldEndSession": False}}

    turn = Simulator(handler=rude_handler).say("open pun pal")
    assert any("well-formed" in p for p in turn.lint) and any("no reprompt" in p for p in turn.lint)


def test_cli_piped_stdin_with_stub():
    out = io.StringIO()
    stdin = io.StringIO("open pun pal\n\n# a comment\ntell me a joke about fishing\nwhy is that funny\nstop\n")
    code = main([], stdin=stdin, out=out, handler=stub_handler())
    text = out.getvalue()
    assert code == 0
    assert text.count("you> ") == 4
    assert "TellJokeIntent topic='fishing'" in text and "A joke about fishing" in text
    assert "reprompt: Want another?" in text and "session : closed" in text


def test_cli_json_and_lint_failure_exit_code(capsys):
    def bad(event, context):
        return {"version": "1.0", "response": {"outputSpeech": speak("<b>x</b>"), "shouldEndSession": True}}

    out = io.StringIO()
    code = main(["--json", "--locale", "en-GB"], stdin=io.StringIO("open pun pal\n"), out=out, handler=bad)
    assert code == 1
    assert "!!!! LINT" in out.getvalue() and '"locale": "en-GB"' in out.getvalue()
    assert "LINT FAILURE" in capsys.readouterr().err


def test_cli_transcript_with_stub(tmp_path, monkeypatch):
    path = tmp_path / "t.yaml"
    path.write_text("- say: open pun pal\n  expect: {intent: LaunchRequest, session_open: true}\n"
                    "- say: stop\n  expect: {intent: AMAZON.StopIntent, session_open: true}\n")
    monkeypatch.setattr("skill.simulator.default_handler", lambda: stub_handler())
    out = io.StringIO()
    assert main(["--transcript", str(path)], out=out) == 1
    assert "FAIL: session_open: expected True, got False" in out.getvalue()
    assert "1/2 turns passed" in out.getvalue()


# --- the real handler, end to end -------------------------------------------------------------------

@pytest.fixture(scope="module")
def real_handler(punpal_test_env):
    entrypoint = pytest.importorskip("skill.entrypoint", reason="skill.entrypoint not importable yet")
    return entrypoint.lambda_handler


def test_real_handler_accepts_every_envelope_kind(real_handler):
    sim = Simulator(handler=real_handler, user_id="amzn1.ask.account.sim-kinds")
    turns = [sim.say("open pun pal"), sim.say("tell me a joke about fishing"), sim.say("that was hilarious"),
             sim.say("<silence>"), sim.say("<silence>"), sim.say("ask pun pal for help"), sim.say("stop")]
    for turn in turns:
        assert turn.lint == [], (turn.utterance, turn.lint)
    assert turns[4].intent == "SessionEndedRequest"


def test_real_handler_answers_every_intent_cleanly(real_handler):
    model = load_model("en-US")
    for intent in sorted(model.intents):
        for new in (True, False):
            session = Session(user_id="amzn1.ask.account.sim-intents")
            if not new:
                session.launch()
                session.observe({"version": "1.0", "sessionAttributes": {}, "response": {"shouldEndSession": False}})
            env = session.intent(intent)
            response = real_handler(env, FakeLambdaContext())
            assert response["response"].get("outputSpeech"), (intent, new)
            assert lint_response(response, request_type="IntentRequest") == [], (intent, new)


def test_a_bare_answer_to_what_should_i_joke_about(real_handler):
    """Launch, help and fallback elicit the topic, so a bare answer tells a joke about it; after a
    joke nothing is elicited and a bare word is still Fallback (whose answer elicits again)."""
    sim = Simulator(handler=real_handler, user_id="amzn1.ask.account.sim-elicit")
    launch = sim.say("open pun pal")
    assert [(d["type"], d["slotToElicit"]) for d in launch.response["response"]["directives"]] == [
        ("Dialog.ElicitSlot", "topic")]
    answer = sim.say("pirates")
    assert (answer.intent, answer.slots) == ("TellJokeIntent", {"topic": "pirates"}) and answer.lint == []
    assert answer.request["request"]["dialogState"] == "IN_PROGRESS"
    assert answer.attributes["turns"][-1] == "pirates" and "directives" not in answer.response["response"]
    missed = sim.say("walking the dog")
    assert missed.intent == "AMAZON.FallbackIntent" and missed.lint == [] and missed.response["response"]["directives"]
    assert sim.say("walking the dog").attributes["turns"][-1] == "walking the dog"
    sim.say("help")
    repeated = sim.say("say that again")  # the repeated question elicits again
    assert repeated.intent == "AMAZON.RepeatIntent" and repeated.response["response"]["directives"]
    assert sim.say("yes").intent == "AMAZON.YesIntent"


def test_cli_pipe_end_to_end(real_handler, punpal_test_env):
    env = dict(os.environ, PUNPAL_SQLITE_PATH=str(punpal_test_env / "cli.sqlite3"))
    proc = subprocess.run(
        [sys.executable, "-m", "skill.simulator"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
        input="open pun pal\ntell me a joke about fishing\nwhy is that funny\nstop\n",
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    out = proc.stdout
    for expected in ("LaunchRequest", "TellJokeIntent topic='fishing'", "ExplainJokeIntent", "AMAZON.StopIntent",
                     "session : closed"):
        assert expected in out, out
    assert "LINT" not in out

"""lint_response must pass good responses and name the problem in bad ones."""
from __future__ import annotations

import copy
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skill.response_lint import MAX_RESPONSE_BYTES, lint_response, lint_ssml


def ssml(body: str) -> dict:
    return {"type": "SSML", "ssml": f"<speak>{body}</speak>"}


def good_response(**overrides) -> dict:
    response = {
        "version": "1.0",
        "sessionAttributes": {"last_joke": {"text": "Fish are reel-y funny.", "pun_word": "reel"}},
        "userAgent": "ask-python-sdk/1.19.0 Python/3.11",
        "response": {
            "outputSpeech": ssml('Why do fish hate computers? <break time="500ms"/> They fear the net. '
                                 'Want another?'),
            "reprompt": {"outputSpeech": ssml("Want another?")},
            "card": {"type": "Simple", "title": "Pun Pal", "content": "Why do fish hate computers?"},
            "shouldEndSession": False,
        },
    }
    response["response"].update(overrides)
    return response


def has(problems: list[str], fragment: str) -> bool:
    return any(fragment in p for p in problems)


def test_good_response_is_clean():
    assert lint_response(good_response()) == []
    assert lint_response(good_response(), request_type="IntentRequest") == []


def test_goodbye_without_reprompt_is_clean():
    response = good_response(shouldEndSession=True)
    del response["response"]["reprompt"]
    assert lint_response(response) == []


def test_absent_should_end_session_needs_no_reprompt():
    response = good_response()
    del response["response"]["shouldEndSession"], response["response"]["reprompt"]
    assert lint_response(response) == []


def test_session_ended_empty_response_is_clean():
    assert lint_response({"version": "1.0", "response": {}}, request_type="SessionEndedRequest") == []


def test_rich_but_valid_ssml():
    body = ('<p><s><say-as interpret-as="interjection">ha</say-as>!</s></p>'
            '<prosody rate="90%" pitch="+10%" volume="+2dB">slow</prosody>'
            '<emphasis level="strong">net</emphasis><sub alias="also known as">aka</sub>'
            '<phoneme alphabet="ipa" ph="pɪˈkɑːn">pecan</phoneme><lang xml:lang="fr-FR">bonjour</lang>'
            '<voice name="Brian">hi</voice><w role="amazon:VBD">read</w>'
            '<amazon:emotion name="excited" intensity="medium">yay</amazon:emotion>'
            '<amazon:domain name="conversational">ok</amazon:domain>'
            '<amazon:effect name="whispered">psst</amazon:effect>'
            '<audio src="https://example.com/a.mp3"/><break strength="strong"/>Fish &amp; chips')
    assert lint_ssml(f"<speak>{body}</speak>") == []


@pytest.mark.parametrize("speech, fragment", [
    ("<speak>Fish & chips</speak>", "not well-formed"),
    ("<speak>1 < 2</speak>", "not well-formed"),
    ("<speak>unclosed <s>sentence</speak>", "not well-formed"),
    ("Hello there", "single <speak>"),
    ("<speak>a</speak><speak>b</speak>", "single <speak>"),
    ("<p>hi</p>", "single <speak>"),
    ("<speak>hi <b>bold</b></speak>", "<b> is not supported"),
    ("<speak><break time='11s'/></speak>", "longer than 10s"),
    ("<speak><break time='20000ms'/></speak>", "longer than 10s"),
    ("<speak><break time='soon'/></speak>", "'500ms'"),
    ("<speak><break strength='huge'/></speak>", "value not allowed"),
    ("<speak><emphasis level='loud'>x</emphasis></speak>", "value not allowed"),
    ("<speak><prosody rate='10%'>x</prosody></speak>", "at least 20%"),
    ("<speak><prosody volume='11'>x</prosody></speak>", "dB"),
    ("<speak><say-as>x</say-as></speak>", "needs attribute 'interpret-as'"),
    ("<speak><audio src='http://insecure.example/a.mp3'/></speak>", "https"),
    ("<speak><amazon:emotion name='angry' intensity='high'>x</amazon:emotion></speak>", "value not allowed"),
    ("<speak><amazon:sing>x</amazon:sing></speak>", "not supported"),
    ("<speak><s onclick='x'>hi</s></speak>", "does not take attribute"),
    ("<speak><speak>x</speak></speak>", "nested"),
    ("<speak>" + "a" * 8001 + "</speak>", "8000"),
])
def test_bad_ssml(speech, fragment):
    problems = lint_response(good_response(outputSpeech={"type": "SSML", "ssml": speech}))
    assert has(problems, fragment), problems


def test_bad_reprompt_ssml_is_reported_as_reprompt():
    problems = lint_response(good_response(reprompt={"outputSpeech": {"type": "SSML", "ssml": "<speak>&</speak>"}}))
    assert has(problems, "reprompt.outputSpeech")


def test_plain_text_speech():
    assert lint_response(good_response(outputSpeech={"type": "PlainText", "text": "hi"})) == []
    problems = lint_response(good_response(outputSpeech={"type": "PlainText", "text": "<speak>hi</speak>"}))
    assert has(problems, "markup")
    assert has(lint_response(good_response(outputSpeech={"type": "Spoken", "text": "hi"})), "type must be")


def test_open_session_needs_reprompt():
    response = good_response()
    del response["response"]["reprompt"]
    assert has(lint_response(response), "no reprompt")


def test_reprompt_with_closing_session_is_accepted():
    # Alexa ignores it; the handler replaces linted responses, so lint only what Alexa rejects.
    assert lint_response(good_response(shouldEndSession=True)) == []


def test_should_end_session_must_be_boolean():
    assert has(lint_response(good_response(shouldEndSession="false")), "must be a boolean")


def test_session_ended_response_must_be_silent():
    problems = lint_response(good_response(), request_type="SessionEndedRequest")
    assert has(problems, "must not include outputSpeech")
    assert has(problems, "must not include card")


@pytest.mark.parametrize("card, fragment", [
    ({"type": "Simple", "title": "Pun <b>Pal</b>", "content": "x"}, "plain text"),
    ({"type": "Simple", "title": "Pun Pal", "content": "<speak>hi</speak>"}, "plain text"),
    ({"type": "Simple", "title": "Pun Pal", "content": "x" * 8001}, "8000"),
    ({"type": "Simple", "title": "t" * 10, "content": "x" * 7995}, "together"),
    ({"type": "Simple", "title": 3, "content": "x"}, "must be a string"),
    ({"type": "Simple"}, "neither title nor content"),
    ({"type": "Fancy", "title": "x"}, "unknown card type"),
    ({"type": "Standard", "title": "x", "text": "y", "image": {"smallImageUrl": "http://a/b.png"}}, "https"),
])
def test_bad_cards(card, fragment):
    assert has(lint_response(good_response(card=card)), fragment)


def test_plain_text_card_with_a_comparison_is_fine():
    card = {"type": "Simple", "title": "Maths", "content": "2 < 3 and 5 > 4"}
    assert lint_response(good_response(card=card)) == []


def test_top_level_shape():
    assert has(lint_response({"response": {}}), "version")
    assert has(lint_response({"version": "1.0"}), "response: missing")
    assert has(lint_response({"version": "1.0", "response": {}, "extra": 1}), "unexpected top-level key")
    assert has(lint_response([]), "must be an object")


def test_session_attributes_must_serialise():
    response = good_response()
    response["sessionAttributes"] = {"when": object()}
    assert has(lint_response(response), "sessionAttributes: not JSON-serialisable")
    response["sessionAttributes"] = {"score": float("nan")}
    assert has(lint_response(response), "sessionAttributes: not JSON-serialisable")
    response["sessionAttributes"] = ["not", "a", "dict"]
    assert has(lint_response(response), "must be an object")


def test_response_size_limit():
    response = good_response()
    response["sessionAttributes"] = {"history": ["x" * 1000] * 25}
    assert len(json.dumps(response).encode()) > MAX_RESPONSE_BYTES
    assert has(lint_response(response), "bytes, over")


def test_lint_does_not_mutate():
    response = good_response()
    before = copy.deepcopy(response)
    lint_response(response)
    assert response == before


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=12,
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["version", "response", "sessionAttributes", "x"]), _json, max_size=4),
       st.text(max_size=60))
def test_lint_never_raises(envelope, speech):
    assert isinstance(lint_response(envelope), list)
    assert isinstance(lint_ssml(speech), list)
    assert isinstance(lint_response(good_response(outputSpeech={"type": "SSML", "ssml": speech})), list)


def elicit(slot: str = "topic", **intent) -> dict:
    return {"type": "Dialog.ElicitSlot", "slotToElicit": slot,
            "updatedIntent": {"name": "TellJokeIntent", "confirmationStatus": "NONE",
                              "slots": {"topic": {"name": "topic", "confirmationStatus": "NONE"}}, **intent}}


def test_eliciting_a_slot():
    assert lint_response(good_response(directives=[elicit()]), request_type="LaunchRequest") == []
    assert has(lint_response(good_response(directives=[elicit()], shouldEndSession=True)), "stay open")
    assert has(lint_response(good_response(directives=[elicit("mood")])), "'mood' is not a slot of TellJokeIntent")
    assert has(lint_response(good_response(directives=[elicit(name="")])), "updatedIntent with a name")
    silent = good_response(directives=[elicit()])
    del silent["response"]["outputSpeech"]
    assert has(lint_response(silent), "must speak the question")


def test_a_can_fulfill_answer_is_checked_and_only_for_its_request():
    from skill.response_lint import lint_response

    good = {"version": "1.0", "response": {"canFulfillIntent": {"canFulfill": "YES", "slots": {"topic": {"canUnderstand": "YES", "canFulfill": "YES"}}}}}
    assert lint_response(good, request_type="CanFulfillIntentRequest") == []
    assert lint_response(good, request_type="IntentRequest")  # never answered to another request
    spoken = {"version": "1.0", "response": {"outputSpeech": {"type": "PlainText", "text": "hi"}, "canFulfillIntent": {"canFulfill": "SURE"}}}
    assert len(lint_response(spoken, request_type="CanFulfillIntentRequest")) == 2

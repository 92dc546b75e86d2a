import xml.etree.ElementTree as ET

from hypothesis import given, settings, strategies as st

from skill import speech


def test_user_text_never_becomes_markup():
    body = speech.joke('<audio src="x"/> & </speak>', "ok", "Want another?")
    root = ET.fromstring(f"<speak>{body}</speak>")
    assert [el.tag for el in root.iter()] == ["speak", "break", "break"]
    assert "&lt;audio" in body and "&amp;" in body


def test_punchline_comes_after_a_pause():
    body = speech.joke("What did the bread say?", "All you knead is love!")
    assert body.index("<break") < body.index("All you knead")


def test_jokes_in_a_row_leave_room_for_the_laugh_and_speak_at_the_listeners_pace():
    body = speech.jokes([("Why?", "Because."), ("Who?", "Me.")], "Want more?", "Here are two.")
    assert body.index("Because.") < body.index(speech.BETWEEN_JOKES) < body.index("Who?") < body.index("Want more?")
    assert body.startswith("Here are two.") and body.count(speech.PUNCHLINE_PAUSE) == 2
    slow = speech.in_voice(body, pace=-1)
    assert slow == f'<prosody rate="85%">{body}</prosody>' and speech.in_voice(body) == body
    ET.fromstring(f"<speak>{speech.in_voice('x' * 9000, pace=2)}</speak>")  # still within Alexa's limit, well formed
    assert len(speech.in_voice("x" * 9000, pace=2)) <= speech.MAX_SPEECH_CHARS - len("<speak></speak>")
    assert speech.in_voice(body, pace=1, louder=True) == f'<prosody rate="115%" volume="x-loud">{body}</prosody>'


def test_a_whisper_is_alexas_whispered_voice_within_the_limit():
    from skill.response_lint import lint_ssml

    body = speech.joke("Why?", "Because.", "Want more?")
    assert speech.in_voice(body, whispered=True) == f'<amazon:effect name="whispered">{body}</amazon:effect>'
    assert speech.in_voice(body, whispered=True, louder=True) == f'<prosody volume="x-loud">{body}</prosody>'  # louder wins
    assert speech.in_voice("", whispered=True) == ""
    long = speech.in_voice("x " * 5000, pace=-1, whispered=True)  # cut inside both: neither closing tag lost
    assert len(f"<speak>{long}</speak>") <= speech.MAX_SPEECH_CHARS and not lint_ssml(f"<speak>{long}</speak>")


@settings(max_examples=300)
@given(st.text(max_size=3000), st.text(max_size=3000))
def test_any_text_renders_to_well_formed_bounded_ssml(setup, punchline):
    body = speech.joke(setup, punchline, "Want another?")
    ET.fromstring(f"<speak>{body}</speak>")
    assert len(f"<speak>{body}</speak>") <= speech.MAX_SPEECH_CHARS


def test_fit_never_cuts_inside_a_tag_or_entity():
    body = ("a &amp; b " + speech.SHORT_PAUSE) * 2000
    cut = speech.fit(body, limit=1000)
    assert len(cut) <= 1000
    ET.fromstring(f"<speak>{cut}</speak>")


def test_readable_turns_ssml_into_plain_text():
    assert speech.readable('<speak>Hi &amp; bye<break time="1s"/>now</speak>') == "Hi & bye … now"


def test_card_text_is_kept_plain_and_never_decoded_into_markup():
    """Card text is plain already: decoded again (as `readable` decodes SSML), a topic said back as
    "&lt;b&gt;" became '<b>' on the card, and the answer was replaced by an apology."""
    from skill.response_lint import lint_response

    text = speech.plain("When it comes to &amp; &lt;b&gt; <i>fish</i>,   I always say:")
    assert text == "When it comes to &amp; &lt;b&gt; fish , I always say:"
    card = {"version": "1.0", "response": {"card": {"type": "Simple", "title": "Pun Pal", "content": text}}}
    assert lint_response(card) == [] and lint_response({**card, "response": {"card": {**card["response"]["card"], "content": speech.readable(text)}}})

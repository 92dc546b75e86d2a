"""Speech rendering: turn text into SSML Alexa accepts, and never let text become markup.

Every piece of text (the user's words echoed back, generated jokes) goes through `escape`; the
only tags we emit are the ones built here. Lengths are capped so a response always fits Alexa's
8,000-character speech limit.
"""
from __future__ import annotations

import re
from typing import Sequence
from xml.sax.saxutils import escape as _xml_escape

from skill.context import strip_control

MAX_SPEECH_CHARS = 8000
MAX_PART_CHARS = 1500  # no single text part may crowd out the rest of a response
PUNCHLINE_PAUSE = '<break time="700ms"/>'
SHORT_PAUSE = '<break time="300ms"/>'
BETWEEN_JOKES = '<break time="1200ms"/>'
_TAG = re.compile(r"<[^>]*>")
_BREAK = re.compile(r"<break\b[^>]*/>")


def escape(text: str, limit: int = MAX_PART_CHARS) -> str:
    """Plain text made safe inside SSML: control characters dropped, & < > quotes escaped."""
    clean = strip_control(str(text))
    if len(clean) > limit:
        clean = clean[: limit - 1].rsplit(" ", 1)[0] + "…"
    return _xml_escape(clean, {'"': "&quot;", "'": "&apos;"})


def joke(setup: str, punchline: str, follow_up: str = "", intro: str = "") -> str:
    """A joke with a pause before the punchline, then the follow-up question; ``intro`` (a kind
    word, say) comes first, with a short pause."""
    return jokes(((setup, punchline),), follow_up, intro)


def jokes(told: Sequence[tuple[str, str]], follow_up: str = "", intro: str = "") -> str:
    """Jokes (setup, punchline) told in a row, each punchline after a pause and the next joke after a
    longer one, so that the laugh has room."""
    parts = [escape(intro), SHORT_PAUSE if intro else ""]
    for number, (setup, punchline) in enumerate(told):
        parts += [BETWEEN_JOKES if number else "", escape(setup), PUNCHLINE_PAUSE, escape(punchline)]
    if follow_up:
        parts += [SHORT_PAUSE, escape(follow_up)]
    return fit(" ".join(p for p in parts if p))


def sentences(*texts: str) -> str:
    """Several plain sentences, with a short pause between them."""
    return fit(f" {SHORT_PAUSE} ".join(escape(t) for t in texts if t and t.strip()))


def fit(ssml: str, limit: int = MAX_SPEECH_CHARS - len("<speak></speak>")) -> str:
    """Cut an SSML body (without <speak>) to fit the limit, never inside a tag or an entity."""
    if len(ssml) <= limit:
        return ssml
    cut = ssml[:limit]
    cut = cut[: cut.rfind("<")] if cut.rfind("<") > cut.rfind(">") else cut
    cut = cut[: cut.rfind("&")] if cut.rfind("&") > cut.rfind(";") else cut
    return cut.rstrip()


#: Speaking rate per pace step (`UserState.pace`), as Alexa's prosody rate: a step is about the
#: difference between a brisk and a careful reader; Alexa allows down to 20%.
PACE_RATES = {-2: "70%", -1: "85%", 1: "115%", 2: "130%"}
WHISPERED = ('<amazon:effect name="whispered">', "</amazon:effect>")


def in_voice(ssml: str, *, pace: int = 0, louder: bool = False, whispered: bool = False) -> str:
    """An SSML body in the voice asked for, cut once to fit Alexa's limit with every element around
    it (cut inside a nest of them, an inner closing tag was lost). ``pace``: the listener's speaking
    rate step; ``louder`` ('I can't hear you'): x-loud, once, since the device's own volume is the
    listener's to set; ``whispered`` ('the baby is asleep'): Alexa's whispered voice, unless louder."""
    if not ssml:
        return ssml
    attributes = " ".join(filter(None, (f'rate="{PACE_RATES[pace]}"' if pace in PACE_RATES else "", 'volume="x-loud"' if louder else "")))
    around = [(f"<prosody {attributes}>", "</prosody>")] if attributes else []
    if whispered and not louder:
        around.append(WHISPERED)
    openings, closings = "".join(o for o, _ in around), "".join(c for _, c in reversed(around))
    return openings + fit(ssml, MAX_SPEECH_CHARS - len("<speak></speak>") - len(openings) - len(closings)) + closings


def plain(text: str) -> str:
    """Plain text as a card shows it: no tags, one space between words, entities left as written."""
    return " ".join(_TAG.sub(" ", text).split())


def readable(ssml: str) -> str:
    """SSML as plain text (cards, logs, the simulator): breaks become an ellipsis, entities decoded."""
    from xml.sax.saxutils import unescape

    text = _BREAK.sub(" … ", ssml)
    text = _TAG.sub("", text)
    return " ".join(unescape(text, {"&quot;": '"', "&apos;": "'"}).split())

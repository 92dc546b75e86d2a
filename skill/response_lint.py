"""Checks a skill response against what Alexa accepts, so bad SSML fails in tests, not on a speaker.

Alexa rejects a malformed response silently from the user's point of view ("There was a problem
with the requested skill's response"), so every limit here is one we would otherwise learn about
in certification or from users. `lint_response` returns human-readable problems; empty means fine.
"""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from typing import Any

MAX_SPEECH_CHARS = 8000
MAX_CARD_CHARS = 8000
MAX_RESPONSE_BYTES = 24 * 1024
MAX_BREAK_MS = 10_000
MAX_AUDIO_TAGS = 5
AMAZON_NS = "urn:simulated:amazon"
XML_NS = "http://www.w3.org/XML/1998/namespace"
TOP_LEVEL_KEYS = {"version", "response", "sessionAttributes", "userAgent"}

_DURATION = re.compile(r"^(\d+(?:\.\d+)?)(ms|s)$")
_PERCENT = re.compile(r"^[+-]?\d+(?:\.\d+)?%$")
_DB = re.compile(r"^[+-]\d+(?:\.\d+)?dB$")
_TAG_LIKE = re.compile(r"<\s*/?\s*[A-Za-z][^>]*>")

# tag -> attribute -> allowed values (a set), a validator (callable), or None for any string.
_Validator = Any
_ALLOWED: dict[str, dict[str, _Validator]] = {
    "speak": {},
    "p": {},
    "s": {},
    "break": {"strength": {"none", "x-weak", "weak", "medium", "strong", "x-strong"}, "time": "duration"},
    "say-as": {"interpret-as": {"characters", "spell-out", "cardinal", "number", "ordinal", "digits",
                                "fraction", "unit", "date", "time", "telephone", "address", "interjection",
                                "expletive"}, "format": None},
    "sub": {"alias": None},
    "prosody": {"rate": "rate", "pitch": "pitch", "volume": "volume"},
    "emphasis": {"level": {"strong", "moderate", "reduced"}},
    "phoneme": {"alphabet": {"ipa", "x-sampa"}, "ph": None},
    "lang": {f"{{{XML_NS}}}lang": None},
    "voice": {"name": None},
    "w": {"role": {"amazon:VB", "amazon:VBD", "amazon:NN", "amazon:SENSE_1"}},
    "audio": {"src": "https"},
    "amazon:emotion": {"name": {"excited", "disappointed"}, "intensity": {"low", "medium", "high"}},
    "amazon:domain": {"name": {"conversational", "long-form", "music", "news", "fun"}},
    "amazon:effect": {"name": {"whispered"}},
}
_REQUIRED: dict[str, tuple[str, ...]] = {
    "sub": ("alias",), "phoneme": ("ph",), "audio": ("src",), "lang": (f"{{{XML_NS}}}lang",),
    "voice": ("name",), "say-as": ("interpret-as",), "amazon:emotion": ("name", "intensity"),
    "amazon:domain": ("name",), "amazon:effect": ("name",), "w": ("role",),
}
_NAMED = {
    "rate": {"x-slow", "slow", "medium", "fast", "x-fast"},
    "pitch": {"x-low", "low", "medium", "high", "x-high"},
    "volume": {"silent", "x-soft", "soft", "medium", "loud", "x-loud"},
}


def _tag_name(tag: str) -> str:
    return tag.replace(f"{{{AMAZON_NS}}}", "amazon:")


def _attr_name(name: str) -> str:
    return "xml:lang" if name == f"{{{XML_NS}}}lang" else name


def _break_ms(value: str) -> float | None:
    match = _DURATION.match(value.strip())
    if match is None:
        return None
    amount = float(match.group(1))
    return amount if match.group(2) == "ms" else amount * 1000


def _check_attribute(tag: str, name: str, value: str, rule: _Validator) -> str | None:
    shown = f"<{tag} {_attr_name(name)}=\"{value}\">"
    if rule is None:
        return None if value.strip() else f"{shown}: empty value"
    if isinstance(rule, set):
        return None if value in rule else f"{shown}: value not allowed (expected one of {sorted(rule)})"
    if rule == "duration":
        ms = _break_ms(value)
        if ms is None:
            return f"{shown}: time must look like '500ms' or '2s'"
        return None if ms <= MAX_BREAK_MS else f"{shown}: break longer than 10s"
    if rule == "https":
        return None if value.startswith("https://") else f"{shown}: audio src must be an https URL"
    if rule == "rate":
        if value in _NAMED["rate"]:
            return None
        if _PERCENT.match(value) and not value.startswith(("+", "-")) and float(value[:-1]) >= 20:
            return None
        return f"{shown}: rate must be a named rate or a percentage of at least 20%"
    if rule == "pitch":
        if value in _NAMED["pitch"] or (_PERCENT.match(value) and value[0] in "+-"):
            return None
        return f"{shown}: pitch must be a named pitch or a signed percentage"
    if rule == "volume":
        if value in _NAMED["volume"] or _DB.match(value):
            return None
        return f"{shown}: volume must be a named volume or a signed dB value"
    return None


def lint_ssml(ssml: str, where: str = "outputSpeech") -> list[str]:
    """Problems with one SSML string: well-formedness, root, tags, attributes, limits."""
    problems: list[str] = []
    if len(ssml) > MAX_SPEECH_CHARS:
        problems.append(f"{where}: SSML is {len(ssml)} characters, over Alexa's {MAX_SPEECH_CHARS}")
    try:
        wrapper = ET.fromstring(f'<wrapper xmlns:amazon="{AMAZON_NS}">{ssml}</wrapper>')
    except ET.ParseError as exc:
        return problems + [f"{where}: SSML is not well-formed XML ({exc}); unescaped '&' or '<'?"]
    children = list(wrapper)
    if (wrapper.text or "").strip() or len(children) != 1 or children[0].tag != "speak" \
            or (children[0].tail or "").strip():
        problems.append(f"{where}: SSML must be a single <speak> element")
        return problems
    audio_tags = 0
    for node in children[0].iter():
        tag = _tag_name(node.tag)
        if node is not children[0] and tag == "speak":
            problems.append(f"{where}: nested <speak>")
            continue
        if tag not in _ALLOWED:
            problems.append(f"{where}: tag <{tag}> is not supported by Alexa")
            continue
        audio_tags += tag == "audio"
        allowed = _ALLOWED[tag]
        for attr, value in node.attrib.items():
            if attr not in allowed:
                problems.append(f"{where}: <{tag}> does not take attribute {_attr_name(attr)!r}")
                continue
            issue = _check_attribute(tag, attr, value, allowed[attr])
            if issue:
                problems.append(f"{where}: {issue}")
        for attr in _REQUIRED.get(tag, ()):
            if attr not in node.attrib:
                problems.append(f"{where}: <{tag}> needs attribute {_attr_name(attr)!r}")
        if tag == "break" and ((node.text or "").strip() or len(node)):
            problems.append(f"{where}: <break> must be empty")
    if audio_tags > MAX_AUDIO_TAGS:
        problems.append(f"{where}: {audio_tags} <audio> tags, Alexa allows {MAX_AUDIO_TAGS}")
    return problems


def _lint_speech(speech: Any, where: str) -> list[str]:
    if not isinstance(speech, dict):
        return [f"{where}: must be an object"]
    kind = speech.get("type")
    if kind == "SSML":
        ssml = speech.get("ssml")
        return [f"{where}: SSML type needs an 'ssml' string"] if not isinstance(ssml, str) else lint_ssml(ssml, where)
    if kind == "PlainText":
        text = speech.get("text")
        if not isinstance(text, str):
            return [f"{where}: PlainText type needs a 'text' string"]
        if len(text) > MAX_SPEECH_CHARS:
            return [f"{where}: text is {len(text)} characters, over Alexa's {MAX_SPEECH_CHARS}"]
        if _TAG_LIKE.search(text):
            return [f"{where}: PlainText contains markup; use type SSML"]
        return []
    return [f"{where}: type must be 'SSML' or 'PlainText', got {kind!r}"]


def _plain_text_problem(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        return f"{where}: must be a string"
    if _TAG_LIKE.search(value) or "<speak" in value:
        return f"{where}: card text must be plain text, found markup/SSML"
    return None


def _lint_card(card: Any) -> list[str]:
    if not isinstance(card, dict):
        return ["card: must be an object"]
    kind = card.get("type")
    problems: list[str] = []
    if kind == "Simple":
        fields = ("title", "content")
    elif kind == "Standard":
        fields = ("title", "text")
        image = card.get("image") or {}
        for key in ("smallImageUrl", "largeImageUrl"):
            url = image.get(key)
            if url is not None and not str(url).startswith("https://"):
                problems.append(f"card.image.{key}: must be an https URL")
    elif kind in ("LinkAccount", "AskForPermissionsConsent"):
        return problems
    else:
        return [f"card: unknown card type {kind!r}"]
    total = 0
    for key in fields:
        value = card.get(key)
        issue = _plain_text_problem(value, f"card.{key}")
        if issue:
            problems.append(issue)
        if isinstance(value, str):
            total += len(value)
            if key != "title" and len(value) > MAX_CARD_CHARS:
                problems.append(f"card.{key}: {len(value)} characters, over {MAX_CARD_CHARS}")
    if total > MAX_CARD_CHARS:
        problems.append(f"card: title and body together are {total} characters, over {MAX_CARD_CHARS}")
    if kind == "Simple" and not any(isinstance(card.get(k), str) and card.get(k).strip() for k in fields):
        problems.append("card: Simple card has neither title nor content")
    return problems


def _json_problem(value: Any) -> str | None:
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError) as exc:
        return str(exc)
    return None


def _lint_dialog(body: dict, request_type: str | None) -> list[str]:
    """Dialog directives Alexa rejects: on a closing or SessionEnded response, without a spoken
    prompt, or eliciting a slot the updated intent does not carry."""
    directives = body.get("directives") or []
    dialog = [d for d in directives if isinstance(d, dict) and str(d.get("type", "")).startswith("Dialog.")]
    problems: list[str] = []
    if dialog and (body.get("shouldEndSession") is True or request_type == "SessionEndedRequest"):
        problems.append("a Dialog directive needs the session to stay open")
    for directive in dialog:
        if directive["type"] != "Dialog.ElicitSlot":
            continue
        intent = directive.get("updatedIntent")
        slot = directive.get("slotToElicit")
        if "outputSpeech" not in body:
            problems.append("Dialog.ElicitSlot: the response must speak the question")
        if not isinstance(intent, dict) or not intent.get("name"):
            problems.append("Dialog.ElicitSlot: updatedIntent with a name is required")
        elif not isinstance(slot, str) or slot not in (intent.get("slots") or {}):
            problems.append(f"Dialog.ElicitSlot: slotToElicit {slot!r} is not a slot of {intent['name']}")
    return problems


#: Requests no one spoke, outside any session: Alexa rejects speech, a reprompt or a card in reply.
SILENT_REQUEST_PREFIXES = ("AudioPlayer.", "PlaybackController.", "System.ExceptionEncountered", "AlexaSkillEvent.", "Messaging.")


def lint_response(response: dict, *, request_type: str | None = None) -> list[str]:
    """All problems Alexa would have with this response envelope; empty list when it is fine."""
    if not isinstance(response, dict):
        return [f"response envelope must be an object, got {type(response).__name__}"]
    problems: list[str] = []
    if response.get("version") != "1.0":
        problems.append(f"version: expected '1.0', got {response.get('version')!r}")
    for key in sorted(set(response) - TOP_LEVEL_KEYS):
        problems.append(f"unexpected top-level key {key!r}")
    if "sessionAttributes" in response:
        attributes = response["sessionAttributes"]
        if attributes is not None and not isinstance(attributes, dict):
            problems.append("sessionAttributes: must be an object")
        issue = _json_problem(attributes)
        if issue:
            problems.append(f"sessionAttributes: not JSON-serialisable ({issue})")
    issue = _json_problem(response)
    if issue:
        problems.append(f"response is not JSON-serialisable ({issue})")
    else:
        size = len(json.dumps(response, ensure_ascii=False).encode("utf-8"))
        if size > MAX_RESPONSE_BYTES:
            problems.append(f"response is {size} bytes, over Alexa's {MAX_RESPONSE_BYTES}")
    body = response.get("response")
    if not isinstance(body, dict):
        problems.append("response: missing or not an object")
        return problems
    should_end = body.get("shouldEndSession")
    if should_end is not None and not isinstance(should_end, bool):
        problems.append(f"response.shouldEndSession: must be a boolean, got {should_end!r}")
    if "outputSpeech" in body:
        problems.extend(_lint_speech(body["outputSpeech"], "outputSpeech"))
    reprompt = body.get("reprompt")
    if reprompt is not None:
        if not isinstance(reprompt, dict) or "outputSpeech" not in reprompt:
            problems.append("reprompt: must be an object with outputSpeech")
        else:
            problems.extend(_lint_speech(reprompt["outputSpeech"], "reprompt.outputSpeech"))
    if should_end is False and reprompt is None and request_type != "SessionEndedRequest":
        problems.append("session stays open (shouldEndSession false) but there is no reprompt")
    if "card" in body:
        problems.extend(_lint_card(body["card"]))
    problems.extend(_lint_dialog(body, request_type))
    if request_type == "SessionEndedRequest":
        for key in ("outputSpeech", "reprompt", "card"):
            if body.get(key) is not None:
                problems.append(f"SessionEndedRequest responses must not include {key} (Alexa drops it)")
    if request_type and request_type.startswith(SILENT_REQUEST_PREFIXES):
        for key in ("outputSpeech", "reprompt", "card"):
            if body.get(key) is not None:
                problems.append(f"{request_type} responses must not include {key} (no one spoke; Alexa rejects it)")
        if body.get("shouldEndSession") is not None:
            problems.append(f"{request_type} responses must not set shouldEndSession (there is no session)")
    problems.extend(_lint_can_fulfill(body, request_type))
    return problems


_CAN_FULFILL = {"YES", "NO", "MAYBE"}


def _lint_can_fulfill(body: dict, request_type: str | None) -> list[str]:
    """A CanFulfillIntentRequest is answered with `canFulfillIntent` only: nothing said, no card,
    no directive (Alexa is only asking whether the skill could take the request)."""
    answer = body.get("canFulfillIntent")
    if request_type != "CanFulfillIntentRequest":
        return ["canFulfillIntent: only a CanFulfillIntentRequest is answered with it"] if answer is not None else []
    problems = [f"CanFulfillIntentRequest responses must not include {key}" for key in ("outputSpeech", "reprompt", "card", "directives")
                if body.get(key)]
    if not isinstance(answer, dict) or answer.get("canFulfill") not in _CAN_FULFILL:
        return problems + ["canFulfillIntent.canFulfill: must be YES, NO or MAYBE"]
    for name, slot in (answer.get("slots") or {}).items():
        if not isinstance(slot, dict) or slot.get("canUnderstand") not in _CAN_FULFILL or slot.get("canFulfill") not in ("YES", "NO"):
            problems.append(f"canFulfillIntent.slots.{name}: canUnderstand YES/NO/MAYBE and canFulfill YES/NO")
    return problems

"""Talk to the skill offline: utterance -> NLU -> request envelope -> handler -> linted response.

Runs the real Lambda handler in-process, so `make run` exercises exactly what ships. Every response
is linted, because Alexa fails bad responses with a generic error that tells you nothing.

    python -m skill.simulator [--locale en-US|en-GB|en-AU|en-CA|en-IN] [--json] [--user-id ID] [--transcript FILE.yaml]

Typing `<silence>` (or an empty line when interactive) plays the reprompt; silence again ends
the session with SessionEndedRequest(EXCEEDED_MAX_REPROMPTS), as on a device.
"""
from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
import time
import traceback
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, TextIO

from skill.envelopes import Session
from skill.nlu import DEFAULT_SKILL_ID, MODELS_DIR, InteractionModel, NluResult, load_model, parse_invocation, resolve
from skill.response_lint import AMAZON_NS, lint_response

Handler = Callable[[dict, Any], dict]
SILENCE = "<silence>"
LOCALES = tuple(sorted(path.stem for path in MODELS_DIR.glob("*.json")))  # one interaction model each


@dataclass(frozen=True)
class FakeLambdaContext:
    """Just enough of the Lambda context object for the SDK and Powertools' logger."""

    function_name: str = "punpal-simulator"
    function_version: str = "$LATEST"
    memory_limit_in_mb: int = 512
    invoked_function_arn: str = "arn:aws:lambda:us-east-1:000000000000:function:punpal-simulator"
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    log_group_name: str = "/aws/lambda/punpal-simulator"
    log_stream_name: str = "simulator"

    def get_remaining_time_in_millis(self) -> int:
        return 8000


def default_handler() -> Handler:
    """The production entry point, imported late so the simulator's own pieces work without it."""
    from skill.entrypoint import lambda_handler

    return lambda_handler


def speech_text(speech: dict | None) -> str:
    """What a listener hears, as text: SSML stripped, breaks shown as '…', <sub> read as its alias."""
    if not speech:
        return ""
    if speech.get("type") == "PlainText":
        return str(speech.get("text") or "")
    ssml = str(speech.get("ssml") or "")
    try:
        root = ET.fromstring(f'<wrapper xmlns:amazon="{AMAZON_NS}">{ssml}</wrapper>')
    except ET.ParseError:
        text = re.sub(r"<break[^>]*/>", " … ", ssml)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())
    parts: list[str] = []

    def walk(node: ET.Element) -> None:
        tag = node.tag
        if tag == "break":
            parts.append(" … ")
        elif tag == "audio":
            parts.append(" [audio] ")
        elif tag == "sub":
            parts.append(node.get("alias", node.text or ""))
        else:
            parts.append(node.text or "")
            for child in node:
                walk(child)
        parts.append(node.tail or "")

    walk(root)
    text = " ".join("".join(parts).split())
    return re.sub(r"…(?:\s*…)+", "…", text)


@dataclass
class Turn:
    """One exchange: what was said, what the skill got, what it answered, and what is wrong with it."""

    utterance: str
    kind: str  # "launch", "intent", "session_ended", "reprompt" (silence replayed the reprompt)
    request: dict | None = None
    response: dict | None = None
    nlu: NluResult | None = None
    speech: str = ""
    reprompt: str = ""
    card: dict | None = None
    session_open: bool = False
    lint: list[str] = field(default_factory=list)
    elapsed_ms: float = 0.0
    error: str = ""  # traceback, if the handler raised

    @property
    def intent(self) -> str:
        """The intent name, or the request type for launch/session-ended turns."""
        if self.request is None:
            return "(reprompt)"
        request = self.request["request"]
        return request["intent"]["name"] if request["type"] == "IntentRequest" else request["type"]

    @property
    def slots(self) -> dict[str, str]:
        return self.nlu.slot_values() if self.nlu else {}

    @property
    def attributes(self) -> dict:
        return dict((self.response or {}).get("sessionAttributes") or {})


class Simulator:
    """A device and a user: turns utterances into requests and keeps the session between them."""

    def __init__(self, locale: str = "en-US", *, user_id: str | None = None, handler: Handler | None = None,
                 model: InteractionModel | None = None, application_id: str | None = None) -> None:
        self.model = model or load_model(locale)
        self.session = Session(locale=locale, application_id=application_id or os.environ.get("SKILL_ID")
                               or DEFAULT_SKILL_ID)
        if user_id:
            self.session.user_id = user_id
        self._handler = handler
        self._last_reprompt = ""
        self._silences = 0

    @property
    def handler(self) -> Handler:
        if self._handler is None:
            self._handler = default_handler()
        return self._handler

    def _call(self, turn: Turn, request: dict) -> Turn:
        turn.request = request
        handler = self.handler
        start = time.perf_counter()
        try:
            response = handler(json.loads(json.dumps(request)), FakeLambdaContext())
        except Exception as error:  # the handler promises never to raise: report it, keep going
            turn.error = traceback.format_exc()
            response = None
            turn.lint = [f"handler raised {type(error).__name__}: {error}"]
        turn.elapsed_ms = (time.perf_counter() - start) * 1000
        turn.response = response
        request_type = request["request"]["type"]
        if response is not None:
            turn.lint = lint_response(response, request_type=request_type)
        elif not turn.lint:
            turn.lint = ["handler returned None"]
        body = (response or {}).get("response") or {}
        turn.speech = speech_text(body.get("outputSpeech"))
        turn.reprompt = speech_text((body.get("reprompt") or {}).get("outputSpeech"))
        turn.card = body.get("card")
        if request_type != "SessionEndedRequest":
            self.session.observe(response)
        turn.session_open = self.session.is_open
        self._last_reprompt = turn.reprompt
        return turn

    def say(self, utterance: str) -> Turn:
        """One user turn. Outside a session, anything not addressed to the skill becomes a one-shot."""
        text = utterance.strip()
        if text.lower() == SILENCE or text == "":
            return self._silence(utterance)
        self._silences = 0
        invocation = parse_invocation(text, self.model.invocation_name)
        if invocation.kind == "launch":
            return self._call(Turn(utterance, "launch"), self.session.launch())
        if invocation.kind == "one_shot":
            self.session.is_open = False  # "ask pun pal ..." always starts a fresh session
            text = invocation.rest
        result = resolve(text, self.model, self.session.eliciting if self.session.is_open else None)
        turn = Turn(utterance, "intent", nlu=result)
        return self._call(turn, self.session.nlu_intent(result))

    def _silence(self, utterance: str) -> Turn:
        if not self.session.is_open:
            return Turn(utterance, "reprompt", session_open=False)
        self._silences += 1
        if self._silences == 1 and self._last_reprompt:
            return Turn(utterance, "reprompt", speech=self._last_reprompt, session_open=True)
        self._silences = 0
        request = self.session.session_ended("EXCEEDED_MAX_REPROMPTS")
        return self._call(Turn(utterance, "session_ended"), request)


# --- transcripts ---------------------------------------------------------------------------------

@dataclass
class TurnResult:
    """A transcript turn after replay: the turn itself and every expectation it failed."""

    index: int
    say: str
    turn: Turn
    expect: dict
    failures: list[str]

    @property
    def ok(self) -> bool:
        return not self.failures


def _lookup(attributes: dict, dotted: str) -> tuple[bool, Any]:
    """An attribute by its dotted path; a number picks from a list ('in_a_row.0.punchline')."""
    value: Any = attributes
    for key in dotted.split("."):
        if isinstance(value, list) and key.isdigit() and int(key) < len(value):
            value = value[int(key)]
        elif isinstance(value, dict) and key in value:
            value = value[key]
        else:
            return False, None
    return True, value


def _squash(text: str) -> str:
    """Words only, lower-cased: expectations should not break on a pause or a comma."""
    return " ".join(re.findall(r"[a-z0-9]+(?:'[a-z0-9]+)*", text.lower().replace("\u2019", "'")))


def check_turn(turn: Turn, expect: dict, previous: Turn | None = None) -> list[str]:
    """Compare a turn with a transcript's `expect` block; lint problems always count as failures."""
    failures = [f"lint: {problem}" for problem in turn.lint]
    speech = _squash(turn.speech)
    if "intent" in expect and turn.intent != expect["intent"]:
        failures.append(f"intent: expected {expect['intent']}, got {turn.intent}")
    for name, value in (expect.get("slots") or {}).items():
        if turn.slots.get(name) != value:
            failures.append(f"slot {name}: expected {value!r}, got {turn.slots.get(name)!r}")
    for phrase in expect.get("speech_contains") or []:
        if _squash(str(phrase)) not in speech:
            failures.append(f"speech should contain {phrase!r}: {turn.speech!r}")
    for phrase in expect.get("speech_not_contains") or []:
        if _squash(str(phrase)) in speech:
            failures.append(f"speech should not contain {phrase!r}: {turn.speech!r}")
    if "session_open" in expect and turn.session_open != bool(expect["session_open"]):
        failures.append(f"session_open: expected {expect['session_open']}, got {turn.session_open}")
    if "has_card" in expect and (turn.card is not None) != bool(expect["has_card"]):
        failures.append(f"has_card: expected {expect['has_card']}, got card={turn.card!r}")
    for key in expect.get("attributes_has") or []:
        if not _lookup(turn.attributes, key)[0]:
            failures.append(f"sessionAttributes should have {key!r}: {sorted(turn.attributes)}")
    for key in expect.get("attributes_lacks") or []:
        if _lookup(turn.attributes, key)[0]:
            failures.append(f"sessionAttributes should not have {key!r}")
    for key in expect.get("speech_contains_previous_attribute") or []:
        found, value = _lookup(previous.attributes if previous else {}, key)
        if not found or not isinstance(value, str):
            failures.append(f"previous turn has no string attribute {key!r}")
        elif _squash(value) not in speech:
            failures.append(f"speech should repeat previous {key} {value!r}: {turn.speech!r}")
    return failures


def load_transcript(path: Path | str) -> tuple[dict, list[dict]]:
    """A transcript is a list of turns, or a mapping with `turns` plus `locale` / `user_id`."""
    import yaml

    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    if isinstance(data, list):
        data = {"turns": data}
    if not isinstance(data, dict) or not isinstance(data.get("turns"), list):
        raise ValueError(f"{path}: expected a list of turns or a mapping with 'turns'")
    for index, turn in enumerate(data["turns"], 1):
        if not isinstance(turn, dict) or not isinstance(turn.get("say"), str):
            raise ValueError(f"{path}: turn {index} needs a 'say' string "
                             "(quote yes/no/on/off: YAML reads them as booleans)")
    return data, data["turns"]


def replay_transcript(path: Path | str, *, handler: Handler | None = None, locale: str | None = None,
                      user_id: str | None = None) -> list[TurnResult]:
    """Play a YAML transcript against the handler; each result lists its failed expectations."""
    meta, turns = load_transcript(path)
    stem = Path(path).stem
    simulator = Simulator(locale or meta.get("locale") or "en-US", handler=handler,
                          user_id=user_id or meta.get("user_id") or f"amzn1.ask.account.transcript-{stem}")
    results: list[TurnResult] = []
    previous: Turn | None = None
    for index, spec in enumerate(turns, 1):
        turn = simulator.say(spec["say"])
        expect = spec.get("expect") or {}
        results.append(TurnResult(index, spec["say"], turn, expect, check_turn(turn, expect, previous)))
        if turn.request is not None:
            previous = turn
    return results


# --- command line --------------------------------------------------------------------------------

def format_turn(turn: Turn, *, show_json: bool = False) -> str:
    """A readable block for one turn; lint problems are shouted so nobody misses them."""
    lines = [f"you> {turn.utterance}"]
    if turn.request is None:
        lines.append(f"  (silence) alexa repeats: {turn.speech or '(nothing)'}" if turn.session_open
                     else "  (silence, no open session)")
        return "\n".join(lines)
    session = turn.request["session"]
    slots = " ".join(f"{k}={v!r}" for k, v in turn.slots.items())
    if turn.nlu is not None and turn.nlu.slots:
        for name, slot in turn.nlu.slots.items():
            if slot.er_status:
                slots += f" [{name}: {slot.er_status}{' ' + slot.er_id if slot.er_id else ''}]"
    tag = "new session" if session["new"] else "session"
    lines.append(f"  request : {turn.intent} {slots}".rstrip() + f"   ({tag} …{session['sessionId'][-6:]})")
    lines.append(f"  alexa   : {turn.speech or '(silent)'}")
    if turn.reprompt:
        lines.append(f"  reprompt: {turn.reprompt}")
    if turn.card:
        body = " / ".join((turn.card.get("content") or turn.card.get("text") or "").splitlines())  # one line per card
        lines.append(f"  card    : [{turn.card.get('type')}] {turn.card.get('title', '')} — {body}")
    state = "open" if turn.session_open else "closed"
    lines.append(f"  session : {state}   ({turn.elapsed_ms:.1f} ms)")
    if turn.lint:
        lines.append(f"  !!!! LINT: {len(turn.lint)} problem(s) with this response !!!!")
        lines.extend(f"  !! {problem}" for problem in turn.lint)
    if show_json:
        lines.append("  request envelope:")
        lines.append(json.dumps(turn.request, indent=2))
        lines.append("  response envelope:")
        lines.append(json.dumps(turn.response, indent=2))
    return "\n".join(lines)


def _run_transcript(path: str, args: argparse.Namespace, out: TextIO, handler: Handler) -> int:
    results = replay_transcript(path, handler=handler, locale=args.locale, user_id=args.user_id)
    failed = 0
    for result in results:
        out.write(format_turn(result.turn, show_json=args.json) + "\n")
        for failure in result.failures:
            out.write(f"  FAIL: {failure}\n")
        failed += not result.ok
        out.write("\n")
    out.write(f"{len(results) - failed}/{len(results)} turns passed\n")
    return 1 if failed else 0


def _utterances(stream: TextIO, interactive: bool, out: TextIO):
    if interactive:
        try:
            import readline  # noqa: F401  (history and line editing at the prompt)
        except ImportError:
            pass
        while True:
            try:
                line = input("you> ")
            except EOFError:
                out.write("\n")
                return
            yield line if line.strip() else SILENCE
    else:
        for line in stream:
            line = line.strip()
            if line and not line.startswith("#"):
                yield line


def main(argv: list[str] | None = None, *, stdin: TextIO | None = None, out: TextIO | None = None,
         handler: Handler | None = None) -> int:
    """CLI entry; returns 1 if any response failed lint (or a transcript turn failed)."""
    parser = argparse.ArgumentParser(prog="python -m skill.simulator", description=__doc__.split("\n\n")[0])
    parser.add_argument("--locale", choices=LOCALES, default=None, help="default en-US")
    parser.add_argument("--json", action="store_true", help="also print raw request and response envelopes")
    parser.add_argument("--user-id", default=None, help="Alexa userId (persistent state is per user)")
    parser.add_argument("--transcript", default=None, help="replay a YAML transcript and check expectations")
    args = parser.parse_args(argv)
    stdin = stdin or sys.stdin
    out = out or sys.stdout
    if handler is None:
        # The skill logs JSON to stdout; keep INFO chatter out of the transcript unless asked for.
        os.environ.setdefault("LOG_LEVEL", "WARNING")
        try:
            handler = default_handler()
        except ImportError as error:
            print(f"cannot import the skill handler (skill.entrypoint): {error}", file=sys.stderr)
            return 2
    if args.transcript:
        return _run_transcript(args.transcript, args, out, handler)
    simulator = Simulator(args.locale or "en-US", user_id=args.user_id, handler=handler)
    interactive = stdin.isatty() and out.isatty()
    if interactive:
        out.write(f"Pun Pal simulator ({simulator.session.locale}). Say 'open pun pal'; "
                  f"empty line = silence; Ctrl-D quits.\n")
    lint_failures = 0
    for utterance in _utterances(stdin, interactive, out):
        turn = simulator.say(utterance)
        block = format_turn(turn, show_json=args.json)
        out.write((block.split("\n", 1)[1] if interactive and "\n" in block else block) + "\n\n")
        out.flush()
        if turn.error:
            print(turn.error, file=sys.stderr)
        if turn.lint:
            lint_failures += 1
            print(f"LINT FAILURE on {utterance!r}: " + "; ".join(turn.lint), file=sys.stderr)
    if lint_failures:
        print(f"{lint_failures} response(s) failed lint", file=sys.stderr)
    return 1 if lint_failures else 0


if __name__ == "__main__":
    sys.exit(main())

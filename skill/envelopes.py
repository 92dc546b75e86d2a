"""Alexa request envelopes in the current wire shape, for the simulator and end-to-end tests.

Building them here (rather than hand-writing JSON in tests) keeps every test request valid for
`ask_sdk_model.RequestEnvelope`: the SDK deserialises before dispatch, so a malformed test
envelope would fail outside the skill's own exception handling and prove nothing.
"""
from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from skill.nlu import DEFAULT_SKILL_ID, NluResult, slots_to_request

API_ENDPOINT = "https://api.amazonalexa.com"
SESSION_END_REASONS = ("USER_INITIATED", "ERROR", "EXCEEDED_MAX_REPROMPTS")
SCREEN_INTERFACES: dict[str, Any] = {"Alexa.Presentation.APL": {"runtime": {"maxVersion": "2023.3"}}}


def _id(prefix: str) -> str:
    return f"{prefix}.{uuid.uuid4()}"


def timestamp(now: datetime | None = None) -> str:
    """ISO-8601 UTC with a Z suffix and whole seconds, as Alexa sends it."""
    now = now or datetime.now(timezone.utc)
    return now.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def launch_request(locale: str) -> dict[str, Any]:
    """The `request` object for a LaunchRequest ('open pun pal')."""
    return {"type": "LaunchRequest", "requestId": _id("amzn1.echo-api.request"), "timestamp": timestamp(),
            "locale": locale, "shouldLinkResultBeReturned": False}


def intent_request(locale: str, intent: str, slots: dict[str, Any] | None = None,
                   dialog_state: str | None = None) -> dict[str, Any]:
    """The `request` object for an IntentRequest; `slots` is already in wire shape. ``dialog_state``
    ('IN_PROGRESS') marks an answer to the skill's own Dialog directive, as Alexa sends it."""
    request = {"type": "IntentRequest", "requestId": _id("amzn1.echo-api.request"), "timestamp": timestamp(),
               "locale": locale,
               "intent": {"name": intent, "confirmationStatus": "NONE", "slots": slots or {}}}
    if dialog_state:
        request["dialogState"] = dialog_state
    return request


def session_ended_request(locale: str, reason: str = "USER_INITIATED",
                          error: dict[str, str] | None = None) -> dict[str, Any]:
    """The `request` object Alexa sends when the session closes without the skill asking it to."""
    if reason not in SESSION_END_REASONS:
        raise ValueError(f"unknown SessionEndedRequest reason {reason!r}")
    request: dict[str, Any] = {"type": "SessionEndedRequest", "requestId": _id("amzn1.echo-api.request"),
                               "timestamp": timestamp(), "locale": locale, "reason": reason}
    if reason == "ERROR":
        request["error"] = error or {"type": "INTERNAL_SERVICE_ERROR", "message": "simulated error"}
    return request


def envelope(request: dict[str, Any], *, session_id: str, new: bool, attributes: dict[str, Any],
             user_id: str, device_id: str, application_id: str = DEFAULT_SKILL_ID,
             supported_interfaces: dict[str, Any] | None = None) -> dict[str, Any]:
    """Wrap a request object in the full envelope: version, session and context.System."""
    application = {"applicationId": application_id}
    user = {"userId": user_id}
    return {
        "version": "1.0",
        "session": {"new": new, "sessionId": session_id, "application": dict(application),
                    "attributes": copy.deepcopy(attributes), "user": dict(user)},
        "context": {"System": {
            "application": dict(application),
            "user": dict(user),
            "device": {"deviceId": device_id, "supportedInterfaces": copy.deepcopy(supported_interfaces or {})},
            "apiEndpoint": API_ENDPOINT,
            "apiAccessToken": "simulated." + uuid.uuid4().hex,
        }},
        "request": request,
    }


@dataclass
class Session:
    """A device talking to the skill: carries sessionAttributes between turns like Alexa does.

    A response with shouldEndSession true closes the session; so does an absent shouldEndSession on
    a voice-only device (the default here). The next request then opens a fresh session.
    """

    locale: str = "en-US"
    user_id: str = field(default_factory=lambda: _id("amzn1.ask.account"))
    device_id: str = field(default_factory=lambda: _id("amzn1.ask.device"))
    application_id: str = DEFAULT_SKILL_ID
    supported_interfaces: dict[str, Any] = field(default_factory=dict)
    session_id: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    is_open: bool = False
    #: (intent, slot) the last response elicited with Dialog.ElicitSlot, until the next response
    eliciting: tuple[str, str] | None = None
    _fresh: bool = False

    @property
    def has_screen(self) -> bool:
        return "Alexa.Presentation.APL" in self.supported_interfaces

    def start(self) -> None:
        """Begin a new session: new id, empty attributes, `session.new` true on its first request."""
        self.session_id = _id("amzn1.echo-api.session")
        self.attributes = {}
        self.is_open = True
        self._fresh = True

    def _wrap(self, request: dict[str, Any]) -> dict[str, Any]:
        if not self.is_open:
            self.start()
        assert self.session_id is not None
        env = envelope(request, session_id=self.session_id, new=self._fresh, attributes=self.attributes,
                       user_id=self.user_id, device_id=self.device_id, application_id=self.application_id,
                       supported_interfaces=self.supported_interfaces)
        self._fresh = False
        return env

    def launch(self) -> dict[str, Any]:
        """A LaunchRequest; always opens a new session, as 'open pun pal' does."""
        self.start()
        return self._wrap(launch_request(self.locale))

    def intent(self, name: str, slots: dict[str, Any] | None = None) -> dict[str, Any]:
        """An IntentRequest in the open session, or as the first request of a new one (one-shot)."""
        in_dialog = self.is_open and self.eliciting is not None and self.eliciting[0] == name
        return self._wrap(intent_request(self.locale, name, slots, "IN_PROGRESS" if in_dialog else None))

    def nlu_intent(self, result: NluResult) -> dict[str, Any]:
        """An IntentRequest from an NLU result, with entity resolutions under this skill's id."""
        return self.intent(result.intent, slots_to_request(result, self.application_id))

    def session_ended(self, reason: str = "USER_INITIATED", error: dict[str, str] | None = None) -> dict[str, Any]:
        """A SessionEndedRequest for the open session; the session is closed afterwards."""
        if not self.is_open:
            raise RuntimeError("no open session to end")
        env = self._wrap(session_ended_request(self.locale, reason, error))
        self.is_open = False
        return env

    def observe(self, response: dict[str, Any] | None) -> None:
        """Take the skill's response: keep its sessionAttributes, or close the session."""
        body = (response or {}).get("response") or {}
        should_end = body.get("shouldEndSession")
        ends = should_end is True or (should_end is None and not self.has_screen)
        self.eliciting = None
        if response is None or ends:
            self.is_open = False
            self.attributes = {}
            return
        self.attributes = copy.deepcopy((response or {}).get("sessionAttributes") or {})
        for directive in body.get("directives") or ():
            if isinstance(directive, dict) and directive.get("type") == "Dialog.ElicitSlot":
                self.eliciting = ((directive.get("updatedIntent") or {}).get("name", ""), directive.get("slotToElicit", ""))

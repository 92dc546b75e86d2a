"""Cross-cutting work around every request: logging, locale strings, the user's stored state, and
leaving the listener's own joke when they move on.

User state is loaded before the handler and saved after it. If the store fails we carry on with
an empty state and do NOT save, so a read failure can never overwrite what the user stored; what
the listener sets meanwhile (kid mode, pace) rides in the session (`UNSAVED_KEY`) until it ends.
"""
from __future__ import annotations

import hashlib

from ask_sdk_core.dispatch_components import AbstractRequestInterceptor, AbstractResponseInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_intent_name, is_request_type
from ask_sdk_model import Response

from skill import knock_knock, turns
from skill.context import content_words
from skill.log import logger
from skill.sensitive_topics import in_danger_or_hurt
from skill.strings import said_last, strings_for
from skill.user_state import UserState

SAID_KEY = "said"  # in sessionAttributes: key -> index of the variant said last (`Strings.say`)
UNSAVED_KEY = "unsaved_user"  # in sessionAttributes while the store is down: `UserState.for_the_session`


def _request_summary(handler_input: HandlerInput) -> dict[str, str | None]:
    envelope = handler_input.request_envelope
    request = envelope.request
    user_id = getattr(getattr(getattr(envelope.context, "system", None), "user", None), "user_id", None)
    return {
        "request_type": getattr(request, "object_type", None),
        "intent": getattr(getattr(request, "intent", None), "name", None),
        "locale": getattr(request, "locale", None),
        "request_id": getattr(request, "request_id", None),
        # A hash, not the id: logs should not carry a stable personal identifier.
        "user": hashlib.sha256(str(user_id).encode()).hexdigest()[:12] if user_id else None,
    }


class RequestLoggingInterceptor(AbstractRequestInterceptor):
    def process(self, handler_input: HandlerInput) -> None:
        logger.info("request", extra=_request_summary(handler_input))


class LocaleStringsInterceptor(AbstractRequestInterceptor):
    """The locale's phrasings, remembering in the session which variant of each was said last, so
    the next is another (`SAID_KEY`)."""

    def process(self, handler_input: HandlerInput) -> None:
        locale = getattr(handler_input.request_envelope.request, "locale", None)
        session = turns.session(handler_input)
        said = session[SAID_KEY] = said_last(session.get(SAID_KEY))
        handler_input.attributes_manager.request_attributes["strings"] = strings_for(locale if isinstance(locale, str) else None, said=said)


class LoadUserStateInterceptor(AbstractRequestInterceptor):
    def process(self, handler_input: HandlerInput) -> None:
        attributes = handler_input.attributes_manager.request_attributes
        if getattr(handler_input.request_envelope.request, "object_type", None) == "CanFulfillIntentRequest":
            attributes["user"], attributes["persistence_ok"] = UserState(), False  # asked, not told: no store read
            return
        try:
            stored = handler_input.attributes_manager.persistent_attributes
            attributes["user"] = UserState.from_attributes(stored)
            attributes["persistence_ok"] = True
        except Exception as error:
            logger.error("user_state_load_failed", extra={"error": type(error).__name__, "detail": str(error)[:300]})
            # what was set this session rides in it meanwhile ("kid mode is on", then off on the next turn)
            attributes["user"] = UserState.from_attributes(turns.session(handler_input).get(UNSAVED_KEY))
            attributes["persistence_ok"] = False


class SaveUserStateInterceptor(AbstractResponseInterceptor):
    def process(self, handler_input: HandlerInput, response: Response) -> None:
        attributes = handler_input.attributes_manager.request_attributes
        state = attributes.get("user")
        if not isinstance(state, UserState) or not state.changed:
            return
        if not attributes.get("persistence_ok"):
            if getattr(handler_input.request_envelope, "session", None) is not None:
                turns.session(handler_input)[UNSAVED_KEY] = state.for_the_session()
            return
        try:
            handler_input.attributes_manager.persistent_attributes = state.to_attributes()
            handler_input.attributes_manager.save_persistent_attributes()
        except Exception as error:
            logger.error("user_state_save_failed", extra={"error": type(error).__name__, "detail": str(error)[:300]})


class ResponseLoggingInterceptor(AbstractResponseInterceptor):
    def process(self, handler_input: HandlerInput, response: Response) -> None:
        logger.info(
            "response",
            extra={
                "end_session": getattr(response, "should_end_session", None),
                "has_speech": getattr(response, "output_speech", None) is not None,
            },
        )


class YesWithMoreInterceptor(AbstractRequestInterceptor):
    """'Yes, but my dad is hitting me', 'sure, cats' (`YesAndIntent`) reached Fallback after "Another
    one?": what is said after the yes is heard, before any handler is picked. With words of its own
    the ask is a joke's (`TellJokeIntent`, whose turn reads danger first); with none ("yes i am",
    "yeah go on"), or at a question only yes or no answers ("Are you a grown-up?", "Shall I forget
    ...?": "yes i'm the dad"), it is the yes it starts with, unless its words tell of danger."""

    INTENT = "YesAndIntent"

    def process(self, handler_input: HandlerInput) -> None:
        if not is_request_type("IntentRequest")(handler_input) or get_intent_name(handler_input) != self.INTENT:
            return
        intent = handler_input.request_envelope.request.intent
        slot = (intent.slots or {}).get(turns.TOPIC_SLOT)
        said = " ".join(str(getattr(slot, "value", None) or "").split())
        yes_or_no = turns.last_was(handler_input, turns.ASKED_GROWN_UP) or turns.pending(handler_input) == turns.FORGET
        if said and (in_danger_or_hurt(said) or (content_words(said) and not yes_or_no)):
            intent.name = turns.TOPIC_INTENT
        else:
            intent.name, intent.slots = "AMAZON.YesIntent", {}
        logger.info("yes_with_more", extra={"heard_as": intent.name})


class TheirJokeLeftInterceptor(AbstractRequestInterceptor):
    """The listener's knock-knock or riddle is left when they ask for something else
    (`knock_knock.moved_on`), before any handler sees it: "what's my name" after "Tell me!" was
    laughed at as the riddle's answer, and "tell me a joke" at their door got "Sorry, who's there?"."""

    def process(self, handler_input: HandlerInput) -> None:
        if not is_request_type("IntentRequest")(handler_input):
            return
        session = turns.session(handler_input)
        heard = knock_knock.hearing(session)
        slots = handler_input.request_envelope.request.intent.slots or {}
        has_words = any(getattr(slot, "value", None) for slot in slots.values())
        if heard is not None and knock_knock.moved_on(heard, get_intent_name(handler_input), has_words):
            logger.info("their_joke_left", extra={"stage": heard.stage})
            knock_knock.leave(session)

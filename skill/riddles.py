"""A riddle asked for is asked, not told: "What's a dog's favorite saying?" - a guess, or "I give
up" - "Orchestra pet!".

"Tell me a riddle" was answered in the same breath ("What's a dog's favorite saying? Orchestra
pet!"), leaving nothing to guess, and a guess after it ("is it a dog") reached Fallback. The session
keeps the riddle until its answer is said; whatever the listener says next is their guess, unless
they give up, leave, or ask for something else.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from skill.context import lemma
from skill.function_words import FUNCTION_WORDS
from skill.phrases import plain_lower, tokens

#: sessionAttributes key: {"setup": ..., "punchline": ..., "pun_word": ..., "alternative_word": ...}
SESSION_KEY = "riddle"
ASKED_KEY = "riddles_asked"  # in sessionAttributes: the questions asked this visit, newest last
MAX_ASKED = 10

#: A hint asked for, or the riddle found too hard: "can i have a hint", "that's too hard".
_HINT = re.compile(r"\b(?:hints?|clues?|help me|a tip|too hard|too difficult)\b")
#: No guess yet: "hmm", "let me think", "good one".
#: The sounds of a pause ("um", "hmm", "erm"), shared with the turn that hears a filler alone.
FILLER_SOUND = r"(?:u+m+|u+h+m*|e+r+m*|e+r+|h+m+|m{2,}|a+h+|e+h+|e+m+)"
_THINKING = re.compile(rf"(?:(?:{FILLER_SOUND}|well|so|okay|ok|let me think|thinking|i'm thinking|tough one|good one)[\s,.]*)+")

#: Giving up, or asking for the answer: "i don't know", "tell me", "no idea", "what is it".
_GIVES_UP = re.compile(
    r"(?:(?:um|uh|hmm|oh|okay|ok|well|no),?\s+)*(?:i\s+)?(?:give up|gave up|don't know|do not know|dunno|don't get it|have no idea|no idea|no clue"
    r"|haven't got a clue|haven't a clue|not a clue|no clue at all|not sure|nobody knows|no one knows|who knows|can't guess|cannot guess|can't think|pass|tell me|just tell me|you tell me|what is it|what's the answer"
    r"|what|the answer|answer|reveal it|go on|go on then|i don't|no|nope|nothing|i'm stumped|stumped|beats me|i have no clue|surprise me)"
    r"(?:\s+(?:then|please|the answer|it|what it is|mate|tell me))*"
)


@dataclass(frozen=True)
class Riddle:
    setup: str
    punchline: str
    pun_word: str
    alternative_word: str

    def as_attributes(self) -> dict[str, str]:
        return asdict(self)


def current(session: dict[str, Any]) -> Riddle | None:
    """The riddle waiting for a guess, if the session holds a well-formed one."""
    saved = session.get(SESSION_KEY)
    if not isinstance(saved, dict):
        return None
    fields = [saved.get(k) for k in ("setup", "punchline", "pun_word", "alternative_word")]
    if not all(isinstance(f, str) for f in fields) or not fields[1]:
        return None
    return Riddle(*fields)


def leave(session: dict[str, Any]) -> None:
    """A new ask leaves the riddle unanswered."""
    session.pop(SESSION_KEY, None)


def gives_up(words: str) -> bool:
    """'I give up', 'tell me', 'no idea', or nothing said: the answer, please."""
    said = plain_lower(words).strip(" .,!?")
    return not said or _GIVES_UP.fullmatch(said) is not None


def guessed(words: str, riddle: Riddle) -> str:
    """How near the guess came: "right" when it says the pun word and most of the answer's other
    words ("orchestra pet"), "close" when it says only the pun word ("dough eyed" for "A dough a
    deer!" was taken as right) or the word heard in it ("orchestra pit"), else ''."""
    said = {lemma(w) for w in tokens(plain_lower(words))}
    pun = lemma(riddle.pun_word.lower())
    if pun in said:
        others = {lemma(w) for w in tokens(plain_lower(riddle.punchline))} - {pun} - FUNCTION_WORDS
        return "right" if not others or len(others & said) * 2 >= len(others) else "close"
    heard = {lemma(w) for w in tokens(plain_lower(riddle.alternative_word))}
    return "close" if heard and heard <= said else ""


def asks_for_a_hint(words: str) -> bool:
    """'Can I have a hint?', 'give me a clue'."""
    return _HINT.search(plain_lower(words)) is not None


def waits(words: str) -> bool:
    """'Hmm', 'um', 'let me think': no guess yet."""
    return _THINKING.fullmatch(plain_lower(words).strip(" .,!?")) is not None


def remember_asked(session: dict[str, Any], setup: str) -> None:
    """The riddle's question, asked this visit: asked again, it would be one question with another
    answer ("What's a cat's favorite saying?" three times, each answer new)."""
    asked = session.get(ASKED_KEY)
    session[ASKED_KEY] = [*(asked if isinstance(asked, list) else [])[-(MAX_ASKED - 1):], setup]


def was_asked(session: dict[str, Any], setup: str) -> bool:
    asked = session.get(ASKED_KEY)
    return isinstance(asked, list) and setup in asked

"""What we remember about a user between sessions: jokes told, ratings (per pair and per joke form),
liked words, the jokes they liked (to tell again), kid mode, speaking pace.

Stored as plain JSON-able attributes (DynamoDB returns numbers as Decimal; we convert back) and
bounded, so an item never grows past DynamoDB's 400 KB limit however long someone keeps asking.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Collection, Mapping, Sequence

MAX_TOLD = 1000
MAX_LIKED_WORDS = 30
MAX_RATED_PAIRS = 500
MAX_FORMS = 20  # joke forms are few; bound what a hostile item could hold
MAX_RECENT_PUN_WORDS = 30
MAX_FAVOURITES = 20  # jokes rated funny, kept whole to be told again ('tell me one I liked')
MAX_FAVOURITE_CHARS = 600
MAX_AVOIDED = 12  # topics asked to be left alone ('no more cat jokes'), newest kept
#: What a kept joke carries: what telling it again and explaining it need.
FAVOURITE_FIELDS = ("text", "setup", "punchline", "explanation", "pun_word", "alternative_word", "form", "pair")
FORM_STEP = 0.05  # per net vote: a few votes make a form clearly preferred or avoided
MAX_FORM_BONUS = 0.15
SCHEMA_VERSION = 1
#: The keys this release reads; any other stored key is kept as found (`UserState.extra`).
_KNOWN_KEYS = frozenset(
    "schema told ratings form_ratings liked_words kid_mode jokes_heard recent_pun_words pace favourites avoided avoided_forms".split()
)
#: What rides in the session while the store is down (`UserState.for_the_session`).
_SESSION_KEYS = frozenset("kid_mode pace liked_words recent_pun_words avoided avoided_forms".split())
SESSION_FAVOURITES = 3
#: How much slower or faster than normal the listener asked Pun Pal to speak, in steps
#: (`speech.PACE_RATES` says how fast a step is).
SLOWEST_PACE, FASTEST_PACE = -2, 2


def _words(text: str) -> list[str]:
    """Lower-case letters and digits, split: what a joke's id is insensitive to is gone."""
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).split()


def joke_id(text: str) -> str:
    """A short stable id for a joke, insensitive to case, spacing and punctuation."""
    return hashlib.sha1(" ".join(_words(text)).encode("utf-8")).hexdigest()[:12]


def pun_word_at(words: list[str], pun_word: str) -> int | None:
    """Where the pun word stands among a punchline's words, any form of it ('paints' for 'paint')."""
    stem = pun_word.lower()[: max(3, len(pun_word) - 2)]
    return next((i for i, w in enumerate(words) if stem and w.startswith(stem)), None)


def _pun_onward(punchline: str, pun_word: str) -> str:
    """The punchline from its pun word on ('paints on fire' in 'Liar liar paints on fire'), when
    that is shorter than the whole and at least two words; a pun word that ends a longer punchline
    takes the word before it ('a rap' in "It's a rap", so "That's a rap" is no new joke); else ''."""
    words = _words(punchline)
    start = pun_word_at(words, pun_word) or 0
    if start >= 2 and start == len(words) - 1:
        start -= 1
    return " ".join(words[start:]) if 0 < start <= len(words) - 2 else ""


def _pun_through(punchline: str, pun_word: str) -> str:
    """The punchline up to its pun word, when that is three words or more: "Jack of all trains",
    then "Jack of all trains master of none", is one joke twice; else ''."""
    words = _words(punchline)
    at = pun_word_at(words, pun_word)
    return " ".join(words[: at + 1]) if at is not None and at >= 2 else ""


def _phrase_punned(punchline: str, pun_word: str, alternative_word: str) -> str:
    """The punchline with the pun word turned back into (the start of) the word it sounds like,
    the phrase it puns on, when three words or more: "Coke up a storm" then "Coking up a storm",
    or "Pie one get one free" then "Bye one get one free", is one joke twice; else ''."""
    words = _words(punchline)
    at = pun_word_at(words, pun_word)
    heard = "".join(_words(alternative_word))[:3]
    if at is None or not heard or len(words) < 3:
        return ""
    return " ".join(["~", *words[:at], f"~{heard}", *words[at + 1:]])  # the marks keep it no one's text


def told_ids(text: str, punchline: str = "", pun_word: str = "", alternative_word: str = "") -> list[str]:
    """Ids that mark a joke as told: the joke's, its punchline's (whatever the frame: 'Pet on the
    back' as advice, then as a T-shirt), its punchline from the pun word on ("Liar liar paints
    on fire", then "Paints on fire", is one joke twice), up to it ("Jack of all trains", then "...
    master of none") and the phrase it puns on."""
    onward = _pun_onward(punchline, pun_word) if pun_word else ""
    through = _pun_through(punchline, pun_word) if pun_word else ""
    punned = _phrase_punned(punchline, pun_word, alternative_word) if pun_word and alternative_word else ""
    return list(dict.fromkeys(joke_id(t) for t in (text, punchline, onward, through, punned) if t))


def is_told(told: Collection[str], text: str, punchline: str = "", pun_word: str = "", alternative_word: str = "") -> bool:
    """Whether a joke, or its punchline, or the punchline from or up to its pun word, or a pun on
    the same phrase, was told."""
    return any(i in told for i in told_ids(text, punchline, pun_word, alternative_word))


def strings_of(value: Any) -> list[str]:
    """The strings of a stored list; [] for anything else (a corrupt or foreign value is no error)."""
    return [str(x) for x in value if isinstance(x, str)] if isinstance(value, (list, tuple)) else []


def _favourites(value: Any) -> list[dict[str, str]]:
    """Kept jokes as stored: each a mapping with its text, only string fields, each bounded."""
    kept = [
        {key: joke[key][:MAX_FAVOURITE_CHARS] for key in FAVOURITE_FIELDS if isinstance(joke.get(key), str)}
        for joke in (value if isinstance(value, (list, tuple)) else ())
        if isinstance(joke, Mapping) and isinstance(joke.get("text"), str) and joke["text"].strip()
    ]
    return kept[-MAX_FAVOURITES:]


def _int(value: Any, low: int = 0, high: int | None = None) -> int:
    """A whole number from a stored item, held between ``low`` and ``high``; 0 for anything else
    (DynamoDB gives a Decimal; an item written elsewhere may hold text or infinity)."""
    try:
        number = max(low, int(value if not isinstance(value, Decimal) else int(value)))
    except (TypeError, ValueError, OverflowError):
        return 0
    return number if high is None else min(high, number)


def _votes(raw: Any) -> dict[str, "PairVotes"]:
    if not isinstance(raw, Mapping):
        return {}
    return {
        str(key): PairVotes(_int(votes.get("funny")), _int(votes.get("not_funny")))
        for key, votes in raw.items()
        if isinstance(votes, Mapping)
    }


@dataclass
class PairVotes:
    funny: int = 0
    not_funny: int = 0

    @property
    def net(self) -> int:
        return self.funny - self.not_funny


def _count(votes: PairVotes, funny: bool, amount: int) -> None:
    if funny:
        votes.funny = max(0, votes.funny + amount)
    else:
        votes.not_funny = max(0, votes.not_funny + amount)


@dataclass
class UserState:
    """Per-user memory; `changed` tells the save interceptor whether a write is needed."""

    told: list[str] = field(default_factory=list)
    ratings: dict[str, PairVotes] = field(default_factory=dict)
    form_ratings: dict[str, PairVotes] = field(default_factory=dict)
    liked_words: list[str] = field(default_factory=list)
    kid_mode: bool | None = None
    jokes_heard: int = 0
    recent_pun_words: list[str] = field(default_factory=list)
    pace: int = 0
    favourites: list[dict[str, str]] = field(default_factory=list)
    avoided: list[str] = field(default_factory=list)  # 'no more cat jokes': left alone in later sessions too
    avoided_forms: list[str] = field(default_factory=list)  # 'no more riddles': likewise
    extra: dict[str, Any] = field(default_factory=dict)  # keys a newer release stored: written back as found
    changed: bool = False

    @classmethod
    def from_attributes(cls, attributes: Mapping[str, Any] | None) -> "UserState":
        """Tolerant reader: a corrupt or foreign item yields what can be salvaged, never an error."""
        attributes = attributes if isinstance(attributes, Mapping) else {}
        told = strings_of(attributes.get("told"))[-MAX_TOLD:]
        liked = strings_of(attributes.get("liked_words"))[-MAX_LIKED_WORDS:]
        kid_mode = attributes.get("kid_mode")
        return cls(
            told=told,
            ratings=_votes(attributes.get("ratings")),
            form_ratings=dict(list(_votes(attributes.get("form_ratings")).items())[:MAX_FORMS]),
            liked_words=liked,
            kid_mode=kid_mode if isinstance(kid_mode, bool) else None,
            jokes_heard=_int(attributes.get("jokes_heard", 0)),
            recent_pun_words=strings_of(attributes.get("recent_pun_words"))[-MAX_RECENT_PUN_WORDS:],
            pace=_int(attributes.get("pace", 0), SLOWEST_PACE, FASTEST_PACE),
            favourites=_favourites(attributes.get("favourites")),
            avoided=strings_of(attributes.get("avoided"))[-MAX_AVOIDED:],
            avoided_forms=strings_of(attributes.get("avoided_forms"))[-MAX_FORMS:],
            extra={k: v for k, v in attributes.items() if isinstance(k, str) and k not in _KNOWN_KEYS},
        )

    def to_attributes(self) -> dict[str, Any]:
        ratings = dict(list(self.ratings.items())[-MAX_RATED_PAIRS:])
        attributes: dict[str, Any] = {
            **self.extra,  # a rollback must not lose what a newer release keeps ('streak')
            "schema": SCHEMA_VERSION,
            "told": self.told[-MAX_TOLD:],
            "ratings": {k: {"funny": v.funny, "not_funny": v.not_funny} for k, v in ratings.items()},
            "form_ratings": {k: {"funny": v.funny, "not_funny": v.not_funny} for k, v in self.form_ratings.items()},
            "liked_words": self.liked_words[-MAX_LIKED_WORDS:],
            "jokes_heard": self.jokes_heard,
            "recent_pun_words": self.recent_pun_words[-MAX_RECENT_PUN_WORDS:],
        }
        if self.kid_mode is not None:
            attributes["kid_mode"] = self.kid_mode
        if self.pace:
            attributes["pace"] = self.pace
        if self.favourites:
            attributes["favourites"] = self.favourites[-MAX_FAVOURITES:]
        if self.avoided:
            attributes["avoided"] = self.avoided[-MAX_AVOIDED:]
        if self.avoided_forms:
            attributes["avoided_forms"] = self.avoided_forms[-MAX_FORMS:]
        return attributes

    def set_avoided_forms(self, forms: Sequence[str]) -> None:
        if list(forms) != self.avoided_forms:
            self.avoided_forms, self.changed = list(forms)[-MAX_FORMS:], True

    def avoid(self, words: Collection[str], asked_for: Collection[str] = ()) -> None:
        """Leave ``words`` alone from now on, in later sessions too ("no more jokes about cats" was
        forgotten by the next session's "pets"); words ``asked_for`` by name are the listener's again."""
        kept = list(dict.fromkeys(w for w in [*self.avoided, *words] if w not in asked_for or w in words))[-MAX_AVOIDED:]
        if kept != self.avoided:
            self.avoided, self.changed = kept, True

    def for_the_session(self) -> dict[str, Any]:
        """What the listener set or chose, small enough to ride in the session while the store is
        down (kid mode was confirmed, then off on the next turn): read back by `from_attributes`."""
        kept = {k: v for k, v in self.to_attributes().items() if k in _SESSION_KEYS}
        if self.favourites:
            kept["favourites"] = self.favourites[-SESSION_FAVOURITES:]
        return kept

    def remember_joke(self, text: str, pun_word: str = "", punchline: str = "", alternative_word: str = "") -> None:
        """The joke is told; so is its punchline, in whatever frame it comes next ('Pet on the back'),
        and the phrase it puns on."""
        self.told += told_ids(text, punchline, pun_word, alternative_word)
        self.told = self.told[-MAX_TOLD:]
        if pun_word:
            self.recent_pun_words = (self.recent_pun_words + [pun_word])[-MAX_RECENT_PUN_WORDS:]
        self.jokes_heard += 1
        self.changed = True

    def rate(self, pair_key: str, funny: bool, words: tuple[str, ...] = (), form: str = "", previous: bool | None = None) -> None:
        """A verdict on a joke told; ``previous``: this listener's earlier verdict on the same joke,
        which the new one replaces (said again, it changes nothing)."""
        if previous == funny:
            return
        votes = self.ratings.pop(pair_key, PairVotes())  # re-insert: most recent last
        tallies = [votes]
        if form and (form in self.form_ratings or len(self.form_ratings) < MAX_FORMS):
            tallies.append(self.form_ratings.setdefault(form, PairVotes()))
        for tally in tallies:
            _count(tally, funny, 1)
            if previous is not None:
                _count(tally, previous, -1)
        if funny:
            for word in words:
                if word and word not in self.liked_words:
                    self.liked_words.append(word)
            self.liked_words = self.liked_words[-MAX_LIKED_WORDS:]
        elif previous:  # liked, then not: its words no longer flavour the context
            self.liked_words = [w for w in self.liked_words if w not in words]
        self.ratings[pair_key] = votes
        self.changed = True

    def keep_favourite(self, joke: Mapping[str, Any]) -> None:
        """A joke rated funny is kept whole, newest last, to be told again on request."""
        kept = _favourites([joke])
        if not kept:
            return
        self.favourites = [f for f in self.favourites if joke_id(f["text"]) != joke_id(kept[0]["text"])] + kept
        self.favourites = self.favourites[-MAX_FAVOURITES:]
        self.changed = True

    def drop_favourite(self, text: str) -> None:
        """A joke rated not funny after all is no favourite."""
        kept = [f for f in self.favourites if joke_id(f["text"]) != joke_id(text)]
        if len(kept) != len(self.favourites):
            self.favourites = kept
            self.changed = True

    def rejected_pairs(self) -> frozenset[str]:
        """Pairs this user disliked more than liked: never chosen again for them."""
        return frozenset(key for key, votes in self.ratings.items() if votes.net < 0)

    def pair_preferences(self) -> dict[str, float]:
        """A small bonus for pairs (and their pun words) the user rated funny."""
        return {key: 0.1 * votes.net for key, votes in self.ratings.items() if votes.net > 0}

    def form_preferences(self) -> dict[str, float]:
        """Riddles or sayings: whichever forms this user laughs at rise, the others sink."""
        return {
            form: max(-MAX_FORM_BONUS, min(MAX_FORM_BONUS, FORM_STEP * votes.net))
            for form, votes in self.form_ratings.items()
            if votes.net
        }

    def set_kid_mode(self, on: bool) -> None:
        self.kid_mode = on
        self.changed = True

    def set_pace(self, pace: int) -> bool:
        """Speak at ``pace`` from now on; False when it is out of reach (already the slowest)."""
        if not SLOWEST_PACE <= pace <= FASTEST_PACE:
            return False
        self.changed = self.changed or pace != self.pace
        self.pace = pace
        return True

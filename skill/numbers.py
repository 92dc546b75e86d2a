"""Numbers as people say them: '3', 'three', 'forty-two'. One list of number words for every
pattern that must hear one (a timer's minutes, a child's age, "tell me three jokes"), so they can
no longer disagree: the simulator heard 'twenty' but not 'thirty', a timer 'a hundred' but not
'fifteen'."""
from __future__ import annotations

import re

#: Number words by value: ``WORDS[3] == "three"``.
WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)
#: Tens by value / 10, from twenty: ``TENS[2] == "twenty"``.
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_TENS_UNITS = rf"(?:{'|'.join(TENS[2:])})(?:[\s-](?:{'|'.join(WORDS[1:10])}))?"
_MOST_DIGITS = 9  # a slot of a thousand digits is no number anyone said
#: A number as it may be said or typed: digits, a number word, 'forty-two', 'a hundred'.
SAID = rf"(?:\d+|{_TENS_UNITS}|{'|'.join(WORDS)}|(?:a\s+)?(?:hundred|thousand))"


def said_up_to(highest: int) -> str:
    """A pattern for a whole number from 0 to ``highest`` (at most 19), in digits or in words."""
    upward = range(highest + 1)
    return rf"(?:{'|'.join(str(n) for n in reversed(upward))}|{'|'.join(WORDS[n] for n in upward)})"


def value(said: str) -> int | None:
    """The number said, or None: '3' and 'three' are 3, 'forty-two' and 'forty two' 42."""
    said = " ".join(re.sub(r"(?<=[a-z])-(?=[a-z])", " ", said.lower()).split())
    if said.isascii() and said.isdigit():  # not '²', '-3'
        return int(said) if len(said) <= _MOST_DIGITS else None
    if said in WORDS:
        return WORDS.index(said)
    tens, _, unit = said.partition(" ")
    if tens in TENS[2:] and (not unit or unit in WORDS[1:10]):
        return 10 * TENS.index(tens) + (WORDS.index(unit) if unit else 0)
    return None

"""Numbers as people say them, one list for every pattern that hears one."""
import re

import pytest

from skill.numbers import SAID, WORDS, said_up_to, value


@pytest.mark.parametrize(
    ("said", "number"),
    [("3", 3), ("three", 3), (" Two ", 2), ("0", 0), ("nineteen", 19), ("forty-two", 42), ("forty two", 42),
     ("ninety", 90), ("?", None), ("²", None), ("-3", None), ("", None), ("a few", None), ("twenty-twelve", None),
     ("9" * 5000, None)],
)
def test_a_number_is_read_in_digits_or_words(said, number):
    assert value(said) == number


def test_the_pattern_hears_what_value_reads_and_no_more():
    for said in ("40", "forty", "forty-two", "fifteen", "a hundred", "zero"):
        assert re.fullmatch(SAID, said), said
    for said in ("fortyish", "a few", "twenty-twelve", "lots"):
        assert not re.fullmatch(SAID, said), said
    assert all(re.fullmatch(SAID, word) for word in WORDS)


def test_a_bounded_number_stops_at_its_highest_in_digits_and_words():
    child = said_up_to(12)
    assert re.fullmatch(child, "12") and re.fullmatch(child, "twelve") and re.fullmatch(child, "7")
    assert not re.fullmatch(child, "13") and not re.fullmatch(child, "thirteen") and not re.fullmatch(child, "99")

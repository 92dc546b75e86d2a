import pytest

from skill import spelling


def test_american_spellings_become_british_keeping_case():
    assert spelling.british("What's the fish's favorite color?") == "What's the fish's favourite colour?"
    assert spelling.british("Favorite COLOR") == "Favourite COLOUR"


def test_sense_dependent_words_are_left_alone():
    # Breame maps these to the British verb / device spelling, which is wrong for the everyday sense.
    assert spelling.british("Practice makes perfect; don't tire yourself out") == "Practice makes perfect; don't tire yourself out"


def test_only_british_locales_change():
    assert spelling.for_locale("my favorite", "en-US") == "my favorite"
    assert spelling.for_locale("my favorite", "en-GB") == "my favourite"
    assert spelling.for_locale("my favorite", None) == "my favorite"


def test_words_inside_other_words_are_untouched():
    assert spelling.british("favoriteness colorado") == "favoriteness colorado"


def test_table_matches_breame_when_installed():
    derive = pytest.importorskip("scripts.derive_en_gb_spelling", reason="breame (dev dependency) not installed")
    assert spelling._table() == derive.table()


def test_every_american_spelling_in_what_pun_pal_says_has_a_british_line():
    """"One of your favorites:" was said to en-GB listeners: the replies are written, not respelled."""
    from skill.strings import LOCALES

    british = LOCALES["en-GB"]
    for key, lines in british.items():
        for line in lines:
            assert spelling.for_locale(line, "en-GB") == line, (key, line)

import pytest

from skill.offensive import check, is_blocked_word, is_offensive, normalise


@pytest.mark.parametrize("text", ["f.u.c.k this", "a$$hole", "fuuuuck", "sh1t happens", "b u g g e r", "you tranny"])
def test_disguised_profanity_is_caught(text):
    assert is_offensive(text)


@pytest.mark.parametrize(
    "text",
    ["All you knead is love!", "What did the bread say? Flour power!", "crackers and cheese", "Good!! Coool", "class act", "I love Scunthorpe"],
)
def test_clean_text_passes(text):
    assert not is_offensive(text)


def test_sensitive_subjects_make_a_candidate_unsafe():
    verdict = check("Why did the grandma die? She was tired.")
    assert verdict.offensive and "sensitive:grief" in verdict.reasons


def test_normalise_undoes_leetspeak_but_keeps_punctuation():
    assert normalise("l33t b00ks!") == "leet books!"
    assert normalise("cooooool", stretched_to=1) == "col"


def test_blocked_words_for_the_lexicon():
    assert is_blocked_word("damn") and is_blocked_word("bugger")
    assert not is_blocked_word("flour") and not is_blocked_word("")


def test_clean_grown_up_puns_pass_but_not_in_kid_mode():
    for pun in ("I'd dye for a new colour, said the painter.", "Moby Dick had a whale of a time.", "That pork loin was a hell of a deal."):
        assert not check(pun).offensive, pun
    assert check("I'd dye for a new colour, said the painter.", strict=False).offensive is False
    assert check("That pork loin was a hell of a deal.", strict=True).offensive


def test_dying_is_still_vetoed_when_it_is_about_someone():
    assert check("My dog will die laughing at this one.").offensive
    assert check("Why did the baby die?").offensive

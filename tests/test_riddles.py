"""A riddle asked for waits for a guess: given up, guessed right, close or not, the answer follows."""
from skill.riddles import Riddle, asks_for_a_hint, current, gives_up, guessed, leave, waits

DOG = Riddle("What's a dog's favorite saying?", "Orchestra pet!", "pet", "pit")


def test_giving_up_is_heard_however_it_is_said():
    for said in ("i give up", "tell me", "I don't know.", "no idea", "what is it", "um i don't know", "go on then tell me", ""):
        assert gives_up(said), said
    for said in ("a banana", "is it a dog", "orchestra pit", "tell me about cats"):
        assert not gives_up(said), said


def test_a_guess_is_right_with_the_answers_words_and_close_with_the_pun_word_or_the_word_heard_in_it():
    """"dough eyed" for "A dough a deer!" was "You got it!"."""
    assert guessed("orchestra pet", DOG) == "right" and guessed("is it orchestra pets", DOG) == "right"
    assert guessed("pets", DOG) == "close" and guessed("orchestra pit", DOG) == "close"
    doe = Riddle("What's a pizza's favorite saying?", "A dough a deer!", "dough", "doe")
    assert guessed("dough eyed", doe) == "close" and guessed("a dough a deer", doe) == "right"
    assert guessed("is it a dog", DOG) == "" and guessed("", DOG) == ""


def test_the_session_keeps_a_riddle_until_it_is_left():
    session = {"riddle": DOG.as_attributes()}
    assert current(session) == DOG
    leave(session)
    assert current(session) is None and current({"riddle": {"setup": 1}}) is None and current({"riddle": "x"}) is None


def test_no_guess_yet_is_told_apart_from_a_guess():
    """"hmm", "let me think" and "can i have a hint" were taken as wrong guesses, giving the answer away."""
    assert all(waits(said) for said in ("hmm", "umm", "let me think", "hmm let me think", "good one"))
    assert asks_for_a_hint("can i have a hint") and asks_for_a_hint("that's too hard") and not asks_for_a_hint("a dog")
    assert not waits("a banana") and not waits("is it a dog")

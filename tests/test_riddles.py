"""A riddle asked for waits for a guess: given up, guessed right, close or not, the answer follows."""
from skill.riddles import Riddle, current, gives_up, guessed, leave

DOG = Riddle("What's a dog's favorite saying?", "Orchestra pet!", "pet", "pit")


def test_giving_up_is_heard_however_it_is_said():
    for said in ("i give up", "tell me", "I don't know.", "no idea", "what is it", "um i don't know", "go on then tell me", ""):
        assert gives_up(said), said
    for said in ("a banana", "is it a dog", "orchestra pit", "tell me about cats"):
        assert not gives_up(said), said


def test_a_guess_is_right_with_the_pun_word_and_close_with_the_word_it_is_heard_as():
    assert guessed("orchestra pet", DOG) == "right" and guessed("pets", DOG) == "right"
    assert guessed("orchestra pit", DOG) == "close"
    assert guessed("is it a dog", DOG) == "" and guessed("", DOG) == ""


def test_the_session_keeps_a_riddle_until_it_is_left():
    session = {"riddle": DOG.as_attributes()}
    assert current(session) == DOG
    leave(session)
    assert current(session) is None and current({"riddle": {"setup": 1}}) is None and current({"riddle": "x"}) is None

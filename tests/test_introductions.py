"""A listener saying who they are, told apart from what they say with it and from what only fits
the same words ("hi, I'm bored")."""
from skill.introductions import Introduction, introduced, introduced_in


def test_the_name_is_told_apart_from_what_follows_it():
    """"my name is sarah and i love baking" was greeted "Hi Sarah And I Love Baking"."""
    assert introduced("sarah and i love baking") == Introduction("Sarah", "i love baking")
    assert introduced("tom and i love baking") == Introduction("Tom", "i love baking")  # a word too, but a link follows
    assert introduced("mary jane") == Introduction("Mary Jane") and introduced("sarah smith") == Introduction("Sarah Smith")
    assert introduced("sarah what's yours") == Introduction("Sarah")  # a pleasantry asks for nothing
    assert introduced("sarah tell me a joke about dogs") == Introduction("Sarah", "tell me a joke about dogs")
    assert introduced("sarah tell me a joke about it") == Introduction("Sarah", on_the_name=True)
    assert introduced("jack") == Introduction("Jack") and introduced("siobhan") == Introduction("Siobhan")


def test_what_only_fits_the_words_of_an_introduction_is_no_name():
    """"hi i'm bored" fits "hi i'm {name}"."""
    for said in ("bored", "really bored", "new here", "home", "back", "baking bread with the kids", "me", "monday"):
        assert introduced(said) is None, said


def test_an_introduction_is_found_inside_a_jokes_topic():
    """"hi i'm tom" reached Fallback; "tell me a joke about my name, i'm sarah" was "Miss the marc!"."""
    assert introduced_in("hi i'm tom") == Introduction("Tom")
    assert introduced_in("hello, this is sarah") == Introduction("Sarah")
    assert introduced_in("my name i'm sarah") == Introduction("Sarah", on_the_name=True)
    assert introduced_in("sarah tell me a joke about my name") == Introduction("Sarah", on_the_name=True)
    assert introduced_in("my name is sarah tell me a joke about it") == Introduction("Sarah", on_the_name=True)
    # 'it's' and 'i'm' say other things too: a word after them is a name only after a greeting
    assert introduced_in("hi it's sarah") == Introduction("Sarah") and introduced_in("it's tom") is None
    assert introduced_in("hello this is fun") is None  # it greeted "Fun"
    for topic in ("hi i'm bored", "it's monday", "hey it's raining", "this is fun", "i'm baking bread", "dogs", "sarah", "hey it's me"):
        assert introduced_in(topic) is None, topic


def test_an_idea_after_hello_this_is_is_no_name():
    """"hello this is fun" greeted "Fun"."""
    assert introduced("fun") is None and introduced("max") == Introduction("Max") and introduced("jack") == Introduction("Jack")

from skill import knock_knock


def test_a_knock_knock_setup_starts_an_exchange_and_other_jokes_do_not():
    exchange = knock_knock.start("Knock, knock. Who's there? Lettuce. Lettuce who?", "Lettuce begin!")
    assert exchange == knock_knock.Exchange(knock_knock.DOOR, "Lettuce", "Lettuce begin!")
    assert knock_knock.start("Knock, knock. Who's there? Ice cream. Ice cream who?", "Ice cream if you scare me!").name == "Ice cream"
    assert knock_knock.start("What did the cat say to the dog?", "Purr-fect!") is None
    assert knock_knock.start("Knock, knock. Who's there? Lettuce. Cabbage who?", "x") is None  # not one name


def test_the_session_holds_only_a_well_formed_exchange():
    exchange = knock_knock.Exchange(knock_knock.NAME, "Lettuce", "Lettuce begin!")
    assert knock_knock.current({knock_knock.SESSION_KEY: exchange.as_attributes()}) == exchange
    for saved in (None, "door", {"stage": "porch", "name": "Lettuce", "punchline": "x"}, {"stage": "door", "name": "", "punchline": "x"},
                  {"stage": "door", "name": "Lettuce"}):
        assert knock_knock.current({knock_knock.SESSION_KEY: saved}) is None, saved


def test_answers_at_the_door():
    for words in ("who's there", "Who is there?".rstrip("?"), "who is it", "okay who's there", "lettuce who", "ice cream who",
                  "who", "Lettuce who now", "who\u2019s there"):
        assert knock_knock.answers_the_door(words), words
    for words in ("cats", "who let the dogs out", "a joke about the who", ""):
        assert not knock_knock.answers_the_door(words), words


def test_the_listeners_knock_knock_joke_in_the_session():
    heard = knock_knock.Heard(knock_knock.NAME, "Boo")
    assert knock_knock.hearing({knock_knock.HEARD_KEY: heard.as_attributes()}) == heard
    assert knock_knock.hearing({knock_knock.HEARD_KEY: {"stage": "door"}}) == knock_knock.Heard(knock_knock.DOOR)
    for saved in (None, "door", {"stage": "porch"}, {"stage": "name", "name": 3}):
        assert knock_knock.hearing({knock_knock.HEARD_KEY: saved}) is None, saved
    riddle = knock_knock.Heard(knock_knock.RIDDLE, "chicken cross the road")
    assert knock_knock.hearing({knock_knock.HEARD_KEY: riddle.as_attributes()}) == riddle
    assert knock_knock.known_riddle("Chicken cross the road?") == "riddle_chicken" and knock_knock.known_riddle("fish with no eyes") == ""
    missed = knock_knock.Heard(knock_knock.DOOR, misses=1)
    assert knock_knock.hearing({knock_knock.HEARD_KEY: missed.as_attributes()}) == missed
    for misses in ("1", True, None):  # a malformed count is no miss
        assert knock_knock.hearing({knock_knock.HEARD_KEY: {"stage": "door", "misses": misses}}).misses == 0, misses
    session = {knock_knock.HEARD_KEY: heard.as_attributes(), knock_knock.SESSION_KEY: {}, "turns": ["cats"]}
    knock_knock.leave(session)
    assert session == {"turns": ["cats"]}


def test_a_name_at_the_door_is_said_back_short_and_plain():
    assert knock_knock.name_at_the_door("boo") == "Boo" and knock_knock.name_at_the_door("interrupting cow") == "Interrupting cow"
    assert knock_knock.name_at_the_door("<speak>x</speak>") == "Speak x speak"  # no markup survives
    for words in ("", "   ", "this is a whole sentence said here"):
        assert knock_knock.name_at_the_door(words) == "", words


def test_the_listeners_punchline_without_its_echoes_is_what_they_added():
    from skill.knock_knock import without_echoes

    assert without_echoes("Boo hoo!", "Boo") == "" and without_echoes("boo who", "boo") == ""
    assert without_echoes("Lettuce in, it's cold out here", "Lettuce") == "in it's cold out here"
    assert without_echoes("Orange you glad I didn't say banana?", "Banana") == "orange you glad i didn't say"



def test_classics_on_the_one_who_asks_have_known_endings():
    from skill.knock_knock import KNOWN_ENDINGS, known_ending
    from skill.strings import LOCALES

    assert known_ending("Boo") == "heard_boo" and known_ending("Interrupting cow") == "heard_interrupted"
    assert known_ending("Lettuce") == ""
    assert all(key in table for table in LOCALES.values() for key in KNOWN_ENDINGS.values())


def test_a_riddles_question_is_told_from_a_word_to_look_up():
    """"what's orange and sounds like a parrot" reached WordMeaningIntent as a word to explain."""
    from skill.knock_knock import asks_a_riddle

    assert asks_a_riddle("orange and sounds like a parrot") and asks_a_riddle("black and white and read all over")
    assert not any(asks_a_riddle(w) for w in ("fish and chips", "salt and pepper", "bread and butter pudding", "maize"))

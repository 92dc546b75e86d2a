from skill.regional import in_plain_words, read_as_meant, said_back, table


def test_a_locales_own_word_is_read_as_it_means_it_there():
    """en-GB "my son needs a rubber for school" was "Bless your sole"; en-AU "thongs" were underwear."""
    assert in_plain_words("my son needs a rubber for school", "en-GB") == "my son needs an eraser for school"
    assert in_plain_words("we're all wearing thongs", "en-AU") == "we're all wearing sandals"
    assert in_plain_words("tell me a joke about Biscuits", "en-IN") == "tell me a joke about cookies"
    assert in_plain_words("lady fingers for dinner", "en-IN") == "okra for dinner"  # the phrase, not 'lady'


def test_other_locales_and_other_words_are_left_as_said():
    assert in_plain_words("we're all wearing thongs", "en-GB") == "we're all wearing thongs"
    assert in_plain_words("my son needs a rubber ball", "en-US") == "my son needs a rubber ball"
    assert in_plain_words("rubbery pants", "en-AU") == "rubbery pants"  # whole words; pants are trousers there
    assert in_plain_words("anything", "xx-XX") == "anything"


def test_the_table_is_read_per_locale():
    assert table()["en-AU"]["thongs"] == "sandals" and "thongs" not in table()["en-GB"]


def test_the_listeners_own_word_is_said_back():
    """"I just made an eraser T-shirt" was heard for "rubber"; the pun's own words stay as made."""
    plain, words = read_as_meant("my son needs a rubber for school", "en-GB")
    assert plain == "my son needs an eraser for school" and words == {"eraser": "rubber"} and said_back("I just made an eraser T-shirt.", words) == "I just made a rubber T-shirt."
    biscuits = read_as_meant("biscuits", "en-GB")[1]
    assert said_back("What's a cookie's favourite saying?", biscuits) == "What's a biscuit's favourite saying?"
    assert said_back("Cookies crumble.", biscuits, keep=("cookies",)) == "Cookies crumble."
    assert read_as_meant("a rubber ball", "en-US") == ("a rubber ball", {})

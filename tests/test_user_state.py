from decimal import Decimal

from skill.user_state import MAX_FAVOURITE_CHARS, MAX_FAVOURITES, MAX_TOLD, UserState, joke_id


def test_round_trip_and_decimal_tolerance():
    state = UserState()
    state.remember_joke("All you knead is love!")
    state.rate("knead|need", True, words=("knead",))
    again = UserState.from_attributes(state.to_attributes())
    assert again.told == [joke_id("all you KNEAD is love")]
    assert again.ratings["knead|need"].funny == 1 and again.liked_words == ["knead"]
    dynamo = UserState.from_attributes({"jokes_heard": Decimal("3"), "ratings": {"a|b": {"funny": Decimal("1"), "not_funny": Decimal("2")}}})
    assert dynamo.jokes_heard == 3 and dynamo.rejected_pairs() == {"a|b"}


def test_corrupt_attributes_are_salvaged_not_fatal():
    state = UserState.from_attributes({"told": "oops", "ratings": [1, 2], "kid_mode": "yes", "liked_words": [1, "sole"]})
    assert state.told == [] and state.ratings == {} and state.kid_mode is None and state.liked_words == ["sole"]
    assert UserState.from_attributes(None).told == []
    # a count no store could hold: the reader raised OverflowError on infinity
    assert UserState.from_attributes({"jokes_heard": Decimal("Infinity"), "pace": float("inf")}).jokes_heard == 0


def test_the_speaking_pace_is_kept_within_reach():
    state = UserState()
    assert state.set_pace(-1) and state.changed and UserState.from_attributes(state.to_attributes()).pace == -1
    assert state.set_pace(-2) and not state.set_pace(-3) and state.pace == -2
    assert "pace" not in UserState(pace=0).to_attributes()  # the usual pace is not stored
    assert UserState.from_attributes({"pace": Decimal("-9")}).pace == -2 and UserState.from_attributes({"pace": "fast"}).pace == 0


def test_liked_jokes_are_kept_whole_bounded_and_dropped_when_disliked():
    state = UserState()
    joke = {"text": "Pet on the back.", "punchline": "Pet on the back.", "explanation": "'Pet' sounds like 'pat'.", "rated": "FUNNY", "score": 3}
    state.keep_favourite(joke)
    assert state.changed and state.favourites == [{"text": "Pet on the back.", "punchline": "Pet on the back.", "explanation": "'Pet' sounds like 'pat'."}]
    state.keep_favourite({"text": "Born and bread."})
    state.keep_favourite({"text": "pet on the BACK"})  # the same joke again moves to the newest
    assert [f["text"] for f in state.favourites] == ["Born and bread.", "pet on the BACK"]
    assert UserState.from_attributes(state.to_attributes()).favourites == state.favourites
    state.drop_favourite("Born and bread!")
    assert [f["text"] for f in state.favourites] == ["pet on the BACK"]
    for i in range(MAX_FAVOURITES + 5):
        state.keep_favourite({"text": f"joke {i}", "explanation": "x" * 5000})
    kept = UserState.from_attributes(state.to_attributes()).favourites
    assert len(kept) == MAX_FAVOURITES and kept[-1]["text"] == f"joke {MAX_FAVOURITES + 4}" and len(kept[-1]["explanation"]) == MAX_FAVOURITE_CHARS
    assert "favourites" not in UserState().to_attributes()
    # what a store may hold: only mappings with a text, only string fields
    salvaged = UserState.from_attributes({"favourites": [{"text": "ok", "form": 3}, {"text": ""}, "joke", {"setup": "no text"}]}).favourites
    assert salvaged == [{"text": "ok"}] and UserState.from_attributes({"favourites": "oops"}).favourites == []


def test_history_is_bounded():
    state = UserState()
    for i in range(MAX_TOLD + 50):
        state.remember_joke(f"joke {i}")
    assert len(state.to_attributes()["told"]) == MAX_TOLD


def test_not_funny_pairs_are_rejected_and_funny_ones_preferred():
    state = UserState()
    state.rate("sole|soul", False)
    state.rate("flour|flower", True)
    assert state.rejected_pairs() == {"sole|soul"}
    assert state.pair_preferences()["flour|flower"] > 0


def test_a_told_punchline_is_remembered_in_any_frame():
    state = UserState()
    state.remember_joke("My best advice for the dog? Pet on the back.", "pet", "Pet on the back.")
    assert joke_id("Pet on the back!") in state.told and len(state.told) == 2  # the pun word starts it


def test_a_punchline_with_a_told_ending_is_told():
    """'Liar liar paints on fire', then 'Paints on fire' two asks later, is one joke twice."""
    from skill.user_state import is_told

    state = UserState()
    state.remember_joke("My best advice for the living room? Liar liar paints on fire.", "paint", "Liar liar paints on fire.")
    assert is_told(state.told, "I just made a living room T-shirt. It says: Paints on fire.", "Paints on fire.", "paint")
    assert not is_told(state.told, "My best advice for the living room? Dyed in the wall.", "Dyed in the wall.", "dyed")
    # An ending without the pun word is no repeat: 'Catch of the day' does not tell 'Soup of the day'.
    state.remember_joke("My best advice for fishing? Catch of the day.", "catch", "Catch of the day.")
    assert not is_told(state.told, "My best advice for lunch? Soup of the day.", "Soup of the day.", "soup")
    # A pun word that ends the punchline keeps the word before it: "It's a rap", then "That's a rap".
    state.remember_joke("My best advice for music? It's a rap.", "rap", "It's a rap.")
    assert is_told(state.told, "When it comes to music, I always say: That's a rap.", "That's a rap.", "rap")
    assert not is_told(state.told, "My best advice for music? Take the rap.", "Take the rap.", "rap")


def test_a_punchline_that_begins_as_a_told_one_up_to_its_pun_word_is_told():
    """"Jack of all trains", then "Jack of all trains master of none" on the next ask, was one joke twice."""
    from skill.user_state import is_told

    for first, then in (("Jack of all trains.", "Jack of all trains master of none."), ("Jack of all trains master of none.", "Jack of all trains.")):
        state = UserState()
        state.remember_joke(f"You know what they say about London: {first}", "trains", first, "trade")
        assert is_told(state.told, f"When it comes to London, I always say: {then}", then, "trains", "trade")
    # two words up to the pun word are not enough to tell a phrase: 'a peace of cake', 'a peace of mind'
    state = UserState()
    state.remember_joke("My best advice for baking? A peace of cake.", "peace", "A peace of cake.", "piece")
    assert not is_told(state.told, "My best advice for yoga? A peace of mind.", "A peace of mind.", "peace", "piece")


def test_a_pun_on_a_phrase_told_is_told_in_any_form():
    """"Coke up a storm" then "Coking up a storm" twenty asks later, or "Pie one get one free" then
    "Bye one get one free", is one joke twice."""
    from skill.user_state import is_told

    state = UserState()
    state.remember_joke("My best advice for pizzas? Coke up a storm.", "coke", "Coke up a storm.", "cook")
    assert is_told(state.told, "What's coking? Coking up a storm.", "Coking up a storm.", "coking", "cooking")
    assert not is_told(state.told, "My best advice for pizzas? Coke up a plan.", "Coke up a plan.", "coke", "cook")
    state.remember_joke("My best advice for pies? Pie one get one free.", "pie", "Pie one get one free.", "buy")
    assert is_told(state.told, "My best advice for farewells? Bye one get one free.", "Bye one get one free.", "bye", "buy")
    # the same frame on another phrase is another joke
    state.remember_joke("My best advice for fishing? Catch of the day.", "catch", "Catch of the day.", "catch")
    assert not is_told(state.told, "My best advice for lunch? Soap of the day.", "Soap of the day.", "soap", "soup")


def test_a_verdict_replaces_the_listeners_earlier_one_on_the_same_joke():
    state = UserState()
    state.rate("knead|need", True, words=("knead",), form="riddle")
    state.rate("knead|need", True, words=("knead",), form="riddle", previous=True)  # said again
    assert (state.ratings["knead|need"].funny, state.form_ratings["riddle"].funny) == (1, 1)
    state.rate("knead|need", False, words=("knead",), form="riddle", previous=True)  # changed mind
    assert state.ratings["knead|need"].net == -1 and state.form_ratings["riddle"].net == -1
    assert state.rejected_pairs() == {"knead|need"} and "knead" not in state.liked_words

"""The library API: JokeEngine.default().tell(...), .retriever.score, .funniness, .is_offensive."""
import random

import pytest

from skill.context import content_words, extract_context, mentions
from skill.engine import ContextDeclined, JokeEngine
from skill.generation import Candidate
from skill.user_state import joke_id

EVERYDAY = ["we're baking bread with the kids", "fishing", "camping", "the beach", "coffee", "school", "music", "soccer", "gardening", "cats"]


@pytest.mark.parametrize("context", EVERYDAY)
def test_tell_returns_a_grounded_joke(engine, context):
    joke = engine.tell(context)
    assert joke.pun_word.lower() in joke.text.lower()
    if joke.alternative_word.lower() != joke.pun_word.lower():  # homographs say their one word
        assert joke.alternative_word.lower() not in joke.text.lower().split()
    assert joke.pun_word in joke.explanation.lower() or joke.pun_word.capitalize() in joke.explanation
    assert len(joke.text.split()) <= 25 and not engine.is_offensive(joke.text)
    assert isinstance(joke.score, float)


@pytest.mark.parametrize("context, reason", [
    ("we had a miscarriage", "sensitive"), ("my dad lost his job", "sensitive"), ("a joke about refugees", "sensitive"),
    ("my uncle is an alcoholic", "sensitive"),  # was "I just made an alcoholic T-shirt"
    ("my parents are fighting", "sensitive"),  # was "I'm getting a parent T-shirt printed. It says: In plain fight."
    ("nobody came to my party", "sensitive"), ("my dad yelled at me", "sensitive"),
    ("I want to kill myself", "crisis"), ("tell me a racist joke", "offensive_request"),
])
def test_tell_declines_where_the_skill_tells_no_joke(engine, context, reason):
    """"we had a miscarriage" got "When it comes to breakfast, I always say: You've got meal."."""
    with pytest.raises(ContextDeclined) as declined:
        engine.tell(context)
    assert declined.value.reason == reason and isinstance(declined.value, LookupError)


def test_context_changes_the_joke(engine):
    fishing = engine.tell("fishing on the lake")
    baking = engine.tell("baking bread")
    assert fishing.pun_word != baking.pun_word
    assert engine.retriever.score(["fishing"], fishing.pun_word, fishing.alternative_word) > engine.retriever.score(
        ["fishing"], baking.pun_word, baking.alternative_word
    )


def test_exclude_gives_fresh_jokes(engine):
    told: list[str] = []
    for _ in range(10):
        told.append(engine.tell("coffee", exclude=told).text)
    assert len(set(told)) == 10
    assert engine.tell("coffee", exclude=[joke_id(t) for t in told]).text not in told


def test_history_situates_a_bare_request(engine):
    joke = engine.tell("tell me a joke", history=["we are going fishing on the lake"])
    assert engine.retriever.similarity(joke.pun_word, "fishing") > engine.retriever.similarity(joke.pun_word, "piano")


def test_funniness_and_offensive_api(engine):
    assert engine.funniness("What did the baker say to the kids? All you knead is love!") > engine.funniness("The bread is on the table.")
    assert engine.is_offensive("f.u.c.k") and not engine.is_offensive("All you knead is love!")


def test_unsafe_candidates_never_win(engine, monkeypatch):
    """Even when the generator's best-ranked candidate is offensive, it is never returned."""
    original = engine.generator.generate

    def with_a_dirty_one(request, rng):
        dirty = Candidate("What did the sh1t say?", f"{request.pair.pun_word} you!", request.pair.pun_word, request.pair.alternative_word, "rude", "riddle", request.anchor)
        return [dirty] + original(request, rng)

    monkeypatch.setattr(engine.generator, "generate", with_a_dirty_one)
    for _ in range(5):
        assert not engine.is_offensive(engine.tell("fishing").text)


def test_death_is_no_pun_beside_a_care_setting_nor_heartbreak_beside_love(engine):
    """"We're at the hospital" was told "May the best tomb win!"; on Halloween a tomb pun stands."""
    from skill.sensitive_topics import dark_beside

    assert dark_beside(["hospital"], "May the best tomb win!") == "tomb"
    assert dark_beside(["vet", "dog"], "Grave new world") == "grave"
    assert dark_beside(["halloween"], "May the best tomb win!") is None
    assert dark_beside(["hospital"], "Go with the flu!") is None
    assert dark_beside(["home"], "May the best tomb win!") is None  # 'nursing home' is one setting, not 'home'
    # cheating beside love: "we're celebrating our anniversary" was told "Affair and square."
    assert dark_beside(["celebrate", "anniversary"], "Affair and square.") == "affair"
    assert dark_beside(["fair"], "Affair and square.") is None
    told: list[str] = []
    for topic in ("we're at the hospital", "taking the dog to the vet", "my wife is a nurse", "the doctor",
                  "we're celebrating our anniversary", "my wife and I are on a date"):
        for _ in range(4):
            joke = engine.tell(topic, exclude=told)
            told += joke.ids
            assert dark_beside(content_words(topic), joke.text) is None, (topic, joke.text)


def test_a_hub_pair_is_told_only_when_no_related_pair_makes_a_joke(engine, monkeypatch):
    """A pair that only filled up the retrieval list (unrelated to the context) gets no fit, however
    high its raw score, so the related pair is told."""
    from dataclasses import replace

    original = engine.retriever.retrieve

    def hub_first(words, k=10, **kwargs):
        results = original(words, k=k, **kwargs)
        hub = replace(results[-1], score=results[0].score + 5.0, anchor="", related=False)
        return [hub, *results[:-1]]

    monkeypatch.setattr(engine.retriever, "retrieve", hub_first)
    hub_key = hub_first({"fishing": 1.0}, k=6)[0].pair.key
    for _ in range(5):
        assert engine.tell("fishing").pair_key != hub_key


def test_a_broken_encoder_degrades_to_lexical_retrieval(engine, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("onnxruntime fell over")

    monkeypatch.setattr(engine.retriever, "retrieve", broken)
    joke = engine.tell("fishing")
    # in any form: 'spare' in "A sparing contest"; a function word as said: 'very' in "Tooth very"
    assert joke.text and (mentions(joke.text, [joke.pun_word]) or joke.pun_word.lower() in joke.text.lower().replace(".", " ").split())


def test_rejected_pairs_are_avoided(engine):
    first = engine.tell_in(extract_context("fishing"))
    again = engine.tell_in(extract_context("fishing"), avoid_pairs={first.pair_key}, exclude=[first.text])
    assert again.pair_key != first.pair_key


def test_diversity_over_many_asks(engine):
    """100 asks over 10 topics, never repeating: how many distinct pun words do people hear?"""
    told: list[str] = []
    pun_words = set()
    for i in range(100):
        joke = engine.tell(EVERYDAY[i % 10], exclude=told)
        told.append(joke.text)
        pun_words.add(joke.pun_word)
    assert len(set(told)) == 100
    assert len(pun_words) >= 30


@pytest.mark.parametrize("topic", ["the dentist", "my cat", "soccer", "the weather"])
def test_a_new_topic_is_what_the_joke_is_about(engine, topic):
    """After fishing and baking turns, a joke about something else says that thing (or puns on it)."""
    history = ["we're baking bread with the kids", "fishing on the lake"]
    ask = f"tell me a joke about {topic}"
    said_now = extract_context(ask).current_words
    for seed in range(3):
        engine.rng = random.Random(seed)
        joke = engine.tell(ask, history=history)
        assert mentions(f"{joke.text} {joke.alternative_word}", said_now), joke.text


def test_a_told_punchline_is_not_told_again_in_another_frame(engine):
    told: list[str] = []
    punchlines = []
    for _ in range(12):
        joke = engine.tell("my dog", exclude=told)
        told += [joke.text, *joke.ids]
        punchlines.append(joke_id(joke.punchline))
    assert len(set(punchlines)) == len(punchlines)


@pytest.mark.parametrize("topic", ["we're painting the living room", "fishing", "we're baking bread with the kids", "cats"])
def test_the_next_joke_puns_on_another_word(engine, topic):
    """Right after 'Liar liar paints on fire' a listener hears 'paint' again as the same joke."""
    ctx = extract_context(topic)
    engine.rng = random.Random(7)
    first = engine.tell_in(ctx)
    second = engine.tell_in(ctx, exclude=first.ids, heard=[first.pun_word], just_heard=first.pun_word)
    assert first and second and second.pun_word != first.pun_word, (first.text, second.text)


def test_a_pun_on_an_earlier_turn_is_off_topic_even_when_the_frame_names_the_new_one(engine):
    """'I'm bored' after bread talk was answered "My best advice for bored? Well bread.": every
    frame names the topic, so only the punchline, the pun's other word or its anchor count."""
    from skill.engine import _Said
    from skill.generation import Candidate

    said = _Said("bored", ("bored",))
    bread = Candidate("My best advice for being bored?", "Well bread.", "bread", "bred", "", "advice", "bread")
    bore = Candidate("My best advice for being bored?", "Raise the bore.", "bore", "bar", "", "advice", "bored")
    assert not said.is_in(bread) and said.is_in(bore)


def test_a_pun_found_through_an_earlier_turn_is_not_on_the_new_topic(engine):
    """After cats, "how about one about dinosaurs" got "My best advice for dinosaurs? Around the
    kitten table": weighted below the new turn, 'cat' lost the anchor of 'kitten' to 'dinosaur', a
    cosine MiniLM gives as often by chance as by sense, and the pun counted as one on dinosaurs."""
    from skill.retrieval import CLAIM_FIT

    for seed in range(3):
        engine.rng = random.Random(seed)
        joke = engine.tell("how about one about dinosaurs", history=["tell me a joke about cats"])
        fit = engine.retriever.features({"dinosaur": 1.0}, joke.pun_word, joke.alternative_word)["pun_word_match"]
        assert fit >= CLAIM_FIT or mentions(joke.punchline, ["dinosaur"]), (joke.text, fit)


def test_a_long_session_on_one_topic_reaches_fresh_pun_words(engine):
    """15 asks about fishing on the lake told 'lake / luck' 8 times among 6 pun words: the repeat
    penalty capped at 3 hears, and only the first 6 pairs were ever generated for."""
    from collections import Counter

    engine.rng = random.Random(1)
    ctx = extract_context("we are going fishing on the lake")
    told, heard = [], []
    for _ in range(12):
        joke = engine.tell_in(ctx, exclude=told, heard=heard, just_heard=heard[-1] if heard else "")
        told += joke.ids
        heard.append(joke.pun_word)
    counts = Counter(heard)
    assert counts.most_common(1)[0][1] <= 4 and len(counts) >= 7, counts


def test_something_else_never_picks_the_topic_just_left(engine):
    """'something else' after cats once drew 'cats' again from the everyday topics."""
    import random as _random

    from skill.context import extract_context

    ctx = extract_context("something else", history=["tell me a joke about cats"])
    saved = engine.rng
    try:
        for seed in range(40):
            engine.rng = _random.Random(seed)
            joke = engine.tell_in(ctx)
            assert joke is not None and joke.anchor not in ("cat", "cats"), (seed, joke.text)
    finally:
        engine.rng = saved


def test_a_topic_asked_to_be_left_alone_keeps_its_neighbours_away_too(engine):
    """'No more food jokes' was a topic: it got a food joke. The fresh topic is neither food nor
    one MiniLM puts close to it (pizza, fruit, vegetables, breakfast)."""
    from dataclasses import replace

    from skill.context import extract_context
    from skill.engine import EVERYDAY_TOPICS

    ctx = replace(extract_context("", fresh=True), avoided=("food",))
    near = {"food", "pizza", "fruit", "vegetables", "breakfast"}
    if engine.retriever.word_classes.kinds:  # WordNet's kinds: coffee is a drink and a food
        near.add("coffee")
    assert all(engine._near_left(topic, ctx) for topic in near)
    assert not any(engine._near_left(topic, ctx) for topic in ("music", "trains", "space", "soccer"))
    assert sum(engine._near_left(topic, ctx) for topic in EVERYDAY_TOPICS) <= 8  # most topics stay open
    if engine.retriever.word_classes.kinds:  # "no more animal jokes": cats and dogs are animals
        animals = replace(ctx, avoided=("animal",))
        assert all(engine._near_left(topic, animals) for topic in ("cats", "dogs", "birds", "fish"))
        assert not engine._near_left("music", animals)
    # close to the topic just left too: after cooking, "no more food jokes" went on to baking ("Way bake home")
    after_cooking = replace(ctx, left_behind=("cook",))
    assert engine._near_left("baking", after_cooking) and not engine._near_left("baking", ctx)
    assert not engine._near_left("music", after_cooking)


def test_with_nothing_to_go_on_a_random_topic_is_taken_as_if_said(engine, monkeypatch):
    """'sports' picked at random was asked as "What's the sports' favorite saying?"."""
    monkeypatch.setattr("skill.engine.EVERYDAY_TOPICS", ("sports",))
    seen = []
    monkeypatch.setattr(engine.retriever, "retrieve", lambda words, **kw: seen.append(dict(words)) or [])
    engine.tell_in(extract_context(""))
    assert seen and all(words == {"sport": 1.0} for words in seen)


def test_a_form_asked_for_with_no_topic_is_found_on_a_topic_of_ours(engine):
    """"Tell me a riddle" was "My best advice for camping?": the one topic picked made no riddle,
    and any form did; a few topics of ours are tried for the form first."""
    from dataclasses import replace

    from skill.context import extract_context
    from skill.generation import RIDDLE

    for seed in range(60):
        joke = engine.seeded(str(seed)).tell_in(replace(extract_context(""), form=RIDDLE))
        assert joke is not None and joke.form == RIDDLE, (seed, joke)


def test_asks_in_a_row_hear_different_set_ups(engine, monkeypatch):
    """"When it comes to school, I always say:" opened 12 of 20 jokes asked in a row."""
    import skill.engine as engine_module

    def set_ups(topic: str) -> int:
        engine.rng = random.Random(3)
        ctx, told, heard, opened = extract_context(topic), [], [], []
        for i in range(6):
            joke = engine.tell_in(ctx if i == 0 else extract_context("another", history=[topic]), exclude=told, heard=heard,
                                  just_heard=heard[-1] if heard else "", recent_setups=opened[-3:])
            told += joke.ids
            heard.append(joke.pun_word)
            opened.append(joke.setup)
        return len(set(opened))

    topics = ("school", "food", "cats", "fishing")
    varied = sum(set_ups(t) for t in topics)
    monkeypatch.setattr(engine_module, "SETUP_REPEAT_PENALTY", 0.0)
    assert varied > sum(set_ups(t) for t in topics)


def test_a_pun_on_one_word_in_two_senses_comes_after_a_soundalike(engine, monkeypatch):
    """"I just made a keyboard T-shirt. It says: Across the board." and "Rock the boat." for rock
    music are heard as the plain saying: two reviewers judged none of 18 such jokes good. One is
    still told where no soundalike makes a joke."""
    for topic in ("keyboard", "rock", "boxing", "lightning"):
        for seed in (1, 2):
            joke = engine.seeded(f"{seed}-{topic}").tell(f"tell me a joke about {topic}")
            assert joke.pun_word.lower() != joke.alternative_word.lower(), joke.text
    original = engine.retriever.retrieve

    def homographs_only(words, k=10, **kwargs):
        return [p for p in original(words, k=60, **kwargs) if p.pair.relation == "homograph"][:k]

    monkeypatch.setattr(engine.retriever, "retrieve", homographs_only)
    joke = engine.seeded("1-keyboard").tell("tell me a joke about keyboards")
    assert joke.pun_word.lower() == joke.alternative_word.lower(), joke.text


def test_a_pun_word_the_retriever_is_sure_of_comes_first(engine):
    """"Pest foot forward" for frogs (a chance tie) and "A tennis moment" for volleyball (another
    sport) were told before a pun word that goes with the topic: "Penny wise pond foolish", "Ball
    of cherries"."""
    for topic, unsure in (("frog", "pest"), ("volleyball", "tennis")):
        for seed in (1, 2):
            joke = engine.seeded(f"{seed}-{topic}").tell(f"tell me a joke about {topic}")
            assert joke.pun_word != unsure, joke.text

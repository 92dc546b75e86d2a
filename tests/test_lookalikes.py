"""An explanation's "goes with" is more than spelling: 'skit' is no part of skiing."""
from __future__ import annotations

import pytest

from skill import lookalikes
from skill.word_classes import WordClasses

WORDS = {"cake", "bow", "top", "fighter", "board", "line", "port", "set", "pan", "rain", "fire", "air", "sun", "key"}
WORDNET = WordClasses(lookalikes=frozenset({"ski skier", "bake baker", "read reader", "sing singer", "island isle", "ski skiing"}))

# (pun word, anchor, cosine of the pun word's gloss to the anchor or None, a real link?)
CLAIMS = [
    ("skier", "skiing", None, True),  # WordNet, and the lemma 'ski'
    ("baker", "baking", None, True), ("reader", "reading", None, True), ("singers", "sing", None, True),
    ("isle", "island", None, True), ("skiing", "skis", None, True),
    ("pan", "pancakes", None, True), ("rainbow", "rain", None, True), ("airline", "airport", None, True),
    ("sunset", "sun", None, True),  # one word, and compounds of it
    ("pen", "pencil", 0.43, True), ("chorus", "choir", 0.84, True),  # the gloss
    ("skit", "skiing", 0.17, False), ("skim", "skiing", None, False), ("pane", "pancake", 0.02, False),
    ("pant", "pancake", 0.12, False), ("teal", "tea", None, False), ("beet", "bee", None, False),
    ("cowl", "cow", None, False), ("rung", "running", None, False), ("bat", "battery", 0.32, False),
    ("batter", "battery", 0.19, False), ("lighting", "lightning", None, False), ("keyed", "keyboard", None, False),
    ("wind", "window", None, False), ("sundae", "sun", None, False), ("dent", "dentist", None, False),
]


@pytest.mark.parametrize("pun, anchor, fit, real", CLAIMS)
def test_a_claim_between_lookalikes_needs_wordnet_a_compound_or_the_gloss(pun, anchor, fit, real):
    assert lookalikes.linked(pun, anchor, WORDNET.related, WORDS.__contains__, lambda: fit) is real


def test_words_that_do_not_look_alike_are_left_to_the_embedding_and_the_gloss_is_asked_only_when_needed():
    def never() -> float:
        raise AssertionError("the gloss was embedded for no reason")

    for pun, anchor in (("couch", "sofa"), ("bread", "baking bread"), ("pan", "making pancakes"), ("skier", "going skiing")):
        assert lookalikes.linked(pun, anchor, WORDNET.related, WORDS.__contains__, never), (pun, anchor)
    assert not lookalikes.linked("skit", "going skiing", WORDNET.related, WORDS.__contains__, lambda: None)


def test_wordnet_relates_inflected_words_through_their_base_forms():
    assert WORDNET.related("Skiing", "skier") and WORDNET.related("singing", "singers") and WORDNET.related("baked", "bakers")
    assert not WORDNET.related("skit", "skiing") and not WordClasses().related("skier", "skiing")
    assert WordClasses().related("swimming", "swims")  # one word, inflected
    assert not WordClasses().related("pane", "pans") and not WordClasses().related("cane", "cans")


def test_the_retriever_claims_no_link_that_is_only_spelling(retriever):
    if not retriever.word_classes.lookalikes:
        pytest.skip("artifacts built without WordNet: no word relations")
    for topic, real, spelled in (("skiing", "skier", {"skit", "skim"}), ("pancake", "pan", {"pane", "pant"})):
        scored = {s.pair.pun_word: s for s in retriever.retrieve({topic: 1.0}, k=40)}
        assert scored[real].sure and scored[real].anchor == topic
        assert not any(scored[w].sure for w in spelled if w in scored), topic
        # ranked with the pairs only the alternative word ties to the topic ("Pane the tail on the
        # donkey" was told for pancakes), after every pair whose pun word goes with it
        order = list(scored)
        evoked = [w for w in order if scored[w].anchor == topic and w not in spelled]
        assert all(order.index(w) > order.index(evoked[-1]) for w in spelled if w in scored), topic

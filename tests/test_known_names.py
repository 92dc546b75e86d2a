"""Brands, famous people and characters said back as written ("My best advice for tesla?", "What's
a youtube's favorite saying?", "My best advice for the elon?")."""
from __future__ import annotations

import random

from skill.context import extract_context
from skill.generation import GenerationRequest, OfflineGenerator
from skill.known_names import as_written, names_in, said_form, table
from skill.lexicon import PunPair
from skill.phrases import PhraseBook


def test_names_are_found_as_speech_recognition_writes_them() -> None:
    assert said_form("Coca-Cola") == "coca cola" and said_form("Beyoncé") == "beyonce" and said_form("McDonald’s") == "mcdonald's"
    assert names_in("tell me a joke about elon musk") == {"elon musk", "elon", "musk"}
    assert names_in("we're watching youtube") == {"youtube"} and names_in("you tube") == {"you", "tube", "you tube"}
    assert names_in("eating apples in the garden") == set()  # an everyday word alone is no name
    assert "messi" in names_in("messi") and "lionel messi" in names_in("lionel messi")


def test_names_are_written_as_they_are_spelled() -> None:
    for said, written in (
        ("a youtube T-shirt", "a YouTube T-shirt"), ("My best advice for tesla?", "My best advice for Tesla?"),
        ("mcdonalds", "McDonald's"), ("coca cola", "Coca-Cola"), ("my new iphones", "my new iPhones"),
        ("elon musk's rockets", "Elon Musk's rockets"), ("spiderman", "Spider-Man"), ("nasa", "NASA"),
        ("apples", "apples"),
    ):
        assert as_written(said)[0] == written, said
    # every line of the table is one name: a short form is its own line, not a way of hearing the long one
    def letters(text: str) -> str:
        return said_form(text).replace(" ", "").replace("'", "")

    assert all(len(said.split()) == len(said_form(written).split()) or letters(said) == letters(written) for said, written in table().items())


def test_a_known_name_is_said_back_whole_with_no_article_and_never_made_to_talk() -> None:
    def pair(pun: str, alternative: str) -> PunPair:
        return PunPair(pun, alternative, "near_homophone", 0.8, 3.0, 5.0)

    g = OfflineGenerator(PhraseBook.from_phrases(["site for sore eyes", "everything must go", "a car in the road"]))
    for said, pun, alternative, written in (("youtube", "site", "sight", "YouTube"), ("tesla", "car", "cor", "Tesla")):
        ctx = extract_context(said)
        request = GenerationRequest(pair(pun, alternative), said, (said,), said, names=ctx.names)
        frame = g._frame(request)
        assert written in frame.topics and said not in frame.nouns, (said, frame)
        assert not any(f"the {said}" in topic.lower() for topic in frame.topics), frame.topics
    # a pun on the name itself keeps the whole name in the set-up ("My best advice for the elon?", then "for life?")
    ctx = extract_context("elon musk")
    musk = g.generate(GenerationRequest(pair("musk", "must"), "musk", ("elon musk",), "elon musk", names=ctx.names), random.Random(0))
    assert musk and all("Elon Musk" in c.setup for c in musk if c.form != "knock_knock"), [c.text for c in musk]

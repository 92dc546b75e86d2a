"""Multi-word soundalikes: a word that sounds like a phrase of common words ('lettuce' ~ 'let us',
'justice' ~ 'just ice', 'carpet' ~ 'car pet').

The listener hears the phrase inside the word, so every word of the phrase must be common, and the
sounds must line up closely. We walk each word's pronunciation through a trie of common-word
pronunciations, starting a new word at any word end, and allow a few cheap slips on the way (the same
phonetically weighted costs as ``phonetics.distance``), so the search prunes itself: a branch dies as
soon as no common word continues it or the slip budget is spent.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Collection, Iterable, Mapping, Sequence

from skill.lexicon import PunPair
from skill.phonetics import CONSONANTS, PHONES, VOWELS, Phones, indel_cost, substitution_cost

if TYPE_CHECKING:
    import numpy as np

# Words that carry no picture on their own; a phrase made only of these ('in to', 'a part of') is not
# a pun, and when two spellings sound alike we prefer the one that is not in this list ('bee' to 'be').
FUNCTION_WORDS = frozenset(
    """a an the and or but nor of to in on at by for with from into onto up down out off over under as
    i me my mine you your yours he him his she her hers it its we us our ours they them their theirs
    is are was were be been being am do does did done have has had having will would shall should can
    could may might must not no so if than then that this these those there here what which who whom
    whose when where why how all any some each every both either neither one ones just too very also
    let's it's i'm i'd i'll i've you're he's she's we're they're that's what's there's isn't
    aren't wasn't weren't don't doesn't didn't won't can't shan't ain't oh uh um ah""".split()
)
# One- and two-letter spellings that are words in their own right (CMUdict also lists letters, 'bs', 'ti').
SHORT_WORDS = frozenset("a i an as at be by do go he hi if in is it me my no of oh on or ox so to up us we".split())
WORD = re.compile(r"^[a-z]+(?:'[a-z]+)?$")


@dataclass(frozen=True)
class SoundalikeConfig:
    """Thresholds; a phrase may slip a little more than a word pair, because its words cue the listener."""

    min_segment_zipf: float = 4.0  # every word in the phrase is at least this common ('bee' 4.1, 'ice' 5.0)
    min_contraction_zipf: float = 4.5  # "what's", "let's"
    min_target_zipf: float = 3.0  # the pun word itself must be known
    min_target_phones: int = 4
    max_target_phones: int = 10  # longer words are rarely punned on, and cost the most to search
    max_words: int = 3
    # 0.65 allows one cheap consonant slip plus a vowel shift ('wasabi' ~ 'was a bee': S/Z, AA/AH),
    # but no inserted or dropped consonant, which is what makes the search fast.
    max_distance: float = 0.65
    min_similarity: float = 0.87
    max_one_phone_words: int = 1  # 'a', 'i': cheap to slot in anywhere, so at most one per phrase
    min_shared_spelling: int = 5  # a phrase word this long inside the word's spelling is the same morpheme
    # A phrase that spells the word ('weekday' = 'week day', but also 'justice' = 'just ice') is a
    # transparent compound when a part means much what the whole does (see ``transparent_compounds``).
    max_part_cosine: float = 0.5
    max_matches: int = 24  # cheapest alignments examined per pronunciation
    # Ranking: similarity, +0.06 for a phrase people say anyway (a run of words in the phrase book),
    # -0.03 per word past two; below ``min_quality`` a phrase is dropped. That keeps 'let us',
    # 'just ice', 'car pet' and drops most accidental strings ('rev a kitchen'), but also the looser
    # three-word classics: 'wasabi' ~ 'was a bee' (0.89) is found by the search and not kept.
    known_phrase_bonus: float = 0.06
    extra_word_penalty: float = 0.03
    min_quality: float = 0.945
    per_word: int = 2  # best phrases kept per pun word


@dataclass(frozen=True)
class Segment:
    """A common word that may appear in a phrase, with its pronunciations."""

    word: str
    zipf: float
    prons: tuple[Phones, ...]


def segment_vocabulary(
    prons: Mapping[str, tuple[Phones, ...]],
    zipf: Mapping[str, float],
    allowed: Callable[[str], bool],
    config: SoundalikeConfig = SoundalikeConfig(),
) -> dict[str, Segment]:
    """Common words that may make up a phrase: ``allowed`` rules out names and offensive words;
    one- and two-letter entries must be real words, contractions must be very common."""
    vocab: dict[str, Segment] = {}
    for word in sorted(prons):
        z = zipf.get(word, 0.0)
        if not WORD.match(word) or z < config.min_segment_zipf:
            continue
        if "'" in word:
            if z < config.min_contraction_zipf:
                continue
        elif len(word) <= 2:
            if word not in SHORT_WORDS:
                continue
        elif not allowed(word):
            continue
        valid = tuple(p for p in prons[word] if p and all(ph in PHONES for ph in p))
        if valid:
            vocab[word] = Segment(word, z, valid)
    return vocab


class PronunciationTrie:
    """Phones -> node; each node lists the words whose pronunciation ends there (homophones share one)."""

    def __init__(self, segments: Iterable[Segment]) -> None:
        self.children: list[dict[str, int]] = [{}]
        self.ends: list[list[str]] = [[]]
        self.depth: list[int] = [0]
        for seg in segments:
            for pron in seg.prons:
                node = 0
                for phone in pron:
                    nxt = self.children[node].get(phone)
                    if nxt is None:
                        nxt = len(self.children)
                        self.children[node][phone] = nxt
                        self.children.append({})
                        self.ends.append([])
                        self.depth.append(self.depth[node] + 1)
                    node = nxt
                if seg.word not in self.ends[node]:
                    self.ends[node].append(seg.word)

    def __len__(self) -> int:
        return len(self.children)


@dataclass(frozen=True)
class Match:
    """One way to hear ``target`` as a sequence of trie nodes (each a set of homophonous words)."""

    nodes: tuple[int, ...]
    phones: Phones  # the phrase's pronunciation along this alignment
    cost: float  # weighted edit distance of the alignment (an upper bound of ``phonetics.distance``)


class SoundalikeSearch:
    """Approximate segmentation of pronunciations into common words."""

    def __init__(self, trie: PronunciationTrie, config: SoundalikeConfig = SoundalikeConfig()) -> None:
        self.trie = trie
        self.config = config
        budget = config.max_distance
        self._subs = {
            p: [(q, substitution_cost(p, q)) for q in sorted(VOWELS if p in VOWELS else CONSONANTS)
                if q != p and substitution_cost(p, q) <= budget]
            for p in PHONES
        }
        self._inserts = [(q, indel_cost(q)) for q in sorted(PHONES) if indel_cost(q) <= budget]

    def matches(self, target: Phones) -> list[Match]:
        """Every segmentation into 2..max_words words within the slip budget, cheapest first
        (one alignment per node sequence)."""
        trie, config = self.trie, self.config
        n, budget = len(target), config.max_distance
        best: dict[tuple[int, ...], tuple[float, Phones]] = {}

        def walk(i: int, node: int, cost: float, done: tuple[int, ...], said: Phones) -> None:
            if node and trie.ends[node]:
                nodes = done + (node,)
                if i == n and len(nodes) >= 2 and cost < best.get(nodes, (float("inf"),))[0]:
                    best[nodes] = (cost, said)
                if i < n and len(nodes) < config.max_words:
                    walk(i, 0, cost, nodes, said)
            children = trie.children[node]
            if i < n:
                phone = target[i]
                child = children.get(phone)
                if child is not None:
                    walk(i + 1, child, cost, done, said + (phone,))
                for other, c in self._subs[phone]:
                    if cost + c <= budget:
                        child = children.get(other)
                        if child is not None:
                            walk(i + 1, child, cost + c, done, said + (other,))
                c = indel_cost(phone)
                if node and cost + c <= budget:  # a sound the phrase lacks (inside a word, not between)
                    walk(i + 1, node, cost + c, done, said)
            for other, c in self._inserts:  # a sound only the phrase has
                if cost + c <= budget:
                    child = children.get(other)
                    if child is not None:
                        walk(i, child, cost + c, done, said + (other,))

        walk(0, 0, 0.0, (), ())
        ranked = sorted(best.items(), key=lambda kv: (kv[1][0], kv[0]))
        return [Match(nodes, said, round(cost, 6)) for nodes, (cost, said) in ranked]


@dataclass(frozen=True)
class Soundalike:
    word: str
    phrase: str
    similarity: float
    word_phones: Phones
    phrase_phones: Phones
    min_zipf: float
    quality: float  # similarity adjusted for how natural the phrase is; ranks a word's phrases


def _spellings(trie: PronunciationTrie, nodes: Sequence[int], vocab: Mapping[str, Segment]) -> list[tuple[str, ...]]:
    """Spellings of a node sequence, likeliest first: common spellings ('in trust', not 'inn trust'),
    but a picturable last word wins over a function word ('was a bee', not 'was a be')."""
    options = [sorted(trie.ends[node], key=lambda w: (-vocab[w].zipf, w))[:3] for node in nodes]

    def score(ws: tuple[str, ...]) -> float:
        content = [w not in FUNCTION_WORDS for w in ws]
        return sum(vocab[w].zipf for w in ws) + 2.6 * content[-1] + 1.0 * sum(content)

    return sorted(itertools.product(*options), key=lambda ws: (-score(ws), ws))


def find_soundalikes(
    targets: Mapping[str, tuple[Phones, ...]],
    vocab: Mapping[str, Segment],
    config: SoundalikeConfig = SoundalikeConfig(),
    is_inflection: Callable[[str, str], bool] = lambda a, b: False,
    known_phrases: Collection[str] = frozenset(),
) -> list[Soundalike]:
    """The best ``per_word`` phrases for every target word (sorted by word, then best first).

    ``known_phrases``: word sequences people say anyway ('let us', 'what's up'); a phrase found there
    ranks higher, because the listener recognises it at once.
    """
    search = SoundalikeSearch(PronunciationTrie(vocab.values()), config)
    found: list[Soundalike] = []
    for word in sorted(targets):
        candidates: dict[tuple[str, ...], Soundalike] = {}
        for pron in targets[word]:
            if not config.min_target_phones <= len(pron) <= config.max_target_phones:
                continue
            for match in search.matches(pron)[: config.max_matches]:
                spelled = next(
                    (ws for ws in _spellings(search.trie, match.nodes, vocab)
                     if acceptable(word, ws, vocab, config, is_inflection)),
                    None,
                )
                if spelled is None or spelled in candidates:
                    continue
                sim = round(max(0.0, 1.0 - match.cost / max(len(pron), len(match.phones))), 4)
                if sim < config.min_similarity:
                    continue
                phrase = " ".join(spelled)
                quality = (
                    sim
                    + (config.known_phrase_bonus if phrase in known_phrases else 0.0)
                    - config.extra_word_penalty * (len(spelled) - 2)
                )
                candidates[spelled] = Soundalike(
                    word, phrase, sim, pron, match.phones, min(vocab[w].zipf for w in spelled), round(quality, 4)
                )
        ranked = sorted(candidates.values(), key=lambda s: (-s.quality, -s.similarity, s.phrase))
        found.extend(s for s in ranked[: config.per_word] if s.quality >= config.min_quality)
    return found


def acceptable(
    word: str,
    spelled: Sequence[str],
    vocab: Mapping[str, Segment],
    config: SoundalikeConfig = SoundalikeConfig(),
    is_inflection: Callable[[str, str], bool] = lambda a, b: False,
) -> bool:
    """Junk pruning: some content word, few one-sound words, and not the word itself cut up
    ('reactor' ~ 'react are', 'weekday' ~ 'week day' share a long piece of spelling and meaning)."""
    if all(w in FUNCTION_WORDS for w in spelled):
        return False
    if sum(len(vocab[w].prons[0]) == 1 for w in spelled) > config.max_one_phone_words:
        return False
    for w in spelled:
        if w == word or (len(w) >= 3 and is_inflection(w, word)):
            return False
        if len(w) >= config.min_shared_spelling and w in word:
            return False
    return True


def known_ngrams(phrases: Iterable[str], max_words: int = 3) -> frozenset[str]:
    """Every run of 2..max_words words inside the given phrases ('let us' from 'let us pray')."""
    grams: set[str] = set()
    for phrase in phrases:
        words = re.findall(r"[a-z]+(?:'[a-z]+)?", phrase.lower())
        for size in range(2, max_words + 1):
            for start in range(len(words) - size + 1):
                grams.add(" ".join(words[start:start + size]))
    return frozenset(grams)


def soundalike_pairs(
    found: Iterable[Soundalike],
    word_zipf: Mapping[str, float],
    blocked: Callable[[str], bool] = lambda text: False,
) -> list[PunPair]:
    """One directed pair per soundalike: the word is said, the phrase is heard ('lettuce' -> 'let us')."""
    pairs = []
    for s in found:
        if blocked(s.word) or blocked(s.phrase):
            continue
        pairs.append(
            PunPair(
                pun_word=s.word,
                alternative_word=s.phrase,
                relation="soundalike_phrase",
                similarity=s.similarity,
                pun_zipf=word_zipf[s.word],
                alt_zipf=s.min_zipf,
                pun_phones=" ".join(s.word_phones),
                alt_phones=" ".join(s.phrase_phones),
            )
        )
    pairs.sort(key=lambda p: p.key)
    return pairs


def transparent_compounds(
    pairs: Iterable[PunPair],
    encode: Callable[[Sequence[str]], "np.ndarray"],
    config: SoundalikeConfig = SoundalikeConfig(),
) -> set[str]:
    """Keys of phrase pairs that only cut a compound at its seam: the phrase spells the word and one
    part means much what the whole does ('weekday' ~ 'day', 'football' ~ 'ball', cosine >= 0.5),
    unlike 'justice' / 'just ice' (0.37) or 'carpet' / 'car pet' (0.40)."""
    spelled = [p for p in pairs if p.alternative_word.replace(" ", "") == p.pun_word]
    if not spelled:
        return set()
    texts = sorted({t for p in spelled for t in (p.pun_word, *p.alternative_word.split())})
    vectors = dict(zip(texts, encode(texts)))
    return {
        p.key for p in spelled
        if max(float(vectors[p.pun_word] @ vectors[part]) for part in p.alternative_word.split()) >= config.max_part_cosine
    }

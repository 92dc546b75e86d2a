"""Build step: the sense artifact for homographs (see skill/senses.py for how it is used)."""
from __future__ import annotations

from typing import Callable, Iterable, Sequence

import numpy as np

from skill.build.index import INDEX_DTYPE
from skill.encoder import DIMENSION
from skill.generation import inflections
from skill.lexicon import GLOSS_CUT, HOMOGRAPH, PunPair
from skill.phrases import tokens
from skill.senses import label_lead, label_phrase


def phrases_holding(word: str, phrases: Iterable[str]) -> list[str]:
    """Phrases with the word or a regular inflection of it ('plants', 'planted', 'planting'), not
    a word that starts like it ('rig' was labelled in "jump right in", 'case' in "cash and carry")."""
    forms = set(inflections(word, word)) | {word}
    return [p for p in phrases if not forms.isdisjoint(tokens(p))]


def build_senses(
    pairs: Iterable[PunPair], phrases: Sequence[str], encode: Callable[[Sequence[str]], np.ndarray]
) -> dict[str, np.ndarray]:
    """Arrays for ``senses.npz``: each homograph's two glosses and their vectors, and the sense every
    phrase holding it uses where the embeddings tell (phrases they cannot tell apart are left out)."""
    homographs = sorted((p for p in pairs if p.relation == HOMOGRAPH and p.pun_gloss and p.alt_gloss), key=lambda p: p.key)
    holding = {p.pun_word: phrases_holding(p.pun_word, phrases) for p in homographs}
    texts = sorted({t for p in homographs for t in (p.pun_gloss, p.alt_gloss)} | {x for ps in holding.values() for x in ps})
    row = {t: i for i, t in enumerate(texts)}
    vectors = encode([t.removesuffix(GLOSS_CUT) for t in texts]) if texts else np.zeros((0, DIMENSION), dtype=np.float32)
    vectors = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    dim = vectors.shape[1]
    gloss_vectors = np.stack([vectors[[row[p.pun_gloss], row[p.alt_gloss]]] for p in homographs]) if homographs else np.zeros((0, 2, dim))
    labelled: list[tuple[str, str, int, float]] = []
    for p, gv in zip(homographs, gloss_vectors):
        for phrase in holding[p.pun_word]:
            label = label_phrase(gv, vectors[row[phrase]])
            if label is not None:
                labelled.append((p.pun_word, phrase.lower(), label, label_lead(gv, vectors[row[phrase]])))
    return {
        "words": np.asarray([p.pun_word for p in homographs], dtype=str),
        "glosses": np.asarray([(p.pun_gloss, p.alt_gloss) for p in homographs], dtype=str).reshape(-1, 2),
        "vectors": gloss_vectors.astype(INDEX_DTYPE),
        "phrase_words": np.asarray([w for w, _, _, _ in labelled], dtype=str),
        "phrases": np.asarray([x for _, x, _, _ in labelled], dtype=str),
        "phrase_senses": np.asarray([s for _, _, s, _ in labelled], dtype=np.int8),
        "phrase_leads": np.asarray([lead for _, _, _, lead in labelled], dtype=np.float16),
    }

"""Embedding index: one MiniLM vector per lexicon word, so requests never encode the lexicon.

Stored as float16 in an .npz written with fixed zip timestamps, so identical inputs give identical bytes.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from skill.lexicon import PunPair

INDEX_DTYPE = np.float16


def write_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """Like np.savez, but every member gets the same 1980 timestamp (np.savez stamps the current time)."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED) as archive:
        for name in sorted(arrays):
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, np.ascontiguousarray(arrays[name]), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            archive.writestr(info, buffer.getvalue())
    tmp.replace(path)


def write_index(path: Path, words: Sequence[str], vectors: np.ndarray) -> None:
    """``words`` (sorted unicode array) and their L2-normalised ``vectors`` in float16."""
    if len(words) != len(vectors):
        raise ValueError("one vector per word")
    order = np.argsort(np.asarray(words))
    write_npz(
        path,
        {
            "words": np.asarray(words)[order].astype(str),
            "vectors": np.asarray(vectors, dtype=np.float32)[order].astype(INDEX_DTYPE),
        },
    )


def pair_cosines(pairs: Iterable[PunPair], words: Sequence[str], vectors: np.ndarray) -> dict[str, float]:
    """Cosine between the two words of every pair (vectors are unit length)."""
    row = {w: i for i, w in enumerate(words)}
    return {
        p.key: float(vectors[row[p.pun_word]] @ vectors[row[p.alternative_word]])
        for p in pairs
    }


def same_meaning(cosines: dict[str, float], threshold: float) -> set[str]:
    """Pairs too close in meaning to pun on ('colour'/'color', 'grey'/'gray'): a pun needs two senses."""
    return {key for key, cos in cosines.items() if cos >= threshold}

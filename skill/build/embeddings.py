"""Sentence embeddings for fitting and benchmarks, from the same ONNX encoder the skill runs.

Heads are fitted on exactly the vectors they will see at request time (no torch/ONNX skew).
Encoding ~40k research texts takes minutes on two cores, so vectors are cached on disk per
encoder file (``~/.cache/punpal/embeddings``, or ``PUNPAL_EMBED_CACHE``); the cache is only an
accelerator: delete it and the same vectors come back. Vectors are rounded to float16 precision,
so a text encoded in a different batch (different padding, last-bit float differences) gives the
same fitted weights.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Sequence

import numpy as np

from skill.config import Settings
from skill.encoder import DIMENSION, MODEL_FILE, SentenceEncoder
from skill.retrieval import ENCODER_DIR

BATCH = 64


def encoder_dir() -> Path:
    return Settings.from_env().artifacts_dir / ENCODER_DIR


def _cache_path(model: Path, suffix: str = "") -> Path:
    digest = hashlib.sha256(model.read_bytes()).hexdigest()[:16]
    root = os.environ.get("PUNPAL_EMBED_CACHE", "").strip()
    base = Path(root) if root else Path.home() / ".cache" / "punpal" / "embeddings"
    return base / f"minilm-{digest}{suffix}.npz"


class EmbeddingCache:
    """Text -> rounded MiniLM vector, persisted between runs. ``with_layer`` caches what the funniness
    head reads instead: the vector and the intermediate layer's pooled states (768 numbers)."""

    def __init__(self, directory: Path | None = None, with_layer: bool = False) -> None:
        self.directory = directory or encoder_dir()
        self.with_layer = with_layer
        self.dimension = 2 * DIMENSION if with_layer else DIMENSION
        self.path = _cache_path(self.directory / MODEL_FILE, "-layer" if with_layer else "")
        self._vectors: dict[str, np.ndarray] = {}
        self._encoder: SentenceEncoder | None = None
        self._dirty = False
        if self.path.is_file():
            with np.load(self.path, allow_pickle=False) as saved:
                self._vectors = dict(zip((str(t) for t in saved["texts"]), saved["vectors"]))

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), 384 or 768) float32; missing texts are encoded in length-sorted batches."""
        missing = sorted({t for t in texts if t not in self._vectors}, key=lambda t: (len(t), t))
        if missing:
            if self._encoder is None:
                self._encoder = SentenceEncoder.load(self.directory, cache_size=0)
            for start in range(0, len(missing), BATCH):
                batch = missing[start : start + BATCH]
                encode = self._encoder.encode_with_layer if self.with_layer else self._encoder.encode
                vectors = encode(batch).astype(np.float16)
                self._vectors.update(zip(batch, vectors))
            self._dirty = True
            self.save()
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        for i, text in enumerate(texts):
            out[i] = self._vectors[text]
        return out

    def save(self) -> None:
        if not self._dirty:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        texts = sorted(self._vectors)
        tmp = self.path.with_suffix(".tmp.npz")
        np.savez(tmp, texts=np.array(texts), vectors=np.stack([self._vectors[t] for t in texts]))
        tmp.replace(self.path)
        self._dirty = False

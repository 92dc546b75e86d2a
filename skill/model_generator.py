"""The transformers backend: a fine-tuned seq2seq or causal LM writes puns from keywords and a pair.

The model comes from a local directory (baked into a container image) or from S3: an
`s3://bucket/prefix` holding the `punpal_model.json` manifest that `skill.build.finetune_generator`
writes (the loader GETs the listed keys, so the role needs no ListBucket), or one
`s3://bucket/model.tar.gz`. Downloads land in /tmp once per container and are reused.

torch and transformers are imported inside functions, only when this backend is chosen:
importing them costs 2-4 s, which the default offline path must never pay. The prompt is the
ExPUNations-style "generate a pun using keywords: ...; pun word: ...; alternative word: ...", the
same string the fine-tuning script trains on (`build_prompt` is the single definition). Output is
free text; `skill.backends` keeps only candidates that pass its checks.
"""
from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Sequence

from skill.backends import candidate_from_text, prompt_keywords, simple_word, unique_candidates
from skill.config import Settings
from skill.generation import Candidate, GenerationRequest
from skill.lexicon import PunPair
from skill.log import logger

MANIFEST = "punpal_model.json"
SENSES = "senses.json"
MODEL_FORMAT = "punpal-model/1"
PROMPT_FORMAT = "punpal-prompt/1"
#: A causal LM reads the prompt, this separator, then writes the pun (and EOS).
CAUSAL_SEPARATOR = "\npun:"
_COMPLETE = ".complete"


def build_prompt(
    keywords: Sequence[str], pun_word: str, alternative_word: str, pun_sense: str = "", alternative_sense: str = ""
) -> str:
    """The one prompt format, shared by training and inference; senses are optional."""
    parts = [f"generate a pun using keywords: {', '.join(k for k in keywords if k)}", f"pun word: {pun_word}"]
    if pun_sense:
        parts.append(f"pun word sense: {pun_sense}")
    parts.append(f"alternative word: {alternative_word}")
    if alternative_sense:
        parts.append(f"alternative word sense: {alternative_sense}")
    return "; ".join(parts)


@dataclass(frozen=True)
class ModelOptions:
    """Decoding settings; temperature 0 means greedy decoding and one candidate."""

    num_candidates: int = 4
    max_new_tokens: int = 40
    temperature: float = 0.9
    top_p: float = 0.95
    time_limit_s: float = 1.5


class TransformersGenerator:
    """Samples several puns per pair from a local transformers model; implements `Generator`."""

    name = "transformers"

    def __init__(self, model: Any, tokenizer: Any, options: ModelOptions = ModelOptions(),
                 senses: Mapping[str, str] | None = None, source: str = "") -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.options = options
        self.senses = dict(senses or {})
        self.source = source
        self.is_encoder_decoder = bool(getattr(model.config, "is_encoder_decoder", False))

    @property
    def max_call_seconds(self) -> float:
        """Worst case of one generate call, for the per-request budget (max_time plus overhead)."""
        return self.options.time_limit_s + 0.5

    @classmethod
    def load(cls, uri: str | Path, options: ModelOptions = ModelOptions(), cache_dir: Path | None = None,
             s3_client: Any = None) -> "TransformersGenerator":
        """Load from a directory or an s3:// URI (downloaded to `cache_dir` once)."""
        path = resolve_model_dir(str(uri), cache_dir or Settings.model_cache_dir, s3_client)
        model, tokenizer = load_pretrained(path)
        senses = _read_json(path / SENSES) if (path / SENSES).is_file() else {}
        manifest = _read_json(path / MANIFEST) if (path / MANIFEST).is_file() else {}
        if manifest.get("prompt_format", PROMPT_FORMAT) != PROMPT_FORMAT:
            logger.warning("model_prompt_format_mismatch", extra={"model": str(uri), "expected": PROMPT_FORMAT,
                                                                   "found": manifest.get("prompt_format")})
        return cls(model, tokenizer, options, senses, source=str(uri))

    @classmethod
    def from_settings(cls, settings: Settings) -> "TransformersGenerator":
        if not settings.model_uri:
            raise ValueError("PUNPAL_GENERATOR=transformers needs PUNPAL_MODEL_URI (a directory or s3:// URI)")
        options = ModelOptions(
            num_candidates=settings.model_candidates,
            max_new_tokens=settings.model_max_new_tokens,
            temperature=settings.model_temperature,
            time_limit_s=settings.model_time_limit_s,
        )
        return cls.load(settings.model_uri, options, settings.model_cache_dir)

    def can_generate(self, pair: PunPair) -> bool:
        return simple_word(pair.pun_word) and simple_word(pair.alternative_word)

    def prompt_for(self, request: GenerationRequest) -> str:
        pair = request.pair
        return build_prompt(prompt_keywords(request), pair.pun_word, pair.alternative_word,
                            self.senses.get(pair.pun_word.lower(), ""),
                            self.senses.get(pair.alternative_word.lower(), ""))

    def generate(self, request: GenerationRequest, rng: random.Random) -> list[Candidate]:
        texts = self.sample(self.prompt_for(request), rng.getrandbits(31))
        return unique_candidates([candidate_from_text(t, request) for t in texts], self.options.num_candidates)

    def sample(self, prompt: str, seed: int) -> list[str]:
        """Raw decoded continuations of the prompt; deterministic for a seed."""
        import torch

        opts = self.options
        source = prompt + ("" if self.is_encoder_decoder else CAUSAL_SEPARATOR)
        # Tokenised exactly as in training: a causal prompt gets no BOS/EOS, a seq2seq one the defaults.
        inputs = self.tokenizer(source, return_tensors="pt", truncation=True, max_length=256,
                                add_special_tokens=self.is_encoder_decoder)
        inputs.pop("token_type_ids", None)
        pad = self.tokenizer.pad_token_id if self.tokenizer.pad_token_id is not None else self.tokenizer.eos_token_id
        kwargs: dict[str, Any] = {"max_new_tokens": opts.max_new_tokens, "max_time": opts.time_limit_s,
                                  "pad_token_id": pad, "eos_token_id": self.tokenizer.eos_token_id}
        if opts.temperature > 0:
            kwargs.update(do_sample=True, temperature=opts.temperature, top_p=opts.top_p,
                          num_return_sequences=opts.num_candidates)
        else:
            kwargs.update(do_sample=False, num_beams=1, num_return_sequences=1)
        with torch.random.fork_rng(devices=[]), torch.inference_mode():
            torch.manual_seed(seed)
            out = self.model.generate(**inputs, **kwargs)
        if not self.is_encoder_decoder:
            out = out[:, inputs["input_ids"].shape[1]:]
        texts = self.tokenizer.batch_decode(out, skip_special_tokens=True, clean_up_tokenization_spaces=True)
        return [t.strip().split("\n")[0] for t in texts]


def load_pretrained(path: Path) -> tuple[Any, Any]:
    """Model (seq2seq or causal, by its config) and tokenizer from local files, in eval mode."""
    from transformers import AutoConfig, AutoModelForCausalLM, AutoModelForSeq2SeqLM, AutoTokenizer

    config = AutoConfig.from_pretrained(path, local_files_only=True)
    auto = AutoModelForSeq2SeqLM if config.is_encoder_decoder else AutoModelForCausalLM
    model = auto.from_pretrained(path, local_files_only=True)
    model.eval()
    tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
    return model, tokenizer


# ---------------------------------------------------------------------------------------------
# Where the model lives: a directory, or S3 downloaded once per container.


def resolve_model_dir(uri: str, cache_dir: Path, s3_client: Any = None) -> Path:
    """A local directory holding config.json; S3 URIs are downloaded to `cache_dir` first."""
    uri = uri.strip()
    if not uri:
        raise ValueError("empty model URI")
    if not uri.startswith("s3://"):
        path = Path(uri).expanduser()
        if not (path / "config.json").is_file():
            raise FileNotFoundError(f"{path}: no config.json (not a transformers model directory)")
        return path
    dest = Path(cache_dir) / hashlib.sha1(uri.encode("utf-8")).hexdigest()[:16]
    if (dest / _COMPLETE).is_file():
        return _model_root(dest)
    bucket, key = parse_s3_uri(uri)
    if s3_client is None:
        import boto3

        s3_client = boto3.client("s3")
    staging = dest.with_name(f"{dest.name}.tmp-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        if key.endswith((".tar.gz", ".tgz", ".tar")):
            _download_archive(s3_client, bucket, key, staging)
        else:
            _download_prefix(s3_client, bucket, key, staging)
        (staging / _COMPLETE).write_text(uri, encoding="utf-8")
        shutil.rmtree(dest, ignore_errors=True)
        staging.rename(dest)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    logger.info("model_downloaded", extra={"uri": uri, "path": str(dest)})
    return _model_root(dest)


def parse_s3_uri(uri: str) -> tuple[str, str]:
    rest = uri[len("s3://"):]
    bucket, _, key = rest.partition("/")
    if not bucket:
        raise ValueError(f"{uri}: no bucket")
    return bucket, key


def _download_prefix(client: Any, bucket: str, prefix: str, dest: Path) -> None:
    """GET the manifest, then every file it lists, checking size and sha256."""
    base = prefix.rstrip("/") + "/" if prefix.strip("/") else ""
    manifest = json.loads(client.get_object(Bucket=bucket, Key=base + MANIFEST)["Body"].read())
    if manifest.get("format") != MODEL_FORMAT:
        raise ValueError(f"s3://{bucket}/{base}{MANIFEST}: unsupported format {manifest.get('format')!r}")
    for entry in manifest["files"]:
        rel = Path(entry["path"])
        if rel.is_absolute() or ".." in rel.parts:
            raise ValueError(f"unsafe path in model manifest: {entry['path']}")
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        client.download_file(bucket, base + rel.as_posix(), str(target))
        if target.stat().st_size != entry["size"] or _sha256(target) != entry["sha256"]:
            raise ValueError(f"s3://{bucket}/{base}{rel.as_posix()}: size or sha256 differs from the manifest")
    (dest / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")


def _download_archive(client: Any, bucket: str, key: str, dest: Path) -> None:
    archive = dest / "model.archive"
    client.download_file(bucket, key, str(archive))
    with tarfile.open(archive) as tar:
        tar.extractall(dest, filter="data")  # refuses absolute paths, '..' and device files
    archive.unlink()


def _model_root(dest: Path) -> Path:
    """The directory with config.json: the download itself or its single top-level folder."""
    if (dest / "config.json").is_file():
        return dest
    found = sorted(p.parent for p in dest.glob("*/config.json"))
    if len(found) != 1:
        raise FileNotFoundError(f"{dest}: no single model directory (config.json) in the download")
    return found[0]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _read_json(path: Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def write_manifest(model_dir: Path, metadata: Mapping[str, Any] | None = None) -> Path:
    """List every model file with size and sha256, so the S3 loader needs no ListBucket."""
    model_dir = Path(model_dir)
    files = []
    for path in sorted(model_dir.rglob("*")):
        rel = path.relative_to(model_dir)
        if path.is_file() and path.name != MANIFEST and not any(part.startswith(".") for part in rel.parts):
            files.append({"path": rel.as_posix(), "size": path.stat().st_size, "sha256": _sha256(path)})
    manifest = {"format": MODEL_FORMAT, "prompt_format": PROMPT_FORMAT, **dict(metadata or {}), "files": files}
    out = model_dir / MANIFEST
    out.write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m skill.model_generator manifest DIR` | `try DIR --pun reel --alt real --keywords fishing,lake`."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m skill.model_generator", description=main.__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("manifest", help="write punpal_model.json before uploading a model directory to S3").add_argument("dir")
    trial = sub.add_parser("try", help="print a few candidates for one pair")
    trial.add_argument("uri")
    trial.add_argument("--pun", required=True)
    trial.add_argument("--alt", required=True)
    trial.add_argument("--keywords", default="")
    trial.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.command == "manifest":
        print(write_manifest(Path(args.dir)))
        return 0
    gen = TransformersGenerator.load(args.uri)
    words = tuple(w.strip() for w in args.keywords.split(",") if w.strip())
    request = GenerationRequest(PunPair(args.pun, args.alt, "near_homophone", 1.0, 0.0, 0.0),
                                words[0] if words else "", words, "")
    print("prompt:", gen.prompt_for(request))
    for text in gen.sample(gen.prompt_for(request), args.seed):
        print("raw:", text)
    for c in gen.generate(request, random.Random(args.seed)):
        print("kept:", c.text, "|", c.explanation)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

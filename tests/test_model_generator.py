"""The transformers backend and its fine-tuning script, with real tiny models built offline.

Each model is randomly initialised with a few thousand parameters and a word-level tokenizer
trained on a handful of sentences (no downloads). A random model writes garbage, which the
backend must drop (and the engine then answers offline); fine-tuned for a few dozen steps on
hand-written examples it reproduces them, which exercises load, generate, parse, save and reload
along the real code paths. S3 loading runs against moto.
"""
from __future__ import annotations

import json
import logging
import random
import tarfile
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

import boto3  # noqa: E402
from moto import mock_aws  # noqa: E402

from skill.backends import FallbackGenerator, generator_for  # noqa: E402
from skill.build import finetune_generator as ft  # noqa: E402
from skill.build.pun_data import TEST, text_split  # noqa: E402
from skill.config import Settings  # noqa: E402
from skill.generation import GenerationRequest, OfflineGenerator  # noqa: E402
from skill.lexicon import PunPair  # noqa: E402
from skill.model_generator import (  # noqa: E402
    CAUSAL_SEPARATOR,
    MANIFEST,
    ModelOptions,
    TransformersGenerator,
    build_prompt,
    write_manifest,
)

# Hand-written for these tests (not from the research datasets).
HAND = [
    {"keywords": ["fishing", "lake"], "pun_word": "reel", "alternative_word": "real",
     "text": "Why did the angler buy a new rod? He wanted the reel thing."},
    {"keywords": ["baking", "bread"], "pun_word": "knead", "alternative_word": "need",
     "text": "What did the baker tell the kids? All you knead is love."},
    {"keywords": ["garden", "herbs"], "pun_word": "thyme", "alternative_word": "time",
     "pun_sense": "a fragrant garden herb", "alternative_sense": "the continuum of experience",
     "text": "Why are gardeners so patient? They know there is a thyme for everything."},
]
REEL = PunPair("reel", "real", "homophone", 1.0, 3.0, 5.0)
FISHING = GenerationRequest(REEL, "fishing", ("fishing", "lake"), "going fishing")
DATA_DIR = ft.DEFAULT_DATA_DIR
needs_data = pytest.mark.skipif(not (DATA_DIR / "cup").is_dir(),
                                reason=f"research datasets not found at {DATA_DIR} (../shared/data): CUP/ExPUN loaders untested")


def examples() -> list[ft.Example]:
    return [ft.Example(tuple(h["keywords"]), h["pun_word"], h["alternative_word"], h["text"],
                       h.get("pun_sense", ""), h.get("alternative_sense", ""), "hand") for h in HAND]


@pytest.fixture(scope="module", autouse=True)
def one_torch_thread():
    """Tiny models run fastest on one thread, and two cores are shared by the whole machine."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def bases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Random tiny t5 (seq2seq) and gpt2 (causal) models whose vocabulary covers HAND."""
    root = tmp_path_factory.mktemp("tiny-bases")
    corpus = [e.text for e in examples()] + [e.prompt() for e in examples()]
    return {arch: ft.init_tiny_model(root / arch, arch, corpus) for arch in ("t5", "gpt2")}


@pytest.fixture(scope="module")
def trained(bases: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Both bases fine-tuned on HAND through the script's CLI until they reproduce it."""
    root = tmp_path_factory.mktemp("tiny-trained")
    jsonl = root / "hand.jsonl"
    jsonl.write_text("\n".join(json.dumps(h) for h in HAND), encoding="utf-8")
    out = {}
    for arch, base in bases.items():
        out[arch] = root / arch
        assert ft.main(["--base-model", str(base), "--out", str(out[arch]), "--sources", "", "--train-jsonl", str(jsonl),
                        "--epochs", "0", "--max-steps", "120", "--batch-size", "4", "--lr", "1e-2",
                        "--warmup-ratio", "0", "--log-every", "1000", "--device", "cpu"]) == 0
    return out


# --------------------------------------------------------------------------- prompt and encoding
def test_prompt_format_is_shared_by_training_and_inference() -> None:
    assert build_prompt(["fishing", "lake"], "reel", "real") == (
        "generate a pun using keywords: fishing, lake; pun word: reel; alternative word: real")
    assert build_prompt(["garden"], "thyme", "time", "an herb", "duration") == (
        "generate a pun using keywords: garden; pun word: thyme; pun word sense: an herb; "
        "alternative word: time; alternative word sense: duration")
    hand = examples()[2]
    assert hand.prompt(with_senses=False) == build_prompt(["garden", "herbs"], "thyme", "time")


def test_causal_encoding_masks_the_prompt(bases: dict[str, Path]) -> None:
    from skill.model_generator import load_pretrained

    _, tokenizer = load_pretrained(bases["gpt2"])
    example = examples()[0]
    encoded = ft.encode(example, tokenizer, is_encoder_decoder=False, with_senses=True)
    prompt_len = len(tokenizer(example.prompt() + CAUSAL_SEPARATOR, add_special_tokens=False)["input_ids"])
    assert encoded["labels"][:prompt_len] == [-100] * prompt_len
    assert encoded["labels"][prompt_len:] == encoded["input_ids"][prompt_len:]
    assert encoded["labels"][-1] == tokenizer.eos_token_id


def test_sense_dropout_is_deterministic() -> None:
    many = [ft.Example(("k",), "reel", "real", f"text {i}", "s1", "s2") for i in range(200)]
    kept = [e.keeps_senses(0.5) for e in many]
    assert kept == [e.keeps_senses(0.5) for e in many] and 60 < sum(kept) < 140
    assert all(e.keeps_senses(0.0) for e in many) and not any(e.keeps_senses(1.0) for e in many)


# --------------------------------------------------------------------------- a random model: garbage in, nothing out
def test_a_random_model_samples_but_nothing_survives_the_checks(bases: dict[str, Path]) -> None:
    for arch, base in bases.items():
        gen = TransformersGenerator.load(base, ModelOptions(num_candidates=4, max_new_tokens=24))
        assert gen.is_encoder_decoder is (arch == "t5")
        raw = gen.sample(gen.prompt_for(FISHING), seed=1)
        assert len(raw) == 4 and all(isinstance(t, str) for t in raw)
        unknown = GenerationRequest(PunPair("gnu", "new", "homophone", 1.0, 2.0, 6.0), "zoo", ("zoo",), "")
        assert gen.generate(unknown, random.Random(0)) == []  # a word outside its vocabulary never appears
        for c in gen.generate(FISHING, random.Random(0)):  # whatever survives meets the contract
            assert c.text == f"{c.setup} {c.punchline}" and "reel" in c.punchline.lower()


def test_the_engine_answers_offline_when_the_model_has_nothing(
        bases: dict[str, Path], caplog: pytest.LogCaptureFixture) -> None:
    from skill.engine import JokeEngine

    settings = Settings(generator="transformers", model_uri=str(bases["t5"]), model_max_new_tokens=16)
    if not (settings.artifacts_dir / "manifest.json").exists():
        pytest.skip("built artifacts missing: run `make test`")
    caplog.set_level(logging.INFO)
    engine = JokeEngine.default(settings, rng=random.Random(3))
    assert isinstance(engine.generator, FallbackGenerator) and engine.generator.name == "transformers+offline"
    joke = engine.tell("we're going camping in the forest")
    assert joke.text and joke.explanation and joke.form in {"riddle", "saying", "advice", "slogan"}
    reasons = [r.reason for r in caplog.records if r.getMessage() == "generator_fallback"]
    assert reasons and set(reasons) == {"no_candidates"}
    assert len(reasons) <= settings.generator_max_calls  # the budget caps model calls per joke request


# --------------------------------------------------------------------------- fine-tune, save, reload, generate
@pytest.mark.parametrize("arch", ["t5", "gpt2"])
def test_finetuned_model_is_saved_with_manifest_and_reproduces_its_training(trained: dict[str, Path], arch: str) -> None:
    out = trained[arch]
    names = {p.name for p in out.iterdir()}
    assert {"config.json", "model.safetensors", "tokenizer.json", "senses.json", "README.md", MANIFEST} <= names
    manifest = json.loads((out / MANIFEST).read_text())
    assert manifest["format"] == "punpal-model/1" and manifest["sources"] == ["hand.jsonl"]
    assert {f["path"] for f in manifest["files"]} == names - {MANIFEST}
    assert manifest["training"]["steps"] == 120 and manifest["training"]["train_loss"] < 0.5
    assert json.loads((out / "senses.json").read_text()) == {"thyme": "a fragrant garden herb", "time": "the continuum of experience"}

    greedy = TransformersGenerator.load(out, ModelOptions(temperature=0.0))
    got = greedy.generate(FISHING, random.Random(0))
    assert [c.text for c in got] == [HAND[0]["text"]]
    assert got[0].setup == "Why did the angler buy a new rod?" and got[0].form == "riddle"
    assert got[0].explanation == "'Reel' sounds like 'real', as in 'he wanted the real thing'; and 'reel' goes with fishing."

    sampled = TransformersGenerator.load(out, ModelOptions(num_candidates=3, temperature=0.7))
    assert sampled.generate(FISHING, random.Random(7)) == sampled.generate(FISHING, random.Random(7))
    if arch == "gpt2":
        assert not any("generate a pun" in t for t in sampled.sample(sampled.prompt_for(FISHING), 7))


def test_senses_from_the_model_directory_go_into_the_prompt(trained: dict[str, Path]) -> None:
    gen = TransformersGenerator.load(trained["t5"], ModelOptions(temperature=0.0))
    thyme = GenerationRequest(PunPair("thyme", "time", "homophone", 1.0, 2.0, 6.0), "garden", ("garden", "herbs"), "")
    assert gen.prompt_for(thyme) == examples()[2].prompt(with_senses=True)
    assert "sense" not in gen.prompt_for(FISHING)


# --------------------------------------------------------------------------- S3
def upload_dir(s3, bucket: str, prefix: str, model_dir: Path) -> None:
    for path in model_dir.rglob("*"):
        if path.is_file():
            s3.upload_file(str(path), bucket, prefix + path.relative_to(model_dir).as_posix())


@mock_aws
def test_loads_from_an_s3_prefix_once_per_container(trained: dict[str, Path], tmp_path: Path) -> None:
    s3 = boto3.client("s3", region_name="us-east-1")
    s3.create_bucket(Bucket="punpal-models")
    upload_dir(s3, "punpal-models", "transformers/v1/", trained["t5"])
    settings = Settings(generator="transformers", model_uri="s3://punpal-models/transformers/v1/",
                        model_cache_dir=tmp_path / "cache", model_temperature=0.0)
    gen = generator_for(settings, OfflineGenerator.default())
    assert isinstance(gen, FallbackGenerator)
    assert [c.text for c in gen.primary.generate(FISHING, random.Random(0))] == [HAND[0]["text"]]
    downloads = [p for p in (tmp_path / "cache").iterdir()]
    assert len(downloads) == 1 and (downloads[0] / ".complete").is_file()  # no staging leftovers

    for obj in s3.list_objects_v2(Bucket="punpal-models")["Contents"]:
        s3.delete_object(Bucket="punpal-models", Key=obj["Key"])
    again = TransformersGenerator.from_settings(settings)  # a later cold start: served from /tmp
    assert again.generate(FISHING, random.Random(0))[0].text == HAND[0]["text"]


@mock_aws
def test_loads_from_an_s3_tarball(trained: dict[str, Path], tmp_path: Path) -> None:
    archive = tmp_path / "model.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(trained["gpt2"], arcname="punpal-gpt2")
    s3 = boto3.client("s3", region_name="us-east-1")
    s3.create_bucket(Bucket="punpal-models")
    s3.upload_file(str(archive), "punpal-models", "releases/model.tar.gz")
    gen = TransformersGenerator.load("s3://punpal-models/releases/model.tar.gz", ModelOptions(temperature=0.0),
                                     cache_dir=tmp_path / "cache", s3_client=s3)
    assert not gen.is_encoder_decoder
    assert [c.text for c in gen.generate(FISHING, random.Random(0))] == [HAND[0]["text"]]


@mock_aws
def test_a_tampered_or_unsafe_s3_model_is_refused(trained: dict[str, Path], tmp_path: Path) -> None:
    s3 = boto3.client("s3", region_name="us-east-1")
    s3.create_bucket(Bucket="punpal-models")
    upload_dir(s3, "punpal-models", "bad/", trained["t5"])
    s3.put_object(Bucket="punpal-models", Key="bad/config.json", Body=b"{}")
    with pytest.raises(ValueError, match="sha256"):
        TransformersGenerator.load("s3://punpal-models/bad", cache_dir=tmp_path / "cache", s3_client=s3)

    manifest = {"format": "punpal-model/1", "files": [{"path": "../escape.txt", "size": 1, "sha256": "0"}]}
    s3.put_object(Bucket="punpal-models", Key="evil/" + MANIFEST, Body=json.dumps(manifest).encode())
    with pytest.raises(ValueError, match="unsafe path"):
        TransformersGenerator.load("s3://punpal-models/evil/", cache_dir=tmp_path / "cache", s3_client=s3)
    assert not list((tmp_path / "cache").iterdir())  # nothing half-downloaded is ever reused
    assert not (tmp_path / "escape.txt").exists()


def test_manifest_lists_files_with_checksums(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "config.json").write_text("{}")
    (tmp_path / "sub" / "w.bin").write_bytes(b"abc")
    (tmp_path / ".hidden").write_text("x")
    manifest = json.loads(write_manifest(tmp_path, {"base_model": "x"}).read_text())
    assert [f["path"] for f in manifest["files"]] == ["config.json", "sub/w.bin"]
    assert manifest["files"][1]["sha256"] == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


# --------------------------------------------------------------------------- the research data (when present)
@needs_data
def test_cup_loader_uses_train_contexts_only() -> None:
    import csv

    with open(DATA_DIR / "cup" / "derived_cup_context_split_sha1.tsv", encoding="utf-8") as f:
        split = {r["context"]: r["split"] for r in csv.DictReader(f, delimiter="\t")}
    train_keywords = {tuple(k.strip().lower() for k in c.split(",")) for c, s in split.items() if s == "train"}
    cup = ft.load_cup(DATA_DIR)
    assert len(cup) > 1000
    from skill.backends import pun_forms
    from skill.generation import count_word

    for e in cup:
        assert count_word(e.text, pun_forms(PunPair(e.pun_word, e.alternative_word, "", 0, 0, 0))) >= 1
        assert any(set(e.keywords) <= {" ".join(k.split()) for k in kw} for kw in train_keywords), e
    assert {e.source for e in cup} == {"cup"} and sum(bool(e.pun_sense) for e in cup) > 0.9 * len(cup)
    with pytest.raises(ValueError):
        ft.load_cup(DATA_DIR, TEST)


@needs_data
def test_expunations_loader_never_returns_test_texts() -> None:
    train, dev = ft.load_expunations(DATA_DIR), ft.load_expunations(DATA_DIR, ft.DEV)
    assert len(train) > 1000 and len(dev) > 100
    assert not {e.text for e in train} & {e.text for e in dev}
    assert all(text_split(e.text) != TEST for e in train + dev)
    for e in train[:200]:
        assert e.keywords and not {e.pun_word.lower()} & set(" ".join(e.keywords).split())
    with pytest.raises(ValueError):
        ft.load_expunations(DATA_DIR, TEST)


@needs_data
def test_finetune_cli_runs_on_the_research_data(bases: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "model"
    assert ft.main(["--base-model", str(bases["t5"]), "--out", str(out), "--data-dir", str(DATA_DIR),
                    "--max-steps", "2", "--limit", "8", "--batch-size", "4", "--device", "cpu"]) == 0
    manifest = json.loads((out / MANIFEST).read_text())
    assert manifest["training"]["steps"] == 2 and manifest["training"]["dev_loss"] is not None
    assert set(manifest["sources"]) <= {"cup", "expunations"}
    assert "non-commercial" in (out / "README.md").read_text()

"""Fine-tune the transformers pun generator: (keywords, pun word, alternative word, senses) -> pun.

An operator runs this on a GPU; the output directory is what `PUNPAL_MODEL_URI` points at (as is,
or uploaded to S3 with its `punpal_model.json` manifest). Training data, with the binding splits
of shared/data/README.md:

- **CUP** (`cup/context_situated_pun.csv`): rows of the *train* contexts of
  `derived_cup_context_split_sha1.tsv` with `new_pun == yes`; the annotator's `user_pun` is the
  target, the context keywords and both WordNet senses go in the prompt. *Dev* contexts give the
  evaluation loss; *test* contexts are never read.
- **ExPUNations**: pun items whose normalised text is not test (`sha1 % 10 in (0, 1)`, the rule
  shared by every SemEval-derived dataset, from `skill.build.pun_data`); one example per
  annotator's keyword set; alternative words from He et al.'s parsed SemEval files. Items with
  `sha1 % 10 == 2` are held out as dev. No senses (ExPUN has none), majority-offensive items dropped.
- **Your own data**: `--train-jsonl` (one object per line: keywords, pun_word, alternative_word,
  text, optional pun_sense, alternative_sense), alone with `--sources ""` or added to the above.

Senses are dropped from a share of the prompts (`--sense-dropout`) because the skill knows senses
only for words in the model's `senses.json`. Targets flagged by `skill.offensive` are dropped.
Licence: CUP and ExPUNations are CC BY-NC 4.0, so a model fitted on them is for non-commercial
use; the manifest records the sources.

    python -m skill.build.finetune_generator --base-model /models/flan-t5-base --out build/punpal-t5 \\
        --epochs 3 --batch-size 32 --lr 3e-4 --bf16
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
import random
import sys
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from skill import offensive
from skill.backends import pun_forms
from skill.build.pun_data import TEST, TRAIN, detokenise, normalised, text_split
from skill.config import PACKAGE_DIR
from skill.generation import count_word
from skill.lexicon import PunPair
from skill.model_generator import CAUSAL_SEPARATOR, SENSES, build_prompt, load_pretrained, write_manifest

DEV = "dev"
DEFAULT_DATA_DIR = PACKAGE_DIR.parent.parent / "shared" / "data"
LICENCE_NOTE = "Fitted on CC BY-NC 4.0 data (CUP, ExPUNations): non-commercial use only."


@dataclass(frozen=True)
class Example:
    """One training pair: what the prompt says, and the pun it should produce."""

    keywords: tuple[str, ...]
    pun_word: str
    alternative_word: str
    text: str
    pun_sense: str = ""
    alternative_sense: str = ""
    source: str = ""

    def prompt(self, with_senses: bool = True) -> str:
        return build_prompt(self.keywords, self.pun_word, self.alternative_word,
                            self.pun_sense if with_senses else "", self.alternative_sense if with_senses else "")

    def keeps_senses(self, dropout: float) -> bool:
        """Deterministic per example, so reruns see the same prompts."""
        digest = hashlib.sha1(f"{self.text}|{self.pun_word}".encode("utf-8")).hexdigest()
        return int(digest, 16) % 1000 >= dropout * 1000


def _first_gloss(sense: str) -> str:
    return sense.split(";")[0].strip()


def _keywords(raw: Iterable[str], pair: tuple[str, str]) -> tuple[str, ...]:
    """Clean keyword phrases; drop the ones that give away the pun word or its alternative."""
    banned = {w.lower() for w in pair}
    out = []
    for k in raw:
        k = " ".join(str(k).split()).strip(" ,.;:'\"").lower()
        if k and not banned & set(k.split()):
            out.append(k)
    return tuple(dict.fromkeys(out))


def _usable_target(text: str, pun_word: str, alternative_word: str) -> bool:
    """The pun word (or a regular form of it) is there, and the text is not offensive."""
    pair = PunPair(pun_word, alternative_word, "", 0.0, 0.0, 0.0)
    return count_word(text, pun_forms(pair)) >= 1 and not offensive.is_offensive(text)


def load_cup(data_dir: Path, split: str = TRAIN) -> list[Example]:
    """CUP puns of the train (or dev) contexts; asking for test is an error, not an option."""
    if split == TEST:
        raise ValueError("CUP test contexts are for reported evaluation only, never for fitting")
    folder = Path(data_dir) / "cup"
    with open(folder / "derived_cup_context_split_sha1.tsv", encoding="utf-8") as f:
        context_split = {r["context"]: r["split"] for r in csv.DictReader(f, delimiter="\t")}
    with open(folder / "context_situated_pun.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    examples = []
    for r in rows:
        text = " ".join(r["user_pun"].split())
        if r["new_pun"] != "yes" or text in ("", "{}") or context_split[r["context"]] != split:
            continue
        pun, alt = r["pun_word"].strip(), r["alter_word"].strip()
        senses = _first_gloss(r["pun_word_sense"]), _first_gloss(r["alter_word_sense"])
        if not _usable_target(text, pun, alt) and _usable_target(text, alt, pun):
            # "There was a pear of beagles": the annotator spoke the alternative word, so the
            # roles swap (pun word 'pear', heard as 'pair').
            pun, alt, senses = alt, pun, senses[::-1]
        elif not _usable_target(text, pun, alt):
            continue
        examples.append(Example(_keywords(r["context"].split(","), (pun, alt)), pun, alt, text, *senses, "cup"))
    return examples


def _expun_split(text: str) -> str:
    if text_split(text) == TEST:
        return TEST
    return DEV if int(hashlib.sha1(normalised(text).encode("utf-8")).hexdigest(), 16) % 10 == 2 else TRAIN


def _he2019_alternatives(data_dir: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    for path in sorted((Path(data_dir) / "he2019_pungen").glob("semeval_parsed_*.json")):
        with open(path, encoding="utf-8") as f:
            for item in json.load(f):
                found[item["id"]] = item["alter_word"].replace("_", " ")
    return found


def load_expunations(data_dir: Path, split: str = TRAIN) -> list[Example]:
    """ExPUN puns outside the shared test group, one example per annotator keyword set."""
    if split == TEST:
        raise ValueError("ExPUNations test items (sha1 % 10 in (0, 1)) are never used for fitting")
    alternatives = _he2019_alternatives(data_dir)
    path = Path(data_dir) / "expunations" / "derived_expunations_with_semeval_text.jsonl"
    examples = []
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    for r in rows:
        if r["semeval_is_pun"] != 1 or r["offensive_majority"] or _expun_split(r["text"]) != split:
            continue
        pun = r["pun_word"].strip()
        alt = alternatives.get(r["id"]) or (pun if r["pun_type"] == "hom" else "")
        text = detokenise(r["text"])
        if not pun or not alt or not _usable_target(text, pun, alt):
            continue
        seen: set[tuple[str, ...]] = set()
        for raw in r["keywords"]:
            keywords = _keywords(raw, (pun, alt))
            if keywords and keywords not in seen:
                seen.add(keywords)
                examples.append(Example(keywords, pun, alt, text, source="expunations"))
    return examples


def load_jsonl(path: Path) -> list[Example]:
    """An operator's own examples."""
    examples = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            r = json.loads(line)
            try:
                keywords = r["keywords"] if isinstance(r["keywords"], list) else str(r["keywords"]).split(",")
                examples.append(Example(_keywords(keywords, (r["pun_word"], r["alternative_word"])),
                                        r["pun_word"], r["alternative_word"], " ".join(r["text"].split()),
                                        r.get("pun_sense", ""), r.get("alternative_sense", ""), path.name))
            except KeyError as err:
                raise ValueError(f"{path}:{n}: missing field {err}") from None
    return examples


def sense_table(examples: Iterable[Example]) -> dict[str, str]:
    """word -> its most frequent gloss in training, for prompts at inference (homographs skipped)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for e in examples:
        if e.pun_word.lower() == e.alternative_word.lower():
            continue
        for word, gloss in ((e.pun_word, e.pun_sense), (e.alternative_word, e.alternative_sense)):
            if gloss:
                votes[word.lower()][gloss] += 1
    return {w: c.most_common(1)[0][0] for w, c in sorted(votes.items())}


# ---------------------------------------------------------------------------------------------
# Tensors and the training loop (plain torch: no Trainer/accelerate needed).


def encode(example: Example, tokenizer: Any, is_encoder_decoder: bool, with_senses: bool,
           max_source: int = 128, max_target: int = 64) -> dict[str, list[int]]:
    """input_ids and labels; a causal LM's prompt tokens are masked out of the loss with -100."""
    eos = tokenizer.eos_token_id
    if is_encoder_decoder:
        source = tokenizer(example.prompt(with_senses), truncation=True, max_length=max_source)["input_ids"]
        target = tokenizer(example.text, truncation=True, max_length=max_target)["input_ids"]
        if eos is not None and (not target or target[-1] != eos):
            target = target + [eos]
        return {"input_ids": source, "labels": target}
    prompt = tokenizer(example.prompt(with_senses) + CAUSAL_SEPARATOR, add_special_tokens=False)["input_ids"][:max_source]
    target = tokenizer(" " + example.text, add_special_tokens=False)["input_ids"][:max_target] + [eos]
    return {"input_ids": prompt + target, "labels": [-100] * len(prompt) + target}


def collate(batch: Sequence[dict[str, list[int]]], pad_id: int, is_encoder_decoder: bool) -> dict[str, Any]:
    import torch

    width = max(len(b["input_ids"]) for b in batch)
    ids = [b["input_ids"] + [pad_id] * (width - len(b["input_ids"])) for b in batch]
    mask = [[1] * len(b["input_ids"]) + [0] * (width - len(b["input_ids"])) for b in batch]
    label_width = max(len(b["labels"]) for b in batch)
    labels = [b["labels"] + [-100] * (label_width - len(b["labels"])) for b in batch]
    return {"input_ids": torch.tensor(ids), "attention_mask": torch.tensor(mask), "labels": torch.tensor(labels)}


@dataclass
class TrainOptions:
    epochs: float = 3.0
    max_steps: int = 0  # 0: as many as the epochs take
    batch_size: int = 16
    lr: float = 1e-4
    weight_decay: float = 0.01
    warmup_ratio: float = 0.05
    sense_dropout: float = 0.5
    max_source: int = 128
    max_target: int = 64
    seed: int = 13
    device: str = "auto"
    bf16: bool = False
    log_every: int = 50


@dataclass
class TrainReport:
    steps: int = 0
    train_loss: float = float("nan")
    dev_loss: float | None = None
    seconds: float = 0.0
    losses: list[float] = field(default_factory=list)


def _device(choice: str) -> str:
    import torch

    if choice != "auto":
        return choice
    return "cuda" if torch.cuda.is_available() else "cpu"


def train(model: Any, tokenizer: Any, train_set: Sequence[Example], dev_set: Sequence[Example],
          opts: TrainOptions, log: Any = print) -> TrainReport:
    """AdamW with linear warm-up and decay; dev loss after epochs (about ten times a run at most)."""
    import torch

    torch.manual_seed(opts.seed)
    device = _device(opts.device)
    enc_dec = bool(model.config.is_encoder_decoder)
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    encoded = [encode(e, tokenizer, enc_dec, e.keeps_senses(opts.sense_dropout), opts.max_source, opts.max_target)
               for e in train_set]
    dev_encoded = [encode(e, tokenizer, enc_dec, True, opts.max_source, opts.max_target) for e in dev_set]
    if not encoded:
        raise ValueError("no training examples")
    per_epoch = math.ceil(len(encoded) / opts.batch_size)
    total = max(1, math.ceil(opts.epochs * per_epoch))
    if opts.max_steps:
        total = min(total, opts.max_steps) if opts.epochs else opts.max_steps
    warmup = int(total * opts.warmup_ratio)
    model.to(device).train()
    decay = [p for n, p in model.named_parameters() if p.requires_grad and p.ndim > 1]
    no_decay = [p for n, p in model.named_parameters() if p.requires_grad and p.ndim <= 1]
    optimizer = torch.optim.AdamW([{"params": decay, "weight_decay": opts.weight_decay},
                                   {"params": no_decay, "weight_decay": 0.0}], lr=opts.lr)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: (s + 1) / max(1, warmup) if s < warmup else max(0.0, (total - s) / max(1, total - warmup)))
    autocast = torch.autocast(device_type="cuda", dtype=torch.bfloat16, enabled=opts.bf16 and device == "cuda")
    report, rng, start, running = TrainReport(), random.Random(opts.seed), time.perf_counter(), []
    eval_stride = max(1, math.ceil(math.ceil(total / per_epoch) / 10))  # at most ~10 dev evaluations
    epoch = 0
    while report.steps < total:
        epoch += 1
        order = list(range(len(encoded)))
        rng.shuffle(order)
        for i in range(0, len(order), opts.batch_size):
            batch = collate([encoded[j] for j in order[i : i + opts.batch_size]], pad, enc_dec)
            with autocast:
                loss = model(**{k: v.to(device) for k, v in batch.items()}).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad(set_to_none=True)
            report.steps += 1
            value = loss.detach().item()
            running.append(value)
            report.losses.append(value)
            if report.steps % opts.log_every == 0:
                log(f"step {report.steps}/{total} loss {sum(running) / len(running):.4f}")
                running = []
            if report.steps >= total:
                break
        if dev_encoded and (epoch % eval_stride == 0 or report.steps >= total):
            report.dev_loss = evaluate(model, dev_encoded, pad, enc_dec, opts.batch_size, device)
            log(f"step {report.steps}: dev loss {report.dev_loss:.4f}")
            model.train()
    window = report.losses[-max(1, min(len(report.losses), 20)):]
    report.train_loss = sum(window) / len(window)
    report.seconds = round(time.perf_counter() - start, 2)
    model.eval()
    return report


def evaluate(model: Any, encoded: Sequence[dict[str, list[int]]], pad: int, enc_dec: bool, batch_size: int,
             device: str) -> float:
    """Mean loss per batch (no gradient)."""
    import torch

    model.eval()
    losses = []
    with torch.inference_mode():
        for i in range(0, len(encoded), batch_size):
            batch = collate(encoded[i : i + batch_size], pad, enc_dec)
            losses.append(float(model(**{k: v.to(device) for k, v in batch.items()}).loss))
    return sum(losses) / max(1, len(losses))


def save(model: Any, tokenizer: Any, out: Path, train_set: Sequence[Example], report: TrainReport,
         metadata: dict[str, Any]) -> Path:
    """Model, tokenizer, senses.json, a model card and the manifest the S3 loader reads."""
    out.mkdir(parents=True, exist_ok=True)
    model.to("cpu").save_pretrained(out)
    tokenizer.save_pretrained(out)
    (out / SENSES).write_text(json.dumps(sense_table(train_set), indent=0, sort_keys=True), encoding="utf-8")
    sources = sorted({e.source for e in train_set})
    (out / "README.md").write_text(
        f"# Pun Pal generator\n\nPrompt: `{train_set[0].prompt()}`\n\nTrained on: {', '.join(sources)} "
        f"({len(train_set)} examples, {report.steps} steps). {LICENCE_NOTE if {'cup', 'expunations'} & set(sources) else ''}\n",
        encoding="utf-8")
    stats = {k: v for k, v in asdict(report).items() if k != "losses"}
    return write_manifest(out, {**metadata, "sources": sources, "examples": len(train_set), "training": stats})


def init_tiny_model(out: Path, arch: str = "t5", corpus: Iterable[str] = (), seed: int = 0) -> Path:
    """A tiny randomly initialised model with a word-level tokenizer built offline.

    For tests, benchmarks and smoke runs of this script on machines that cannot download a base
    model: it exercises every code path and learns a handful of examples, nothing more.
    """
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers, processors, trainers
    from transformers import GPT2Config, GPT2LMHeadModel, PreTrainedTokenizerFast, T5Config, T5ForConditionalGeneration

    specials = ["<pad>", "</s>", "<unk>"]
    tok = Tokenizer(models.WordLevel(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    base = [build_prompt(["fishing", "lake"], "reel", "real", "a winder", "being or occurring in fact"), CAUSAL_SEPARATOR]
    tok.train_from_iterator([*base, *corpus], trainers.WordLevelTrainer(special_tokens=specials, min_frequency=1))
    if arch == "t5":
        tok.post_processor = processors.TemplateProcessing(single="$A </s>", special_tokens=[("</s>", 1)])
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, pad_token="<pad>", eos_token="</s>", unk_token="<unk>")
    torch.manual_seed(seed)
    vocab = fast.vocab_size
    if arch == "t5":
        config = T5Config(vocab_size=vocab, d_model=32, d_kv=8, d_ff=64, num_layers=2, num_decoder_layers=2,
                          num_heads=4, pad_token_id=0, eos_token_id=1, decoder_start_token_id=0)
        model = T5ForConditionalGeneration(config)
    elif arch == "gpt2":
        config = GPT2Config(vocab_size=vocab, n_embd=32, n_layer=2, n_head=4, n_positions=256,
                            bos_token_id=1, eos_token_id=1, pad_token_id=0)
        model = GPT2LMHeadModel(config)
    else:
        raise ValueError(f"unknown tiny architecture {arch!r}: t5 or gpt2")
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out)
    fast.save_pretrained(out)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m skill.build.finetune_generator",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-model", required=True, type=Path, help="local directory of a transformers model")
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR, help="shared/data")
    parser.add_argument("--sources", default="cup,expunations", help="comma list of cup, expunations; '' for none")
    parser.add_argument("--train-jsonl", type=Path, action="append", default=[], help="your own examples")
    parser.add_argument("--epochs", type=float, default=3.0)
    parser.add_argument("--max-steps", type=int, default=0, help="stop after this many steps (0: no cap)")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--lr", type=float, default=1e-4)
    parser.add_argument("--warmup-ratio", type=float, default=0.05)
    parser.add_argument("--sense-dropout", type=float, default=0.5)
    parser.add_argument("--max-source-len", type=int, default=128)
    parser.add_argument("--max-target-len", type=int, default=64)
    parser.add_argument("--limit", type=int, default=0, help="use at most this many training examples (smoke runs)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--device", default="auto")
    parser.add_argument("--bf16", action="store_true", help="bfloat16 autocast on CUDA")
    parser.add_argument("--log-every", type=int, default=50)
    parser.add_argument("--samples", type=int, default=0, help="print this many greedy dev generations at the end")
    args = parser.parse_args(argv)

    sources = [s.strip() for s in args.sources.split(",") if s.strip()]
    unknown = set(sources) - {"cup", "expunations"}
    if unknown:
        parser.error(f"unknown sources: {', '.join(sorted(unknown))}")
    loaders = {"cup": load_cup, "expunations": load_expunations}
    train_set = [e for s in sources for e in loaders[s](args.data_dir, TRAIN)]
    dev_set = [e for s in sources for e in loaders[s](args.data_dir, DEV)]
    for path in args.train_jsonl:
        train_set += load_jsonl(path)
    random.Random(args.seed).shuffle(train_set)
    if args.limit:
        train_set = train_set[: args.limit]
        dev_set = dev_set[: max(1, args.limit // 5)] if dev_set else []
    print(f"examples: train {len(train_set)} ({dict(Counter(e.source for e in train_set))}), dev {len(dev_set)}")

    model, tokenizer = load_pretrained(args.base_model)
    opts = TrainOptions(epochs=args.epochs, max_steps=args.max_steps, batch_size=args.batch_size, lr=args.lr,
                        warmup_ratio=args.warmup_ratio, sense_dropout=args.sense_dropout,
                        max_source=args.max_source_len, max_target=args.max_target_len, seed=args.seed,
                        device=args.device, bf16=args.bf16, log_every=args.log_every)
    report = train(model, tokenizer, train_set, dev_set, opts)
    manifest = save(model, tokenizer, args.out, train_set, report,
                    {"base_model": str(args.base_model), "options": {k: v for k, v in asdict(opts).items()}})
    print(f"saved {args.out} ({report.steps} steps, train loss {report.train_loss:.4f}, "
          f"dev loss {report.dev_loss if report.dev_loss is not None else 'n/a'}); manifest {manifest.name}")
    if args.samples and dev_set:
        _print_samples(args.out, dev_set[: args.samples])
    return 0


def _print_samples(model_dir: Path, examples: Sequence[Example]) -> None:
    from skill.model_generator import ModelOptions, TransformersGenerator

    gen = TransformersGenerator.load(model_dir, ModelOptions(temperature=0.0))
    for e in examples:
        print(f"{e.prompt(False)}\n  model: {gen.sample(e.prompt(False), 0)[0]}\n  human: {e.text}")


if __name__ == "__main__":
    sys.exit(main())

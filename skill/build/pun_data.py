"""The research datasets in ``../shared/data``, read with the project's binding splits.

Fitting scripts and benchmarks read everything through here so the split rules live in one place
(shared/data/README.md): texts are grouped by normalised text and an item is **test** when
``int(sha1(normalised).hexdigest(), 16) % 10 in (0, 1)``, in every dataset alike, so a SemEval pun
that is test in ExPUNations is test in PunEval too; HaHackathon rows split by ``sha1(str(id))``,
Davidson tweets by ``sha1(str(row_index))``; CUP by its context split file; dataset-provided test
sets (PunEval test, NAP, PunBreak, Pun of the Day test) are test as a whole. Nothing here is
imported on the request path.
"""
from __future__ import annotations

import csv
import hashlib
import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from skill.config import PACKAGE_DIR

TRAIN, DEV, TEST = "train", "dev", "test"
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_SPACE_BEFORE = re.compile(r" ([,.!?;:'\"])| (n't|'s|'re|'ve|'ll|'d|'m)\b")


def data_dir() -> Path:
    """``PUNPAL_SHARED_DATA`` or ``../shared/data`` beside the repository."""
    configured = os.environ.get("PUNPAL_SHARED_DATA", "").strip()
    return Path(configured) if configured else PACKAGE_DIR.parent.parent / "shared" / "data"


def available() -> bool:
    return (data_dir() / "README.md").is_file()


def normalised(text: str) -> str:
    """Lower case, letters and digits only: the grouping key of the split rule."""
    return _NON_ALNUM.sub("", text.lower())


def _hash_mod10(key: str) -> int:
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % 10


def text_bucket(text: str) -> int:
    """0-9 by the grouping key; 0 and 1 are test, the rest may be split further for dev."""
    return _hash_mod10(normalised(text))


def cup_context_splits(folder: Path | None = None) -> dict[str, str]:
    """CUP context -> train / dev / test, from the derived context-disjoint split file."""
    path = (folder or data_dir()) / "cup" / "derived_cup_context_split_sha1.tsv"
    with open(path, encoding="utf-8", newline="") as f:
        return {r["context"]: r["split"] for r in csv.DictReader(f, delimiter="\t")}


def text_split(text: str) -> str:
    return TEST if _hash_mod10(normalised(text)) in (0, 1) else TRAIN


def id_split(key: object) -> str:
    return TEST if _hash_mod10(str(key)) in (0, 1) else TRAIN


@lru_cache(maxsize=1)
def held_out_keys() -> frozenset[str]:
    """Normalised texts no fit may read: dataset-provided test sets, and the texts of id-split
    test rows (HaHackathon, Davidson) and CUP test puns, which recur elsewhere under other ids."""
    keys = {normalised(x.text) for x in puneval("test") + nap() + punbreak()}
    with open(data_dir() / "pun_of_the_day" / "splits_weller2019" / "test.tsv", encoding="utf-8") as f:
        keys |= {normalised(r[1]) for r in list(csv.reader(f))[1:] if len(r) > 1}
    keys |= {normalised(x.text) for x in hahackathon_offense() + davidson() if x.split == TEST}
    keys |= {normalised(p.text) for p in cup_puns() if p.split == TEST}
    return frozenset(keys - {""})


def fittable(text: str, split: str) -> bool:
    """Train part, and the text is not held out through any other dataset."""
    return split == TRAIN and normalised(text) not in held_out_keys()


def detokenise(text: str) -> str:
    """SemEval's space-tokenised text ('isn ' t the only saving place !') read as written."""
    text = text.replace("``", '"').replace("''", '"')
    text = re.sub(r"\s+'\s+(t|s|re|ve|ll|d|m)\b", r"'\1", text)
    text = re.sub(r"\s+-\s+", "-", text)
    return _SPACE_BEFORE.sub(lambda m: m.group(1) or m.group(2), text).strip()


# -- offensive content --------------------------------------------------------------------------


@dataclass(frozen=True)
class OffenseItem:
    """A text with an offence label; ``score`` is the dataset's graded rating where it has one."""

    text: str
    source: str  # "hahackathon", "expunations", "davidson"
    split: str
    offensive: bool
    score: float


def hahackathon_rows() -> list[dict[str, str]]:
    with open(data_dir() / "hahackathon2021" / "hahackathon_train.csv", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def hahackathon_offense(threshold: float = 2.0) -> list[OffenseItem]:
    """HaHackathon train rows: offensive when the mean offence rating (0-5) is >= threshold."""
    return [
        OffenseItem(r["text"], "hahackathon", id_split(r["id"]), float(r["offense_rating"]) >= threshold, float(r["offense_rating"]))
        for r in hahackathon_rows()
    ]


@lru_cache(maxsize=1)
def expunations() -> tuple[dict, ...]:
    path = data_dir() / "expunations" / "derived_expunations_with_semeval_text.jsonl"
    with open(path, encoding="utf-8") as f:
        return tuple(json.loads(line) for line in f if line.strip())


def expunations_offense() -> list[OffenseItem]:
    """ExPUN items: offensive by majority of the five annotators; score = share who said so."""
    return [
        OffenseItem(
            detokenise(x["text"]), "expunations", text_split(x["text"]), bool(x["offensive_majority"]),
            x["n_offensive"] / max(1, x["n_annotators"]),
        )
        for x in expunations()
    ]


def davidson() -> list[OffenseItem]:
    """Davidson et al. 2017 tweets: hate (0) or offensive (1) vs neither (2)."""
    with open(data_dir() / "davidson2017_offensive" / "labeled_data.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [
        OffenseItem(_clean_tweet(r["tweet"]), "davidson", id_split(r[""]), r["class"] in ("0", "1"), 1.0 - int(r["neither"]) / max(1, int(r["count"])))
        for r in rows
    ]


_MENTION = re.compile(r"@\w+:?|https?://\S+|&amp;|&#\d+;|\bRT\b")


def _clean_tweet(text: str) -> str:
    return re.sub(r"\s+", " ", _MENTION.sub(" ", text)).strip(" !:")


# -- CUP ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CupPun:
    context: str
    pun_word: str
    alternative_word: str
    text: str  # the annotator's pun (user_pun)
    split: str  # by context: train / dev / test


def cup_puns() -> list[CupPun]:
    """CUP's human-written puns (rows with new_pun == yes), with the context-disjoint split."""
    folder = data_dir() / "cup"
    split = cup_context_splits()
    with open(folder / "context_situated_pun.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [
        CupPun(r["context"], r["pun_word"], r["alter_word"], r["user_pun"].strip(), split[r["context"]])
        for r in rows
        if r["new_pun"] == "yes" and r["user_pun"].strip() not in ("", "{}")
    ]


# -- humour and puns -------------------------------------------------------------------------------


@dataclass(frozen=True)
class HumorItem:
    """A text and whatever a dataset says about its humour; None where it says nothing."""

    text: str
    source: str
    split: str
    is_pun: int | None = None  # 1 pun / joke, 0 not
    funniness: float | None = None  # the dataset's own scale
    group: str = ""  # e.g. PunBreak substitution type, Kao pun type
    twin: str = ""  # PunBreak: the number shared by a pun and the twins made from it


def semeval() -> list[HumorItem]:
    folder = data_dir() / "semeval2017_task7"
    items = []
    for kind in ("homographic", "heterographic"):
        with open(folder / f"semeval2017_task7_{kind}_test.tsv", encoding="utf-8") as f:
            for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                text = detokenise(r["text"])
                items.append(HumorItem(text, "semeval", text_split(text), is_pun=int(r["label_is_pun"]), group=kind))
    return items


def expunations_humor() -> list[HumorItem]:
    """ExPUN: is-a-joke by majority, funniness_mean_all (0-5, 0 when a rater saw no joke)."""
    return [
        HumorItem(detokenise(x["text"]), "expunations", text_split(x["text"]), is_pun=int(x["joke_majority"]),
                  funniness=float(x["funniness_mean_all"]), group=x["pun_type"])
        for x in expunations()
    ]


def puneval(part: str) -> list[HumorItem]:
    """PunEval train / val / test; its test part is test as a whole."""
    with open(data_dir() / "puneval_zangari2025" / "puneval" / f"{part}.json", encoding="utf-8") as f:
        rows = json.load(f)
    items = []
    for r in rows:
        text = detokenise(r["text"])
        split = TEST if part == "test" else text_split(text)
        items.append(HumorItem(text, f"puneval_{part}", split, is_pun=int(r["label"]), group="het" if r["is_het"] else "hom" if r["is_het"] is False else ""))
    return items


def nap() -> list[HumorItem]:
    with open(data_dir() / "puneval_zangari2025" / "nap.json", encoding="utf-8") as f:
        return [HumorItem(r["text"], "nap", TEST, is_pun=int(r["label"])) for r in json.load(f)]


def punbreak() -> list[HumorItem]:
    """PunBreak: puns and their adversarial breaks; ``group`` is the substitution type."""
    with open(data_dir() / "puneval_zangari2025" / "pun_break.json", encoding="utf-8") as f:
        return [
            HumorItem(r["text"], "punbreak", TEST, is_pun=int(r["label"]), group=r["type"], twin=r["id"].rsplit("_", 1)[1])
            for r in json.load(f)
        ]


def pun_of_the_day() -> list[HumorItem]:
    """Pun of the Day: puns vs non-puns; Weller et al.'s test texts are test as a whole."""
    folder = data_dir() / "pun_of_the_day"
    with open(folder / "splits_weller2019" / "test.tsv", encoding="utf-8") as f:
        weller_test = {normalised(r[1]) for r in list(csv.reader(f))[1:] if len(r) > 1}
    with open(folder / "puns_pos_neg_data.csv", encoding="utf-8") as f:
        rows = list(csv.reader(f))[1:]
    items = []
    for label, text in rows:
        text = text.strip()
        split = TEST if normalised(text) in weller_test else text_split(text)
        items.append(HumorItem(text, "pun_of_the_day", split, is_pun=1 if label.strip() == "1" else 0))
    return items


def hahackathon_humor() -> list[HumorItem]:
    """HaHackathon: is_humor, and humor_rating (0-5) for the texts that are humour."""
    return [
        HumorItem(r["text"], "hahackathon", id_split(r["id"]), is_pun=int(r["is_humor"]),
                  funniness=float(r["humor_rating"]) if r["humor_rating"] else None)
        for r in hahackathon_rows()
    ]


def kao2016() -> list[HumorItem]:
    """Kao et al. 2016: 435 sentences (pun / non-pun), z-scored funniness; group = 'pun'/'nonpun'."""
    with open(data_dir() / "kao2016_puns" / "data-agg.csv", encoding="utf-8", errors="replace") as f:
        rows = list(csv.DictReader(f))
    items = []
    for r in rows:
        text = r["sentence"].replace("#", "").replace("\ufffd", "").strip()
        items.append(HumorItem(text, "kao2016", text_split(text), is_pun=int(r["sentenceType"] == "pun"),
                               funniness=float(r["funniness"]), group=r["sentenceType"]))
    return items


def kao2016_measures() -> dict[str, tuple[float, float]]:
    """Kao's own model measures per normalised sentence: (ambiguity, distinctiveness)."""
    with open(data_dir() / "kao2016_puns" / "data-agg.csv", encoding="utf-8", errors="replace") as f:
        rows = list(csv.DictReader(f))
    return {normalised(r["sentence"].replace("#", "")): (float(r["entropy"]), float(r["KL"])) for r in rows}


@dataclass(frozen=True)
class PunTwin:
    """He et al. 2019: a pun, its de-punned twin (pun word swapped back), and their mean ratings."""

    pun: str
    depun: str
    pun_score: float
    depun_score: float
    split: str  # by the pun's text


def he2019_twins() -> list[PunTwin]:
    path = data_dir() / "he2019_pungen" / "funniness_analysis_pun_scores.txt"
    by_key: dict[tuple[str, str], dict[str, tuple[str, float]]] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 4 or parts[2] not in ("pun", "depun"):
                continue
            text, pair, kind, score = parts
            words = pair.split("-")
            key = tuple(sorted(words))
            by_key.setdefault(key, {})[kind] = (detokenise(text), float(score))
    twins = []
    for entry in by_key.values():
        if "pun" in entry and "depun" in entry:
            (pun, ps), (depun, ds) = entry["pun"], entry["depun"]
            twins.append(PunTwin(pun, depun, ps, ds, text_split(pun)))
    return sorted(twins, key=lambda t: t.pun)

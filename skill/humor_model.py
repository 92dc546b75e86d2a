"""The learned funniness head: plain weights over the sentence vector, pun-theory features and words.

Three linear parts, each fitted at build time (``skill/build/fit_funniness.py``) on train parts:
a ridge regression on ExPUNations' mean funniness over [MiniLM vector, features, the encoder's
intermediate-layer states (``encoder.LAYER``), standardised] plus a fixed ``Expansion`` of them
(piecewise-linear bases of the count-like features, products of the top principal components),
a character-n-gram tf-idf ridge on the same target (some pun words and templates land better than others), and a
logistic pun detector over the same inputs fitted on SemEval, PunEval, Pun of the Day and
ExPUNations' is-a-joke votes (it knows a pun from its de-punned twin, which mean ratings of puns
alone barely teach). Their standardised sum is squashed to [0, 1] by a logistic calibration on
ExPUNations' is-a-joke votes, so a score reads as "chance listeners call this a joke".
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from skill.bag_of_words import BagOfWords
from skill.config import DATA_DIR
from skill.encoder import DIMENSION
from skill.log import logger

HEAD_FILE = DATA_DIR / "humor_head.npz"


@dataclass(frozen=True)
class HumorParts:
    funniness: float  # ridge prediction of ExPUNations' mean funniness (0-5 scale)
    words: float  # word-level ridge, same scale
    pun: float  # logit of the pun detector


def head_inputs(
    vectors: np.ndarray,
    features: np.ndarray,
    feature_mean: np.ndarray,
    feature_std: np.ndarray,
    feature_scale: float,
    layer_mean: np.ndarray | None = None,
    layer_std: np.ndarray | None = None,
    layer_scale: float = 0.0,
) -> np.ndarray:
    """[sentence vector, scaled standardised features, scaled standardised layer states when
    ``layer_mean`` is given]: one function for fitting and for request time, so they cannot drift."""
    vectors = np.atleast_2d(vectors)
    features = (np.atleast_2d(features) - feature_mean) / feature_std * feature_scale
    parts = [vectors[:, :DIMENSION].astype(np.float32), features.astype(np.float32)]
    if layer_mean is not None:
        layer = vectors[:, DIMENSION:]
        if layer.shape[1] != DIMENSION:
            raise ValueError("this head reads the encoder's layer states: embed with encode_with_layer")
        parts.append(((layer - layer_mean) / layer_std * layer_scale).astype(np.float32))
    return np.hstack(parts)


@dataclass(frozen=True)
class Expansion:
    """Extra inputs of the funniness ridge (not of the pun detector): hat-function bases of some
    standardised features at fixed knots (a piecewise-linear effect each, e.g. of text length),
    and the pairwise products of the head inputs' top principal components (a low-rank quadratic
    form); each block standardised on train items and scaled. A few hundred multiply-adds."""

    columns: tuple[int, ...]  # indices into FEATURE_NAMES
    knots: tuple[tuple[float, ...], ...]  # per column, increasing, on the standardised feature
    basis_mean: np.ndarray
    basis_std: np.ndarray
    basis_scale: float
    pca_mean: np.ndarray  # (n_inputs,)
    pca_components: np.ndarray  # (n_components, n_inputs), rows scaled to unit variance on train
    quad_mean: np.ndarray  # (n_components * (n_components + 1) / 2,)
    quad_std: np.ndarray
    quad_scale: float

    def raw(self, inputs: np.ndarray, standard_features: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Unstandardised (hat bases, component products); also what the fit standardises."""
        standard_features = np.atleast_2d(standard_features)
        bases = []
        for column, knots in zip(self.columns, self.knots):
            x, eye = standard_features[:, column], np.eye(len(knots))
            bases.extend(np.interp(x, knots, eye[i]) for i in range(len(knots)))
        z = (np.atleast_2d(inputs) - self.pca_mean) @ self.pca_components.T
        upper_i, upper_j = np.triu_indices(z.shape[1])
        return np.stack(bases, axis=1), z[:, upper_i] * z[:, upper_j]

    def __call__(self, inputs: np.ndarray, standard_features: np.ndarray) -> np.ndarray:
        basis, quad = self.raw(inputs, standard_features)
        return np.hstack([
            np.atleast_2d(inputs),
            ((basis - self.basis_mean) / self.basis_std * self.basis_scale).astype(np.float32),
            ((quad - self.quad_mean) / self.quad_std * self.quad_scale).astype(np.float32),
        ])

    def to_arrays(self, prefix: str) -> dict[str, np.ndarray]:
        return {
            f"{prefix}scalars": np.array([json.dumps({
                "columns": list(self.columns), "knots": [list(k) for k in self.knots],
                "basis_scale": self.basis_scale, "quad_scale": self.quad_scale,
            }, sort_keys=True)]),
            **{f"{prefix}{name}": getattr(self, name).astype(np.float32) for name in _EXPANSION_ARRAYS},
        }

    @classmethod
    def from_arrays(cls, arrays, prefix: str) -> "Expansion":
        s = json.loads(str(arrays[f"{prefix}scalars"][0]))
        return cls(
            columns=tuple(s["columns"]), knots=tuple(tuple(k) for k in s["knots"]),
            basis_scale=s["basis_scale"], quad_scale=s["quad_scale"],
            **{name: np.asarray(arrays[f"{prefix}{name}"], dtype=np.float32) for name in _EXPANSION_ARRAYS},
        )


_EXPANSION_ARRAYS = ("basis_mean", "basis_std", "pca_mean", "pca_components", "quad_mean", "quad_std")


@dataclass(frozen=True)
class HumorHead:
    """Weights, feature standardisation, mixing and calibration; see fit_funniness.py."""

    feature_names: tuple[str, ...]
    feature_mean: np.ndarray
    feature_std: np.ndarray
    feature_scale: float  # standardised features are multiplied by this before the linear parts
    funniness_weights: np.ndarray  # (384 + n_features [+ 384 layer states] [+ expansion],)
    funniness_bias: float
    words: BagOfWords
    pun_weights: np.ndarray  # same inputs as funniness_weights
    pun_bias: float
    part_mean: tuple[float, float, float]  # of (funniness, words, pun) on held-out train data
    part_std: tuple[float, float, float]
    mix: tuple[float, float, float]  # weights of the standardised parts
    calibration: tuple[float, float]  # probability = sigmoid(a * mixed + b)
    min_score: float  # engine floor: below this a candidate is never spoken when a better one exists
    pun_threshold: float  # score from which a text is called a pun (detection benchmarks)
    layer_mean: np.ndarray | None = None  # standardisation of the layer states; None: the head reads none
    layer_std: np.ndarray | None = None
    layer_scale: float = 0.0
    expansion: Expansion | None = None  # extra inputs of the funniness ridge; None: it reads ``inputs``
    meta: dict = field(default_factory=dict, compare=False)

    @property
    def reads_layer(self) -> bool:
        """Whether ``vectors`` must carry the layer states (``SentenceEncoder.encode_with_layer``)."""
        return self.layer_mean is not None

    def inputs(self, vectors: np.ndarray, features: np.ndarray) -> np.ndarray:
        """What the funniness ridge and the pun detector read (``head_inputs`` with this head's scaling)."""
        return head_inputs(
            vectors, features, self.feature_mean, self.feature_std, self.feature_scale,
            self.layer_mean, self.layer_std, self.layer_scale,
        )

    def funniness_inputs(self, X: np.ndarray, features: np.ndarray) -> np.ndarray:
        """What the funniness ridge reads: ``inputs`` and, when the head has one, its expansion."""
        if self.expansion is None:
            return X
        return self.expansion(X, (np.atleast_2d(features) - self.feature_mean) / self.feature_std)

    def parts(self, vectors: np.ndarray, features: np.ndarray, texts: list[str]) -> list[HumorParts]:
        X = self.inputs(vectors, features)
        funny = self.funniness_inputs(X, features) @ self.funniness_weights + self.funniness_bias
        pun = X @ self.pun_weights + self.pun_bias
        return [HumorParts(float(f), self.words.decision(t), float(p)) for f, t, p in zip(funny, texts, pun)]

    def mixed(self, parts: HumorParts) -> float:
        values = (parts.funniness, parts.words, parts.pun)
        return sum(w * (v - m) / s for w, v, m, s in zip(self.mix, values, self.part_mean, self.part_std))

    def scores(self, vectors: np.ndarray, features: np.ndarray, texts: list[str]) -> np.ndarray:
        """Calibrated scores in [0, 1], one per text."""
        a, b = self.calibration
        mixed = np.array([self.mixed(p) for p in self.parts(vectors, features, texts)])
        return 1.0 / (1.0 + np.exp(-(a * mixed + b)))

    def to_arrays(self) -> dict[str, np.ndarray]:
        scalars = {
            "feature_names": list(self.feature_names), "feature_scale": self.feature_scale,
            "funniness_bias": self.funniness_bias, "pun_bias": self.pun_bias, "part_mean": list(self.part_mean),
            "part_std": list(self.part_std), "mix": list(self.mix), "calibration": list(self.calibration),
            "min_score": self.min_score, "pun_threshold": self.pun_threshold, "layer_scale": self.layer_scale,
        }
        layer = {} if not self.reads_layer else {
            "layer_mean": self.layer_mean.astype(np.float32), "layer_std": self.layer_std.astype(np.float32)
        }
        expansion = {} if self.expansion is None else self.expansion.to_arrays("expansion_")
        return {
            **layer,
            **expansion,
            "feature_mean": self.feature_mean.astype(np.float32),
            "feature_std": self.feature_std.astype(np.float32),
            "funniness_weights": self.funniness_weights.astype(np.float32),
            "pun_weights": self.pun_weights.astype(np.float32),
            "scalars": np.array([json.dumps(scalars, sort_keys=True)]),
            "meta": np.array([json.dumps(self.meta, sort_keys=True)]),
            **self.words.to_arrays("words_"),
        }

    @classmethod
    def from_arrays(cls, arrays) -> "HumorHead":
        s = json.loads(str(arrays["scalars"][0]))
        return cls(
            feature_names=tuple(s["feature_names"]),
            feature_mean=np.asarray(arrays["feature_mean"], dtype=np.float32),
            feature_std=np.asarray(arrays["feature_std"], dtype=np.float32),
            feature_scale=s["feature_scale"],
            funniness_weights=np.asarray(arrays["funniness_weights"], dtype=np.float32),
            funniness_bias=s["funniness_bias"],
            words=BagOfWords.from_arrays(arrays, "words_"),
            pun_weights=np.asarray(arrays["pun_weights"], dtype=np.float32),
            pun_bias=s["pun_bias"],
            part_mean=tuple(s["part_mean"]),
            part_std=tuple(s["part_std"]),
            mix=tuple(s["mix"]),
            calibration=tuple(s["calibration"]),
            min_score=s["min_score"],
            pun_threshold=s["pun_threshold"],
            layer_mean=np.asarray(arrays["layer_mean"], dtype=np.float32) if "layer_mean" in arrays else None,
            layer_std=np.asarray(arrays["layer_std"], dtype=np.float32) if "layer_std" in arrays else None,
            layer_scale=float(s.get("layer_scale", 0.0)),
            expansion=Expansion.from_arrays(arrays, "expansion_") if "expansion_scalars" in arrays else None,
            meta=json.loads(str(arrays["meta"][0])),
        )

    @classmethod
    def load(cls, path: Path | str = HEAD_FILE) -> "HumorHead":
        with np.load(path, allow_pickle=False) as arrays:
            return cls.from_arrays(arrays)


@lru_cache(maxsize=1)
def default_head() -> HumorHead | None:
    """The committed head, or None when it is missing (the scorer falls back to its prior)."""
    if not HEAD_FILE.is_file():
        logger.warning("humor_head_missing", extra={"path": str(HEAD_FILE)})
        return None
    return HumorHead.load(HEAD_FILE)

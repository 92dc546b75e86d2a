"""Settings read once from the environment, so Lambda, the simulator and tests configure the same way."""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_ARTIFACTS_DIR = PACKAGE_DIR / "artifacts"
DATA_DIR = PACKAGE_DIR / "data"


def word_pairs(path: Path, *, missing_ok: bool = False) -> dict[str, str]:
    """A two-column table (a tab between, '#' starts a comment line): first word -> second. A file
    that cannot be read raises OSError, or with ``missing_ok`` is an empty table (the request path
    works without the optional ones)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        if missing_ok:
            return {}
        raise
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {row[0]: row[1] for row in rows if len(row) == 2}


def _flag(value: str | None, default: bool) -> bool:
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _number(value: str | None, default: float, minimum: float = 0.0) -> float:
    """A numeric setting; a typo falls back to the default rather than breaking the skill."""
    try:
        number = float(value) if value is not None and value.strip() else default
    except ValueError:
        return default
    return number if number >= minimum else default


@dataclass(frozen=True)
class Settings:
    """Everything an operator may configure; defaults give the offline embedded skill."""

    artifacts_dir: Path = DEFAULT_ARTIFACTS_DIR
    persistence: str = "sqlite"  # "sqlite" (simulator, local) or "dynamodb" (Lambda)
    table_name: str = "PunPalUsers"
    ratings_table_name: str = ""  # crowd votes (DynamoDB); empty = no crowd learning in Lambda
    sqlite_path: Path = Path.home() / ".cache" / "punpal" / "state.sqlite3"
    skill_id: str | None = None
    generator: str = "offline"
    kid_mode_default: bool = False
    log_level: str = "INFO"
    # The Alexa Settings API (the device's time zone, for the pun of the day): on where Alexa
    # calls the skill (Lambda); off in the simulator and tests, whose tokens are made up.
    device_settings: bool = False
    device_settings_timeout_s: float = 1.0
    # Generator backends (skill/backends.py). Model calls are budgeted per joke request so a slow
    # or failing backend still leaves time for the offline generator within Alexa's ~8 s.
    model_uri: str = ""  # transformers: a local directory, s3://bucket/prefix or s3://bucket/model.tar.gz
    model_cache_dir: Path = Path(tempfile.gettempdir()) / "punpal-model"  # S3 downloads, once per container
    model_candidates: int = 4  # samples per pun pair
    model_max_new_tokens: int = 40
    model_temperature: float = 0.9  # 0 = greedy decoding, one candidate
    model_time_limit_s: float = 1.5  # per generate call (transformers' max_time)
    bedrock_model_id: str = "amazon.nova-micro-v1:0"
    bedrock_region: str = ""  # empty: the Lambda's own region (AWS_REGION)
    bedrock_guardrail_id: str = ""  # empty: no guardrail
    bedrock_guardrail_version: str = "DRAFT"
    bedrock_connect_timeout_s: float = 0.5
    bedrock_read_timeout_s: float = 2.0
    bedrock_max_attempts: int = 1  # total attempts per call: the offline generator is the retry
    generator_budget_s: float = 4.0  # model wall time per joke request; then offline only
    generator_max_calls: int = 2  # model calls per joke request (the engine asks once per pun pair)
    generator_cooldown_s: float = 60.0  # after a timeout/throttle/outage, skip the model this long

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "Settings":
        env = os.environ if env is None else env
        return cls(
            artifacts_dir=Path(env.get("PUNPAL_ARTIFACTS_DIR") or DEFAULT_ARTIFACTS_DIR),
            persistence=(env.get("PUNPAL_PERSISTENCE") or "sqlite").strip().lower(),
            table_name=env.get("PUNPAL_TABLE_NAME") or "PunPalUsers",
            ratings_table_name=(env.get("PUNPAL_RATINGS_TABLE_NAME") or "").strip(),
            sqlite_path=Path(env.get("PUNPAL_SQLITE_PATH") or cls.sqlite_path),
            skill_id=(env.get("SKILL_ID") or "").strip() or None,
            generator=(env.get("PUNPAL_GENERATOR") or "offline").strip().lower(),
            kid_mode_default=_flag(env.get("PUNPAL_KID_MODE"), False),
            log_level=(env.get("LOG_LEVEL") or "INFO").upper(),
            device_settings=_flag(env.get("PUNPAL_DEVICE_SETTINGS"), False),
            device_settings_timeout_s=_number(env.get("PUNPAL_DEVICE_SETTINGS_TIMEOUT"), 1.0, 0.05),
            **_backend_settings(env),
        )


def _backend_settings(env: Mapping[str, str]) -> dict[str, object]:
    """The PUNPAL_MODEL_*, PUNPAL_BEDROCK_* and PUNPAL_GENERATOR_* variables."""
    d = Settings
    return {
        "model_uri": (env.get("PUNPAL_MODEL_URI") or "").strip(),
        "model_cache_dir": Path(env.get("PUNPAL_MODEL_CACHE_DIR") or d.model_cache_dir),
        "model_candidates": int(_number(env.get("PUNPAL_MODEL_CANDIDATES"), d.model_candidates, 1)),
        "model_max_new_tokens": int(_number(env.get("PUNPAL_MODEL_MAX_NEW_TOKENS"), d.model_max_new_tokens, 1)),
        "model_temperature": _number(env.get("PUNPAL_MODEL_TEMPERATURE"), d.model_temperature),
        "model_time_limit_s": _number(env.get("PUNPAL_MODEL_TIME_LIMIT"), d.model_time_limit_s, 0.05),
        "bedrock_model_id": (env.get("PUNPAL_BEDROCK_MODEL_ID") or d.bedrock_model_id).strip(),
        "bedrock_region": (env.get("PUNPAL_BEDROCK_REGION") or "").strip(),
        "bedrock_guardrail_id": (env.get("PUNPAL_BEDROCK_GUARDRAIL_ID") or "").strip(),
        "bedrock_guardrail_version": (env.get("PUNPAL_BEDROCK_GUARDRAIL_VERSION") or d.bedrock_guardrail_version).strip(),
        "bedrock_connect_timeout_s": _number(env.get("PUNPAL_BEDROCK_CONNECT_TIMEOUT"), d.bedrock_connect_timeout_s, 0.05),
        "bedrock_read_timeout_s": _number(env.get("PUNPAL_BEDROCK_READ_TIMEOUT"), d.bedrock_read_timeout_s, 0.05),
        "bedrock_max_attempts": int(_number(env.get("PUNPAL_BEDROCK_MAX_ATTEMPTS"), d.bedrock_max_attempts, 1)),
        "generator_budget_s": _number(env.get("PUNPAL_GENERATOR_BUDGET"), d.generator_budget_s),
        "generator_max_calls": int(_number(env.get("PUNPAL_GENERATOR_MAX_CALLS"), d.generator_max_calls)),
        "generator_cooldown_s": _number(env.get("PUNPAL_GENERATOR_COOLDOWN"), d.generator_cooldown_s),
    }

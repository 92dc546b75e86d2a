"""Settings read once from the environment, so Lambda, the simulator and tests configure the same way."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_ARTIFACTS_DIR = PACKAGE_DIR / "artifacts"
DATA_DIR = PACKAGE_DIR / "data"


def _flag(value: str | None, default: bool) -> bool:
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    """Everything an operator may configure; defaults give the offline embedded skill."""

    artifacts_dir: Path = DEFAULT_ARTIFACTS_DIR
    persistence: str = "sqlite"  # "sqlite" (simulator, local) or "dynamodb" (Lambda)
    table_name: str = "PunPalUsers"
    sqlite_path: Path = Path.home() / ".cache" / "punpal" / "state.sqlite3"
    skill_id: str | None = None
    generator: str = "offline"
    kid_mode_default: bool = False
    log_level: str = "INFO"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "Settings":
        env = os.environ if env is None else env
        return cls(
            artifacts_dir=Path(env.get("PUNPAL_ARTIFACTS_DIR") or DEFAULT_ARTIFACTS_DIR),
            persistence=(env.get("PUNPAL_PERSISTENCE") or "sqlite").strip().lower(),
            table_name=env.get("PUNPAL_TABLE_NAME") or "PunPalUsers",
            sqlite_path=Path(env.get("PUNPAL_SQLITE_PATH") or cls.sqlite_path),
            skill_id=(env.get("SKILL_ID") or "").strip() or None,
            generator=(env.get("PUNPAL_GENERATOR") or "offline").strip().lower(),
            kid_mode_default=_flag(env.get("PUNPAL_KID_MODE"), False),
            log_level=(env.get("LOG_LEVEL") or "INFO").upper(),
        )

"""Shared pytest fixtures. Append new fixtures below; do not rewrite existing ones."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session", autouse=True)
def punpal_test_env(tmp_path_factory: pytest.TempPathFactory):
    """Point the skill's persistence at a throwaway SQLite file for the whole test session.

    Session-scoped and autouse because the handler builds its skill (and persistence adapter)
    lazily on the first call and may cache it: the env must be set before any test calls it,
    and must not change afterwards. Tests never touch ~/.cache/punpal.
    """
    state_dir = tmp_path_factory.mktemp("punpal-state")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PUNPAL_PERSISTENCE", "sqlite")
        mp.setenv("PUNPAL_SQLITE_PATH", str(state_dir / "state.sqlite3"))
        yield state_dir


@pytest.fixture(scope="session", autouse=True)
def aws_test_env():
    """Fake credentials and a region for boto3/moto: no test may reach a real AWS account."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("AWS_DEFAULT_REGION", "us-east-1")
        mp.setenv("AWS_ACCESS_KEY_ID", "testing")
        mp.setenv("AWS_SECRET_ACCESS_KEY", "testing")
        mp.setenv("AWS_SESSION_TOKEN", "testing")
        yield


@pytest.fixture(scope="session")
def engine():
    """One offline engine for the whole run (loading the encoder and index is the slow part)."""
    from skill.config import Settings

    settings = Settings.from_env()
    if not (settings.artifacts_dir / "manifest.json").exists():
        pytest.skip(f"built artifacts missing in {settings.artifacts_dir}: run `make test`, which builds them first")
    from skill.engine import JokeEngine

    return JokeEngine.default(settings)


@pytest.fixture(scope="session")
def artifacts_dir():
    """The built artifacts (the Makefile builds them before pytest); skip cleanly when absent."""
    from skill.config import Settings

    path = Settings.from_env().artifacts_dir
    if not (path / "manifest.json").exists():
        pytest.skip(f"built artifacts missing in {path}: run `make artifacts` (or `make test`) first")
    return path


@pytest.fixture(scope="session")
def retriever(artifacts_dir):
    """One loaded Retriever (lexicon, index, ONNX encoder) shared by every test that needs one."""
    from skill.retrieval import Retriever

    return Retriever.load(artifacts_dir)

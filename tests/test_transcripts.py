"""Replays every tests/transcripts/*.yaml conversation against the real handler, one case per file."""
from __future__ import annotations

from pathlib import Path

import pytest

from skill.simulator import format_turn, load_transcript, replay_transcript

TRANSCRIPTS = sorted((Path(__file__).parent / "transcripts").glob("*.yaml"))


@pytest.fixture(scope="module")
def handler(punpal_test_env):
    entrypoint = pytest.importorskip("skill.entrypoint", reason="skill.entrypoint not importable yet")
    return entrypoint.lambda_handler


def test_transcripts_exist_and_parse():
    assert len(TRANSCRIPTS) >= 10
    for path in TRANSCRIPTS:
        _, turns = load_transcript(path)
        assert turns, path


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=[p.stem for p in TRANSCRIPTS])
def test_transcript(path, handler):
    results = replay_transcript(path, handler=handler)
    report = []
    for result in results:
        if not result.ok:
            report.append(f"turn {result.index}:\n{format_turn(result.turn)}")
            report.extend(f"  FAIL: {failure}" for failure in result.failures)
    assert not report, f"{path.name}\n" + "\n".join(report)

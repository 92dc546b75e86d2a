"""Crowd votes: the maths of when the crowd decides, and both stores (SQLite, DynamoDB via moto)."""
from __future__ import annotations

import boto3
import pytest
from moto import mock_aws

from skill.config import Settings
from skill.crowd import (
    MIN_PAIR_VOTES,
    Crowd,
    CrowdSnapshot,
    DynamoDBVotes,
    SQLiteVotes,
    build_crowd,
    funny_share,
)
from skill.user_state import PairVotes


def test_a_pair_is_rejected_only_when_enough_people_agree():
    few = CrowdSnapshot.from_counts({"pair:reel|real": (0, MIN_PAIR_VOTES - 1)})
    assert few.rejected_pairs() == frozenset() and few.pair_preferences() == {}
    many = CrowdSnapshot.from_counts({"pair:reel|real": (0, MIN_PAIR_VOTES)})
    assert many.rejected_pairs() == {"reel|real"}


def test_a_split_crowd_neither_rejects_nor_favours():
    split = CrowdSnapshot.from_counts({"pair:reel|real": (10, 10)})
    assert split.rejected_pairs() == frozenset() and split.pair_preferences()["reel|real"] == pytest.approx(0.0)


def test_liked_pairs_and_forms_get_a_bonus_disliked_forms_a_malus():
    snap = CrowdSnapshot.from_counts({"pair:knead|need": (9, 1), "form:riddle": (20, 2), "form:slogan": (2, 20)})
    assert snap.pair_preferences()["knead|need"] > 0
    forms = snap.form_preferences()
    assert forms["riddle"] > 0 > forms["slogan"]


def test_smoothed_share_is_never_certain():
    assert funny_share(PairVotes()) == 0.5
    assert 0 < funny_share(PairVotes(0, 3)) < funny_share(PairVotes(3, 0)) < 1


@pytest.fixture(params=["sqlite", "dynamodb"])
def store(request, tmp_path):
    """Each vote store, DynamoDB's in moto."""
    with mock_aws():
        if request.param == "sqlite":
            yield SQLiteVotes(tmp_path / "crowd.sqlite3")
            return
        resource = boto3.resource("dynamodb", region_name="us-east-1")
        resource.create_table(
            TableName="Ratings",
            KeySchema=[{"AttributeName": "key", "KeyType": "HASH"}],
            AttributeDefinitions=[{"AttributeName": "key", "AttributeType": "S"}],
            BillingMode="PAY_PER_REQUEST",
        )
        yield DynamoDBVotes("Ratings", resource)


def test_votes_are_counted_atomically_per_key(store):
    crowd = Crowd(store, refresh_seconds=0)
    for funny in (True, False, False):
        crowd.record("reel|real", "riddle", funny)
    snap = crowd.snapshot()
    assert snap.pairs["reel|real"] == PairVotes(1, 2)
    assert snap.forms["riddle"] == PairVotes(1, 2)


class FlakyStore:
    def __init__(self) -> None:
        self.fail = False
        self.reads = 0
        self.rows = {"pair:reel|real": (0, 9)}

    def add(self, key: str, funny: bool) -> None:
        if self.fail:
            raise ConnectionError("table unreachable")

    def counts(self):
        self.reads += 1
        if self.fail:
            raise ConnectionError("table unreachable")
        return dict(self.rows)


def test_snapshot_is_cached_and_a_failed_refresh_keeps_the_last_good_one(caplog):
    now = [0.0]
    store = FlakyStore()
    crowd = Crowd(store, refresh_seconds=60, clock=lambda: now[0])
    assert crowd.snapshot().rejected_pairs() == {"reel|real"}
    crowd.snapshot()
    assert store.reads == 1  # cached within the interval
    store.fail, now[0] = True, 61.0
    assert crowd.snapshot().rejected_pairs() == {"reel|real"}
    crowd.record("reel|real", "riddle", False)  # must not raise
    assert "crowd_read_failed" in caplog.text and "crowd_vote_failed" in caplog.text


def test_no_store_means_no_crowd_opinion():
    assert Crowd(None).snapshot() == CrowdSnapshot()
    assert build_crowd(Settings(persistence="dynamodb", ratings_table_name="")).store is None


def test_local_crowd_lives_beside_the_local_user_store(tmp_path):
    crowd = build_crowd(Settings(sqlite_path=tmp_path / "state.sqlite3"))
    crowd.record("reel|real", "riddle", True)
    assert (tmp_path / "state-crowd.sqlite3").is_file()


def test_a_changed_mind_moves_the_vote_and_a_repeat_adds_none(store):
    crowd = Crowd(store, refresh_seconds=0)
    crowd.record("reel|real", "riddle", False)
    crowd.record("reel|real", "riddle", False, previous=False)  # said again
    crowd.record("reel|real", "riddle", True, previous=False)  # on second thought
    snap = crowd.snapshot()
    assert snap.pairs["reel|real"] == PairVotes(1, 0) and snap.forms["riddle"] == PairVotes(1, 0)

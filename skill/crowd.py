"""What everyone thinks: "funny / not funny" votes aggregated over all users, per pair and per form.

One user's "not funny" only steers that user's jokes (see `user_state`); when enough people agree, a
pair stops being told to anyone and the forms people like rise for everyone. Votes are atomic
counters (DynamoDB `ADD`, SQLite upsert), so concurrent Lambda containers never lose one. Reading is
a snapshot cached per container for a few minutes: the table holds at most one item per rated pair
and form, and no request waits on it more than once per refresh. A store that fails is logged and
skipped: the user still hears their joke.
"""
from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping, Protocol

from skill.config import Settings
from skill.log import logger
from skill.persistence import open_sqlite
from skill.user_state import PairVotes

PAIR_PREFIX = "pair:"
FORM_PREFIX = "form:"

MIN_PAIR_VOTES = 5  # below this, one grumpy user would decide for everyone
MIN_FORM_VOTES = 10
REJECT_BELOW = 0.25  # smoothed funny share under which a pair is never told again
PAIR_WEIGHT = 0.2  # bonus range +-0.1 at the extremes: a nudge beside retrieval fit and funniness
FORM_WEIGHT = 0.1
REFRESH_SECONDS = 300.0


def funny_share(votes: PairVotes) -> float:
    """Laplace-smoothed share of 'funny' votes: 0.5 with no votes, never exactly 0 or 1."""
    return (votes.funny + 1) / (votes.funny + votes.not_funny + 2)


@dataclass(frozen=True)
class CrowdSnapshot:
    """All aggregated votes at one moment; the engine's inputs are derived from it."""

    pairs: Mapping[str, PairVotes] = field(default_factory=dict)
    forms: Mapping[str, PairVotes] = field(default_factory=dict)

    def rejected_pairs(self) -> frozenset[str]:
        return frozenset(
            key
            for key, votes in self.pairs.items()
            if votes.funny + votes.not_funny >= MIN_PAIR_VOTES and funny_share(votes) < REJECT_BELOW
        )

    def pair_preferences(self) -> dict[str, float]:
        return {
            key: PAIR_WEIGHT * (funny_share(votes) - 0.5)
            for key, votes in self.pairs.items()
            if votes.funny + votes.not_funny >= MIN_PAIR_VOTES
        }

    def form_preferences(self) -> dict[str, float]:
        return {
            form: FORM_WEIGHT * (funny_share(votes) - 0.5)
            for form, votes in self.forms.items()
            if votes.funny + votes.not_funny >= MIN_FORM_VOTES
        }

    @classmethod
    def from_counts(cls, rows: Mapping[str, tuple[int, int]]) -> "CrowdSnapshot":
        pairs: dict[str, PairVotes] = {}
        forms: dict[str, PairVotes] = {}
        for key, (funny, not_funny) in rows.items():
            votes = PairVotes(max(0, int(funny)), max(0, int(not_funny)))
            if key.startswith(PAIR_PREFIX):
                pairs[key[len(PAIR_PREFIX):]] = votes
            elif key.startswith(FORM_PREFIX):
                forms[key[len(FORM_PREFIX):]] = votes
        return cls(pairs, forms)


class VoteStore(Protocol):
    """Where aggregated votes live: atomic increments and a full read."""

    def add(self, key: str, funny: bool, amount: int = 1) -> None: ...

    def counts(self) -> dict[str, tuple[int, int]]: ...


class Crowd:
    """Records votes and serves a cached snapshot; never raises into a request."""

    def __init__(self, store: VoteStore | None, refresh_seconds: float = REFRESH_SECONDS, clock: Callable[[], float] = time.monotonic) -> None:
        self.store = store
        self.refresh_seconds = refresh_seconds
        self._clock = clock
        self._snapshot = CrowdSnapshot()
        self._loaded_at: float | None = None
        self._lock = threading.Lock()

    def record(self, pair_key: str, form: str, funny: bool, previous: bool | None = None) -> None:
        """One vote per listener per joke: ``previous`` is the listener's earlier verdict on this
        joke. Said again, nothing is added (five "not funny"s from one listener would have
        rejected a pair for everyone); a changed mind moves the vote."""
        if self.store is None or previous == funny:
            return
        keys = [PAIR_PREFIX + pair_key] + ([FORM_PREFIX + form] if form else [])
        try:
            for key in keys:
                if previous is not None:
                    self.store.add(key, previous, -1)
                self.store.add(key, funny)
        except Exception as error:
            logger.error("crowd_vote_failed", extra={"error": type(error).__name__, "detail": str(error)[:300]})

    def snapshot(self) -> CrowdSnapshot:
        """The cached snapshot, refreshed when stale; on a failed refresh the last good one is kept."""
        if self.store is None:
            return self._snapshot
        now = self._clock()
        with self._lock:
            if self._loaded_at is not None and now - self._loaded_at < self.refresh_seconds:
                return self._snapshot
            self._loaded_at = now  # also after a failure: retry after the interval, not every request
            try:
                self._snapshot = CrowdSnapshot.from_counts(self.store.counts())
            except Exception as error:
                logger.error("crowd_read_failed", extra={"error": type(error).__name__, "detail": str(error)[:300]})
            return self._snapshot


class DynamoDBVotes:
    """One item per pair/form: {key, funny, not_funny}, incremented with UpdateItem ADD."""

    def __init__(self, table_name: str, dynamodb_resource: Any = None) -> None:
        if dynamodb_resource is None:
            from skill.persistence import bounded_dynamodb

            dynamodb_resource = bounded_dynamodb()
        self.table = dynamodb_resource.Table(table_name)

    def add(self, key: str, funny: bool, amount: int = 1) -> None:
        self.table.update_item(
            Key={"key": key},
            UpdateExpression="ADD #c :n",
            ExpressionAttributeNames={"#c": "funny" if funny else "not_funny"},
            ExpressionAttributeValues={":n": amount},
        )

    def counts(self) -> dict[str, tuple[int, int]]:
        rows: dict[str, tuple[int, int]] = {}
        kwargs: dict[str, Any] = {"ProjectionExpression": "#k, funny, not_funny", "ExpressionAttributeNames": {"#k": "key"}}
        while True:
            page = self.table.scan(**kwargs)
            for item in page.get("Items", []):
                rows[str(item["key"])] = (int(item.get("funny", 0)), int(item.get("not_funny", 0)))
            if "LastEvaluatedKey" not in page:
                return rows
            kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]


class SQLiteVotes:
    """The same counters in a local SQLite file (simulator, local runs)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None

    def _db(self) -> sqlite3.Connection:
        if self._connection is None:
            self._connection = open_sqlite(
                self.path,
                "CREATE TABLE IF NOT EXISTS crowd_votes (key TEXT PRIMARY KEY, funny INTEGER NOT NULL DEFAULT 0, "
                "not_funny INTEGER NOT NULL DEFAULT 0)",
            )
        return self._connection

    def add(self, key: str, funny: bool, amount: int = 1) -> None:
        column = "funny" if funny else "not_funny"
        with self._lock:
            db = self._db()
            db.execute(
                f"INSERT INTO crowd_votes (key, {column}) VALUES (?, ?) "
                f"ON CONFLICT(key) DO UPDATE SET {column} = {column} + excluded.{column}",
                (key, amount),
            )
            db.commit()

    def counts(self) -> dict[str, tuple[int, int]]:
        with self._lock:
            rows = self._db().execute("SELECT key, funny, not_funny FROM crowd_votes").fetchall()
        return {str(key): (int(funny), int(not_funny)) for key, funny, not_funny in rows}


def build_crowd(settings: Settings, dynamodb_resource: Any = None) -> Crowd:
    """The vote store beside the user store: DynamoDB in Lambda, SQLite locally, none if unset."""
    if settings.persistence == "dynamodb":
        if not settings.ratings_table_name:
            return Crowd(None)
        return Crowd(DynamoDBVotes(settings.ratings_table_name, dynamodb_resource))
    path = settings.sqlite_path
    return Crowd(SQLiteVotes(path if str(path) == ":memory:" else path.with_name(path.stem + "-crowd.sqlite3")))

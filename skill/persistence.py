"""Where user state lives: DynamoDB in Lambda, SQLite for the simulator and local runs.

Both implement the ASK SDK's `AbstractPersistenceAdapter`, so handlers only ever see
`attributes_manager.persistent_attributes`. Adapters are built once per container.
"""
from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path
from typing import Any

from ask_sdk_core.attributes_manager import AbstractPersistenceAdapter
from ask_sdk_core.exceptions import PersistenceException
from ask_sdk_model import RequestEnvelope

from skill.config import Settings


def open_sqlite(path: Path, schema: str) -> sqlite3.Connection:
    """A local store shared by threads; WAL + NORMAL: durable across process crashes, without an
    fsync per turn."""
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(str(path), check_same_thread=False, timeout=5)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute(schema)
    connection.commit()
    return connection


def user_key(request_envelope: RequestEnvelope) -> str:
    """The user id, the same partition key ask-sdk's DynamoDB adapter uses by default."""
    try:
        user_id = request_envelope.context.system.user.user_id
    except AttributeError as error:
        raise PersistenceException("Request envelope has no user id") from error
    if not user_id:
        raise PersistenceException("Request envelope has no user id")
    return str(user_id)


class SQLiteAdapter(AbstractPersistenceAdapter):
    """A single-file store for running the skill offline; one row of JSON per user."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None

    def _db(self) -> sqlite3.Connection:
        if self._connection is None:
            try:
                connection = open_sqlite(
                    self.path, "CREATE TABLE IF NOT EXISTS user_attributes (id TEXT PRIMARY KEY, attributes TEXT NOT NULL)"
                )
            except (OSError, sqlite3.Error) as error:
                raise PersistenceException(f"Cannot open local store {self.path}: {error}") from error
            self._connection = connection
        return self._connection

    def get_attributes(self, request_envelope: RequestEnvelope) -> dict[str, Any]:
        key = user_key(request_envelope)
        with self._lock:
            try:
                row = self._db().execute("SELECT attributes FROM user_attributes WHERE id = ?", (key,)).fetchone()
            except sqlite3.Error as error:
                raise PersistenceException(f"Cannot read local store: {error}") from error
        if row is None:
            return {}
        try:
            value = json.loads(row[0])
        except ValueError as error:
            raise PersistenceException("Stored attributes are not valid JSON") from error
        return value if isinstance(value, dict) else {}

    def save_attributes(self, request_envelope: RequestEnvelope, attributes: dict[str, Any]) -> None:
        key = user_key(request_envelope)
        payload = json.dumps(attributes, sort_keys=True, default=str)
        with self._lock:
            try:
                db = self._db()
                db.execute(
                    "INSERT INTO user_attributes (id, attributes) VALUES (?, ?) "
                    "ON CONFLICT(id) DO UPDATE SET attributes = excluded.attributes",
                    (key, payload),
                )
                db.commit()
            except sqlite3.Error as error:
                raise PersistenceException(f"Cannot write local store: {error}") from error

    def delete_attributes(self, request_envelope: RequestEnvelope) -> None:
        key = user_key(request_envelope)
        with self._lock:
            try:
                db = self._db()
                db.execute("DELETE FROM user_attributes WHERE id = ?", (key,))
                db.commit()
            except sqlite3.Error as error:
                raise PersistenceException(f"Cannot delete from local store: {error}") from error


class UnavailableAdapter(AbstractPersistenceAdapter):
    """Stands in for a store that could not be set up (no region, an unknown kind): every call
    fails as a store that is down does, so jokes are still told and nothing is promised kept."""

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def get_attributes(self, request_envelope: RequestEnvelope) -> dict[str, Any]:
        raise PersistenceException(f"No user store: {self.reason}")

    def save_attributes(self, request_envelope: RequestEnvelope, attributes: dict[str, Any]) -> None:
        raise PersistenceException(f"No user store: {self.reason}")

    def delete_attributes(self, request_envelope: RequestEnvelope) -> None:
        raise PersistenceException(f"No user store: {self.reason}")


#: DynamoDB waits: botocore's defaults (60 s to read, retried) outlast the Lambda's 7 s, so a hung
#: endpoint left the listener with Alexa's own error and no log line. A request makes up to three
#: calls (load, save, a vote); each gives up within 2 x (0.5 + 1.0) s.
DYNAMODB_CONNECT_TIMEOUT_S = 0.5
DYNAMODB_READ_TIMEOUT_S = 1.0
DYNAMODB_MAX_ATTEMPTS = 2


def bounded_dynamodb() -> Any:
    """A DynamoDB resource whose worst case fits the request's budget."""
    import boto3
    from botocore.config import Config

    config = Config(
        connect_timeout=DYNAMODB_CONNECT_TIMEOUT_S,
        read_timeout=DYNAMODB_READ_TIMEOUT_S,
        retries={"total_max_attempts": DYNAMODB_MAX_ATTEMPTS, "mode": "standard"},
        user_agent_extra="pun-pal",
    )
    return boto3.resource("dynamodb", config=config)


def build_adapter(settings: Settings, dynamodb_resource: Any = None) -> AbstractPersistenceAdapter:
    """The adapter the settings ask for. DynamoDB tables are created by SAM, never at request time."""
    if settings.persistence == "dynamodb":
        from ask_sdk_dynamodb.adapter import DynamoDbAdapter

        return DynamoDbAdapter(
            table_name=settings.table_name,
            partition_key_name="id",
            attribute_name="attributes",
            create_table=False,
            dynamodb_resource=dynamodb_resource or bounded_dynamodb(),
        )
    if settings.persistence == "sqlite":
        return SQLiteAdapter(settings.sqlite_path)
    raise ValueError(f"Unknown PUNPAL_PERSISTENCE {settings.persistence!r}: use 'dynamodb' or 'sqlite'")

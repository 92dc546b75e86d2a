"""Both stores behind the SDK's adapter interface: SQLite locally, DynamoDB (moto) in Lambda."""
import json

import boto3
import pytest
from ask_sdk_core.exceptions import PersistenceException
from ask_sdk_core.serialize import DefaultSerializer
from moto import mock_aws

from skill.config import Settings
from skill.envelopes import envelope, launch_request
from skill.persistence import SQLiteAdapter, build_adapter


def request_for(user_id: str):
    raw = envelope(launch_request("en-US"), session_id="s1", new=True, attributes={}, user_id=user_id, device_id="d1")
    return DefaultSerializer().deserialize(json.dumps(raw), "ask_sdk_model.RequestEnvelope")


def test_sqlite_round_trip_per_user(tmp_path):
    adapter = SQLiteAdapter(tmp_path / "nested" / "state.sqlite3")
    alice, bob = request_for("alice"), request_for("bob")
    assert adapter.get_attributes(alice) == {}
    adapter.save_attributes(alice, {"told": ["abc"], "jokes_heard": 1})
    adapter.save_attributes(alice, {"told": ["abc", "def"], "jokes_heard": 2})
    assert adapter.get_attributes(alice)["told"] == ["abc", "def"]
    assert adapter.get_attributes(bob) == {}
    # A second adapter (a new process) sees the same data.
    assert SQLiteAdapter(tmp_path / "nested" / "state.sqlite3").get_attributes(alice)["jokes_heard"] == 2
    adapter.delete_attributes(alice)
    assert adapter.get_attributes(alice) == {}


def test_sqlite_failure_is_a_persistence_exception(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(PersistenceException):
        SQLiteAdapter(blocker / "state.sqlite3").get_attributes(request_for("alice"))


@mock_aws
def test_dynamodb_adapter_uses_the_existing_table():
    resource = boto3.resource("dynamodb", region_name="us-east-1")
    resource.create_table(
        TableName="PunPalUsers",
        KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
        BillingMode="PAY_PER_REQUEST",
    )
    adapter = build_adapter(Settings(persistence="dynamodb", table_name="PunPalUsers"), dynamodb_resource=resource)
    alice = request_for("alice")
    adapter.save_attributes(alice, {"told": ["abc"], "jokes_heard": 1})
    stored = adapter.get_attributes(alice)
    assert stored["told"] == ["abc"] and int(stored["jokes_heard"]) == 1
    item = resource.Table("PunPalUsers").get_item(Key={"id": "alice"})["Item"]
    assert item["attributes"]["told"] == ["abc"]


@mock_aws
def test_dynamodb_adapter_never_creates_tables():
    resource = boto3.resource("dynamodb", region_name="us-east-1")
    adapter = build_adapter(Settings(persistence="dynamodb", table_name="Missing"), dynamodb_resource=resource)
    with pytest.raises(PersistenceException):
        adapter.get_attributes(request_for("alice"))
    assert list(resource.tables.all()) == []


def test_unknown_store_is_an_explicit_error():
    with pytest.raises(ValueError, match="PUNPAL_PERSISTENCE"):
        build_adapter(Settings(persistence="redis"))


def test_dynamodb_gives_up_within_the_requests_budget(monkeypatch):
    """botocore's defaults wait 60 s to read and retry: a hung endpoint outlasted the Lambda's 7 s,
    and the listener heard Alexa's own error, with no log line of ours."""
    from skill.persistence import DYNAMODB_CONNECT_TIMEOUT_S, DYNAMODB_MAX_ATTEMPTS, DYNAMODB_READ_TIMEOUT_S

    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    adapter = build_adapter(Settings(persistence="dynamodb", table_name="PunPalUsers"))
    config = adapter.dynamodb.meta.client.meta.config
    assert (config.connect_timeout, config.read_timeout) == (DYNAMODB_CONNECT_TIMEOUT_S, DYNAMODB_READ_TIMEOUT_S)
    assert config.retries["total_max_attempts"] == DYNAMODB_MAX_ATTEMPTS
    assert 3 * DYNAMODB_MAX_ATTEMPTS * (DYNAMODB_CONNECT_TIMEOUT_S + DYNAMODB_READ_TIMEOUT_S) < 7 + 3  # load, save, vote


def test_a_store_that_cannot_be_set_up_still_tells_jokes(monkeypatch, tmp_path):
    """PUNPAL_PERSISTENCE=dynamodb with no region, or an unknown kind: every request, a launch too,
    was "Sorry, I couldn't understand that request." and the session ended."""
    from skill import entrypoint
    from skill.envelopes import Session

    for kind, env in (("redis", {}), ("dynamodb", {"AWS_DEFAULT_REGION": "", "AWS_REGION": ""})):
        monkeypatch.setenv("PUNPAL_PERSISTENCE", kind)
        for name, value in env.items():
            monkeypatch.delenv(name, raising=False)
        entrypoint.reset()
        try:
            session = Session(locale="en-US")
            response = entrypoint.lambda_handler(session.intent("TellJokeIntent", {"topic": {"name": "topic", "value": "fishing"}}), None)
        finally:
            entrypoint.reset()
        text = response["response"]["outputSpeech"]["ssml"]
        assert "couldn't understand" not in text and response["response"].get("shouldEndSession") is not True, (kind, text)

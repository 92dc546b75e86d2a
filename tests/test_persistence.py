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

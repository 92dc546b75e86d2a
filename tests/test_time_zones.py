"""The listener's time zone: the Alexa Settings API's answer, the locale's zone, and the API client."""
from __future__ import annotations

from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
import requests
from ask_sdk_model.services import ApiClientRequest

from skill import time_zones
from skill.config import Settings


def test_every_locale_zone_exists_and_a_bad_name_is_no_zone():
    for locale, name in time_zones.LOCALE_ZONES.items():
        assert time_zones.zone_named(name) == ZoneInfo(name), locale
    for bad in (None, "", "  ", "Mars/Olympus_Mons", "../../etc/passwd", "/etc/localtime", 5, {"zone": "UTC"}):
        assert time_zones.zone_named(bad) is None, bad
    assert time_zones.zone_named(" Europe/London ") == ZoneInfo("Europe/London")


def test_alexa_apis_are_asked_only_where_alexa_calls_the_skill():
    assert time_zones.api_client(Settings()) is None  # simulator and tests: made-up tokens
    assert Settings.from_env({"PUNPAL_DEVICE_SETTINGS": "true"}).device_settings
    client = time_zones.api_client(Settings.from_env({"PUNPAL_DEVICE_SETTINGS": "true", "PUNPAL_DEVICE_SETTINGS_TIMEOUT": "0.4"}))
    assert isinstance(client, time_zones.TimedApiClient) and client.timeout_s == 0.4
    assert Settings.from_env({"PUNPAL_DEVICE_SETTINGS_TIMEOUT": "soon"}).device_settings_timeout_s == 1.0


def test_the_api_client_never_waits_without_a_timeout(monkeypatch: pytest.MonkeyPatch):
    """The SDK's client calls `requests` with no timeout: a hanging API held the reply until Lambda's."""
    seen = {}

    def fake_get(**kwargs):
        seen.update(kwargs)
        return SimpleNamespace(headers={"Content-Type": "application/json"}, status_code=200, text='"Australia/Perth"')

    monkeypatch.setattr(requests, "get", fake_get)
    url = "https://api.amazonalexa.com/v2/devices/device-1/settings/System.timeZone"
    request = ApiClientRequest(url=url, method="GET", headers=[("Authorization", "Bearer token")])
    response = time_zones.TimedApiClient(0.7).invoke(request)
    assert seen["timeout"] == 0.7 and seen["url"] == url and seen["headers"] == {"Authorization": "Bearer token"}
    assert response.status_code == 200 and response.body == '"Australia/Perth"'

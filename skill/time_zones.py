"""Where the listener's day is: the device's own time zone from the Alexa Settings API, else the
zone where most of the locale's listeners live.

Alexa stamps requests in UTC, so "today" needs a zone. The device's zone is set in the Alexa app
and is read without any permission (`GET /v2/devices/{deviceId}/settings/System.timeZone`). It is
asked at most once a session, with a short timeout: a slow or failing API costs the listener a
second at most and gives the locale's zone, never an error.
"""
from __future__ import annotations

import functools
from datetime import tzinfo
from typing import Any, Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model.services import ApiClient, ApiClientRequest, ApiClientResponse

from skill import turns
from skill.config import Settings
from skill.log import logger

#: The zone where most of a locale's listeners live, for a device whose zone is unknown.
LOCALE_ZONES = {
    "en-US": "America/New_York",
    "en-CA": "America/Toronto",
    "en-GB": "Europe/London",
    "en-IN": "Asia/Kolkata",
    "en-AU": "Australia/Sydney",
}
UTC = ZoneInfo("UTC")
#: In sessionAttributes: the device's zone name once asked ("" when the API gave none).
SESSION_KEY = "time_zone"


class TimedApiClient(ApiClient):
    """The SDK's `requests` client with a timeout: the default has none, so a hanging Alexa API
    would hold the reply until Lambda's own timeout. `requests` is imported on the first call
    (~75 ms), not at cold start."""

    def __init__(self, timeout_s: float) -> None:
        self.timeout_s = timeout_s

    def invoke(self, request: ApiClientRequest) -> ApiClientResponse:
        return _requests_client(self.timeout_s).invoke(request)


@functools.lru_cache(maxsize=4)
def _requests_client(timeout_s: float) -> ApiClient:
    from ask_sdk_core.api_client import DefaultApiClient

    class _Timed(DefaultApiClient):
        def _resolve_method(self, request: ApiClientRequest) -> Callable[..., Any]:
            return functools.partial(super()._resolve_method(request), timeout=timeout_s)

    return _Timed()


def api_client(settings: Settings) -> ApiClient | None:
    """The Alexa API client a deployed skill uses; None where there is no Alexa to ask (the
    simulator and tests send made-up tokens)."""
    return TimedApiClient(settings.device_settings_timeout_s) if settings.device_settings else None


def zone_named(name: object) -> tzinfo | None:
    """The IANA zone called `name` ('America/Los_Angeles'), or None for anything else."""
    if not isinstance(name, str) or not name.strip():
        return None
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        return None


def listener_zone(handler_input: HandlerInput) -> tzinfo:
    """The device's zone when Alexa says it, else the locale's, else UTC."""
    zone = zone_named(_device_zone_name(handler_input))
    if zone is not None:
        return zone
    locale = getattr(handler_input.request_envelope.request, "locale", None)
    return zone_named(LOCALE_ZONES.get(locale, "")) if isinstance(locale, str) and locale in LOCALE_ZONES else UTC


def _device_zone_name(handler_input: HandlerInput) -> str:
    """The zone the Settings API gives for this device, asked once a session."""
    session = turns.session(handler_input)
    if isinstance(session.get(SESSION_KEY), str):
        return session[SESSION_KEY]
    device = getattr(getattr(handler_input.request_envelope.context, "system", None), "device", None)
    device_id = getattr(device, "device_id", None)
    try:
        # the factory itself raises ValueError where the skill has no API client (simulator, tests)
        factory = handler_input.service_client_factory
    except ValueError:
        return ""
    if factory is None or not device_id:
        return ""
    try:
        name = factory.get_ups_service().get_system_time_zone(device_id)
    except Exception as error:  # the SDK raises ServiceException, ApiClientException or ValueError
        logger.warning("time_zone_unavailable", extra={"error": type(error).__name__, "detail": str(error)[:200]})
        name = ""
    if name and zone_named(name) is None:
        logger.warning("time_zone_unknown", extra={"zone": str(name)[:100]})
        name = ""
    name = name if isinstance(name, str) else ""
    session[SESSION_KEY] = name
    return name

"""The pun of the day: one joke a day, the same for every listener of a locale who asks ("what's
the joke of the day?"), so it can be shared. The day is the request's own time (as Alexa stamps
it, in UTC) where most of the locale's listeners live; the topic and the engine's random draws
follow from the date alone."""
from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta, timezone

from skill.engine import EVERYDAY_TOPICS

#: The hours from UTC where most of a locale's listeners live (standard time; the device's own
#: time zone needs the Alexa settings API and a permission). A US evening in UTC is already
#: tomorrow: "the pun of the day" changed at 7 pm in New York.
LOCALE_UTC_HOURS = {"en-US": -5.0, "en-CA": -5.0, "en-GB": 0.0, "en-IN": 5.5, "en-AU": 10.0}


def day_of(timestamp: object, locale: object = None) -> date:
    """The locale's date at an Alexa request timestamp (the SDK's datetime, or
    '2026-12-04T21:20:00Z' as sent); now, when it has none. UTC for a locale not listed."""
    moment = None
    if isinstance(timestamp, datetime):
        moment = timestamp if timestamp.tzinfo else timestamp.replace(tzinfo=timezone.utc)
    elif isinstance(timestamp, str):
        try:
            moment = datetime.fromisoformat(timestamp.replace("Z", "+00:00"))
        except ValueError:
            moment = None
        if moment is not None and moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
    moment = moment or datetime.now(timezone.utc)
    hours = LOCALE_UTC_HOURS.get(locale, 0.0) if isinstance(locale, str) else 0.0
    return (moment.astimezone(timezone.utc) + timedelta(hours=hours)).date()


def topic_for(day: date) -> str:
    """The day's topic: one of the everyday topics, by a hash of the date (not the weekday, so
    consecutive days differ and the cycle is not the calendar's)."""
    digest = hashlib.sha1(f"topic:{day.isoformat()}".encode()).digest()
    return EVERYDAY_TOPICS[int.from_bytes(digest[:4], "big") % len(EVERYDAY_TOPICS)]


def seed_for(day: date) -> str:
    """The seed of the engine's random draws for the day's joke."""
    return f"pun-of-the-day:{day.isoformat()}"

"""The pun of the day: one joke a day, the same for every listener who asks ("what's the joke of
the day?") on that date, so it can be shared. The day is the request's own time (as Alexa stamps
it, in UTC) in the listener's time zone (`skill.time_zones`); the topic and the engine's random
draws follow from the date alone."""
from __future__ import annotations

import hashlib
from datetime import date, datetime, timezone, tzinfo

from skill.engine import EVERYDAY_TOPICS


def day_of(timestamp: object, zone: tzinfo = timezone.utc) -> date:
    """The date in `zone` at an Alexa request timestamp (the SDK's datetime, or
    '2026-12-04T21:20:00Z' as sent); now, when it has none."""
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
    return moment.astimezone(zone).date()


def topic_for(day: date) -> str:
    """The day's topic: one of the everyday topics, by a hash of the date (not the weekday, so
    consecutive days differ and the cycle is not the calendar's)."""
    digest = hashlib.sha1(f"topic:{day.isoformat()}".encode()).digest()
    return EVERYDAY_TOPICS[int.from_bytes(digest[:4], "big") % len(EVERYDAY_TOPICS)]


def seed_for(day: date) -> str:
    """The seed of the engine's random draws for the day's joke."""
    return f"pun-of-the-day:{day.isoformat()}"

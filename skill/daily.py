"""The pun of the day: one joke a day, the same for every listener who asks ("what's the joke of
the day?"), so it can be shared. The day is the request's own date (UTC, as Alexa stamps it); the
topic and the engine's random draws follow from it alone."""
from __future__ import annotations

import hashlib
from datetime import date, datetime, timezone

from skill.engine import EVERYDAY_TOPICS


def day_of(timestamp: object) -> date:
    """The date of an Alexa request timestamp (the SDK's datetime, or '2026-12-04T21:20:00Z' as
    sent), in UTC; today (UTC) when it has none."""
    if isinstance(timestamp, datetime):
        return (timestamp.astimezone(timezone.utc) if timestamp.tzinfo else timestamp).date()
    if isinstance(timestamp, str):
        try:
            return date.fromisoformat(timestamp[:10])
        except ValueError:
            pass
    return datetime.now(timezone.utc).date()


def topic_for(day: date) -> str:
    """The day's topic: one of the everyday topics, by a hash of the date (not the weekday, so
    consecutive days differ and the cycle is not the calendar's)."""
    digest = hashlib.sha1(f"topic:{day.isoformat()}".encode()).digest()
    return EVERYDAY_TOPICS[int.from_bytes(digest[:4], "big") % len(EVERYDAY_TOPICS)]


def seed_for(day: date) -> str:
    """The seed of the engine's random draws for the day's joke."""
    return f"pun-of-the-day:{day.isoformat()}"

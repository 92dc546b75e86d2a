from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

from skill import daily
from skill.engine import EVERYDAY_TOPICS


def test_the_day_is_the_requests_own_date_where_the_locale_lives_or_today():
    assert daily.day_of("2026-12-04T21:20:00Z") == date(2026, 12, 4)
    assert daily.day_of(datetime(2026, 12, 4, 23, 30, tzinfo=timezone.utc)) == date(2026, 12, 4)  # as the SDK gives it
    assert daily.day_of(datetime(2026, 12, 5, 0, 30)) == date(2026, 12, 5)
    # 1 am UTC is still the evening before in New York, and already morning in Sydney
    new_york, sydney = ZoneInfo("America/New_York"), ZoneInfo("Australia/Sydney")
    assert daily.day_of("2026-12-05T01:00:00Z", new_york) == date(2026, 12, 4)
    assert daily.day_of("2026-12-04T15:00:00Z", sydney) == date(2026, 12, 5)
    assert daily.day_of("2026-12-04T19:00:00Z", ZoneInfo("Asia/Kolkata")) == date(2026, 12, 5)
    # summer time: 11:30 pm in New York in July is 03:30 UTC the next day (a fixed UTC-5 said 10:30 pm)
    assert daily.day_of("2026-07-05T03:30:00Z", new_york) == date(2026, 7, 4)
    assert daily.day_of("2026-07-04T04:30:00Z", new_york) == date(2026, 7, 4)
    assert daily.day_of("2026-12-05T05:30:00Z", ZoneInfo("America/Los_Angeles")) == date(2026, 12, 4)
    for broken in (None, "", "yesterday", 20261204, "2026-13-40T00:00:00Z"):
        assert daily.day_of(broken) == datetime.now(timezone.utc).date(), broken


def test_each_day_has_one_everyday_topic_and_seed_and_the_days_vary():
    days = [date(2026, 1, 1).fromordinal(date(2026, 1, 1).toordinal() + i) for i in range(60)]
    topics = [daily.topic_for(day) for day in days]
    assert all(topic in EVERYDAY_TOPICS for topic in topics) and topics == [daily.topic_for(day) for day in days]
    assert len(set(topics)) > 10 and sum(a == b for a, b in zip(topics, topics[1:])) < 10
    assert daily.seed_for(days[0]) != daily.seed_for(days[1])

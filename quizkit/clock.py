"""Study days: the calendar a learner studies by.

A study day rolls over at 04:00 in the learner's time zone (the machine's when
none is set), so a late-night session still counts for the evening it began in.
Time is always passed in; nothing here reads the clock except :func:`utcnow`,
which the edges call once.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from quizkit.errors import UsageError

__all__ = ["ROLLOVER_HOUR", "check_aware", "study_day", "timezone_of", "utcnow"]

ROLLOVER_HOUR = 4


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def check_aware(now: dt.datetime) -> dt.datetime:
    if now.tzinfo is None or now.utcoffset() is None:
        raise UsageError(
            f"now={now.isoformat()} has no time zone; pass an aware datetime, "
            "e.g. datetime.now(timezone.utc)"
        )
    return now


def timezone_of(name: str | None) -> dt.tzinfo | None:
    """The zone named ``name`` (IANA, e.g. ``Europe/Berlin``), or None for the machine's."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(
            f"unknown time zone {name!r}; expected an IANA name such as Europe/Berlin"
        ) from None


def study_day(now: dt.datetime, tz: dt.tzinfo | None = None) -> dt.date:
    """The study day that the instant ``now`` belongs to in zone ``tz``."""
    local = check_aware(now).astimezone(tz)
    return (local - dt.timedelta(hours=ROLLOVER_HOUR)).date()

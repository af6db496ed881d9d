"""Study days: the calendar a learner studies by.

A study day rolls over at 04:00 in the learner's time zone (the machine's when
none is set), so a late-night session still counts for the evening it began in.
Time is always passed in; nothing here reads the clock except :func:`utcnow`,
which the edges call once.
"""

from __future__ import annotations

import datetime as dt
import os
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from quizkit.errors import UsageError

__all__ = [
    "EARLIEST",
    "LATEST",
    "LATEST_DUE",
    "ROLLOVER_HOUR",
    "cap_interval",
    "check_aware",
    "study_day",
    "timezone_of",
    "utcnow",
]

ROLLOVER_HOUR = 4
# The instants a `now=` may name. datetime ends at year 9999, and a study day
# (04:00 rollover, any zone) and a due date must fit inside it; before 1970
# there are no study logs to speak of (and Anki's review ids would go negative).
EARLIEST = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
LATEST = dt.datetime(9999, 1, 1, tzinfo=dt.UTC) - dt.timedelta(microseconds=1)
# The last due date: SM-2 intervals grow without bound (thirteen Easy answers
# pass the year 9999), so an interval that would pass this day ends on it.
LATEST_DUE = dt.date(9999, 12, 31)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def check_aware(now: dt.datetime) -> dt.datetime:
    """``now`` if it is an aware datetime from :data:`EARLIEST` to :data:`LATEST`."""
    if not isinstance(now, dt.datetime):
        raise UsageError(f"now must be an aware datetime, not {type(now).__name__}")
    if now.tzinfo is None or now.utcoffset() is None:
        raise UsageError(
            f"now={now.isoformat()} has no time zone; pass an aware datetime, "
            "e.g. datetime.now(timezone.utc)"
        )
    if not EARLIEST <= now <= LATEST:
        raise UsageError(
            f"now={now.isoformat()} is out of range; quizkit keeps time from "
            f"{EARLIEST.date()} to {LATEST.date()} (UTC)"
        )
    return now


def cap_interval(today: dt.date, interval: int) -> int:
    """``interval`` (days), shortened so that ``today + interval`` is :data:`LATEST_DUE` at most."""
    return min(interval, (LATEST_DUE - today).days)


def timezone_of(name: str | None) -> dt.tzinfo | None:
    """The zone named ``name`` (IANA, e.g. ``Europe/Berlin``), or None for the machine's."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise UsageError(
            f"unknown time zone {name!r}; expected an IANA name such as Europe/Berlin"
        ) from exc


def study_day(now: dt.datetime, tz: dt.tzinfo | None = None) -> dt.date:
    """The study day that the instant ``now`` belongs to in zone ``tz``."""
    try:
        local = check_aware(now).astimezone(tz)
    except (ValueError, OverflowError, OSError) as exc:
        # Only the machine's zone can fail here (ZoneInfo zones are checked when
        # named): a TZ variable such as UTC+99 that the C library half-accepts.
        tz_env = os.environ.get("TZ")
        setting = f"TZ={tz_env}" if tz_env is not None else "the machine's time zone"
        raise UsageError(
            f"{setting} cannot be used ({exc}); set TZ to a zone such as Europe/Berlin, "
            "or give the learner a timezone"
        ) from exc
    return (local - dt.timedelta(hours=ROLLOVER_HOUR)).date()

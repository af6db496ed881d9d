"""Reminders: each learner's hour in their time zone, handed out once a day, from an index."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from quizkit import UsageError
from quizkit.chat import Conversation, reminder_reply
from quizkit.store import Collection
from quizkit.store.conversation import DUE_REMINDERS, Reminder, next_reminder, set_reminder

BERLIN = ZoneInfo("Europe/Berlin")


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


def test_next_reminder_is_the_local_hour_across_a_daylight_saving_change() -> None:
    # Berlin is UTC+1 until 29 March 2026, 02:00, then UTC+2.
    assert next_reminder(8, BERLIN, at("2026-03-28T06:00:00")) == at("2026-03-28T07:00:00")
    assert next_reminder(8, BERLIN, at("2026-03-28T07:00:00")) == at("2026-03-29T06:00:00")
    assert next_reminder(8, None, at("2026-03-28T07:59:59")) == at("2026-03-28T08:00:00")


def test_learners_due_honours_hour_and_zone_once_a_day(col: Collection) -> None:
    berlin = col.learner("berlin", timezone="Europe/Berlin")
    tokyo = col.learner("tokyo", timezone="Asia/Tokyo")
    start = at("2026-11-22T00:30:00")
    set_reminder(berlin, 8, start)  # 07:00 UTC in November
    set_reminder(tokyo, 8, start)  # 23:00 UTC the day before: next is 23:00 on the 22nd
    assert col.learners_due(at("2026-11-22T06:59:00")) == []
    assert col.learners_due(at("2026-11-22T07:00:00")) == [Reminder("berlin", 0, 4, 0)]
    assert col.learners_due(at("2026-11-22T07:30:00")) == []  # once a day
    assert col.learners_due(at("2026-11-22T23:05:00")) == [Reminder("tokyo", 0, 4, 0)]
    assert col.learners_due(at("2026-11-23T07:01:00")) == [Reminder("berlin", 0, 4, 0)]


def test_a_learner_with_nothing_to_study_is_not_reminded(col: Collection) -> None:
    me = col.learner("done", new_per_day=0)
    set_reminder(me, 9, at("2026-11-22T00:00:00"))
    assert col.learners_due(at("2026-11-22T09:00:00")) == []


def test_reminders_off_and_bad_hours(col: Collection) -> None:
    me = col.learner("me")
    set_reminder(me, 9, at("2026-11-22T00:00:00"))
    set_reminder(me, None, at("2026-11-22T00:00:00"))
    assert col.learners_due(at("2026-11-22T09:00:00")) == []
    for bad in (24, -1, True, 7.5):
        with pytest.raises(UsageError, match="reminder hour must be a whole number 0-23"):
            # An hour of the wrong type or range is the input under test.
            set_reminder(me, bad, at("2026-11-22T00:00:00"))  # type: ignore[arg-type]


def test_remind_command_sets_hour_and_zone(col: Collection) -> None:
    conv = Conversation(col)
    (reply,) = conv.handle("u", "/remind 7 Europe/Berlin", now=at("2026-11-22T00:00:00"))
    assert reply.text == "Every day at 07:00 (Europe/Berlin) I tell you when cards are due."
    assert col.learner("u").timezone == "Europe/Berlin"
    (due,) = col.learners_due(at("2026-11-22T06:00:00"))
    assert reminder_reply(due).text == "4 cards waiting for you today (4 new)."
    (bad,) = conv.handle("u", "/remind 7 Mars/Base", now=at("2026-11-22T00:00:00"))
    assert bad.text.startswith("unknown time zone 'Mars/Base'")


def test_the_reminder_query_reads_the_index(sqlite_col: Collection) -> None:
    from sqlalchemy.dialects import sqlite

    sql = DUE_REMINDERS.compile(dialect=sqlite.dialect())
    with sqlite_col.engine.connect() as conn:
        plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", ("2026-11-22 07:00:00",)).all()
    steps = " ".join(str(row[-1]) for row in plan)
    assert "SEARCH reminders USING INDEX ix_reminders_next_at (next_at<?)" in steps


def test_a_prefix_claims_only_that_networks_learners(col: Collection) -> None:
    start = at("2026-11-22T00:00:00")
    set_reminder(col.learner("telegram:1"), 9, start)
    set_reminder(col.learner("xmpp:a@example.org"), 9, start)
    set_reminder(col.learner("my_net:1"), 9, start)
    set_reminder(col.learner("myxnet:1"), 9, start)
    nine = at("2026-11-22T09:00:00")
    assert [r.learner for r in col.learners_due(nine, prefix="telegram:")] == ["telegram:1"]
    assert [r.learner for r in col.learners_due(nine, prefix="xmpp:")] == ["xmpp:a@example.org"]
    # "_" in a prefix is itself, not SQL's any-character wildcard
    assert [r.learner for r in col.learners_due(nine, prefix="my_net:")] == ["my_net:1"]
    assert [r.learner for r in col.learners_due(nine)] == ["myxnet:1"]

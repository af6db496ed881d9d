"""The study queue's rules that need no database: shared by both of its readers.

The SQLAlchemy store (:class:`~quizkit.store.learner.Learner`) and the ``sqlite3``
read path of ``quizkit next`` (:mod:`quizkit.store.quickread`) run the same
queue statements; what they do with a row is written once, here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

__all__ = ["REPEAT_DELAY", "naive_utc", "queue_of"]

# A same-day repeat answered less than this long ago waits behind the other queues.
REPEAT_DELAY = dt.timedelta(minutes=1)


def naive_utc(now: dt.datetime) -> dt.datetime:
    """``now`` as the store keeps instants: UTC, without a zone."""
    return now.astimezone(dt.UTC).replace(tzinfo=None)


def queue_of(row: Any, today: dt.date) -> str:
    """Which queue the card of a ``queue_statements().next`` row comes from."""
    if row.state_card_id is None:
        return "new"
    return "repeat" if row.relearn and row.last_study_day == today else "review"

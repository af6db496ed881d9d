"""``quizkit next`` without SQLAlchemy: a learner's queue read through ``sqlite3``.

A cold ``quizkit next --json`` spent most of its time importing SQLAlchemy
(more than a bare ``python -c "import sqlalchemy"``, by construction). On an
SQLite file whose schema is at the newest migration, with decks imported and
the learner known, this module answers it with the standard library's
``sqlite3`` alone. It runs the store's own statements
(:mod:`quizkit.store.driver`: SQLAlchemy's own SQLite text for them)
and builds the card and counts with the store's own functions, so its answer
is the store's (a Hypothesis test compares the JSON of both over many states).

Everything else is the full path's: :func:`next_and_counts` returns None, and
the caller opens the collection as usual, which creates the database, imports
the bundled decks, migrates, creates the learner, or reports the problem. The
file is opened read-write without creation (``mode=rw``) and only read, in one
read transaction: closing it checkpoints the WAL as the full path does, and a
missing file is never created here.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path
from typing import Any

from quizkit.clock import check_aware, study_day, timezone_of
from quizkit.errors import QuizkitError
from quizkit.inputs import MAX_ID_CHARS, check_learner_name, check_text
from quizkit.store.cardview import card_from_row
from quizkit.store.database import BUSY_TIMEOUT_S, HEAD_REVISION, VERSION_QUERY, resolve_url
from quizkit.store.driver import run
from quizkit.store.queue import REPEAT_DELAY, naive_utc, queue_of
from quizkit.store.types import Card, QueueCounts

__all__ = ["next_and_counts", "sqlite_file"]

_SQLITE = "sqlite:///"


def sqlite_file(url: str) -> Path | None:
    """The file of a plain SQLite URL (``sqlite:///PATH``); None for anything else
    (another database, an in-memory one, a URL with options or escapes)."""
    if not url.startswith(_SQLITE):
        return None
    database = url[len(_SQLITE) :]
    # Options (?mode=, ?uri=true) and %-escapes are SQLAlchemy's to read.
    if not database or any(c in database for c in "?%") or database.startswith("file:"):
        return None
    path = Path(database)
    return None if path.name == ":memory:" else path


def _first(conn: sqlite3.Connection, name: str, **params: Any) -> Any:
    return run(conn, name, params).first()


def _scalar(conn: sqlite3.Connection, name: str, **params: Any) -> int:
    return int(_first(conn, name, **params)[0])


def next_and_counts(
    db: str | os.PathLike[str] | None, learner: str, deck: str | None, now: dt.datetime
) -> tuple[Card | None, QueueCounts] | None:
    """What ``Learner.next_card`` and ``Learner.counts`` give at ``now``, or None
    when the full path must answer (see the module's docstring)."""
    try:
        path = sqlite_file(resolve_url(db))
        name = check_learner_name(learner)
        if deck is not None:
            check_text(deck, "deck", max_chars=MAX_ID_CHARS, single_line=True)
        now = check_aware(now)
    except QuizkitError:
        return None  # the full path says what is wrong, in its own order
    if path is None:
        return None
    try:
        conn = sqlite3.connect(
            f"{path.absolute().as_uri()}?mode=rw", uri=True, timeout=BUSY_TIMEOUT_S
        )
    except (sqlite3.Error, ValueError):
        return None
    try:
        conn.isolation_level = None  # BEGIN below is the one transaction
        conn.execute("BEGIN")
        return _read(conn, name, deck, now)
    except (sqlite3.Error, QuizkitError, UnicodeError, ValueError):
        # Not quizkit's, damaged, locked for longer than the timeout: the full
        # path opens it again and reports it in its words.
        return None
    finally:
        conn.close()


def _read(
    conn: sqlite3.Connection, name: str, deck: str | None, now: dt.datetime
) -> tuple[Card | None, QueueCounts] | None:
    version = conn.execute(VERSION_QUERY).fetchone()
    if version is None or version[0] != HEAD_REVISION:
        return None  # the full path migrates first
    if _first(conn, "any_deck") is None:
        return None  # the full path imports the bundled decks first
    row = _first(conn, "learner_by_name", b_name=name)
    if row is None:
        return None  # the full path creates the learner
    today = study_day(now, timezone_of(row.timezone))
    given: dict[str, Any] = {"learner_id": row.id, "today": today}
    suffix = ""
    if deck is not None:
        found = _first(conn, "deck_by_slug", b_slug=deck)
        if found is None:
            return None  # the full path names the decks there are
        given["deck_id"] = found.id
        suffix = "_by_deck"
    chosen = _first(
        conn,
        "next" + suffix,
        new_limit=row.new_per_day,
        ready_by=naive_utc(now) - REPEAT_DELAY,
        **given,
    )
    card = None if chosen is None else card_from_row(chosen, queue_of(chosen, today))
    counts = QueueCounts.of(
        due=_scalar(conn, "count_due" + suffix, **given),
        repeat=_scalar(conn, "count_repeat" + suffix, **given),
        unseen=_scalar(conn, "count_unseen" + suffix, **given),
        introduced=_scalar(conn, "introduced", learner_id=row.id, today=today),
        new_per_day=int(row.new_per_day),
    )
    return card, counts

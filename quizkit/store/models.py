"""The relational schema, as typed SQLAlchemy 2 models.

Each model maps a Core table of :mod:`quizkit.store.tables` (one ``MetaData``
for both, which Alembic compares with the migrations). The store's statements
use those tables directly, so that it runs without importing ``sqlalchemy.orm``;
the models give the schema its typed, documented form.

Rows stay inside ``quizkit.store``; other modules see frozen dataclasses.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import DeclarativeBase, Mapped

from quizkit.store import tables
from quizkit.store.tables import (
    cards,
    conversations,
    decks,
    learners,
    new_card_marks,
    notes,
    reminders,
    review_log,
    review_states,
)

__all__ = [
    "Base",
    "CardRow",
    "ConversationRow",
    "DeckRow",
    "LearnerRow",
    "NewCardMarkRow",
    "NoteRow",
    "ReminderRow",
    "ReviewLogRow",
    "ReviewStateRow",
    "cards",
    "conversations",
    "decks",
    "learners",
    "new_card_marks",
    "notes",
    "reminders",
    "review_log",
    "review_states",
]


class Base(DeclarativeBase):
    metadata = tables.metadata


class DeckRow(Base):
    __table__ = decks

    id: Mapped[int]
    slug: Mapped[str]
    title: Mapped[str]
    source: Mapped[str]
    imported_at: Mapped[dt.datetime]
    content_digest: Mapped[str | None]


class NoteRow(Base):
    __table__ = notes

    id: Mapped[int]
    deck_id: Mapped[int]
    key: Mapped[str]
    position: Mapped[int]
    type: Mapped[str]
    front: Mapped[str]
    back: Mapped[str]
    tags: Mapped[str]
    reverse: Mapped[bool]
    # Scenario fields and the note's origin, as JSON text: read whole, never queried.
    payload: Mapped[str]
    retired: Mapped[bool]


class CardRow(Base):
    __table__ = cards

    id: Mapped[int]
    key: Mapped[str]
    note_id: Mapped[int]
    deck_id: Mapped[int]
    ord: Mapped[int]  # 0 forward, 1 reverse
    position: Mapped[int]
    # Normalized front and back: two cards with the same fingerprint state the same
    # fact, and a learner never gets both on one study day.
    fingerprint: Mapped[str]
    retired: Mapped[bool]


class LearnerRow(Base):
    __table__ = learners

    id: Mapped[int]
    name: Mapped[str]
    new_per_day: Mapped[int]
    timezone: Mapped[str | None]
    created_at: Mapped[dt.datetime]


class ReviewStateRow(Base):
    """SM-2 state of one learner's card; absent until the card is first answered."""

    __table__ = review_states

    learner_id: Mapped[int]
    card_id: Mapped[int]
    repetitions: Mapped[int]
    easiness_milli: Mapped[int]
    interval: Mapped[int]
    due: Mapped[dt.date]
    lapses: Mapped[int]
    reviews: Mapped[int]
    introduced_on: Mapped[dt.date]
    last_study_day: Mapped[dt.date]
    last_review_at: Mapped[dt.datetime]
    # Graded below 4 on last_study_day and not yet 4 or more since: a same-day repeat.
    relearn: Mapped[bool]


class NewCardMarkRow(Base):
    """Every live card of the deck below ``position`` has a state for the learner.

    Lets the new-card query seek past the cards a learner already met.
    """

    __table__ = new_card_marks

    deck_id: Mapped[int]
    learner_id: Mapped[int]
    position: Mapped[int]
    # On study day ``day``: every live card below ``day_position`` has a state or a
    # fact or sibling answered that day.
    day: Mapped[dt.date | None]
    day_position: Mapped[int]
    # ``introduced_count`` cards of the deck were first answered on ``introduced_day``,
    # and none later.
    introduced_day: Mapped[dt.date | None]
    introduced_count: Mapped[int]


class ReviewLogRow(Base):
    """Append-only: one row per answer, with the state before and after."""

    __table__ = review_log

    id: Mapped[int]
    learner_id: Mapped[int]
    card_id: Mapped[int]
    reviewed_at: Mapped[dt.datetime]  # UTC, naive
    study_day: Mapped[dt.date]
    kind: Mapped[str]  # new | review | repeat
    grade: Mapped[int]
    response: Mapped[str | None]
    correct: Mapped[bool | None]
    elapsed_ms: Mapped[int | None]
    repetitions_before: Mapped[int]
    easiness_milli_before: Mapped[int]
    interval_before: Mapped[int]
    repetitions_after: Mapped[int]
    easiness_milli_after: Mapped[int]
    interval_after: Mapped[int]
    due_after: Mapped[dt.date]
    # Set by undo: the row stays (the log is append-only) but counts for nothing.
    undone: Mapped[bool]


class ConversationRow(Base):
    """A chat user's conversation: the card on screen and the user's choices."""

    __table__ = conversations

    learner_id: Mapped[int]
    screen: Mapped[int]  # counts the cards shown; buttons carry it
    card_id: Mapped[int | None]
    revealed: Mapped[bool]
    shown_at: Mapped[dt.datetime | None]  # UTC, naive
    deck_id: Mapped[int | None]
    typing: Mapped[bool]
    summary_day: Mapped[dt.date | None]


class ReminderRow(Base):
    """A learner's daily reminder: at ``hour`` local time; next at ``next_at`` (UTC)."""

    __table__ = reminders

    learner_id: Mapped[int]
    hour: Mapped[int]
    next_at: Mapped[dt.datetime]

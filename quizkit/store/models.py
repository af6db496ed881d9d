"""The relational schema, as typed SQLAlchemy 2 models.

Rows stay inside ``quizkit.store``; other modules see frozen dataclasses.
Portable types only (no SQLite-only SQL) so that PostgreSQL works unchanged.
Easiness is an integer in thousandths so it round-trips exactly.
"""

from __future__ import annotations

import datetime as dt
from typing import cast

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class DeckRow(Base):
    __tablename__ = "decks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    title: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)


class NoteRow(Base):
    __tablename__ = "notes"
    __table_args__ = (UniqueConstraint("deck_id", "key", name="uq_notes_deck_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    deck_id: Mapped[int] = mapped_column(ForeignKey("decks.id"))
    key: Mapped[str] = mapped_column(String(400))
    position: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(20))
    front: Mapped[str] = mapped_column(Text)
    back: Mapped[str] = mapped_column(Text)
    tags: Mapped[str] = mapped_column(Text, default="")
    reverse: Mapped[bool] = mapped_column(Boolean, default=False)
    # Scenario fields and the note's origin, as JSON text: read whole, never queried.
    payload: Mapped[str] = mapped_column(Text, default="{}")
    content_hash: Mapped[str] = mapped_column(String(64))
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class CardRow(Base):
    __tablename__ = "cards"
    __table_args__ = (Index("ix_cards_deck_position", "deck_id", "retired", "position", "ord"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(600), unique=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id"), index=True)
    deck_id: Mapped[int] = mapped_column(ForeignKey("decks.id"))
    ord: Mapped[int] = mapped_column(Integer)  # 0 forward, 1 reverse
    position: Mapped[int] = mapped_column(Integer)
    # Normalized front and back: two cards with the same fingerprint state the same
    # fact, and a learner never gets both on one study day.
    fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class LearnerRow(Base):
    __tablename__ = "learners"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    new_per_day: Mapped[int] = mapped_column(Integer, default=20)
    timezone: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ReviewStateRow(Base):
    """SM-2 state of one learner's card; absent until the card is first answered."""

    __tablename__ = "review_states"
    __table_args__ = (
        # "Due cards of one learner" is a range scan on this index.
        Index("ix_review_states_due", "learner_id", "due"),
        Index("ix_review_states_introduced", "learner_id", "introduced_on"),
        # Same-day repeats are among the cards studied today: a short range scan.
        Index("ix_review_states_studied", "learner_id", "last_study_day"),
    )

    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id"), primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id"), primary_key=True)
    repetitions: Mapped[int] = mapped_column(Integer)
    easiness_milli: Mapped[int] = mapped_column(Integer)
    interval: Mapped[int] = mapped_column(Integer)
    due: Mapped[dt.date] = mapped_column(Date)
    lapses: Mapped[int] = mapped_column(Integer, default=0)
    reviews: Mapped[int] = mapped_column(Integer, default=0)
    introduced_on: Mapped[dt.date] = mapped_column(Date)
    last_study_day: Mapped[dt.date] = mapped_column(Date)
    last_review_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # Graded below 4 on last_study_day and not yet 4 or more since: a same-day repeat.
    relearn: Mapped[bool] = mapped_column(Boolean, default=False)


class ReviewLogRow(Base):
    """Append-only: one row per answer, with the state before and after."""

    __tablename__ = "review_log"
    __table_args__ = (Index("ix_review_log_learner_day", "learner_id", "study_day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id"))
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id"))
    reviewed_at: Mapped[dt.datetime] = mapped_column(DateTime)  # UTC, naive
    study_day: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(10))  # new | review | repeat
    grade: Mapped[int] = mapped_column(Integer)
    response: Mapped[str | None] = mapped_column(Text, nullable=True)
    correct: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    elapsed_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)
    repetitions_before: Mapped[int] = mapped_column(Integer)
    easiness_milli_before: Mapped[int] = mapped_column(Integer)
    interval_before: Mapped[int] = mapped_column(Integer)
    repetitions_after: Mapped[int] = mapped_column(Integer)
    easiness_milli_after: Mapped[int] = mapped_column(Integer)
    interval_after: Mapped[int] = mapped_column(Integer)
    due_after: Mapped[dt.date] = mapped_column(Date)
    # Set by undo: the row stays (the log is append-only) but counts for nothing.
    undone: Mapped[bool] = mapped_column(Boolean, default=False)


# Core handles for bulk statements (typed as Table: __table__ is declared as FromClause).
decks = cast(Table, DeckRow.__table__)
notes = cast(Table, NoteRow.__table__)
cards = cast(Table, CardRow.__table__)
learners = cast(Table, LearnerRow.__table__)
review_states = cast(Table, ReviewStateRow.__table__)
review_log = cast(Table, ReviewLogRow.__table__)

"""The relational schema as SQLAlchemy Core tables: what the store's statements use.

The typed ORM models in :mod:`quizkit.store.models` map these same tables (one
``MetaData``, so Alembic and the models see one schema). Kept apart so that
the store runs without importing ``sqlalchemy.orm``, which would add a tenth
of a second to every command's start.

Portable types only (no SQLite-only SQL) so that PostgreSQL works unchanged.
Easiness is an integer in thousandths so it round-trips exactly.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

__all__ = [
    "cards",
    "conversations",
    "decks",
    "learners",
    "metadata",
    "new_card_marks",
    "notes",
    "reminders",
    "review_log",
    "review_states",
]

metadata = MetaData()

decks = Table(
    "decks",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("slug", String(200), nullable=False, unique=True),
    Column("title", Text, nullable=False),
    Column("source", Text, nullable=False, default=""),
    Column("imported_at", DateTime, nullable=False),
    # SHA-256 of the deck file this deck was last imported from (with the import
    # rules' version): an unchanged file re-imports without being parsed. NULL:
    # unknown (imported from objects in memory, or before migration 0006).
    Column("content_digest", String(64), nullable=True),
)

notes = Table(
    "notes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("deck_id", Integer, ForeignKey("decks.id"), nullable=False),
    Column("key", String(400), nullable=False),
    Column("position", Integer, nullable=False),
    Column("type", String(20), nullable=False),
    Column("front", Text, nullable=False),
    Column("back", Text, nullable=False),
    Column("tags", Text, nullable=False, default=""),
    Column("reverse", Boolean, nullable=False, default=False),
    # Scenario fields and the note's origin, as JSON text: read whole, never queried.
    Column("payload", Text, nullable=False, default="{}"),
    Column("retired", Boolean, nullable=False, default=False),
    UniqueConstraint("deck_id", "key", name="uq_notes_deck_key"),
)

cards = Table(
    "cards",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(600), nullable=False, unique=True),
    Column("note_id", Integer, ForeignKey("notes.id"), nullable=False, index=True),
    Column("deck_id", Integer, ForeignKey("decks.id"), nullable=False),
    Column("ord", Integer, nullable=False),  # 0 forward, 1 reverse
    Column("position", Integer, nullable=False),
    # Normalized front and back: two cards with the same fingerprint state the same
    # fact, and a learner never gets both on one study day.
    Column("fingerprint", String(64), nullable=False, index=True),
    Column("retired", Boolean, nullable=False, default=False),
    Index("ix_cards_deck_position", "deck_id", "retired", "position", "ord"),
)

learners = Table(
    "learners",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("new_per_day", Integer, nullable=False, default=20),
    Column("timezone", String(64), nullable=True),
    Column("created_at", DateTime, nullable=False),
)

# SM-2 state of one learner's card; absent until the card is first answered.
review_states = Table(
    "review_states",
    metadata,
    Column("learner_id", Integer, ForeignKey("learners.id"), primary_key=True),
    Column("card_id", Integer, ForeignKey("cards.id"), primary_key=True),
    Column("repetitions", Integer, nullable=False),
    Column("easiness_milli", Integer, nullable=False),
    Column("interval", Integer, nullable=False),
    Column("due", Date, nullable=False),
    Column("lapses", Integer, nullable=False, default=0),
    Column("reviews", Integer, nullable=False, default=0),
    Column("introduced_on", Date, nullable=False),
    Column("last_study_day", Date, nullable=False),
    Column("last_review_at", DateTime, nullable=False),
    # Graded below 4 on last_study_day and not yet 4 or more since: a same-day repeat.
    Column("relearn", Boolean, nullable=False, default=False),
    # "Due cards of one learner" is a range scan on this index.
    Index("ix_review_states_due", "learner_id", "due"),
    # Clustered on its key in SQLite (migration 0008): the rows and the key are one
    # B-tree, written once on a card's first answer and read directly by every
    # look-up of a learner's state of a card.
    sqlite_with_rowid=False,
)
# Same-day repeats, the longest-waiting first: a range read in order, however many
# cards were studied today. Partial: only the states waiting for a repeat are in it,
# so an answer that leaves none (most answers) writes no page of it.
Index(
    "ix_review_states_repeat",
    review_states.c.learner_id,
    review_states.c.last_study_day,
    review_states.c.last_review_at,
    sqlite_where=review_states.c.relearn.is_(True),
    postgresql_where=review_states.c.relearn.is_(True),
)

# Where a learner's next new card of a deck can be, at the earliest: the invariant
# and the events that keep it are written once, in quizkit.store.marks.
new_card_marks = Table(
    "new_card_marks",
    metadata,
    Column("deck_id", Integer, ForeignKey("decks.id"), primary_key=True),
    Column("learner_id", Integer, ForeignKey("learners.id"), primary_key=True),
    Column("position", Integer, nullable=False),
    Column("day", Date, nullable=True),
    Column("day_position", Integer, nullable=False),
    # How many of the learner's cards of the deck were first answered on
    # ``introduced_day``, the latest day any was (or later): the day's new cards are
    # summed over the decks' marks instead of counted over the states.
    Column("introduced_day", Date, nullable=True),
    Column("introduced_count", Integer, nullable=False, server_default="0"),
    # A learner's marks (the day's count reads them all): written when a mark is made,
    # never when one moves (no column of it changes).
    Index("ix_new_card_marks_learner", "learner_id"),
    # Clustered on its key in SQLite: one B-tree to update per new answer, not two.
    sqlite_with_rowid=False,
)

# Append-only: one row per answer, with the state before and after.
review_log = Table(
    "review_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("learner_id", Integer, ForeignKey("learners.id"), nullable=False),
    Column("card_id", Integer, ForeignKey("cards.id"), nullable=False),
    Column("reviewed_at", DateTime, nullable=False),  # UTC, naive
    Column("study_day", Date, nullable=False),
    Column("kind", String(10), nullable=False),  # new | review | repeat
    Column("grade", Integer, nullable=False),
    Column("response", Text, nullable=True),
    Column("correct", Boolean, nullable=True),
    Column("elapsed_ms", Integer, nullable=True),
    Column("repetitions_before", Integer, nullable=False),
    Column("easiness_milli_before", Integer, nullable=False),
    Column("interval_before", Integer, nullable=False),
    Column("repetitions_after", Integer, nullable=False),
    Column("easiness_milli_after", Integer, nullable=False),
    Column("interval_after", Integer, nullable=False),
    Column("due_after", Date, nullable=False),
    # Set by undo: the row stays (the log is append-only) but counts for nothing.
    Column("undone", Boolean, nullable=False, default=False),
    Index("ix_review_log_learner_day", "learner_id", "study_day"),
    # "Was this card answered today?" for one card: the new-card check probes it.
    Index("ix_review_log_card_day", "card_id", "learner_id", "study_day"),
)

# A chat user's conversation (one per learner): what is on their screen and what
# they chose, so that a restarted bot, or another worker behind the same
# database, carries on where the last message left it.
conversations = Table(
    "conversations",
    metadata,
    Column("learner_id", Integer, ForeignKey("learners.id"), primary_key=True),
    # Counts the cards shown; buttons carry it, so a press meant for an earlier
    # card is recognised as such.
    Column("screen", Integer, nullable=False),
    Column("card_id", Integer, ForeignKey("cards.id"), nullable=True),  # NULL: none on screen
    Column("revealed", Boolean, nullable=False),
    Column("shown_at", DateTime, nullable=True),  # UTC, naive
    Column("deck_id", Integer, ForeignKey("decks.id"), nullable=True),  # NULL: every deck
    Column("typing", Boolean, nullable=False),
    # The study day whose end-of-day summary was sent (it is sent once).
    Column("summary_day", Date, nullable=True),
)

# When to tell a learner that cards are due: at ``hour`` in the learner's time
# zone. ``next_at`` is the next such instant (UTC, naive), so "who is due for a
# reminder now" is a range read on its index, not a look at every learner.
reminders = Table(
    "reminders",
    metadata,
    Column("learner_id", Integer, ForeignKey("learners.id"), primary_key=True),
    Column("hour", Integer, nullable=False),
    Column("next_at", DateTime, nullable=False),
    Index("ix_reminders_next_at", "next_at"),
)

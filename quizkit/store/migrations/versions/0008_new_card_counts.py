"""Count each day's new cards on the marks; index only the states waiting for a repeat;
SQLite keeps the states in the order of their key.

Every study step checked the daily limit of new cards by counting the learner's
states introduced that day: a step more per new card, 20 µs of a 250 µs step
after 300 of them. The new-card marks now keep the count (see
:mod:`quizkit.store.marks`); it is computed here, once, for an existing database.

``ix_review_states_repeat`` held every state, though only those waiting for a
same-day repeat are ever read through it: it now holds those alone, so that an
answer that leaves no repeat (most answers) writes one index page less. And
``ix_review_states_introduced`` goes: it served only that count, which now
reads the marks (a first answer wrote a page of it). Only a day before a mark's
count (a clock or time zone set back) still counts the states, along the
learner's key. The day's count reads a learner's marks by a new index on their
learner (written when a mark is made, not when it moves).

On SQLite ``review_states`` becomes a ``WITHOUT ROWID`` table, stored in the
order of its primary key (learner, card): its rows and that key were two
B-trees, each written on a card's first answer and read on every look-up of a
state; now they are one. (PostgreSQL keeps its table: there the key is an index
either way.)

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_REPEAT_COLUMNS = ["learner_id", "last_study_day", "last_review_at"]


def upgrade() -> None:
    op.add_column("new_card_marks", sa.Column("introduced_day", sa.Date(), nullable=True))
    op.add_column(
        "new_card_marks",
        sa.Column("introduced_count", sa.Integer(), nullable=False, server_default="0"),
    )
    # A learner's states in a deck without a mark (none are made so, but a mark at
    # the deck's start is always true) get one, so that each is counted.
    op.execute(
        """
        INSERT INTO new_card_marks (deck_id, learner_id, position, day, day_position)
        SELECT DISTINCT c.deck_id, s.learner_id, 0, CAST(NULL AS DATE), 0
        FROM review_states s JOIN cards c ON c.id = s.card_id
        WHERE NOT EXISTS (SELECT 1 FROM new_card_marks m
                          WHERE m.deck_id = c.deck_id AND m.learner_id = s.learner_id)
        """
    )
    op.create_index("ix_new_card_marks_learner", "new_card_marks", ["learner_id"])
    # The latest day a card of the deck was first answered, and how many were then.
    op.execute(
        """
        UPDATE new_card_marks SET introduced_day = (
            SELECT MAX(s.introduced_on) FROM review_states s JOIN cards c ON c.id = s.card_id
            WHERE s.learner_id = new_card_marks.learner_id
              AND c.deck_id = new_card_marks.deck_id)
        """
    )
    op.execute(
        """
        UPDATE new_card_marks SET introduced_count = (
            SELECT COUNT(*) FROM review_states s JOIN cards c ON c.id = s.card_id
            WHERE s.learner_id = new_card_marks.learner_id
              AND c.deck_id = new_card_marks.deck_id
              AND s.introduced_on = new_card_marks.introduced_day)
        """
    )
    if op.get_bind().dialect.name == "sqlite":
        _copy_states(with_rowid=False)  # its indexes are made again below
    else:
        op.drop_index("ix_review_states_repeat", table_name="review_states")
        op.drop_index("ix_review_states_introduced", table_name="review_states")
    relearn = sa.column("relearn", sa.Boolean()).is_(True)
    op.create_index(
        "ix_review_states_repeat",
        "review_states",
        _REPEAT_COLUMNS,
        sqlite_where=relearn,
        postgresql_where=relearn,
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _copy_states(with_rowid=True)
    else:
        op.drop_index("ix_review_states_repeat", table_name="review_states")
    op.create_index(
        "ix_review_states_repeat",
        "review_states",
        ["learner_id", "relearn", "last_study_day", "last_review_at"],
    )
    op.create_index("ix_review_states_introduced", "review_states", ["learner_id", "introduced_on"])
    op.drop_index("ix_new_card_marks_learner", table_name="new_card_marks")
    # Plain ALTER TABLE on SQLite too (3.35 and later): a batch copy would lose the
    # table's WITHOUT ROWID.
    op.drop_column("new_card_marks", "introduced_count")
    op.drop_column("new_card_marks", "introduced_day")


def _copy_states(*, with_rowid: bool) -> None:
    """SQLite: ``review_states`` copied, row for row, into a table of the same columns
    stored with or without a rowid, and its due index made again (the others are the
    caller's). Nothing refers to the table, so the foreign keys stay checked throughout."""
    op.create_table(
        "review_states_copy",
        sa.Column("learner_id", sa.Integer(), sa.ForeignKey("learners.id"), primary_key=True),
        sa.Column("card_id", sa.Integer(), sa.ForeignKey("cards.id"), primary_key=True),
        sa.Column("repetitions", sa.Integer(), nullable=False),
        sa.Column("easiness_milli", sa.Integer(), nullable=False),
        sa.Column("interval", sa.Integer(), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("lapses", sa.Integer(), nullable=False),
        sa.Column("reviews", sa.Integer(), nullable=False),
        sa.Column("introduced_on", sa.Date(), nullable=False),
        sa.Column("last_study_day", sa.Date(), nullable=False),
        sa.Column("last_review_at", sa.DateTime(), nullable=False),
        sa.Column("relearn", sa.Boolean(), nullable=False),
        sqlite_with_rowid=with_rowid,
    )
    op.execute(
        """
        INSERT INTO review_states_copy (learner_id, card_id, repetitions, easiness_milli,
            interval, due, lapses, reviews, introduced_on, last_study_day, last_review_at,
            relearn)
        SELECT learner_id, card_id, repetitions, easiness_milli, interval, due, lapses,
            reviews, introduced_on, last_study_day, last_review_at, relearn
        FROM review_states ORDER BY learner_id, card_id
        """
    )
    op.drop_table("review_states")  # and its indexes
    op.rename_table("review_states_copy", "review_states")
    op.create_index("ix_review_states_due", "review_states", ["learner_id", "due"])

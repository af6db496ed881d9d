"""Remember where each learner's new cards start, per deck; index the repeats alone.

Without it, finding a learner's next new card stepped over every card the
learner had already met (a state probe each): 2 ms per study step after 5,000
cards, and over every card whose sibling was buried that day. The marks of an
existing database are computed here, once.

Same-day repeats were found among all the cards studied today (hundreds after a
long session, read on every study step); the new index holds them alone, in the
order they are served.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "new_card_marks",
        sa.Column("deck_id", sa.Integer(), sa.ForeignKey("decks.id"), primary_key=True),
        sa.Column("learner_id", sa.Integer(), sa.ForeignKey("learners.id"), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("day_position", sa.Integer(), nullable=False),
        sqlite_with_rowid=False,
    )
    # Every learner's mark in every deck they studied, walked once here: the store
    # keeps them from then on, and the queue never walks over cards already met.
    op.execute(
        """
        INSERT INTO new_card_marks (deck_id, learner_id, position, day, day_position)
        SELECT pairs.deck_id, pairs.learner_id, COALESCE(
            (SELECT w.position FROM cards w
             LEFT JOIN review_states r ON r.card_id = w.id AND r.learner_id = pairs.learner_id
             WHERE w.deck_id = pairs.deck_id AND w.retired = false AND r.card_id IS NULL
             ORDER BY w.position, w.ord LIMIT 1),
            (SELECT COALESCE(MAX(w.position) + 1, 0) FROM cards w
             WHERE w.deck_id = pairs.deck_id AND w.retired = false)
        ), NULL, 0
        FROM (SELECT DISTINCT c.deck_id, s.learner_id
              FROM review_states s JOIN cards c ON c.id = s.card_id) AS pairs
        """
    )
    op.drop_index("ix_review_states_studied", table_name="review_states")
    op.create_index(
        "ix_review_states_repeat",
        "review_states",
        ["learner_id", "relearn", "last_study_day", "last_review_at"],
    )


def downgrade() -> None:
    op.drop_index("ix_review_states_repeat", table_name="review_states")
    op.create_index("ix_review_states_studied", "review_states", ["learner_id", "last_study_day"])
    op.drop_table("new_card_marks")

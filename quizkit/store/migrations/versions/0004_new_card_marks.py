"""Remember where each learner's new cards start, per deck; index the repeats alone.

Without it, finding a learner's next new card stepped over every card the
learner had already met (a state probe each): 2 ms per study step after 5,000
cards, and over every card whose sibling was buried that day. Existing databases
start without marks; each learner's first new answer in a deck sets one.

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

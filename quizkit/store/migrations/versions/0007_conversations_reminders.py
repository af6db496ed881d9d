"""Chat conversations and daily reminders.

A chat bot kept each user's conversation (the card on screen, whether its answer
is shown, the chosen deck, typed answers on or off) in its own memory: a
restart, or a second worker behind the same database, lost it and could grade
the wrong card. It lives in ``conversations`` now, one row per learner.

``reminders`` holds each learner's reminder hour and the next instant to remind
them, indexed, so that finding who is due for a reminder reads only those.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conversations",
        sa.Column("learner_id", sa.Integer(), sa.ForeignKey("learners.id"), primary_key=True),
        sa.Column("screen", sa.Integer(), nullable=False),
        sa.Column("card_id", sa.Integer(), sa.ForeignKey("cards.id"), nullable=True),
        sa.Column("revealed", sa.Boolean(), nullable=False),
        sa.Column("shown_at", sa.DateTime(), nullable=True),
        sa.Column("deck_id", sa.Integer(), sa.ForeignKey("decks.id"), nullable=True),
        sa.Column("typing", sa.Boolean(), nullable=False),
        sa.Column("summary_day", sa.Date(), nullable=True),
    )
    op.create_table(
        "reminders",
        sa.Column("learner_id", sa.Integer(), sa.ForeignKey("learners.id"), primary_key=True),
        sa.Column("hour", sa.Integer(), nullable=False),
        sa.Column("next_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_reminders_next_at", "reminders", ["next_at"])


def downgrade() -> None:
    op.drop_index("ix_reminders_next_at", table_name="reminders")
    op.drop_table("reminders")
    op.drop_table("conversations")

"""Index the review log by card, learner and study day: "answered today?" per card.

The new-card query asks, for its one candidate, whether a card with the same fact
or note was answered today; without this index it listed the facts and notes of
every card the learner answered today, on every call.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_review_log_card_day", "review_log", ["card_id", "learner_id", "study_day"])


def downgrade() -> None:
    op.drop_index("ix_review_log_card_day", table_name="review_log")

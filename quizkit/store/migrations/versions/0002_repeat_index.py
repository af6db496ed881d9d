"""Index review states by learner and last study day: finds today's repeats at once.

Without it, every ``next_card`` scanned all of a learner's review states for
same-day repeats (relearn on today's study day).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_review_states_studied", "review_states", ["learner_id", "last_study_day"])


def downgrade() -> None:
    op.drop_index("ix_review_states_studied", table_name="review_states")

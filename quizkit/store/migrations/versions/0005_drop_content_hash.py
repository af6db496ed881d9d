"""Drop notes.content_hash: an import compares a note's stored content itself.

Hashing every note (its fields as JSON, then SHA-256) was a sixth of an import's
time; comparing the stored columns with the new ones decides the same thing
(unchanged or updated) and costs nothing on a first import.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ALTER TABLE on both backends (SQLite >= 3.35): a batch copy of the
    # table would trip the foreign keys the store keeps on.
    op.execute("ALTER TABLE notes DROP COLUMN content_hash")


def downgrade() -> None:
    # Every note then looks changed to an older quizkit's next import, which
    # rewrites the hashes (and reports the notes as updated once).
    op.add_column(
        "notes",
        sa.Column("content_hash", sa.String(64), nullable=False, server_default=""),
    )

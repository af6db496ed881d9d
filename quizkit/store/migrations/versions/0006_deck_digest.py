"""Remember a digest of the deck file each deck was last imported from.

A bot that imports its decks at every start paid for a full parse and compare
of every file (about a second per 20,000 notes) although nothing had changed.
With the digest of the file's bytes stored at import, an unchanged file is
recognised before it is parsed and costs one read and one hash.

NULL means "not known" (decks imported before this revision, or from ``Deck``
objects in memory): their next import from a file reads the file in full.
A later migration that changes how notes are stored must set the column back
to NULL, so that the next import rewrites them.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable, no default: a plain ALTER TABLE ... ADD COLUMN on both backends,
    # instant even on a big collection (no table rewrite).
    op.add_column("decks", sa.Column("content_digest", sa.String(64), nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE decks DROP COLUMN content_digest")

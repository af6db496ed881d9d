"""Alembic environment: quizkit always passes an open connection in ``config.attributes``."""

from __future__ import annotations

from alembic import context

from quizkit.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copy-and-move
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()

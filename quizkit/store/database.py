"""Where the database is and which schema revision is current, without SQLAlchemy.

Both ways of reading the database need these: the SQLAlchemy engine
(:mod:`quizkit.store.engine`) and the read path over the standard library's
``sqlite3`` that ``quizkit next`` takes on an up-to-date SQLite file
(:mod:`quizkit.store.quickread`), which must start without importing SQLAlchemy.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from quizkit.errors import StoreError
from quizkit.inputs import check_text

__all__ = ["BUSY_TIMEOUT_S", "HEAD_REVISION", "VERSION_QUERY", "default_db_path", "resolve_url"]

# The newest migration in quizkit/store/migrations/versions (a test keeps them equal).
HEAD_REVISION = "0008"
# Alembic's one-row table: the revision the database's schema is at.
VERSION_QUERY = "SELECT version_num FROM alembic_version"
BUSY_TIMEOUT_S = 30.0


def default_db_path() -> Path:
    """``quizkit.db`` in the user data directory (platformdirs)."""
    return user_data_path("quizkit", appauthor=False) / "quizkit.db"


def resolve_url(db: str | os.PathLike[str] | None = None) -> str:
    """``--db`` / ``QUIZKIT_DB`` / the default, as an SQLAlchemy URL.

    A value with ``://`` is a URL; anything else is a file path.
    """
    raw = os.fspath(db) if db is not None else os.environ.get("QUIZKIT_DB") or ""
    if db is None and raw:
        # Decoded from bytes with surrogateescape: refuse what is not UTF-8 here, by name.
        check_text(raw, "QUIZKIT_DB")
    if not raw:
        path = default_db_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # e.g. a service account whose home is read-only
            raise StoreError(
                f"cannot create the data folder {path.parent}: {exc.strerror or exc}; "
                "choose a database with --db or QUIZKIT_DB"
            ) from exc
        return f"sqlite:///{path}"
    if "://" in raw:
        return raw
    return f"sqlite:///{Path(raw).expanduser().absolute()}"

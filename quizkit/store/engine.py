"""Database engines: where the database is, how it is opened, how its errors read.

SQLite gets WAL mode (readers never block the writer), a 30-second busy
timeout, and ``BEGIN IMMEDIATE`` for write transactions: a deferred transaction
that later upgrades to a write lock fails with "database is locked" at once,
whatever the timeout, so writers take the lock up front and wait their turn.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    IntegrityError,
    NoSuchModuleError,
    SQLAlchemyError,
)

from quizkit.errors import StoreError

__all__ = [
    "BUSY_TIMEOUT_S",
    "HEAD_REVISION",
    "db_errors",
    "default_db_path",
    "make_engine",
    "migrate",
    "read_once",
    "resolve_url",
    "retries",
    "write",
]

# The newest migration in quizkit/store/migrations/versions (a test keeps them equal).
HEAD_REVISION = "0007"
BUSY_TIMEOUT_S = 30.0
_WRITE = "quizkit_write"
_AUTOCOMMIT = "quizkit_autocommit"


def default_db_path() -> Path:
    """``quizkit.db`` in the user data directory (platformdirs)."""
    from platformdirs import user_data_path

    return user_data_path("quizkit", appauthor=False) / "quizkit.db"


def resolve_url(db: str | os.PathLike[str] | None = None) -> str:
    """``--db`` / ``QUIZKIT_DB`` / the default, as an SQLAlchemy URL.

    A value with ``://`` is a URL; anything else is a file path.
    """
    raw = os.fspath(db) if db is not None else os.environ.get("QUIZKIT_DB") or ""
    if not raw:
        path = default_db_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    if "://" in raw:
        return raw
    return f"sqlite:///{Path(raw).expanduser().absolute()}"


def _describe(url: str) -> str:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(
            f"{url!r} is not a database URL or path; expected e.g. study.db or "
            "postgresql+psycopg://user@host/db"
        ) from None
    kwargs: dict[str, Any] = {}
    is_sqlite = parsed.get_backend_name() == "sqlite"
    if is_sqlite:
        _check_sqlite_version()
        kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_S}
        database = parsed.database
        is_file = database not in (None, "", ":memory:") and not database.startswith("file:")
        if database and is_file and not Path(database).parent.is_dir():
            raise StoreError(f"cannot open database {database}: its folder does not exist")
    try:
        engine = create_engine(parsed, **kwargs)
    except (NoSuchModuleError, ImportError) as exc:
        raise StoreError(
            f"no driver for {parsed.drivername!r} ({exc}); for PostgreSQL install "
            "quizkit[postgres] and use postgresql+psycopg://"
        ) from None
    if is_sqlite:
        _configure_sqlite(engine)
    return engine


# ALTER TABLE ... DROP COLUMN (migration 0005) arrived in SQLite 3.35 (March 2021).
MIN_SQLITE = (3, 35, 0)


def _check_sqlite_version() -> None:
    import sqlite3

    if sqlite3.sqlite_version_info < MIN_SQLITE:
        raise StoreError(
            f"quizkit needs SQLite {'.'.join(map(str, MIN_SQLITE))} or newer; this Python's "
            f"sqlite3 module has {sqlite3.sqlite_version} (use a Python built with a newer "
            "SQLite, or PostgreSQL)"
        )


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below issue BEGIN itself.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            cursor.execute("PRAGMA foreign_keys = ON")
            # WAL + synchronous=NORMAL: a committed transaction survives a killed
            # process; only an OS crash could roll back the newest commits.
            with contextlib.suppress(Exception):  # a read-only file keeps its journal mode
                cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        options = conn.get_execution_options()
        if options.get(_WRITE):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        elif not options.get(_AUTOCOMMIT):
            conn.exec_driver_sql("BEGIN")


@contextlib.contextmanager
def write(engine: Engine) -> Iterator[Connection]:
    """One write transaction: committed on exit, rolled back on any error."""
    with engine.connect() as conn:
        conn = conn.execution_options(**{_WRITE: True})
        with conn.begin():
            yield conn


@contextlib.contextmanager
def read_once(engine: Engine) -> Iterator[Connection]:
    """A connection for reads that need no common snapshot (one query, say).

    On SQLite each statement then runs on its own, without a BEGIN round trip:
    a study step's card lookup is a single query.
    """
    with engine.connect() as conn:
        yield conn.execution_options(**{_AUTOCOMMIT: True})


class _Attempt:
    """One try of a write transaction; swallows a unique-key race unless it is the last."""

    def __init__(self, last: bool) -> None:
        self.last = last
        self.succeeded = False

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: type[BaseException] | None, exc: Any, tb: Any) -> bool:
        if exc_type is None:
            self.succeeded = True
            return False
        # Two processes inserted the same first row at once (PostgreSQL under READ
        # COMMITTED): the loser rolls back and retries, and then sees the winner's row.
        return issubclass(exc_type, IntegrityError) and not self.last


def retries(times: int = 3) -> Iterator[_Attempt]:
    """``for attempt in retries(): with attempt, write(engine) as conn: ...``"""
    for i in range(times):
        attempt = _Attempt(last=i == times - 1)
        yield attempt
        if attempt.succeeded:
            return


@contextlib.contextmanager
def db_errors(url: str) -> Iterator[None]:
    """Turn driver errors into one-line :class:`StoreError` messages."""
    try:
        yield
    except DBAPIError as exc:
        raise StoreError(_message(url, exc)) from None
    except SQLAlchemyError as exc:  # pragma: no cover - defensive: any other SQLAlchemy failure
        raise StoreError(f"database {_describe(url)}: {exc}") from None


def _message(url: str, exc: DBAPIError) -> str:
    where = _describe(url)
    detail = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
    low = detail.lower()
    if "locked" in low or "busy" in low:
        return (
            f"database {where} is locked by another process (waited {BUSY_TIMEOUT_S:.0f} s); "
            "try again when it is done"
        )
    if "readonly" in low or "read-only" in low:
        return f"database {where} is read-only; use a writable file with --db or QUIZKIT_DB"
    if "unable to open" in low:
        return f"cannot open database {where}: check the path and its permissions"
    if "not a database" in low or "malformed" in low:
        return f"{where} is not a quizkit database (or is damaged): {detail}"
    return f"database {where}: {detail}"


def _current_revision(conn: Connection) -> str | None:
    dialect = conn.dialect
    if not dialect.has_table(conn, "alembic_version"):
        return None
    row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration; cheap when it already is.

    Runs inside one write transaction (taken before reading the version), so two
    processes opening a new database at once cannot both create the tables.
    """
    with engine.connect() as conn:
        current = _current_revision(conn)
        conn.rollback()
    if current == HEAD_REVISION:
        return
    from alembic import command
    from alembic.config import Config
    from alembic.util import CommandError

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    with write(engine) as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(7741)"))
        config.attributes["connection"] = conn
        try:
            command.upgrade(config, "head")
        except CommandError as exc:
            raise StoreError(
                f"database schema {current!r} is unknown to this quizkit ({exc}); "
                "is the database from a newer version?"
            ) from None

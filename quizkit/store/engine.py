"""Database engines: where the database is, how it is opened, how its errors read.

SQLite gets WAL mode (readers never block the writer), a 30-second busy
timeout, and ``BEGIN IMMEDIATE`` for write transactions: a deferred transaction
that later upgrades to a write lock fails with "database is locked" at once,
whatever the timeout, so writers take the lock up front and wait their turn.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
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
from quizkit.store.database import (
    BUSY_TIMEOUT_S,
    HEAD_REVISION,
    VERSION_QUERY,
    default_db_path,
    resolve_url,
)

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

_WRITE = "quizkit_write"
_AUTOCOMMIT = "quizkit_autocommit"


def _describe(url: str) -> str:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(
            f"{url!r} is not a database URL or path; expected e.g. study.db or "
            "postgresql+psycopg://user@host/db"
        ) from exc
    kwargs: dict[str, Any] = {}
    is_sqlite = parsed.get_backend_name() == "sqlite"
    if is_sqlite:
        _check_sqlite_version()
        kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_S}
        database = parsed.database
        is_file = database not in (None, "", ":memory:") and not database.startswith("file:")
        if database and is_file and not Path(database).parent.is_dir():
            raise StoreError(f"cannot open database {database}: its folder does not exist")
        if database and is_file:
            # Before SQLAlchemy's first connection, which switches the file to WAL.
            check_sqlite_file(database)
    try:
        engine = create_engine(parsed, **kwargs)
        # The driver's arguments (``?timeout=abc``) are parsed here, not when connecting.
        engine.dialect.create_connect_args(engine.url)
    except (NoSuchModuleError, ImportError) as exc:
        raise StoreError(
            f"no driver for {parsed.drivername!r} ({exc}); for PostgreSQL install "
            "quizkit[postgres] and use postgresql+psycopg://"
        ) from exc
    except (ArgumentError, ValueError, TypeError) as exc:
        raise StoreError(
            f"database URL {parsed.render_as_string(hide_password=True)} has an invalid "
            f"argument: {exc}"
        ) from exc
    if is_sqlite:
        _configure_sqlite(engine, parsed.database if is_file else None)
    return engine


# Tables of every quizkit schema; a database holding them and its Alembic
# version is quizkit's (whatever its revision: migrate brings it up to date).
_OWN_MARKS = frozenset({"alembic_version", "decks"})
_SQLITE_HEADER = b"SQLite format 3\x00"


def check_owned(tables: set[str], where: str) -> None:
    """Refuse a database with tables that quizkit did not create.

    An empty database is new; one with quizkit's version table and decks is
    quizkit's. Anything else (an Anki collection, another application's
    database) is refused before quizkit writes a byte to it.
    """
    if not tables or tables >= _OWN_MARKS:
        return
    shown = ", ".join(sorted(tables)[:6]) + (", ..." if len(tables) > 6 else "")
    raise StoreError(
        f"{where} is not a quizkit database (it holds the tables {shown}); quizkit opens "
        "only databases it created, or a new or empty file: choose another --db"
    )


def check_sqlite_file(database: str) -> None:
    """Refuse, without writing to it, an SQLite file that is not quizkit's.

    Opened read-write but only read, so closing it checkpoints and removes the
    ``-wal`` file a WAL database gets, and the file's journal mode is left alone.
    """
    path = Path(database)
    try:
        info = path.stat()
    except FileNotFoundError:
        return  # a new database: quizkit creates it
    except OSError as exc:
        raise StoreError(f"cannot open database {database}: {exc.strerror or exc}") from exc
    if not stat.S_ISREG(info.st_mode):
        raise StoreError(f"cannot open database {database}: not a regular file")
    if info.st_size == 0:
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"cannot open database {database}: {exc.strerror or exc}") from exc
    if header != _SQLITE_HEADER:
        raise StoreError(
            f"{database} is not a quizkit database (not an SQLite file, and not empty); "
            "choose another --db"
        )
    tables: set[str] | None = None
    for mode in ("rw", "ro"):  # a read-only file can still be read
        try:
            tables = _sqlite_tables(path, mode)
            break
        except sqlite3.OperationalError as exc:
            if "unable to open" not in str(exc).lower():  # locked for longer than the timeout
                raise StoreError(f"cannot read database {database}: {exc}") from exc
    if tables is None:
        if _is_read_only(database):
            raise StoreError(
                f"database {database} is read-only (the file or its folder cannot be "
                "written, and quizkit must write); use a writable file with --db or QUIZKIT_DB"
            )
        raise StoreError(f"cannot open database {database}: check the path and its permissions")
    check_owned(tables, database)


def _sqlite_tables(path: Path, mode: str) -> set[str]:
    """The table names of the SQLite file at ``path``, read through a ``mode`` connection."""
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode={mode}", uri=True)
    except UnicodeDecodeError as exc:
        raise _damaged(path) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        conn.text_factory = lambda data: data.decode("utf-8", "replace")
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    except UnicodeDecodeError as exc:
        # SQLite's own message quotes the damaged schema, which Python cannot decode.
        raise _damaged(path) from exc
    except sqlite3.OperationalError:
        raise
    except sqlite3.Error as exc:
        raise StoreError(f"{path} is not a quizkit database (or is damaged): {exc}") from exc
    finally:
        conn.close()
    return {str(row[0]) for row in rows}


def _damaged(path: Path) -> StoreError:
    return StoreError(f"{path} is damaged: its schema holds bytes that are not UTF-8")


# ALTER TABLE ... DROP COLUMN (migration 0005) arrived in SQLite 3.35 (March 2021).
MIN_SQLITE = (3, 35, 0)


def _check_sqlite_version() -> None:
    if sqlite3.sqlite_version_info < MIN_SQLITE:
        raise StoreError(
            f"quizkit needs SQLite {'.'.join(map(str, MIN_SQLITE))} or newer; this Python's "
            f"sqlite3 module has {sqlite3.sqlite_version} (use a Python built with a newer "
            "SQLite, or PostgreSQL)"
        )


_WAL_FILES = "quizkit_wal_files"
# (device, inode) of a database's -wal and -shm files, None for one absent.
WalFiles = tuple[tuple[int, int] | None, ...]


def wal_files(database: str) -> WalFiles:
    """(device, inode) of the database's ``-wal`` and ``-shm`` files (None: absent)."""
    found: list[tuple[int, int] | None] = []
    for suffix in ("-wal", "-shm"):
        try:
            info = os.stat(database + suffix)
        except OSError:
            found.append(None)
        else:
            found.append((info.st_dev, info.st_ino))
    return tuple(found)


def _check_wal_files(conn: Connection, database: str) -> None:
    """Refuse to write when the ``-wal`` or ``-shm`` file this connection opened is gone."""
    check_wal_files(conn.connection.info.get(_WAL_FILES), database)


def check_wal_files(opened: WalFiles | None, database: str) -> None:
    """Refuse to write when the ``-wal`` or ``-shm`` file a connection opened (``opened``,
    from :func:`wal_files` when it connected) is gone.

    SQLite keeps both while any connection is open; one deleted or replaced
    under an open connection splits the database in two (this connection's
    commits go to a file no other process reads, and a checkpoint from either
    side overwrites the other's), so an answer written now would be lost.
    """
    if opened is None or None in opened:
        return  # not in WAL mode when connected (a read-only file): nothing to compare
    if wal_files(database) != opened:
        raise StoreError(
            f"the -wal or -shm file of database {database} was deleted or replaced while "
            "quizkit had it open; nothing more is written through this connection. Close "
            "every program using the database and open it again; answers committed since "
            "the deletion may be lost (see Reliability in the README)"
        )


def configure_sqlite(dbapi_connection: sqlite3.Connection) -> None:
    """The settings of every quizkit connection to an SQLite database (see the module's
    docstring); the connection then issues BEGIN itself."""
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


def _configure_sqlite(engine: Engine, database: str | None) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: Any) -> None:
        # SQLAlchemy's "begin" event below issues BEGIN itself.
        configure_sqlite(dbapi_connection)
        if database is not None:
            # One stat per file now and per write transaction: the price of
            # noticing deleted -wal/-shm files before an answer goes astray.
            record.info[_WAL_FILES] = wal_files(database)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Through the driver: SQLAlchemy's work to execute a statement would be a
        # fifth of a study step's (an error reads as any other, see db_errors).
        driver = conn.connection.driver_connection
        assert driver is not None
        options = conn.get_execution_options()
        if options.get(_WRITE):
            if database is not None:
                _check_wal_files(conn, database)
            driver.execute("BEGIN IMMEDIATE")
        elif not options.get(_AUTOCOMMIT):
            driver.execute("BEGIN")


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
        race = (IntegrityError, sqlite3.IntegrityError)
        return issubclass(exc_type, race) and not self.last


def retries(times: int = 3) -> Iterator[_Attempt]:
    """``for attempt in retries(): with attempt, write(engine) as conn: ...``"""
    for i in range(times):
        attempt = _Attempt(last=i == times - 1)
        yield attempt
        if attempt.succeeded:
            return


def db_errors(url: str) -> contextlib.AbstractContextManager[None]:
    """Turn driver errors into one-line :class:`StoreError` messages."""
    return _DbErrors(url)


class _DbErrors:
    """:func:`db_errors`, written out as a class: a study step enters it twice, and a
    generator-based context manager costs several times as much."""

    __slots__ = ("url",)

    def __init__(self, url: str) -> None:
        self.url = url

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: Any
    ) -> None:
        if exc is None:
            return
        url = self.url
        if isinstance(exc, DBAPIError | sqlite3.Error):
            # sqlite3's own errors: the statements run through the driver on SQLite
            # (quizkit.store.driver), without SQLAlchemy's wrapping.
            raise StoreError(_message(url, exc)) from exc
        if isinstance(exc, UnicodeError):
            # Text the driver cannot encode or decode (a lone surrogate that slipped
            # past the checks at the edges, or a damaged row): one line, not a traceback.
            raise StoreError(f"database {_describe(url)}: text that is not UTF-8 ({exc})") from exc
        if isinstance(exc, OverflowError):
            raise StoreError(
                f"database {_describe(url)}: a number too large to store ({exc})"
            ) from exc
        if isinstance(exc, SQLAlchemyError):  # pragma: no cover - defensive
            raise StoreError(f"database {_describe(url)}: {exc}") from exc


def _message(url: str, exc: DBAPIError | sqlite3.Error) -> str:
    where = _describe(url)
    orig = getattr(exc, "orig", exc)  # sqlite3's own errors are their own cause
    detail = str(orig).strip().splitlines()[0] if orig is not None else str(exc)
    low = detail.lower()
    if "locked" in low or "busy" in low:
        return (
            f"database {where} is locked by another process (waited {BUSY_TIMEOUT_S:.0f} s); "
            "try again when it is done"
        )
    read_only = f"database {where} is read-only; use a writable file with --db or QUIZKIT_DB"
    if "readonly" in low or "read-only" in low:
        return read_only
    if "unable to open" in low:
        if _is_read_only(where):
            # SQLite says only "unable to open" when it cannot create the -wal
            # or -shm file beside a database in a read-only folder.
            return read_only + " (the file or its folder cannot be written)"
        return f"cannot open database {where}: check the path and its permissions"
    if "full" in low or "disk i/o error" in low:
        free = _free_bytes(where)
        if "full" in low or (free is not None and free < _NEARLY_FULL):
            shown = "" if free is None else f" ({free // 1024} kB free)"
            return (
                f"the disk holding database {where} is full{shown}; free some space and "
                "try again (the transaction was rolled back: nothing of it was saved)"
            )
    if "not a database" in low or "malformed" in low:
        return f"{where} is not a quizkit database (or is damaged): {detail}"
    return f"database {where}: {detail}"


# SQLite reports a full disk under WAL as "disk I/O error" (growing -shm or -wal
# failed); with less free space than this, a full disk is the likely cause.
_NEARLY_FULL = 16 * 1024 * 1024


def _is_read_only(database: str) -> bool:
    path = Path(database)
    if not path.is_absolute():
        return False  # not a file (a server URL)
    target = path if path.exists() else path.parent
    return not os.access(target, os.W_OK) or not os.access(path.parent, os.W_OK)


def _free_bytes(database: str) -> int | None:
    path = Path(database)
    if not path.is_absolute():
        return None
    try:
        return shutil.disk_usage(path.parent).free
    except OSError:
        return None


def _current_revision(conn: Connection) -> str | None:
    dialect = conn.dialect
    if not dialect.has_table(conn, "alembic_version"):
        return None
    row = conn.execute(text(VERSION_QUERY)).first()
    return None if row is None else str(row[0])


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration; cheap when it already is.

    Runs inside one write transaction (taken before reading the version), so two
    processes opening a new database at once cannot both create the tables.
    """
    with engine.connect() as conn:
        current = _current_revision(conn)
        tables = set() if current is not None else set(conn.dialect.get_table_names(conn))
        conn.rollback()
    if current == HEAD_REVISION:
        return
    if current is None:
        check_owned(tables, _describe(engine.url.render_as_string(hide_password=False)))
    # Late: Alembic takes longer to import (0.2-0.4 s) than the version check above,
    # which is all that opening a current database needs (pinned by a test).
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
            ) from exc

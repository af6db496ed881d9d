"""The store's named statements run on SQLite through ``sqlite3`` directly.

A study step is a handful of small statements; SQLAlchemy's own work per
statement (cache lookup, parameter and result processing, its result object)
cost more than SQLite's. On SQLite the step's statements therefore run as the
text SQLAlchemy compiled for them once (:mod:`quizkit.store.readsql`, generated
by :mod:`quizkit.store.readgen` from the same statement objects), with the
parameters and result columns converted as SQLAlchemy's SQLite dialect converts
them (tests hold both equal). On any other database :func:`execute` runs the
statement object through SQLAlchemy as before. No SQLAlchemy import here: the
``sqlite3`` read path of ``quizkit next`` (:mod:`quizkit.store.quickread`) runs
the same statements.
"""

from __future__ import annotations

import collections
import datetime as dt
import functools
import sqlite3
from typing import TYPE_CHECKING, Any, Protocol

from quizkit.store.readsql import STATEMENTS

if TYPE_CHECKING:
    from sqlalchemy import Connection

__all__ = ["Rows", "execute", "from_sqlite", "run", "to_sqlite"]


def to_sqlite(kind: str, value: Any) -> Any:
    """A parameter as SQLAlchemy's SQLite dialect binds it (a test holds them equal)."""
    if value is None or kind in ("int", "str"):
        return value
    if kind == "date":
        return value.isoformat()
    if kind == "datetime":
        return value.isoformat(sep=" ", timespec="microseconds")
    if kind == "bool":
        return int(value)
    raise ValueError(f"no conversion for a {kind!r} parameter")


def from_sqlite(kind: str, value: Any) -> Any:
    """A result column as SQLAlchemy's SQLite dialect reads it back."""
    if value is None or not kind:
        return value
    if kind == "date":
        return dt.date.fromisoformat(value)
    if kind == "datetime":
        return dt.datetime.fromisoformat(value)
    if kind == "bool":
        return bool(value)
    raise ValueError(f"no conversion for a {kind!r} column")


@functools.cache
def _row_type(names: tuple[str, ...]) -> Any:
    return collections.namedtuple("Row", names)


class Rows(Protocol):
    """What callers use of a result, on either path: its first row, rows changed."""

    @property
    def rowcount(self) -> int: ...

    def first(self) -> Any: ...


class _Result:
    """A ``sqlite3`` cursor's result, its rows read by attribute as SQLAlchemy's are."""

    def __init__(self, cursor: sqlite3.Cursor, columns: tuple[tuple[str, str], ...]) -> None:
        self._cursor = cursor
        self._columns = columns
        self.rowcount = cursor.rowcount

    def first(self) -> Any:
        values = self._cursor.fetchone()
        self._cursor.close()
        if values is None:
            return None
        converted = (
            from_sqlite(kind, v) for (_, kind), v in zip(self._columns, values, strict=True)
        )
        return _row_type(tuple(name for name, _ in self._columns))(*converted)


def run(conn: sqlite3.Connection, name: str, params: dict[str, Any]) -> Rows:
    """Run the statement ``name`` of :mod:`quizkit.store.readsql` on a ``sqlite3`` connection."""
    sql, fixed, kinds, columns = STATEMENTS[name]
    if params.keys() != kinds.keys():
        raise TypeError(f"statement {name!r} takes {sorted(kinds)}, not {sorted(params)}")
    bound = dict(fixed)
    bound.update({key: to_sqlite(kinds[key], value) for key, value in params.items()})
    return _Result(conn.execute(sql, bound), columns)


def _direct(conn: Connection) -> bool:
    """Whether ``conn``'s statements run through the driver (a test turns it off)."""
    return conn.dialect.name == "sqlite"


def execute(
    conn: Connection | sqlite3.Connection, name: str, statement: Any, params: dict[str, Any]
) -> Rows:
    """``statement`` (the store's statement called ``name``) on ``conn``: on SQLite its
    compiled text through the driver, inside the connection's transaction (``conn`` an
    SQLAlchemy connection, or the study step's own ``sqlite3`` one)."""
    if isinstance(conn, sqlite3.Connection):
        return run(conn, name, params)
    if _direct(conn):
        driver = conn.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        return run(driver, name, params)
    result: Rows = conn.execute(statement, params)
    return result

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
import operator
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from quizkit.store.readsql import STATEMENTS

if TYPE_CHECKING:
    from sqlalchemy import Connection

__all__ = ["Rows", "execute", "from_sqlite", "run", "to_sqlite"]


# How a parameter of each kind is bound, and a result column of each kind read
# back, as SQLAlchemy's SQLite dialect does it (None: as it is). NULL stays NULL.
_BIND: dict[str, Callable[[Any], Any] | None] = {
    "int": None,
    "str": None,
    # C functions, not Python ones: a step binds a dozen dates and times.
    "date": dt.date.isoformat,
    "datetime": operator.methodcaller("isoformat", sep=" ", timespec="microseconds"),
    "bool": int,
}
_READ: dict[str, Callable[[Any], Any] | None] = {
    "": None,
    "date": dt.date.fromisoformat,
    "datetime": dt.datetime.fromisoformat,
    "bool": bool,
}


def to_sqlite(kind: str, value: Any) -> Any:
    """A parameter as SQLAlchemy's SQLite dialect binds it (a test holds them equal)."""
    if kind not in _BIND:
        raise ValueError(f"no conversion for a {kind!r} parameter")
    bind = _BIND[kind]
    return value if value is None or bind is None else bind(value)


def from_sqlite(kind: str, value: Any) -> Any:
    """A result column as SQLAlchemy's SQLite dialect reads it back."""
    if kind not in _READ:
        raise ValueError(f"no conversion for a {kind!r} column")
    read = _READ[kind]
    return value if value is None or read is None else read(value)


class Rows(Protocol):
    """What callers use of a result, on either path: its first row, rows changed."""

    @property
    def rowcount(self) -> int: ...

    def first(self) -> Any: ...


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A statement of :mod:`quizkit.store.readsql` made ready to run once: a study step
    runs the same few statements over and over.

    The values the statement carries (its LIMITs, OFFSETs and literals, two thirds
    of a queue query's parameters) are written into the text, and the caller's
    parameters become numbered (``?1``: a name used twice is bound once), handed
    over as a tuple: ``sqlite3`` binds a tuple by position, a dict by looking each
    name up. Conversions and column readers are looked up here, once.
    """

    sql: str
    binds: dict[str, Callable[[Any], Any] | None]
    values: Callable[[dict[str, Any]], tuple[Any, ...]]  # the caller's, in number order
    # Only the parameters and columns that are converted, by position: an answer
    # binds 17 values of which 5 are, and a queue row has 13 columns, 2 read.
    converted: tuple[tuple[int, Callable[[Any], Any]], ...]
    reads: tuple[tuple[int, Callable[[Any], Any]], ...]
    row: Any  # the named tuple type of its rows


# A parameter in SQLAlchemy's compiled SQLite text (it writes no other ':' outside
# quoted identifiers, and no string literal: values are parameters).
_PARAMETER = re.compile(r":(\w+)")


def _literal(value: Any) -> str | None:
    """``value`` as an SQLite literal, when it is a plain integer or text."""
    if value is None:
        return "NULL"
    if type(value) is int:
        return str(value)
    if type(value) is str:
        return "'" + value.replace("'", "''") + "'"
    return None


def _numbered(sql: str, fixed: dict[str, Any]) -> tuple[str, tuple[str, ...], dict[str, Any]]:
    """``sql`` with the fixed values written in and every other ``:name`` as ``?N``:
    the text, the names in number order, the fixed values that stay parameters."""
    names: list[str] = []
    kept: dict[str, Any] = {}

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in fixed and name not in kept:
            literal = _literal(fixed[name])
            if literal is not None:
                return literal
            kept[name] = fixed[name]
        if name not in names:
            names.append(name)
        return f"?{names.index(name) + 1}"

    return _PARAMETER.sub(replace, sql), tuple(names), kept


def _getter(
    names: tuple[str, ...], kept: dict[str, Any]
) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    if kept:
        return lambda params: tuple({**kept, **params}[name] for name in names)
    if not names:
        return lambda params: ()
    if len(names) == 1:
        only = names[0]
        return lambda params: (params[only],)
    return operator.itemgetter(*names)


@functools.cache
def _prepared(name: str) -> _Prepared:
    sql, fixed, kinds, columns = STATEMENTS[name]
    binds = {}
    for key, kind in kinds.items():
        if kind not in _BIND:
            raise ValueError(f"no conversion for a {kind!r} parameter")
        binds[key] = _BIND[kind]
    for _, kind in columns:
        if kind not in _READ:
            raise ValueError(f"no conversion for a {kind!r} column")
    text, names, kept = _numbered(sql, dict(fixed))
    converted = tuple(
        (i, bind) for i, key in enumerate(names) if (bind := binds.get(key)) is not None
    )
    reads = tuple(
        (i, read) for i, (_, kind) in enumerate(columns) if (read := _READ[kind]) is not None
    )
    row = collections.namedtuple("Row", [column for column, _ in columns])  # type: ignore[misc]
    return _Prepared(text, binds, _getter(names, kept), converted, reads, row)


class _Result:
    """A ``sqlite3`` cursor's result, its rows read by attribute as SQLAlchemy's are."""

    __slots__ = ("_cursor", "_prepared", "rowcount")

    def __init__(self, cursor: sqlite3.Cursor, prepared: _Prepared) -> None:
        self._cursor = cursor
        self._prepared = prepared
        self.rowcount = cursor.rowcount

    def first(self) -> Any:
        values = self._cursor.fetchone()
        self._cursor.close()
        if values is None:
            return None
        reads = self._prepared.reads
        if reads:
            values = list(values)
            for i, read in reads:
                value = values[i]
                if value is not None:
                    values[i] = read(value)
        return self._prepared.row._make(values)


def run(conn: sqlite3.Connection, name: str, params: dict[str, Any]) -> Rows:
    """Run the statement ``name`` of :mod:`quizkit.store.readsql` on a ``sqlite3`` connection."""
    prepared = _prepared(name)
    binds = prepared.binds
    if params.keys() != binds.keys():
        raise TypeError(f"statement {name!r} takes {sorted(binds)}, not {sorted(params)}")
    values: Any = prepared.values(params)
    if prepared.converted:
        values = list(values)
        for i, bind in prepared.converted:
            value = values[i]
            if value is not None:
                values[i] = bind(value)
    return _Result(conn.execute(prepared.sql, values), prepared)


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

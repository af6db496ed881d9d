"""Writes :mod:`quizkit.store.readsql`: the store's named statements compiled for SQLite.

On SQLite, a study step's statements and the ``sqlite3`` read path of ``quizkit
next`` (:mod:`quizkit.store.quickread`) run through the driver
(:mod:`quizkit.store.driver`) as text. That text is not a second copy of the
queries: it is the store's own SQLAlchemy statements
(:func:`quizkit.store.statements.named`), compiled here for SQLite and kept in a
generated module, because the read path must not import SQLAlchemy.
``tests/test_quickread.py`` fails when that module differs from a fresh compile;
then run::

    .venv/bin/python -m quizkit.store.readgen
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, String
from sqlalchemy.dialects import sqlite

from quizkit.store import statements as st

__all__ = ["TARGET", "compiled_statements", "render"]

TARGET = Path(__file__).with_name("readsql.py")

# A parameter's or result column's SQLAlchemy type, as the name the driver converts
# it by (driver.to_sqlite, driver.from_sqlite): held equal to SQLAlchemy's own
# processors by a test.
_KINDS: tuple[tuple[type[Any], str], ...] = (
    (DateTime, "datetime"),
    (Date, "date"),
    (Boolean, "bool"),
    (Integer, "int"),
    (String, "str"),
)


def _kind(type_: Any, name: str) -> str:
    for cls, kind in _KINDS:
        if isinstance(type_, cls):
            return kind
    raise TypeError(f"{name!r} has type {type_!r}, which quizkit.store.driver cannot convert")


# Result columns read back as they are stored (integers and text) have no kind.
_AS_STORED = ("int", "str")

Compiled = tuple[str, dict[str, Any], dict[str, str], tuple[tuple[str, str], ...]]


def compiled_statements() -> dict[str, Compiled]:
    """Each statement as (SQLite text with ``:name`` parameters, the fixed parameters
    as stored, the caller's parameters with their kinds, the result columns with
    the kinds of those that are converted)."""
    dialect = sqlite.dialect(paramstyle="named")
    out: dict[str, Compiled] = {}
    for name, statement in st.named().items():
        compiled = statement.compile(dialect=dialect)
        fixed: dict[str, Any] = {}
        given: dict[str, str] = {}
        for bind, key in sorted(compiled.bind_names.items(), key=lambda item: item[1]):
            if bind.required:
                given[key] = _kind(bind.type, key)
                continue
            # A value the statement carries (a LIMIT, a literal): stored as the
            # SQLAlchemy path would bind it.
            process = bind.type.dialect_impl(dialect).bind_processor(dialect)
            fixed[key] = process(bind.value) if process else bind.value
        columns = tuple(
            (column.name, "" if kind in _AS_STORED else kind)
            for column in getattr(statement, "selected_columns", ())
            for kind in [_kind(column.type, column.name)]
        )
        out[name] = (str(compiled), fixed, given, columns)
    return out


_HEADER = '''"""The store's named statements as SQLite text. Generated: do not edit.

Written by ``python -m quizkit.store.readgen`` from the store's SQLAlchemy
statements (:mod:`quizkit.store.statements`), compiled for SQLite; a test keeps
this file equal to a fresh compile. Each entry: the SQL with ``:name``
parameters, the fixed parameters as stored, the caller's parameters and their
kinds, the result columns and the kinds of those read back converted.
"""

# ruff: noqa: E501

from __future__ import annotations

from typing import Final

# fmt: off
STATEMENTS: Final[
    dict[str, tuple[str, dict[str, object], dict[str, str], tuple[tuple[str, str], ...]]]
] = {
'''


def render() -> str:
    """The source of :mod:`quizkit.store.readsql`."""
    lines = [_HEADER]
    for name, (sql, fixed, given, columns) in compiled_statements().items():
        # The SQL line by line, as adjacent strings: a diff shows the line that changed.
        text = "\n".join(f"        {line!r}" for line in sql.splitlines(keepends=True))
        lines.append(
            f"    {name!r}: (\n{text},\n        {fixed!r},\n        {given!r},\n"
            f"        {columns!r},\n    ),\n"
        )
    lines.append("}\n# fmt: on\n")
    return "".join(lines)


def main() -> int:
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

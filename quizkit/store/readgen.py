"""Writes :mod:`quizkit.store.readsql`: the read path's statements compiled for SQLite.

``quizkit next`` reads an up-to-date SQLite database through ``sqlite3`` alone
(:mod:`quizkit.store.quickread`), without importing SQLAlchemy. Its queries are
not written a second time: they are the store's own SQLAlchemy statements
(:mod:`quizkit.store.statements`), compiled here for SQLite and kept as text in
a generated module. ``tests/test_quickread.py`` fails when that module differs
from a fresh compile; then run::

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

# A bind parameter's SQLAlchemy type, as the read path's name for how it converts
# a Python value (quickread.to_sqlite): checked against SQLAlchemy's own bind
# processors by a test.
_KINDS: tuple[tuple[type[Any], str], ...] = (
    (DateTime, "datetime"),  # before Date: neither is a subclass of the other, but be plain
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


_HEADER = '''"""The read path's statements as SQLite text. Generated: do not edit.

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

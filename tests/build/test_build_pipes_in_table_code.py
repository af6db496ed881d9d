"""A bare ``|`` inside a table cell's code span splits the row by GFM's letter; the
author meant one cell: the span is joined back whole, wherever it stands in the row,
and the row keeps its header's columns."""

from __future__ import annotations

from quizkit.build.markdown import Table, parse_document

DOC = """# Modules

| Module | Use | Example |
| --- | --- | --- |
| `command` | Runs a command without shell features | `run -m command -a "ls"` |
| `shell` | Runs commands with shell features (`|`,`&&`) | `run -m shell -a "echo hi | tee f"` |
"""


def test_a_code_span_cut_by_a_bar_is_one_cell_again() -> None:
    tables = [i.block for i in parse_document(DOC).items if isinstance(i.block, Table)]
    assert tables[0].rows[1] == (
        "`shell`",
        "Runs commands with shell features (`|`,`&&`)",
        '`run -m shell -a "echo hi | tee f"`',
    )


def test_a_bar_outside_code_still_joins_the_last_column() -> None:
    text = DOC.replace("(`|`,`&&`)", "and pipes").replace(
        '`run -m shell -a "echo hi | tee f"`', "echo hi | tee f"
    )
    tables = [i.block for i in parse_document(text).items if isinstance(i.block, Table)]
    assert tables[0].rows[1] == (
        "`shell`",
        "Runs commands with shell features and pipes",
        "echo hi | tee f",
    )

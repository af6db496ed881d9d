"""One reading of a table's footnotes: the parser takes off the marks the lines under
a table explain, and the rules put the same lines' text on the cards."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.markdown import Table, parse_document
from quizkit.notes import FactNote

DOC = """\
# Package managers

## Popularity

| Manager | Weekly Downloads † | License |
|---|---|---|
| alpha | 120k | MIT |
| beta | 80k | Apache-2.0 |

Counts are rounded to the nearest thousand.

† Weekly Downloads as of March 3, 2024
"""


def _facts(text: str, name: str) -> dict[str, str]:
    return {n.front: n.back for n in build_deck(text, name).notes if isinstance(n, FactNote)}


def test_a_footnote_past_a_remark_is_both_unmarked_and_read() -> None:
    table = next(i.block for i in parse_document(DOC).items if isinstance(i.block, Table))
    assert table.header == ("Manager", "Weekly Downloads", "License")
    assert table.header_marks == ("", "†", "")
    backs = _facts(DOC, "managers.md")
    # The mark taken off the header is the note read onto the column's answers.
    assert backs["alpha: Weekly Downloads?"] == "120k (as of March 3, 2024)"
    assert backs["beta: Weekly Downloads?"] == "80k (as of March 3, 2024)"
    assert backs["alpha: license?"] == "MIT"


def test_a_footnote_under_the_next_table_is_not_this_ones() -> None:
    doc = DOC.replace(
        "Counts are rounded to the nearest thousand.",
        "| Manager | Stars |\n|---|---|\n| alpha | 9k |",
    )
    backs = _facts(doc, "managers.md")
    assert backs["alpha: Weekly Downloads?"] == "120k"


def test_an_unexplained_superscript_mark_leaves_the_front() -> None:
    # The header's mark is read with the same grammar as the footnote lines: "¹" too,
    # not only stars and daggers, even when no line under the table explains it.
    doc = (
        "# Service types\n\n"
        "| Service Type | Accessible From | Monthly Cost ¹ |\n|---|---|---|\n"
        "| ClusterIP | inside the cluster only | free |\n"
        "| NodePort | outside, through a node port | free |\n"
        "| LoadBalancer | outside, through a cloud balancer | billed per hour |\n"
    )
    backs = _facts(doc, "types.md")
    assert backs["LoadBalancer: monthly cost?"] == "billed per hour"
    assert not any("¹" in front for front in backs)

"""A directory table (dozens of rows, each named by a link to another project's site)
makes no cards: every cell is a fact about one of many third-party products. A short
table of linked products, or a long one of unlinked names, is carded as before."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

HEADER = "| Name | Driver name | Access modes |\n|---|---|---|\n"


def _rows(count: int, *, linked: bool) -> str:
    name = "[Store {n}](https://example.com/store-{n})" if linked else "Store {n}"
    row = f"| {name} | `csi.store{{n}}.io` | Read/Write Single Pod |\n"
    return "".join(row.format(n=n) for n in range(1, count + 1))


def _doc(table: str) -> str:
    return f"# Drivers\n\n## Production drivers\n\n{table}"


def test_a_directory_of_linked_projects_makes_no_cards() -> None:
    notes = facts(build_deck(_doc(HEADER + _rows(30, linked=True)), "drivers.md").notes)
    assert [note for note in notes if "Store" in note.front] == []


def test_a_short_linked_table_and_a_long_unlinked_one_are_carded() -> None:
    short = facts(build_deck(_doc(HEADER + _rows(5, linked=True)), "drivers.md").notes)
    long = facts(build_deck(_doc(HEADER + _rows(30, linked=False)), "drivers.md").notes)
    assert ("Store 3: driver name?", "`csi.store3.io`") in [(n.front, n.back) for n in short]
    assert ("Store 29: driver name?", "`csi.store29.io`") in [(n.front, n.back) for n in long]


def test_a_lead_in_pointing_at_the_rows_names_no_subject_of_values() -> None:
    doc = "# Drivers\n\nThe following drivers can be used with Kubernetes:\n\n" + HEADER
    notes = facts(build_deck(doc + _rows(3, linked=False), "drivers.md").notes)
    assert [note.front for note in notes][:2] == ["Store 1: driver name?", "Store 2: driver name?"]

"""A table the prose presents as a sample of what a tool prints or makes ("… to create
tables like the following:", "Output looks like this:") is one run's numbers, not
knowledge: no cards, with or without code above it. A table whose lead-in names kinds
of things ("resources like the following:") is still read as a reference table."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

SAMPLE_OUTPUT = (
    "# lapctl\n"
    "\n"
    "## Exporting\n"
    "\n"
    "You can use the `--export-csv <file>` option to write tables like the following:\n"
    "\n"
    "| Command | Mean [ms] | Max [ms] |\n"
    "| :--- | ---: | ---: |\n"
    "| `grep -r lap .` | 41.2 ± 0.3 | 42.0 |\n"
    "| `rg lap` | 7.9 ± 0.1 | 8.3 |\n"
    "\n"
    "## Checking\n"
    "\n"
    "The checker walks every track and records its state.\n"
    "Its report will look something like this:\n"
    "\n"
    "| Track | State |\n"
    "| ----- | ----- |\n"
    "| north | open  |\n"
    "| south | shut  |\n"
    "\n"
    "## Track kinds\n"
    "\n"
    "The checker knows tracks like the following:\n"
    "\n"
    "| Kind  | Meaning                          |\n"
    "| ----- | -------------------------------- |\n"
    "| loop  | A track that ends where it began |\n"
    "| spur  | A short track with a dead end    |\n"
)


def _facts(text: str) -> dict[str, str]:
    deck = build_deck(text, "lapctl.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_a_table_presented_as_sample_output_makes_no_cards() -> None:
    facts = _facts(SAMPLE_OUTPUT)
    assert not [f for f in facts if "grep" in f or "rg lap" in f or "Mean" in f]
    assert not [f for f in facts if "north" in f or "south" in f]
    assert not [b for b in facts.values() if b in {"41.2 ± 0.3", "8.3", "open", "shut"}]


def test_a_table_of_kinds_named_like_the_following_still_makes_cards() -> None:
    facts = _facts(SAMPLE_OUTPUT)
    assert facts == {
        "Track kinds, kind loop: meaning?": "A track that ends where it began",
        "Track kinds, kind spur: meaning?": "A short track with a dead end",
    }


EXAMPLE_DATA = """# Lap store

## Layout

Logically the data is laid out in a table as in this example:

| runner | lap | time |
| ------ | --- | ---- |
| ann    | 1   | 61   |
| ann    | 2   | 64   |
| bob    | 1   | 70   |

Stored by columns, the repeats shrink, so physically it is kept much more compactly:

| runner | lap | time |
| ------ | --- | ---- |
| 2 x ann | 1  | 61   |
|         | 2  | 64   |
| bob     | 1  | 70   |

## Fields

Each field of a lap record:

| Field  | Meaning                   |
| ------ | ------------------------- |
| runner | Who ran the lap           |
| time   | Seconds the lap took      |
"""


def test_example_data_and_its_other_layout_make_no_cards() -> None:
    facts = _facts(EXAMPLE_DATA)
    assert facts == {
        "Lap store field: runner?": "Who ran the lap",
        "Lap store field: time?": "Seconds the lap took",
    }

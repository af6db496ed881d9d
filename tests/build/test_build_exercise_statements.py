"""An exercise's statement ("## Objectives", "## Requirements") on a page that answers
it under a "Solution" heading makes no list card: reciting the homework is no knowledge;
the same headings on a page that is no exercise still do."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_EXERCISE = """# Spool Archive

## Requirements

1. A loom with at least one spool
2. The `loomctl` command-line tool

## Objectives

1. Archive one spool into a file
2. Copy the archive to another loom
3. Load the spool there

## Solution

### Console

1. Run `loomctl spool save warp-1 -o warp-1.tar` to archive the spool.
2. Run `loomctl spool load -i warp-1.tar` on the other loom.
"""

_NOT_AN_EXERCISE = """# Loom Service

## Requirements

- Python 3.11 or later
- A database the loom can write to

## Usage

Start it with `loom serve`.
"""


def _fronts(text: str, name: str) -> list[str]:
    return [n.front for n in build_deck(text, name).notes if isinstance(n, FactNote)]


def test_an_exercise_statement_makes_no_card() -> None:
    fronts = _fronts(_EXERCISE, "spool-archive.md")
    assert not any("objectives" in front.lower() for front in fronts)
    assert not any("requirements" in front.lower() for front in fronts)


def test_requirements_of_a_page_that_is_no_exercise_stay() -> None:
    fronts = _fronts(_NOT_AN_EXERCISE, "loom-service.md")
    assert "Loom Service: requirements?" in fronts


def test_a_list_under_a_kind_only_label_makes_no_card() -> None:
    # "Note:" / "**Caution:**" over a list: "Derived series: note?" asks nothing.
    text = (
        "# Loom metrics\n\n## Derived series\n\nEach operation makes 72 series.\n\n"
        "Note:\n- Custom buckets alter the calculation above.\n"
        "- Custom dimensions are not supported by the dashboard.\n\n"
        "## Spools\n\n**Caution:**\n- A spool must exist before the run.\n"
        "- Otherwise the run fails.\n"
    )
    fronts = _fronts(text, "loom-metrics.md")
    assert not any(front.endswith(("note?", "caution?")) for front in fronts)

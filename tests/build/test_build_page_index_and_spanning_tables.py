"""A table of pages elsewhere (exercises and their solutions) makes no card: its rows
only describe the linked pages ("Count Chars: topic?" → "Variables" teaches nothing).
An HTML cell spanning columns in a Markdown row fills each column it spans."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_EXERCISES = """# Loom Exercises

## Basics

|Name|Topic|Objective & Instructions|Solution|Comments|
|--------|--------|------|----|----|
| Thread count | Variables | [Exercise](tc.md) | [Solution](s/tc.md) | Basic |
| Spool size | Arithmetic | [Exercise](ss.md) | [Solution](s/ss.md) | Basic |
| Warp check | Conditionals | [Exercise](wc.md) | [Solution](s/wc.md) | Basic |

## Secrets

|Name|Topic|Objective & Instructions|Solution|
|--------|--------|------|----|
| Secrets 101 | Secrets | [Exercise](secrets/exercise.md) | [Solution](secrets/solution.md) |

## Looms

| Loom | Threads | Width |
|------|---------|-------|
| Jacquard | 2,000 | 2 m |
| Dobby | 400 | 1.5 m |
| Tablet | 40 | 0.3 m |
"""


def test_a_table_of_exercise_pages_makes_no_card() -> None:
    deck = build_deck(_EXERCISES, "loom-exercises.md")
    fronts = [n.front for n in deck.notes if isinstance(n, FactNote)]
    assert not any("topic" in front.lower() or "objective" in front.lower() for front in fronts)
    assert not any(front.startswith(("Thread count", "Secrets 101")) for front in fronts)


def test_a_table_of_facts_beside_it_still_makes_cards() -> None:
    deck = build_deck(_EXERCISES, "loom-exercises.md")
    facts = {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}
    assert facts["Jacquard: threads?"] == "2,000"


def test_an_html_cell_spanning_columns_fills_each_of_them() -> None:
    # "<td colspan=3>…</td>" in a Markdown row: GitHub draws it across three columns;
    # read as one cell it would shift "Admins" under the wrong column.
    text = (
        "# Loom roles\n\n## Roles by scope\n\n"
        "| Scope | Reader | Weaver | Dyer | Owner |\n|---|---|---|---|---|\n"
        "| Mill | Observers | <td colspan=3>Staff on the floor</td> |\n"
        "| Loom | Observers | <td colspan=2>Staff on the floor</td> | Admins |\n"
    )
    deck = build_deck(text, "loom-roles.md")
    facts = {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}
    assert facts["Mill: owner?"] == "Staff on the floor"
    assert facts["Loom: dyer?"] == "Staff on the floor"
    assert facts["Loom: owner?"] == "Admins"

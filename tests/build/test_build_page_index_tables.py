"""A table of pages elsewhere (exercises and their solutions) makes no card: its rows
only describe the linked pages ("Count Chars: topic?" → "Variables" teaches nothing)."""

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

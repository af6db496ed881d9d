"""The last check drops a front pointing back at code it does not show ("What does this
query return?"), never a task whose later instructions name the query it asks for ("List
every tree in the north row. Order this query by height."): the answer is that query.
Synthetic notes and documents."""

from __future__ import annotations

import pytest

from quizkit.build.builder import build_deck
from quizkit.build.lastcheck import drop_reason
from quizkit.notes import FactNote, NoteType
from tests.helpers import facts

_QUERY = "SELECT name FROM trees WHERE row = 'north' ORDER BY height;"
_POINTS_BACK = "the front points back at code it does not show"


def _fact(front: str) -> FactNote:
    return FactNote(id="n", type=NoteType.FACT, front=front, back=_QUERY)


@pytest.mark.parametrize(
    "front",
    [
        "Practice: List every tree in the north row. Order this query by height.",
        "Sort the trees by height. Hint: there are 4 lines to run this query.",
    ],
)
def test_a_task_naming_the_query_it_asks_for_stays(front: str) -> None:
    assert drop_reason(_fact(front)) is None


@pytest.mark.parametrize(
    "front",
    [
        "Consider the table of trees. What does this query return?",
        "The trees are listed by row. Rewrite this query to use a JOIN.",
        "What will this query return?",
        "Look at this query. Find the bug.",
    ],
)
def test_a_front_pointing_at_code_it_does_not_show_still_goes(front: str) -> None:
    assert drop_reason(_fact(front)) == _POINTS_BACK


def test_the_exercise_is_carded() -> None:
    text = """# Orchard SQL

## Practice

**1. List every tree in the north row. Order this query by height.**

SQL code:
```sql
SELECT name FROM trees WHERE row = 'north' ORDER BY height;
```

**2. Find the tallest tree.**

SQL code:
```sql
SELECT name FROM trees ORDER BY height DESC LIMIT 1;
```

**3. Count the trees.**

SQL code:
```sql
SELECT COUNT(*) FROM trees;
```
"""
    cards = {n.front: n.back for n in facts(build_deck(text, "sql.md").notes)}
    assert cards["Practice: List every tree in the north row. Order this query by height."] == (
        _QUERY
    )

"""Shapes left after the reviews 18 and 19 (a "Question:" label over code under a
numbered question heading, ...), each read from a synthetic document that has the shape
and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

LABELLED_CODE = """# Crate queries

### 1. How do you find the heaviest widget in each crate?

**Question:**
```sql
-- widgets(id, crate_id, weight)
```

**Answer:**
```sql
SELECT crate_id, MAX(weight) FROM widgets GROUP BY crate_id;
```

### 2. How do you list the crates without widgets?

**Question:**
```sql
-- crates(id, label)
```

**Answer:**
```sql
SELECT id FROM crates WHERE id NOT IN (SELECT crate_id FROM widgets);
```

## How do you count the widgets of each crate?

**Q:**
```sql
-- widgets(id, crate_id)
```
**A:**
```sql
SELECT crate_id, COUNT(*) FROM widgets GROUP BY crate_id;
```
"""


def test_question_and_answer_labels_over_code_reach_no_card() -> None:
    notes = facts(build_deck(LABELLED_CODE, "crates.md").notes)
    # The question's code is shown on the front, the answer's code is the back; neither
    # "Question:" / "Q:" nor "Answer:" / "A:" reaches a card.
    assert [(n.front, n.back) for n in notes] == [
        (
            "How do you find the heaviest widget in each crate?\n-- widgets(id, crate_id, weight)",
            "SELECT crate_id, MAX(weight) FROM widgets GROUP BY crate_id;",
        ),
        (
            "How do you list the crates without widgets?\n-- crates(id, label)",
            "SELECT id FROM crates WHERE id NOT IN (SELECT crate_id FROM widgets);",
        ),
        (
            "How do you count the widgets of each crate?\n-- widgets(id, crate_id)",
            "SELECT crate_id, COUNT(*) FROM widgets GROUP BY crate_id;",
        ),
    ]

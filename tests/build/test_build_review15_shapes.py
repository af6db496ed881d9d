"""Shapes left by the held-out review 15 (exercise headings with folded solutions, ...),
each read from a synthetic document that has the shape and none of the reviewed
wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

FOLDED_EXERCISES = """# Practice

## Exercises

### Exercise 1: Bread Counter ★★ (~20 min)

Write a function that counts the loaves in a basket. The function should also count
the same way for rolls.

<details>
<summary>🔑 Solution</summary>

```python
def count(basket):
    return len(basket)
```

**Key point**: a basket is a list.

</details>

### Exercise 2 — Oven Timer ★★★ (~30 min)

Build an oven timer with these parts:
- A dial that sets minutes
- A bell that rings at zero

**Learning goals**: callbacks, time arithmetic.

<details>
<summary>💡 Hint</summary>

Use a countdown loop.

</details>

<details>
<summary>Solution</summary>

```python
def timer(minutes, ring):
    while minutes:
        minutes -= 1
    ring()
```

</details>
"""


def test_a_folded_solution_under_an_exercise_heading_answers_its_whole_task() -> None:
    notes = [n for n in build_deck(FOLDED_EXERCISES, "bake.md").notes if isinstance(n, FactNote)]
    assert [(n.front, n.back) for n in notes] == [
        (
            "Bread Counter: Write a function that counts the loaves in a basket. The "
            "function should also count the same way for rolls.",
            "def count(basket):\n    return len(basket)\nKey point: a basket is a list.",
        ),
        (
            "Oven Timer:\nBuild an oven timer with these parts:\n• A dial that sets minutes\n"
            "• A bell that rings at zero",
            "def timer(minutes, ring):\n    while minutes:\n        minutes -= 1\n    ring()",
        ),
    ]


ANNOTATED_SAMPLES = """# Kettle FAQ

## How do I read the kettle's temperature?

Call the probe from a setup file:

```js
// @errors: 1234 5678
// @filename: setup.d.ts
// @lib: ES2015
declare const probe: () => number;
// @filename: main.js
// ---cut---
/// file: kettle.config.js
import { heat } from 'kettle';
---const old = 1;---
+++const degrees = probe();+++
heat(degrees);
```

## How do I write a kettle manifest?

Two documents in one file:

```yaml
---
kind: Kettle
---
kind: Lid
```
"""


def test_doc_tool_directives_and_highlight_marks_leave_code_samples() -> None:
    notes = [n for n in build_deck(ANNOTATED_SAMPLES, "kettle.md").notes if isinstance(n, FactNote)]
    backs = {n.front: n.back for n in notes}
    assert backs["How do I read the kettle's temperature?"] == (
        "Call the probe from a setup file:\n"
        "import { heat } from 'kettle';\nconst degrees = probe();\nheat(degrees);"
    )
    # Without a directive line, "---" is the code's own (a YAML document separator).
    assert backs["How do I write a kettle manifest?"] == (
        "Two documents in one file:\n---\nkind: Kettle\n---\nkind: Lid"
    )


KIND_LABELS_IN_ANSWERS = """# Garden interview

### 1. What is a raised bed and how is it built?

**Answer:**

A raised bed is a frame of boards filled with soil.

**Benefits:**
- **Drainage**: Water runs off after heavy rain
- **Warmth**: Soil warms earlier in spring

**Raised bed sizes:**
- **Narrow bed**: Reachable from one side
- **Wide bed**: Reachable from both sides

### 2. Explain companion planting and its purpose.

Companion planting grows plants side by side so that each helps the other.

**Common pests:**
- **Aphids**: Sap-sucking insects on young shoots
- **Slugs**: Eat leaves at night

**Hand Weeding:**
- **Hoe Work**: Cuts weeds at the root
- **Mulch Layer**: Smothers seedlings
"""


def test_a_kind_of_list_label_in_an_answer_is_asked_of_the_questions_subject() -> None:
    notes = build_deck(KIND_LABELS_IN_ANSWERS, "garden.md").notes
    fronts = {n.front: n.back for n in notes if isinstance(n, FactNote)}
    assert fronts["raised bed benefits: Drainage?"] == "Water runs off after heavy rain"
    assert fronts["companion planting common pests: Aphids?"] == (
        "Sap-sucking insects on young shoots"
    )
    # A label naming the subject already, or a name in title case, stays as written.
    assert fronts["Raised bed sizes: Narrow bed?"] == "Reachable from one side"
    assert fronts["Hand Weeding: Hoe Work?"] == "Cuts weeds at the root"

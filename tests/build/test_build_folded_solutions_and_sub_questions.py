"""Exercise headings with folded solutions, sub-questions carrying their parent question
and doc-tool directives left out of code samples, each read from a synthetic document
that has the shape and none of the reviewed wording."""

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


SUB_QUESTIONS = """# Lantern FAQ

## How do I use paraffin?

### Does it burn in the old model?

Only with the newer wick, which draws the thicker oil.

### How do I refill a paraffin lantern?

Let it cool first. Then open the tank:

```sh
lantern open --tank
```

And pour the oil slowly:

```sh
lantern fill --slow
```

Close the cap when the gauge shows full:

```sh
lantern close
```
"""


def test_a_sub_question_carries_its_parent_question_and_keeps_its_steps_together() -> None:
    notes = [n for n in build_deck(SUB_QUESTIONS, "lantern.md").notes if isinstance(n, FactNote)]
    fronts = {n.front: n.back for n in notes}
    assert fronts["How do I use paraffin? Does it burn in the old model?"] == (
        "Only with the newer wick, which draws the thicker oil."
    )
    # The steps of a procedure stay together up to the next heading.
    assert fronts["How do I use paraffin? How do I refill a paraffin lantern?"] == (
        "Let it cool first. Then open the tank:\nlantern open --tank\n"
        "And pour the oil slowly:\nlantern fill --slow\n"
        "Close the cap when the gauge shows full:\nlantern close"
    )


DEFINITION_WITH_VALUES = """# Kettle settings

## Choose how the kettle refills

**refillMode** - `refillMode` sets when the kettle draws water from the tank.
  This setting only applies to plumbed kettles.
  This setting has two possible values:

* _OnEmpty_: Refill only when the kettle is empty.
* _Always_: Refill after every pour.

The tank itself holds ten litres of water for the whole day.
"""


def test_a_list_finishing_a_terms_definition_joins_its_fact() -> None:
    notes = [
        n for n in build_deck(DEFINITION_WITH_VALUES, "kettle.md").notes if isinstance(n, FactNote)
    ]
    assert [(n.front, n.back) for n in notes] == [
        (
            "Choose how the kettle refills: refillMode?",
            "`refillMode` sets when the kettle draws water from the tank. This setting only "
            "applies to plumbed kettles. This setting has two possible values:\n"
            "• OnEmpty: Refill only when the kettle is empty.\n"
            "• Always: Refill after every pour.",
        )
    ]


TWO_OPTION_TABLES = """# Heating a greenhouse

## Which heater should I buy?

When buying a heater, think about whether the greenhouse has a power supply
and how much warmth the plants need through the winter.

| Choose a paraffin heater if: | Choose an electric heater if: |
| --- | --- |
| The greenhouse has no power supply nearby. | A mains socket is within reach of the benches. |
| You only need frost protection on a few nights. | You want a thermostat to hold a steady warmth. |

## Running costs

| Feature | Paraffin | Electric |
| --- | --- | --- |
| Fuel cost per night | Lower | Higher |
| Warm-up time | Ten minutes | Two minutes |

## Common faults

| Problem | Fix |
| --- | --- |
| The flame burns yellow and smoky. | Trim the wick and let it burn clean. |
| The heater trips the fuse every night. | Move it to a circuit of its own. |
"""


def test_two_options_in_sentences_are_two_lists_and_relative_cells_are_asked_as_a_pair() -> None:
    notes = [n for n in build_deck(TWO_OPTION_TABLES, "heat.md").notes if isinstance(n, FactNote)]
    fronts = {n.front: n.back for n in notes}
    assert fronts["Which heater should I buy: choose a paraffin heater if?"] == (
        "• The greenhouse has no power supply nearby.\n"
        "• You only need frost protection on a few nights."
    )
    assert fronts["Which heater should I buy: choose an electric heater if?"] == (
        "• A mains socket is within reach of the benches.\n"
        "• You want a thermostat to hold a steady warmth."
    )
    assert fronts["Paraffin vs Electric: fuel cost per night?"] == "Paraffin lower, Electric higher"
    assert fronts["Paraffin: warm-up time?"] == "Ten minutes"
    # "Problem | Fix" pairs a case with its answer: its first column stays the key.
    assert not any("fix?" in front.lower() and "•" in back for front, back in fronts.items())


def test_a_step_shown_on_its_question_card_makes_no_card_of_its_own() -> None:
    notes = [n for n in build_deck(SUB_QUESTIONS, "lantern.md").notes if isinstance(n, FactNote)]
    assert not any(n.front.startswith("How do you") for n in notes)


LABELLED_REQUIREMENTS = """# Drills

## Exercises

### Exercise 1: Cake Tin (Sizing)

Pick a tin for a cake of eight portions:

- Round → 20 cm across
- Square → 18 cm a side

Requirements:
1. The tin holds the whole batter
2. The cake rises no higher than the rim

**Hint:** Measure the batter first.

<details>
<summary>Sample Solution (Exercise 1)</summary>

```text
20 cm round tin, filled two thirds
```

</details>
"""


def test_a_sample_solution_answers_the_whole_task_with_its_labelled_requirements() -> None:
    notes = [
        n for n in build_deck(LABELLED_REQUIREMENTS, "cake.md").notes if isinstance(n, FactNote)
    ]
    assert [(n.front, n.back) for n in notes] == [
        (
            "Cake Tin (Sizing):\nPick a tin for a cake of eight portions:\n• Round → 20 cm across\n"
            "• Square → 18 cm a side\nRequirements:\n1. The tin holds the whole batter\n"
            "2. The cake rises no higher than the rim",
            "20 cm round tin, filled two thirds",
        )
    ]

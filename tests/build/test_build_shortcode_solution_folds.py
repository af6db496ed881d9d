"""Exercises whose solution a site folds away in a paired shortcode (``{{< name "Show
Solution" >}}`` … ``{{< /name >}}``, ``{{% name title="Solution 2" %}}`` …) are read as
the ``<details>`` fold it renders as, whatever the shortcode is called; a hint fold is
never the answer; a number-only exercise heading ("#### Exercise 3") gives the task no
subject of its own. Each read from a synthetic document of that shape."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

SHORTCODE_EXERCISES = """# Bakery drills

## Dough

### Kneading

#### Exercise 1

Knead the dough `rye-1` until it passes the window test.

{{< reveal-box "Show Solution" >}}
```bash
knead rye-1 --until=window
```
{{< / reveal-box >}}

#### Exercise 2

Rest the dough `rye-1` for 20 minutes.

TIP: Cover the bowl with a damp cloth.

{{< reveal-box "Show Solution" >}}
```bash
rest rye-1 --minutes=20
```

> Resting relaxes the gluten.
{{< / reveal-box >}}

### Shaping

#### Exercise 3

Shape the dough `rye-1` into a boule.

{{% reveal-box "Hint" %}}
Tuck the edges under.
{{% /reveal-box %}}

{{% reveal-box title="Solution" %}}
```bash
shape rye-1 --form=boule
```
{{% /reveal-box %}}
"""


def _facts(text: str, name: str = "drills.md") -> list[tuple[str, str]]:
    notes = build_deck(text, name).notes
    return [(n.front, n.back) for n in notes if isinstance(n, FactNote)]


def test_a_paired_shortcode_titled_as_the_solution_answers_the_exercise_above_it() -> None:
    # The task is the front, under the heading that says what it is about (never the
    # exercise's number); the solution's code is the back. The tip line beside the
    # task is help, not the task; the hint fold is no part of the answer.
    assert _facts(SHORTCODE_EXERCISES) == [
        (
            "Kneading: Knead the dough `rye-1` until it passes the window test.",
            "knead rye-1 --until=window",
        ),
        (
            "Kneading: Rest the dough `rye-1` for 20 minutes.",
            "rest rye-1 --minutes=20\nResting relaxes the gluten.",
        ),
        ("Shaping: Shape the dough `rye-1` into a boule.", "shape rye-1 --form=boule"),
    ]


LONE_HINT = """# Bakery drills

## Proofing

#### Exercise 1

Proof the dough `wheat-2` overnight.

{{< reveal-box "Hint" >}}
The fridge slows the yeast.
{{< /reveal-box >}}

#### Exercise 2

Check the dough `wheat-2` with the poke test.

{{< reveal-box "Answer" >}}
```bash
poke wheat-2
```
{{< /reveal-box >}}
"""


def test_a_hint_fold_with_no_solution_answers_nothing() -> None:
    # The nudge is not the answer: the first task goes without a card.
    assert _facts(LONE_HINT) == [
        ("Proofing: Check the dough `wheat-2` with the poke test.", "poke wheat-2"),
    ]


NOTE_FOLDS = """# Bakery drills

## Baking

### Exercise 1

Bake the loaf `rye-1` at 230 degrees.

{{< fold "Note on ovens" >}}
Fan ovens run hotter than the dial says.
{{< /fold >}}

{{< fold "Show answer" >}}
```bash
bake rye-1 --temp=230
```
{{< /fold >}}

### Background

{{< panel "Crust colour" >}}
Sugars brown on the surface as the loaf bakes.
{{< /panel >}}
"""


def test_a_fold_holding_a_note_is_neither_the_task_nor_the_answer() -> None:
    facts = _facts(NOTE_FOLDS)
    # The same shortcode folding a note between the task and its solution is an aside:
    # off the front and off the back.
    assert facts[0] == ("Baking: Bake the loaf `rye-1` at 230 degrees.", "bake rye-1 --temp=230")
    # A shortcode never titled as a solution in the document is no fold: its body reads
    # as the section's text, never as an answer to anything.
    assert all("Crust colour" not in front for front, _ in facts)
    assert len(facts) == 1


NUMBERED_TASK_PAGE = """---
title: "4. Sourdough Starters"
---

Feed and keep a starter.

### Task 1

* Mix flour and water in a jar.
* Leave the jar at room temperature.

{{% alert title="Tip" %}}
A loose lid lets gases out.
{{% /alert %}}

* Feed the starter every day.

{{% details title="Solution Task 1" %}}
```bash
mkdir starter-jar
touch starter-jar/feed.log
```
{{% /details %}}
"""


def test_tasks_under_number_only_headings_are_about_the_page_and_skip_tip_boxes() -> None:
    # "### Task 1" names no subject: the page's title does (without its chapter number).
    # The tip box between the task's lists helps; the front asks the whole task.
    assert _facts(NUMBERED_TASK_PAGE, "starters.md") == [
        (
            "Sourdough Starters:\n• Mix flour and water in a jar.\n"
            "• Leave the jar at room temperature.\n• Feed the starter every day.",
            "mkdir starter-jar\ntouch starter-jar/feed.log",
        ),
    ]

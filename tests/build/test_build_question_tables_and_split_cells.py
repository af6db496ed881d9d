"""A table of the author's questions, a row split by a bare ``|`` in a command, label
headings and lesson exercises, each read from a synthetic document that has the shape and
none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

QUESTION_TABLES = """# Bread baking drills

## Basics

| # | Question | Answer |
| :- | :------- | :----- |
| 1 | What makes dough rise? | Yeast producing carbon dioxide |
| 2 | How long should dough rest? | About an hour, until doubled |

## Faults

| No | Issue | Expected Remedy |
| -- | ----- | --------------- |
| 3 | Dense crumb | Knead longer, proof warmer |
| 4 | Pale crust | Bake hotter or add sugar |

## Practice

| # | Assignment | Instructions | | |
| - | ---------- | ------------ | - | - |
| 5 | Shape a round loaf | Tuck the edges under | | |
| 6 | Score the top | Use a `blade` at 30 degrees | | |
"""


def _cards(text: str, name: str) -> list[tuple[str, str]]:
    return [(n.front, n.back) for n in build_deck(text, name).notes if isinstance(n, FactNote)]


def test_question_table_rows_are_one_card_each_asking_the_question_cell() -> None:
    assert _cards(QUESTION_TABLES, "bread.md") == [
        ("What makes dough rise?", "Yeast producing carbon dioxide"),
        ("How long should dough rest?", "About an hour, until doubled"),
        ("Dense crumb: expected remedy?", "Knead longer, proof warmer"),
        ("Pale crust: expected remedy?", "Bake hotter or add sugar"),
        ("How do you shape a round loaf?", "Tuck the edges under"),
        ("How do you score the top?", "Use a `blade` at 30 degrees"),
    ]


SPLIT_ROWS = """# Shell drills

## Pipelines

| No | Task | Hint |
| :- | :--- | :--- |
| 1 | Count the lines of every log | `wc -l *.log` |
| 2 | Show the biggest folders | \\`du -sh * | sort -h | tail -3 |
| 3 | Print unique users | `cut -d: -f1 /etc/passwd | sort -u` |

## Padded

| Step | Command | | |
| ---- | ------- | - | - |
| Newest file | `ls -t | head -1` | | |
"""


def test_cells_a_bare_bar_split_off_join_the_last_column_again() -> None:
    cards = dict(_cards(SPLIT_ROWS, "shell.md"))
    assert cards["How do you show the biggest folders?"] == "`du -sh * | sort -h | tail -3`"
    assert cards["How do you print unique users?"] == "`cut -d: -f1 /etc/passwd | sort -u`"
    assert "`ls -t | head -1`" in cards.values()


LABELLED_ANSWER_PARTS = """# Garden questions

### 1. How do you water a vegetable bed?

Watering matters a lot for vegetables.

#### Best Practices:
1. Water early in the morning.
2. Soak the roots, not the leaves.

### 2. What is mulch?

Mulch is a layer of material spread over the soil.

#### Why it's important:
1. **Moisture**: Keeps water in the soil.
2. **Weeds**: Blocks light from weed seeds.
"""


def test_a_label_heading_under_a_question_is_named_by_that_question() -> None:
    cards = dict(_cards(LABELLED_ANSWER_PARTS, "garden.md"))
    assert cards["How do you water a vegetable bed: best practices?"] == (
        "1. Water early in the morning.\n2. Soak the roots, not the leaves."
    )
    assert not any(front.startswith("Best practice ") for front in cards)
    assert cards["Why it's important (mulch): Moisture?"] == "Keeps water in the soil."


HTML_LIST_CELLS = """# Pens compared

|   | Fountain | Ballpoint |
|---|---|---|
| feel | <ul><li>smooth</li><li>light</li></ul> | <ul><li>firm</li><li>needs pressure</li></ul> |
| ink | liquid | paste |
"""


def test_html_list_items_in_a_table_cell_are_read_apart() -> None:
    cards = dict(_cards(HTML_LIST_CELLS, "pens.md"))
    assert cards["Fountain: feel?"] == "smooth; light"
    assert cards["Ballpoint: feel?"] == "firm; needs pressure"


LESSON_EXERCISES = """---
title: Knots
---

## Tying knots

A knot joins two ends of rope.

![](fig/knot.png){alt='A drawing of a reef knot.'}
Pull both ends to tighten it.

::::::::::::::::::::::::::::::::::::::: challenge

## Which Knot Holds?

Tie a reef knot and a granny knot and pull on both.
Describe which one slips.

::::::::::::::::::::::::::::::::::::::::::::::::::

::::::::::::::::::::::::::::::::::::::: challenge

## Two Loops

Tie a knot that makes two fixed loops in the middle of a rope.

::::::::::::::: hint

## Hint

Start from a figure eight.

:::::::::::::::

::::::::::::::: solution

## Hint

Double the rope first.

:::::::::::::::

::::::::::::::: solution

## Solution 1

Tie a double figure-eight loop.

:::::::::::::::

::::::::::::::: solution

## Solution 2

Tie a bowline on the bight.

:::::::::::::::

::::::::::::::::::::::::::::::::::::::::::::::::::
"""


def test_a_lesson_exercise_is_asked_by_its_task_and_answered_by_its_first_solution() -> None:
    cards = _cards(LESSON_EXERCISES, "knots.md")
    fronts = [front for front, _ in cards]
    assert not any("Which Knot Holds" in front for front in fronts)  # no solution: no card
    assert (
        "Two Loops\nTie a knot that makes two fixed loops in the middle of a rope.",
        "Tie a double figure-eight loop.",
    ) in cards
    assert not any("alt=" in f"{front} {back}" for front, back in cards)
    assert not any("figure eight" in back or "bight" in back for _, back in cards)


ANNOUNCED_LIST = """# Garden questions

### 3. How do you keep slugs away?

Slugs are a common problem for gardeners. There are several ways to keep them away.

#### Common Barriers:
1. **Copper tape**: Gives slugs a small shock.
2. **Eggshells**: Sharp edges they avoid crossing.
"""


def test_an_announcing_paragraph_is_answered_with_the_labelled_list_after_it() -> None:
    cards = dict(_cards(ANNOUNCED_LIST, "garden.md"))
    assert cards["How do you keep slugs away?"] == (
        "Slugs are a common problem for gardeners. There are several ways to keep them away.\n"
        "Common Barriers:\n"
        "1. Copper tape: Gives slugs a small shock.\n"
        "2. Eggshells: Sharp edges they avoid crossing."
    )

"""Author questions that would go uncarded (numbered questions answered in fences or
indented boxes, question labels in headings, Writerside exercises), each read from a
synthetic document that has the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.markdown import parse_document
from quizkit.notes import FactNote

BOXED = """# Kiln Drill

Questions gathered for the kiln exam.

1. What is a kiln?

    ```txt
    A kiln is an oven that fires clay at high heat,
    turning soft clay into hard ceramic.
    ```
2. What are the firing stages?

    ```txt
    Drying
    Bisque Firing
    Glaze Firing
    ```
3. Which command cools the kiln?
    ```txt
    kiln cool
    This command lowers the heat slowly so that the pots do not crack.
    ```
4. How do you set the peak heat?
    ```txt
    heat {
        peak = 1200
    }
    ```
5. Explain why a kiln is vented.
    ```txt
    Venting lets the steam and smoke out, so the glaze stays clear.

    https://example.org/kilns/venting
    ```
6. Where is the kiln manual?
    ```txt
    https://example.org/kilns/manual
    ```
"""


def _fronts(page: str, name: str) -> dict[str, str]:
    deck = build_deck(page, name)
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_numbered_questions_answered_in_fences_are_asked() -> None:
    cards = _fronts(BOXED, "kiln.md")
    assert cards["What is a kiln?"] == (
        "A kiln is an oven that fires clay at high heat, turning soft clay into hard ceramic."
    )
    assert cards["Explain why a kiln is vented."] == (
        "Venting lets the steam and smoke out, so the glaze stays clear."
    )


INDENTED = """# Kiln Drill

1. What is a kiln?

        A kiln is an oven that fires clay at high heat.

2. Is a kiln vented?

        Yes
"""


def test_an_answer_indented_as_code_under_a_numbered_question_is_its_box() -> None:
    assert _fronts(INDENTED, "kiln.md") == {
        "What is a kiln?": "A kiln is an oven that fires clay at high heat.",
        "Is a kiln vented?": "Yes",
    }


def test_a_box_of_short_lines_is_a_list_and_a_short_line_atop_sentences_its_own_line() -> None:
    cards = _fronts(BOXED, "kiln.md")
    assert cards["What are the firing stages?"] == "• Drying\n• Bisque Firing\n• Glaze Firing"
    assert cards["Which command cools the kiln?"] == (
        "kiln cool\nThis command lowers the heat slowly so that the pots do not crack."
    )


def test_a_boxed_answer_of_code_stays_code_and_a_bare_address_answers_nothing() -> None:
    cards = _fronts(BOXED, "kiln.md")
    assert "peak = 1200" in cards["How do you set the peak heat?"]
    assert "Where is the kiln manual?" not in cards


LABELLED = """### 1. **Question:** Explain how a sluice gate controls a canal.
**Answer:** A sluice gate rises or falls to let more or less water through the canal.

### 2. **Question:** How does a lock lift a boat?
**Answer:** The lock chamber fills with water until the boat floats up to the next level.

### 3. **Question:** Describe the role of a weir on a river.
**Answer:** A weir holds the water back so that the river upstream stays deep enough.
"""


def test_a_question_label_in_a_heading_is_markup_and_imperatives_under_it_are_asked() -> None:
    cards = _fronts(LABELLED, "canal.md")
    assert cards == {
        "Explain how a sluice gate controls a canal.": (
            "A sluice gate rises or falls to let more or less water through the canal."
        ),
        "How does a lock lift a boat?": (
            "The lock chamber fills with water until the boat floats up to the next level."
        ),
        "Describe the role of a weir on a river.": (
            "A weir holds the water back so that the river upstream stays deep enough."
        ),
    }


WRITERSIDE = """# Loops

## Counting {id="counting"}

A `repeat` block runs its body a fixed number of times.

> If you call `repeat` with a count of zero, the body never runs and nothing is printed:
>
> ```kotlin
> repeat(0) { println(it) }
> ```
> {kotlin-runnable="true" id="loops-index"}
>
{style="note"}

## Practice {completion-point="true"}

### Exercise 1 {initial-collapse-state="collapsed" collapsible="true"}

Complete the code to print every jar on the shelf.

|---|---|
```kotlin
fun main() {
    val jars = listOf("jam", "honey")
    // Write your code here
}
```
{validate="false" kotlin-runnable="true" id="loops-exercise-1"}

|---|---|
```kotlin
fun main() {
    val jars = listOf("jam", "honey")
    for (jar in jars) println(jar)
}
```
{collapsible="true" collapsed-title="Example solution" id="loops-solution-1"}
"""


def test_a_writerside_exercise_asks_its_task_and_starter_code_and_its_fold_answers() -> None:
    deck = build_deck(WRITERSIDE, "loops.md")
    exercises = [n for n in deck.notes if isinstance(n, FactNote) and "jars" in n.front]
    assert [(n.front, n.back) for n in exercises] == [
        (
            "Practice: Complete the code to print every jar on the shelf.\n"
            'fun main() {\n    val jars = listOf("jam", "honey")\n    // Write your code here\n}',
            'fun main() {\n    val jars = listOf("jam", "honey")\n'
            "    for (jar in jars) println(jar)\n}",
        )
    ]


def test_writerside_attribute_blocks_are_markup_everywhere() -> None:
    items = parse_document(WRITERSIDE).items
    headings = {h.text for item in items for h in item.headings}
    assert headings == {"Counting", "Practice", "Exercise 1"}
    assert [(type(i.block).__name__, getattr(i.block, "text", "")) for i in items[:3]] == [
        ("Paragraph", "A `repeat` block runs its body a fixed number of times."),
        (
            "Quote",
            "If you call `repeat` with a count of zero, the body never runs and nothing is "
            "printed:",
        ),
        ("Question", "Complete the code to print every jar on the shelf."),
    ]
    assert len(items) == 3


FAQ = """# Frequently Asked Questions

## How do I change the theme?

Set `theme` in the settings file and restart the editor.

## How can I hide the toolbar?

Run `:toolbar off` in the command line.

## Spell checking does not work

One likely cause is a missing dictionary file: install the dictionary for your language.

## Printing fails to start on old printers

The print spooler supports both the old and the new drivers.
"""


def test_a_faq_heading_stating_a_problem_is_asked_when_its_section_opens_on_a_cause() -> None:
    cards = _fronts(FAQ, "faq.md")
    assert cards["Spell checking does not work: why?"] == (
        "One likely cause is a missing dictionary file: install the dictionary for your language."
    )
    # A section opening on no cause or fix answers no "why": no card.
    assert not any(front.startswith("Printing fails") for front in cards)


ASKED_IN_PROSE = """# Greenhouse

## A sample greenhouse

A greenhouse keeps plants warm through the winter.

What might a small greenhouse hold in more detail? Here's an example:

1. A rack of seed trays under the south window.
2. A water butt filled from the roof gutter.
3. A thermometer that records the lowest night temperature.
"""


def test_an_authors_question_in_the_lead_in_is_the_front_of_the_list() -> None:
    deck = build_deck(ASKED_IN_PROSE, "greenhouse.md")
    lists = [(n.front, n.back) for n in deck.notes if isinstance(n, FactNote)]
    assert (
        "What might a small greenhouse hold in more detail?",
        "1. A rack of seed trays under the south window.\n"
        "2. A water butt filled from the roof gutter.\n"
        "3. A thermometer that records the lowest night temperature.",
    ) in lists

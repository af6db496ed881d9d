"""A heading inside a fenced div, answers in triple-backtick spans, reading-list sections
and long answers in counted parts, each read from a synthetic document that has the
shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.markdown import Paragraph, parse_document
from quizkit.notes import FactNote

HEADED_CALLOUT = """---
title: Brewing tea
---

::::::::::::::::::::::::::::::::::::::: objectives

- Brew a pot of tea.

::::::::::::::::::::::::::::::::::::::::::::::::::

## Warming the pot

Pour hot water into the empty pot before adding the leaves.

:::::::::::::::::::::::::::::::::::::::::  callout

## Teapot materials

Clay pots keep the heat longer than glass pots.

:::: callout

### Glass

Glass shows the colour of the brew.

::::

Stone pots are rare.

::::::::::::::::::::::::::::::::::::::::::::::::::

To warm the pot, swirl the water for ten seconds and pour it away.

::::::::::::::::::::::::::::::::::::::  challenge

## Exercise

How long should green tea steep?

:::::::::::::::  solution

## Solution

Two minutes at most.

:::::::::::::::::::::::::

::::::::::::::::::::::::::::::::::::::::::::::::::

## Serving

Serve the tea in warmed cups.
"""


def _sections(text: str) -> dict[str, tuple[str, ...]]:
    return {
        i.block.text.split(",")[0]: tuple(h.text for h in i.headings)
        for i in parse_document(text).items
        if isinstance(i.block, Paragraph)
    }


def test_a_heading_inside_a_fenced_div_titles_that_div_only() -> None:
    assert _sections(HEADED_CALLOUT) == {
        "Pour hot water into the empty pot before adding the leaves.": ("Warming the pot",),
        "Clay pots keep the heat longer than glass pots.": ("Teapot materials",),
        "Glass shows the colour of the brew.": ("Teapot materials", "Glass"),
        # After the inner div closes, the outer div's heading is open again; after the
        # outer one closes, the lesson's own section.
        "Stone pots are rare.": ("Teapot materials",),
        "To warm the pot": ("Warming the pot",),
        "Serve the tea in warmed cups.": ("Serving",),
    }


def test_an_exercise_after_a_headed_callout_is_filed_under_the_lesson_section() -> None:
    notes = [n for n in build_deck(HEADED_CALLOUT, "tea.md").notes if isinstance(n, FactNote)]
    exercise = next(n for n in notes if n.back == "Two minutes at most.")
    assert exercise.id == "warming-the-pot/exercise"
    assert exercise.tags == ("warming-the-pot",)


ANSWERS_IN_TRIPLE_BACKTICKS = """
# Kettle interview questions

## Kettle CLI

<details>
<summary>What is the ".kettle" directory?</summary><br><b>
Explanation:

```The ".kettle" directory is a local store where the kettle keeps its boil history between runs.```

</b></details>

<details>
<summary>Which command prepares a new kettle project?</summary><br><b>

```kettle init```

</b></details>

<details>
<summary>What does kettle descale do?</summary><br><b>
Explanation:

```Kettle descale removes the limescale from the element. It runs these steps:

* It heats the water to 60 degrees.
* It adds the citric acid.
* It rinses twice.
```

</b></details>

<details>
<summary>How do you list the saved temperatures?</summary>

Run ```kettle temps --all``` in the project folder.

</details>
"""


def test_answers_written_in_triple_backtick_spans_each_make_a_note() -> None:
    notes = [
        n
        for n in build_deck(ANSWERS_IN_TRIPLE_BACKTICKS, "kettle.md").notes
        if isinstance(n, FactNote)
    ]
    assert [(n.front, n.back) for n in notes] == [
        # A sentence boxed in a span is read as the sentence.
        (
            'What is the ".kettle" directory?',
            'The ".kettle" directory is a local store where the kettle keeps its boil'
            " history between runs.",
        ),
        # A command boxed in a span is the answer, as code; the one-line span opens no
        # code block, so the next <details> is a question of its own.
        ("Which command prepares a new kettle project?", "`kettle init`"),
        # A sentence on the fence line leads the box's lines.
        (
            "What does kettle descale do?",
            "Kettle descale removes the limescale from the element. It runs these steps:\n"
            "• It heats the water to 60 degrees.\n"
            "• It adds the citric acid.\n"
            "• It rinses twice.",
        ),
        (
            "How do you list the saved temperatures?",
            "Run `kettle temps --all` in the project folder.",
        ),
    ]


READING_LIST = """# Kettle interview questions

## Books and courses

- The Kettle Book https://example.org/kettle-book
- Boiling Water, 2nd edition by A. Author
- Descaling in Practice by B. Writer
"""


def test_a_reading_list_section_makes_no_card() -> None:
    assert build_deck(READING_LIST, "kettle.md").notes == ()


COUNTED_PARTS = """
# Kettle questions

## Modes

-   **What modes does the kettle have and when to use each of them?**<br/>
    A) The kettle has 3 modes - boil, keep warm and descale. Each runs one program.

    <b>1. Boil:</b> boil heats the water to 100 degrees and switches off at once, for tea.

    Here's the syntax:
    ```bash
    kettle --mode boil --litres 1.5 --verbose --log /var/log/kettle.log
    ```

    Here's an example:
    ```bash
    $ kettle --mode boil
    Heating element on
    Water at 40 degrees
    Water at 80 degrees
    Program finished after 3 minutes
    ```

    <b>2. Keep warm:</b> keep warm holds the water at the chosen heat for up to an hour.

    Here's the syntax:
    ```bash
    kettle --mode keep-warm --litres 1.5 --verbose --log /var/log/kettle.log
    ```

    Here's an example:
    ```bash
    $ kettle --mode keep-warm
    Heating element on
    Water at 40 degrees
    Water at 80 degrees
    Program finished after 3 minutes
    ```

    <b>3. Descale:</b> descale heats a citric acid rinse slowly and drains it.

    Here's the syntax:
    ```bash
    kettle --mode descale --litres 1.5 --verbose --log /var/log/kettle.log
    ```

    Here's an example:
    ```bash
    $ kettle --mode descale
    Heating element on
    Water at 40 degrees
    Water at 80 degrees
    Program finished after 3 minutes
    ```

-   **How long does a boil take?**<br/>
    A) About three minutes for a full kettle.
"""


def test_a_long_answer_in_counted_parts_keeps_each_parts_own_paragraph() -> None:
    notes = [n for n in build_deck(COUNTED_PARTS, "kettle.md").notes if isinstance(n, FactNote)]
    assert notes[0].front == "What modes does the kettle have and when to use each of them?"
    # Every part, not the first alone cut at the card's size; the syntax and examples
    # under each part stay in the document.
    assert notes[0].back == (
        "The kettle has 3 modes - boil, keep warm and descale. Each runs one program.\n"
        "1. Boil: boil heats the water to 100 degrees and switches off at once, for tea.\n"
        "2. Keep warm: keep warm holds the water at the chosen heat for up to an hour.\n"
        "3. Descale: descale heats a citric acid rinse slowly and drains it."
    )
    assert notes[1].front == "How long does a boil take?"


LIST_BELOW_A_PREAMBLE = """# Kettle FAQ

## Why does the Kettle switch off early?

The Kettle watches the water and stops once it boils. A second press should
heat it again, for example. Still, things go wrong and it may stop too soon!

We have wanted better reports on this for a while. In the meantime, you can
read its log with the status command:

```sh
$ kettle status --log
```

This prints a lot of details, some of which may help you find the fault.

Some faults we have seen that make the element switch off early are:

* Limescale on the sensor. Descale the kettle.
* Too little water. Fill it above the minimum mark.

## How is the Kettle powered?

The Kettle is powered from a 230 V socket on its base.

Two things were considered when the base was designed:

* Safety near water.
* Cost of the cable.
"""


def test_a_why_question_whose_preamble_says_no_cause_is_answered_by_the_list_below() -> None:
    notes = {
        n.front: n.back
        for n in build_deck(LIST_BELOW_A_PREAMBLE, "kettle.md").notes
        if isinstance(n, FactNote)
    }
    assert notes["Why does the Kettle switch off early?"] == (
        "Some faults we have seen that make the element switch off early are:\n"
        "• Limescale on the sensor. Descale the kettle.\n"
        "• Too little water. Fill it above the minimum mark."
    )
    # A first paragraph that says what is asked keeps the answer.
    assert notes["How is the Kettle powered?"] == (
        "The Kettle is powered from a 230 V socket on its base."
    )

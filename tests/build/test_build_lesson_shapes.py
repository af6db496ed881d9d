"""Shapes of lesson pages (held-out reviews 18 and 19), each read from a synthetic
document that has the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

ESCAPED_CHALLENGE = """# Tea

::::::::::::::::::::::::::::::::::::::: challenge

## Using the brew\\_time \\*and\\* the pot\\#size settings

The setting `brew_time` sets how long the leaves steep, in seconds
(or 180 if it isn't set).

How long do the leaves steep when `brew_time` is not set?

::::::::::::::: solution

## Solution

They steep for 180 seconds.

:::::::::::::::::::::::::

::::::::::::::::::::::::::::::::::::::::::::::::::
"""


def test_backslash_escapes_in_a_challenge_heading_are_the_characters() -> None:
    deck = build_deck(ESCAPED_CHALLENGE, "tea.md")
    [note] = [n for n in deck.notes if isinstance(n, FactNote)]
    assert note.front.splitlines()[0] == "Using the brew_time *and* the pot#size settings"
    assert note.back == "They steep for 180 seconds."


DERIVED_COLUMNS = """# Kettles

## Cups poured

Each kettle in the shop pours cups of tea through the day.

| Kettle   | Red Cups | Blue Cups | Total | Ratio |
| -------- | -------- | --------- | ----- | ----- |
| Brassy   | 12       | 30        | 42    | 28.6% |
| Copperly | 7        | 9         | 16    | 43.8% |

## Weights

Each kettle weighs a different amount.

| Kettle   | Weight | Average |
| -------- | ------ | ------- |
| Brassy   | 2 kg   | 1.8 kg  |
| Copperly | 1 kg   | 1.1 kg  |
"""


def test_a_total_column_is_asked_by_what_it_totals_and_other_derived_columns_make_no_card() -> None:
    deck = build_deck(DERIVED_COLUMNS, "kettles.md")
    fronts = {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}
    totals = {f: b for f, b in fronts.items() if "total" in f.lower()}
    assert totals == {
        "Brassy: total cups (red + blue)?": "42",
        "Copperly: total cups (red + blue)?": "16",
    }
    assert not [f for f in fronts if "ratio" in f.lower() or "average" in f.lower()]
    assert "Brassy: red cups?" in fronts
    assert any(f.endswith("Brassy: weight?") for f in fronts)


MARKED_HEADER = """# Kettles

## Sizes

Each kettle in the shop comes in one size.

| Kettle   | Height\\* | Colour |
| -------- | --------- | ------ |
| Brassy   | 30 cm     | Gold   |
| Copperly | 24 cm     | Red    |

\\* Height measured with the lid on.
"""


def test_a_footnote_a_header_marks_goes_with_that_columns_answers() -> None:
    deck = build_deck(MARKED_HEADER, "kettles.md")
    backs = {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}
    assert backs["Brassy: height?"] == "30 cm (measured with the lid on)"
    assert backs["Copperly: height?"] == "24 cm (measured with the lid on)"
    assert backs["Brassy: colour?"] == "Gold"
    assert not [b for b in backs.values() if b.startswith("Height measured")]


OLD_STYLE_BOXES = """---
title: "Kettles"
---

Kettles boil water for tea and coffee.

> ## Boiling Point
>
> At what temperature does the water in a kettle boil
> at sea level?
>
> ~~~
> kettle.boil(level=0)
> ~~~
> {: .language-python}
>
> > ## Solution
> > The water boils at 100 degrees Celsius.
> > ~~~
> > 100
> > ~~~
> > {: .output}
> {: .solution}
{: .challenge}

> ## Choosing a Kettle
>
> Write down the three kettles you would choose for a café.
{: .challenge}

Some more text about kettles follows the boxes.
"""


def test_an_old_style_lesson_box_is_an_exercise_titled_by_its_heading() -> None:
    deck = build_deck(OLD_STYLE_BOXES, "kettles.md")
    facts = [n for n in deck.notes if isinstance(n, FactNote)]
    [boiling] = [n for n in facts if n.front.startswith("Boiling Point")]
    assert boiling.front.splitlines() == [
        "Boiling Point",
        "At what temperature does the water in a kettle boil at sea level?",
        "kettle.boil(level=0)",
    ]
    assert boiling.back.splitlines() == ["The water boils at 100 degrees Celsius.", "100"]
    # The box opens on the blank line above its title (where a div's fence would stand).
    assert boiling.origin is not None
    assert boiling.origin.line == 6
    # No note glues a box's title to its text, and no class line is left as text; the
    # task with no solution makes no card.
    everything = [repr(n) for n in deck.notes]
    assert not [t for t in everything if "{:" in t or "Choosing a Kettle" in t]
    assert not [t for t in everything if "Boiling Point At what" in t]


ESCAPED_SUMMARY = """# Tea

<details>
<summary>What does max\\_cups do?</summary>

It limits how many cups one kettle pours before it must be refilled.

</details>
"""


def test_backslash_escapes_in_an_authors_summary_are_the_characters() -> None:
    deck = build_deck(ESCAPED_SUMMARY, "tea.md")
    assert [n.front for n in deck.notes if isinstance(n, FactNote)] == ["What does max_cups do?"]

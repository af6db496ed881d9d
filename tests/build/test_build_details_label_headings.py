"""Answers laid out under label headings inside a ``<details>``.
Read from synthetic documents that have the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_LONG_ITEM = "a trait that takes a long sentence to say what it means for the layout"

_LABELLED = f"""# Widgets handbook

## Basics

<details>
<summary>1. What is a widget and what are its traits?</summary>

#### Widget

- A **widget** is a reusable piece of a screen layout.

#### Traits of widgets:

- **Composable** — widgets nest inside other widgets.

- **Stateless** — a widget holds no state of its own.

In short: a widget is a small composable piece of layout.

</details>

<details>
<summary>2. What is a gadget?</summary>

#### Gadget

- A gadget is a widget with a handle.

#### Kinds of gadgets:

{chr(10).join(f"- **Kind {n}** — {_LONG_ITEM} {n}." for n in range(1, 11))}

TL;DR: a gadget is a widget you can hold.

</details>
"""


def _backs(text: str) -> dict[str, str]:
    deck = build_deck(text, "widgets.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_label_headings_inside_details_are_parts_of_one_answer() -> None:
    back = _backs(_LABELLED)["What is a widget and what are its traits?"]
    assert back == (
        "• A widget is a reusable piece of a screen layout.\n"
        "Traits of widgets:\n"
        "• Composable — widgets nest inside other widgets.\n"
        "• Stateless — a widget holds no state of its own.\n"
        "In short: a widget is a small composable piece of layout."
    )


def test_a_labelled_answer_too_long_keeps_its_first_part_and_summary() -> None:
    back = _backs(_LABELLED)["What is a gadget?"]
    assert back == (
        "• A gadget is a widget with a handle.\nTL;DR: a gadget is a widget you can hold."
    )


_DIAGRAMS = """# Pump controller

The pump controller keeps the tanks of a plant full.

## How does the pump controller work?

```mermaid
graph LR
ctl[Controller] --> pump[Pump]
```

The controller runs a loop every ten seconds and compares the tank level with its target.

## How is the valve opened?

{{< mermaid >}}
graph TD
valve --> actuator
{{< /mermaid >}}

Figure 2. The valve and its actuator

The actuator turns the valve a quarter turn once the pressure drops under two bars.
"""


def test_a_diagram_source_is_never_an_answer() -> None:
    backs = _backs(_DIAGRAMS)
    assert backs["How does the pump controller work?"] == (
        "The controller runs a loop every ten seconds and compares the tank level with its target."
    )
    assert backs["How is the valve opened?"] == (
        "The actuator turns the valve a quarter turn once the pressure drops under two bars."
    )


_CASES = """# Sorter

## How does the sorter work?

The sorter runs as a loop that wakes up every minute on the belt controller, reads the scanner
queue, and moves each parcel to the chute its label names; the interval is set by the
`--sort-period` flag of the belt daemon (one minute by default).

Each parcel is weighed before it is moved.

- For small parcels (under a kilo), the sorter pushes them with the light arm to the near chute.
- For large parcels, the sorter stops the belt and lifts them with the crane to the far chute.
"""


def test_a_list_of_cases_under_a_question_is_asked_case_by_case() -> None:
    deck = build_deck(_CASES, "sorter.md")
    fronts = [n.front for n in deck.notes if isinstance(n, FactNote)]
    assert "Sorter: how does the sorter work, for each kind of parcel?" in fronts
    assert "How does the sorter work?" in fronts


_UNWRITTEN = """# Widgets handbook

<details>
<summary>7. What is a sprocket?</summary>

- A sprocket is a wheel with teeth that drives a chain.

</details>

<details>
<summary>8. ???</summary>

#### Widgets

- Coming soon...

</details>
"""


def test_a_placeholder_question_makes_no_card() -> None:
    deck = build_deck(_UNWRITTEN, "widgets.md")
    assert [n.front for n in deck.notes if isinstance(n, FactNote)] == ["What is a sprocket?"]


_SUMMED_UP = f"""# Widgets handbook

<details>
<summary>9. What does a widget toolkit offer?</summary>

#### Widget toolkit

- A widget toolkit is a library of ready widgets for building screens.

| Widget | Use |
| ------ | --- |
{chr(10).join(f"| Widget {n} | {_LONG_ITEM} {n} |" for n in range(1, 9))}

**In short:**

- A toolkit saves writing the common widgets by hand.

</details>
"""


def test_a_long_labelled_answer_keeps_its_summary_list() -> None:
    back = _backs(_SUMMED_UP)["What does a widget toolkit offer?"]
    assert back == (
        "• A widget toolkit is a library of ready widgets for building screens.\n"
        "In short:\n"
        "• A toolkit saves writing the common widgets by hand."
    )

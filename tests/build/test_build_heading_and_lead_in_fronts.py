"""Fronts that did not say what they ask, each read from a
synthetic document that has the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import ClozeNote, FactNote


def _fronts(text: str) -> dict[str, str]:
    deck = build_deck(text, "shapes.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def _clozes(text: str) -> list[str]:
    deck = build_deck(text, "shapes.md")
    return [n.text for n in deck.notes if isinstance(n, ClozeNote)]


_STATED = (
    "---\ntitle: Dictionaries\n---\n\n"
    "## A dictionary maps keys to values.\n\n"
    "- Writing a hundred paired variables by hand is slow and error-prone.\n"
    "- Curly braces hold the pairs, and a colon separates each key from its value.\n\n"
    "## Use a key to look up its value in a dictionary.\n\n"
    "- Much like indexing a list.\n\n"
    "```python\nprint(ages['ada'])\n```\n\n"
    "## Keys must be hashable.\n\n"
    "- A list cannot be a key, since it can change after it is stored.\n\n"
    "## Use `pop` to take an entry out of a dictionary.\n\n"
    "- `pop` returns the value it removed.\n\n"
    "- A second list of the same section.\n"
)


def test_a_sentence_heading_is_never_asked_with_a_question_mark_appended() -> None:
    fronts = _fronts(_STATED)
    assert not [f for f in fronts if f.endswith(".?")]
    assert not [f for f in fronts if "hashable" in f or "maps keys" in f]


def test_an_instruction_heading_becomes_a_cloze_of_what_it_says_to_use_once() -> None:
    assert _clozes(_STATED) == [
        "Use {{c1::a key}} to look up its value in a dictionary.",
        "Use {{c1::`pop`}} to take an entry out of a dictionary.",
    ]


_ANNOUNCED = (
    "---\ntitle: Kiln Firing Schedules\n---\n\n"
    "## Unwritten rules\n\n"
    "There are some unwritten rules worth keeping in mind here:\n\n"
    "- Candling lasts until the pots stop steaming.\n"
    "- A kiln is never opened above 200 degrees.\n\n"
    "## Planned and forced interruptions\n\n"
    "A firing may stop before it ends, whether or not someone chose to stop it.\n\n"
    "We call these unplanned stops *forced interruptions* of a firing.  Examples are:\n\n"
    "- a power cut at the peak of the firing\n"
    "- a thermocouple that fails\n\n"
    "## Reducing the risk\n\n"
    "Here are some ways to soften forced interruptions:\n\n"
    "- Keep a log of every firing.\n"
    "- Fit a battery to the controller.\n\n"
    "## Reading the log\n\n"
    "There are two parts to the entry:\n\n"
    "- the cone reached\n"
    "- the hours it took\n"
)


def test_a_lead_in_that_announces_is_asked_for_what_it_announces_of_the_page() -> None:
    fronts = _fronts(_ANNOUNCED)
    assert fronts["What are the unwritten rules of Kiln Firing Schedules?"] == (
        "• Candling lasts until the pots stop steaming.\n"
        "• A kiln is never opened above 200 degrees."
    )
    # A purpose ("ways to …") says what it is about: the page is not added.
    assert "What are the ways to soften forced interruptions?" in fronts
    assert not [f for f in fronts if "worth" in f or f.startswith("There are some")]


def test_a_lead_in_pointing_at_what_the_text_names_is_not_rephrased() -> None:
    fronts = _fronts(_ANNOUNCED)
    assert not [f for f in fronts if f.startswith("What are the two parts")]


def test_examples_are_asked_of_the_kind_the_sentence_before_names() -> None:
    fronts = _fronts(_ANNOUNCED)
    assert fronts["What are examples of forced interruptions?"] == (
        "• a power cut at the peak of the firing\n• a thermocouple that fails"
    )
    assert not [f for f in fronts if "examples are" in f.lower()]


_PROBLEMS = (
    "# Kiln Controller FAQ\n\n## Troubleshooting\n\n"
    "### The kiln is slower to heat than it should be\n\n"
    "Usual causes and fixes:\n"
    "1. **Worn elements**: Measure the element resistance and replace old ones.\n"
    "2. **Open peephole**: Close the plugs once the water has burned off.\n\n"
    "### Supported cones\n\n"
    "Common choices:\n"
    "1. **Cone 6**: Mid-fire stoneware.\n"
    "2. **Cone 10**: High-fire stoneware.\n"
)


def test_a_faq_problem_heading_is_asked_with_each_label_of_its_list() -> None:
    fronts = _fronts(_PROBLEMS)
    asked = "Usual causes and fixes (The kiln is slower to heat than it should be)"
    assert fronts[f"{asked}: Worn elements?"] == (
        "Measure the element resistance and replace old ones."
    )
    assert fronts[f"{asked}: Open peephole?"] == "Close the plugs once the water has burned off."
    # A heading that names a thing, not a problem, leaves the label as it was.
    assert fronts["Common choices: Cone 6?"] == "Mid-fire stoneware."


_WALKTHROUGH = (
    "# Design a ticket queue for a small theatre box office\n\n"
    "## Step 1: Outline use cases and constraints\n\n"
    "### State assumptions\n\n"
    "* Most buyers arrive in the hour before a show\n"
    "* A seat is held for ten minutes at most\n\n"
    "## Step 2: Scale the design\n\n"
    "### Hot seats\n\n"
    "* Lock a seat row, never the whole hall\n"
    "* Release expired holds every minute\n"
)


def test_a_walkthrough_step_heading_never_names_the_subject_the_problem_does() -> None:
    fronts = _fronts(_WALKTHROUGH)
    problem = "Design a ticket queue for a small theatre box office"
    assert fronts[f"{problem}: state assumptions?"] == (
        "• Most buyers arrive in the hour before a show\n• A seat is held for ten minutes at most"
    )
    assert not [f for f in fronts if "Outline use cases" in f or "Scale the design" in f]

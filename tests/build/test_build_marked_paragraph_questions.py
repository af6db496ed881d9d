"""Questions written as plain paragraphs the author marked: a line asking alone over a
paragraph opening on an answer label ("1️⃣ What is a hub?" then "Answer (as Ana put it):
…"), and numbered "**Q1.** What is X?" paragraphs. A question paragraph with no such
mark, and a lone numbered one, stay prose."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

from .helpers import facts_by_front

LABELLED = """# Bike interview

1️⃣ What is a hub?

Answer (as Ana put it):
A hub is the centre of a wheel that turns on its bearings.

2️⃣ What is a spoke?

Answer: A spoke joins the hub to the rim.

Mention the spoke count when asked.
"""

NUMBERED = """# Tutorial week 4

**Q1.** What is a derailleur?

A derailleur moves the chain between sprockets.

**Q2.** Why do chains stretch?

Chains wear at their pins, which lengthens each link a little.

**Q3.** The goal of this question is to measure a chain with a ruler.
"""


def test_a_question_line_over_an_answer_label_is_asked() -> None:
    cards = facts_by_front(LABELLED, "bikes.md")
    assert (
        cards["What is a hub?"].back == "A hub is the centre of a wheel that turns on its bearings."
    )
    assert cards["What is a spoke?"].back.startswith("A spoke joins the hub to the rim.")


def test_numbered_question_paragraphs_are_asked() -> None:
    cards = facts_by_front(NUMBERED, "week4.md")
    assert cards["What is a derailleur?"].back == "A derailleur moves the chain between sprockets."
    assert cards["Why do chains stretch?"].back == (
        "Chains wear at their pins, which lengthens each link a little."
    )
    # "**Q3.** The goal of this question is …" asks nothing: no card asks it.
    assert not [f for f in cards if f.startswith("The goal")]


def test_an_unmarked_question_paragraph_or_a_lone_number_stays_prose() -> None:
    text = "# Wheels\n\nWhat is a hub?\n\nA hub is the centre of a wheel.\n"
    assert "What is a hub?" not in facts_by_front(text, "wheels.md")
    lone = "# Wheels\n\n**Q1.** What is a hub?\n\nA hub is the centre of a wheel.\n"
    deck = build_deck(lone, "wheels.md")
    assert not [n for n in deck.notes if isinstance(n, FactNote) and n.front == "What is a hub?"]

"""Numbered question headings answered under an "**Answer.**" label: a heading with a
lone "**" before its number, an imperative or statement heading the label shows is
asked, a lead-in answered by lines written without list marks, and bold labelled parts
of an answer that the question's own card lists. Synthetic documents in that shape."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

LABELLED = """## Widget Questions

#### 1. What is a widget?
**Answer.** A widget is a small part of a gadget that spins.

#### 2. Explain the basic features of widgets.
**Answer.** Some basic features of widgets are:

Widgets spin fast and never stop.
Widgets are cheap to build in bulk.
Widgets come in many colors and sizes.

#### 3. What is a gear or Explain the importance of gears.
**Answer.** A gear is a toothed wheel that turns another gear.

#### 4. Elaborate all the widget colors.
**Answer.** There are three widget colors:

- Red: the default color.
- Blue: used for spare widgets.

#### **5. What are spin calls?
**Answer.** Spin calls are requests a widget makes to its hub.
"""


def test_answer_label_makes_a_numbered_heading_a_question() -> None:
    cards = {n.front: n.back for n in facts(build_deck(LABELLED, "widgets.md").notes)}
    assert cards == {
        "What is a widget?": "A widget is a small part of a gadget that spins.",
        "Explain the basic features of widgets.": "Some basic features of widgets are:\n"
        "• Widgets spin fast and never stop.\n"
        "• Widgets are cheap to build in bulk.\n"
        "• Widgets come in many colors and sizes.",
        "What is a gear or Explain the importance of gears.": (
            "A gear is a toothed wheel that turns another gear."
        ),
        "Elaborate all the widget colors.": "There are three widget colors:\n"
        "• Red: the default color.\n• Blue: used for spare widgets.",
        "What are spin calls?": "Spin calls are requests a widget makes to its hub.",
    }


UNLABELLED = """## Widget notes

#### 1. Widget colors.
Widgets come in red and blue, and spare widgets are always blue.

#### 2. Widget sizes.
Widgets come in three sizes.
"""


def test_numbered_statement_headings_without_the_label_are_not_asked() -> None:
    fronts = [n.front for n in facts(build_deck(UNLABELLED, "notes.md").notes)]
    assert "Widget colors." not in fronts
    assert "Widget sizes." not in fronts


WRAPPED = """## Widget Questions

#### 1. What does a widget do?
**Answer.** A widget spins; this is best shown by example:

Assume a widget named `w1` on the hub `h1`. A widget
in the hub `h1` can turn any other widget by simply
calling it.
"""


def test_prose_wrapped_after_a_lead_in_is_no_list() -> None:
    backs = [n.back for n in facts(build_deck(WRAPPED, "wrapped.md").notes)]
    assert not [b for b in backs if "• " in b]


PARTS = """## Widget Questions

#### 5. Define the basic components of a widget.
**Answer.** Majorly there are five basic components of a widget:

**Hub:** The hub is the core part of the widget that joins the spokes to the axle.

**Rim:** The rim is the outer ring that the tyre sits on.

**Spoke:** Offers a way to carry the load from the rim to the hub.

**Axle:** It is designed to hold the hub in place while the wheel turns.

**Bearing:** It is the part through which the axle turns without friction.

#### 6. What is a spinner?
**Answer.** A spinner is a widget that turns.
"""


def test_labelled_parts_answer_their_question_and_make_no_cards_of_their_own() -> None:
    cards = {n.front: n.back for n in facts(build_deck(PARTS, "parts.md").notes)}
    assert cards == {
        "Define the basic components of a widget.": (
            "Majorly there are five basic components of a widget:\n"
            "Hub: The hub is the core part of the widget that joins the spokes to the axle.\n"
            "Rim: The rim is the outer ring that the tyre sits on.\n"
            "Spoke: Offers a way to carry the load from the rim to the hub.\n"
            "Axle: It is designed to hold the hub in place while the wheel turns.\n"
            "Bearing: It is the part through which the axle turns without friction."
        ),
        "What is a spinner?": "A spinner is a widget that turns.",
    }

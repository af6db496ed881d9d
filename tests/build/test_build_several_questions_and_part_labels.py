"""A heading asking several questions whose answer gives one labelled part per question
("What is a kiln ? What is a glaze ?" over "**Kiln:** …" and "**Glaze:** …") makes one
card per question, each asking its own question; a labelled part of the answer to a
single question asks that question of its label ("How do you fire clay (Pit firing)?"),
never the label glued after the question mark. Synthetic documents."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts


def _cards(text: str) -> dict[str, str]:
    return {n.front: n.back for n in facts(build_deck(text, "pottery.md").notes)}


_SEVERAL = """# Pottery interview questions

#### 12. What is a kiln ? What is a glaze ? What are Slips ?
**Answer. Kiln (firing oven):** A kiln is an insulated chamber that fires clay at high heat.

**Glaze:** A glaze is a glassy coating fused to the clay surface during firing.

**Slip:** Slip is liquid clay used to join pieces and decorate surfaces.

#### 13. How do you fire clay?
**Answer.** There are a few ways to fire clay, such as:

**Pit firing:**
The pots are buried in a pit with fuel and burned slowly for a smoky finish.

**Electric kiln:**
The pots are heated by coils in a closed chamber with an exact temperature control.

#### 14. What is bisque and greenware in pottery?
**Answer. Bisque:** Clay fired once, hard but still porous enough to take a glaze.

**Greenware:** Shaped clay that has dried but was never fired, fragile to the touch.
"""


def test_each_question_of_a_heading_asking_several_is_asked_alone() -> None:
    cards = _cards(_SEVERAL)
    assert cards["What is a kiln?"] == (
        "Kiln (firing oven): A kiln is an insulated chamber that fires clay at high heat."
    )
    assert cards["What is a glaze?"] == (
        "A glaze is a glassy coating fused to the clay surface during firing."
    )
    assert (
        cards["What are Slips?"] == "Slip is liquid clay used to join pieces and decorate surfaces."
    )
    assert not [f for f in cards if "? What" in f or "?:" in f]


def test_a_part_label_is_asked_within_its_question_never_glued_after_it() -> None:
    cards = _cards(_SEVERAL)
    assert cards["How do you fire clay (Pit firing)?"] == (
        "The pots are buried in a pit with fuel and burned slowly for a smoky finish."
    )
    assert cards["How do you fire clay (Electric kiln)?"] == (
        "The pots are heated by coils in a closed chamber with an exact temperature control."
    )
    assert "How do you fire clay: Pit firing?" not in cards


def test_one_of_two_names_asked_together_is_asked_by_its_label() -> None:
    cards = _cards(_SEVERAL)
    assert cards["What is Greenware in pottery?"] == (
        "Shaped clay that has dried but was never fired, fragile to the touch."
    )
    # The question's own card still asks both: its back holds both parts.
    assert cards["What is bisque and greenware in pottery?"].startswith("Bisque: Clay fired once")


def test_an_imperative_question_asks_its_parts_of_its_object() -> None:
    text = """# Pottery interview questions

#### 5. Define the basic tools of pottery.
**Answer.** There are three basic tools, each with its own use in the studio and a price.

**Wheel:** A wheel spins the clay so the potter can shape round forms evenly by hand.

**Rib:** A rib is a flat tool that smooths and compresses the walls of a pot.

#### 6. What is a rib?
A rib is a flat tool.
"""
    cards = _cards(text)
    fronts = list(cards)
    assert "Basic tools of pottery: Wheel?" in fronts
    assert not [f for f in fronts if ".:" in f]


def test_a_heading_asking_one_question_keeps_it_whole() -> None:
    # A near miss: one question, its answer opening on a label naming something else.
    text = """# Pottery interview questions

#### 20. What is a kiln used for?
**Answer. Firing:** A kiln hardens shaped clay into ceramic by heating it for hours.
"""
    cards = _cards(text)
    assert list(cards) == ["What is a kiln used for?"]

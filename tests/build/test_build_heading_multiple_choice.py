"""A quiz whose headings ask ("### 14. What language was the loom written in?") over
lettered options and an "**Answer:**" naming one, on its line or in the quote under it
(``> **A) Go**``), asks the heading with its options and is answered by the chosen
option; a heading over options with no answer naming one stays as it was."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

QUIZ = """# Loom quiz

### 14. What language was the loom controller written in?
- **A)** Go
- **B)** Java
- **C)** C++

**Answer:**
> **A) Go**

---

### 15. Which object spreads jobs over looms?
- **A)** spindle
- **B)** shuttle

**Answer:** B) shuttle

The shuttle carries each job to a free loom.
"""


def _cards(text: str) -> dict[str, str]:
    return {n.front: n.back for n in facts(build_deck(text, "quiz.md").notes)}


def test_the_chosen_option_answers_a_heading_asked_choice() -> None:
    cards = _cards(QUIZ)
    front = "What language was the loom controller written in?\n• A) Go\n• B) Java\n• C) C++"
    assert cards[front] == "A: Go"
    assert cards["Which object spreads jobs over looms?\n• A) spindle\n• B) shuttle"] == (
        "B: shuttle\nThe shuttle carries each job to a free loom."
    )


def test_options_without_an_answer_naming_one_stay_as_before() -> None:
    text = QUIZ.replace("**Answer:**\n> **A) Go**", "Think it over.")
    cards = _cards(text)
    assert not any(back == "A: Go" for back in cards.values())

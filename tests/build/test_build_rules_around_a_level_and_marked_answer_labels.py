"""A page opening on "---" / a level name / "---" has no front matter: the second rule
underlines a heading. An answer label after a mark ("✅ Answer (English):") is a label
all the same, never the first words of the answer."""

from __future__ import annotations

from quizkit.build.builder import build_deck

from .helpers import facts_by_front

LEVELS = """---
🟢 Starter Level
---

---
What is a sprocket?
---

✅ Answer (English):
A sprocket is a toothed wheel that drives a chain.

---
What is a derailleur?
---

👉 Ans: A derailleur moves the chain from one sprocket to another.
"""


def test_rules_around_a_line_of_prose_are_no_front_matter() -> None:
    text = """---
Starter Level
---

- **Sprocket:** a toothed wheel that drives a chain
- **Derailleur:** moves the chain from one sprocket to another
"""
    cards = facts_by_front(text, "bikes.md")
    assert cards["Starter Level: Sprocket?"].back == "A toothed wheel that drives a chain"
    origin = cards["Starter Level: Sprocket?"].origin
    assert origin is not None
    assert origin.section == "Starter Level"
    assert "What is a sprocket?" in facts_by_front(LEVELS, "bikes.md")


def test_front_matter_with_keys_is_still_front_matter() -> None:
    text = "---\ntitle: Bikes\n# a comment\n---\n" + LEVELS.split("---\n", 3)[3]
    assert build_deck(text, "bikes.md").title == "Bikes"


def test_a_marked_answer_label_is_no_part_of_the_answer() -> None:
    cards = facts_by_front(LEVELS, "bikes.md")
    assert cards["What is a sprocket?"].back == "A sprocket is a toothed wheel that drives a chain."
    assert cards["What is a derailleur?"].back == (
        "A derailleur moves the chain from one sprocket to another."
    )

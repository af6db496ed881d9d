"""Multiple choices whose options carry the author's marks (a tick, a checked box, a
"(correct)" after the option), and numbered tasks answered by code under a label
("SQL code:"), each read from a synthetic document of that shape."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

TICKED_QUIZ = """
**Question 1**~
**✅ Correct**~
**Q:** A gardener wants the hose to stop when the tank is full. Which valve does that?~
- ☐ Gate valve~
- ✅ Float valve~
- ☐ Ball valve~
**Explanation:** A float valve closes as the water lifts its float. It needs no power.
---
**Question 2**~
**❌ Incorrect**~
**Q:** Which two tools measure soil moisture?~
Choose two.~
- ✅ Tensiometer~
- ✅ Gypsum block~
- ☐ Barometer~
**Explanation:**~
- **Tensiometer:** Reads the suction of the soil water. Works best in wet soil.~
- **Gypsum block:** Reads the resistance between two wires.
---
**Question 3**~
**Q:** Which hose is the longest?~
- ☐ Red~
- ☐ Green~
""".replace("~\n", "  \n")


def test_ticked_options_answer_their_question_with_the_explanation_first_sentence() -> None:
    cards = [(n.front, n.back) for n in facts(build_deck(TICKED_QUIZ, "garden.md").notes)]
    assert cards == [
        (
            "A gardener wants the hose to stop when the tank is full. Which valve does that?\n"
            "• Gate valve\n• Float valve\n• Ball valve",
            "Float valve\nA float valve closes as the water lifts its float.",
        ),
        (
            "Which two tools measure soil moisture? Choose two.\n"
            "• Tensiometer\n• Gypsum block\n• Barometer",
            "• Tensiometer\n• Gypsum block\n"
            "• Tensiometer: Reads the suction of the soil water.\n"
            "• Gypsum block: Reads the resistance between two wires.",
        ),
        # Question 3: no option marked right, no answer, no card; the verdict lines
        # ("✅ Correct") are never a card.
    ]


CHECKED_BOXES = """# Garden quiz

### 1. Which valve stops a hose when the tank is full?
- [ ] Gate valve
- [x] Float valve
- [ ] Ball valve

### 2. What does the following print?

Assume the tank starts empty.
```
fill 3
drain 1
show
```
- [ ] 3
- [x] 2

### 3. Which hose is the longest?
- [ ] Red
- [ ] Green

### 4. Which valves are common?
- ✅ Float valve
- ❌ Rusty valve
- ✅ Gate valve
- ❌ Leaky valve
"""


def test_checked_boxes_answer_a_question_heading_with_the_code_it_shows() -> None:
    notes = facts(build_deck(CHECKED_BOXES, "garden.md").notes)
    cards = {n.front: n.back for n in notes}
    assert (
        cards[
            "Which valve stops a hose when the tank is full?\n"
            "• Gate valve\n• Float valve\n• Ball valve"
        ]
        == "Float valve"
    )
    assert (
        cards[
            "What does the following print?\nAssume the tank starts empty.\n"
            "fill 3\ndrain 1\nshow\n• 3\n• 2"
        ]
        == "2"
    )
    # Unmarked boxes answer nothing; ticks beside crosses are a do/don't list, no choice.
    assert not any(front.startswith("Which hose") for front in cards)
    assert not any(
        back in ("Float valve\nGate valve", "Float valve")
        for front, back in cards.items()
        if front.startswith("Which valves are common")
    )


CORRECT_AFTER = """# Garden quiz

**1. Which valve stops a hose when the tank is full?**

- Gate valve
- Float valve (correct)
- Ball valve
"""


def test_an_option_followed_by_correct_is_the_answer() -> None:
    cards = [(n.front, n.back) for n in facts(build_deck(CORRECT_AFTER, "garden.md").notes)]
    assert cards == [
        (
            "Which valve stops a hose when the tank is full?\n"
            "• Gate valve\n• Float valve\n• Ball valve",
            "Float valve",
        )
    ]


CODE_TASKS = """# Week 3

## Practice

**1. List every plant taller than one metre.**

SQL code:</br>
```sql
SELECT name FROM plants WHERE height > 1;
```

Result:</br>
| name |
|--- |
| Sunflower |

**2. Count the plants. Hint: there is one line.**

Query:
```sql
SELECT COUNT(*) FROM plants;
```

Result:
(1 row shown)

**3. Write a query to answer this question: Which plant flowers first?**

Solution:
```sql
SELECT name FROM plants ORDER BY flowers_on LIMIT 1;
```
"""


def test_bold_numbered_tasks_are_answered_by_the_labelled_code_without_the_result() -> None:
    cards = [(n.front, n.back) for n in facts(build_deck(CODE_TASKS, "week3.md").notes)]
    assert cards == [
        (
            "Practice: List every plant taller than one metre.",
            "SELECT name FROM plants WHERE height > 1;",
        ),
        ("Practice: Count the plants.", "SELECT COUNT(*) FROM plants;"),
        (
            "Practice: Which plant flowers first?",
            "SELECT name FROM plants ORDER BY flowers_on LIMIT 1;",
        ),
    ]


TWO_TASKS = """# Week 3

**1. List every plant taller than one metre.**

SQL code:
```sql
SELECT name FROM plants WHERE height > 1;
```

**2. Count the plants.**

SQL code:
```sql
SELECT COUNT(*) FROM plants;
```
"""


def test_two_bold_tasks_with_code_are_no_set_of_solved_tasks() -> None:
    fronts = [n.front for n in facts(build_deck(TWO_TASKS, "week3.md").notes)]
    assert "List every plant taller than one metre." not in fronts
    assert "Count the plants." not in fronts


LABELLED_PARTS = """# Garden services

## How do the pumps connect?

The pumps come in three kinds:

**1. Inlet pump:**
```yaml
kind: Pump
role: inlet
```

**2. Outlet pump:**
```yaml
kind: Pump
role: outlet
```

**3. Spare pump:**
```yaml
kind: Pump
role: spare
```
"""


def test_bold_numbered_labels_ending_in_a_colon_over_code_are_no_tasks() -> None:
    fronts = [n.front for n in facts(build_deck(LABELLED_PARTS, "pumps.md").notes)]
    assert not any(
        front.endswith(("Inlet pump:", "Outlet pump:", "Spare pump:")) for front in fronts
    )
    assert not any(
        front.startswith(("Inlet pump", "Outlet pump", "Spare pump")) for front in fronts
    )

"""Where an author's answer ends, read from synthetic documents with each shape: a
``---`` after a question heading's answer closes it (what follows is asked on its own,
named by its lead-in); an emoji before a question's number does not hide the question;
a bold title naming the kind every part heading is belongs to the question, not to the
last part; a fold that only offers "more" under a heading asking nothing is the
section's content, no exercise; a bullet opening a table's row name is layout."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.markdown import parse_document
from tests.helpers import facts


def _sections(text: str) -> list[tuple[str, ...]]:
    """Per block of ``text``, the headings it sits under."""
    return [tuple(h.text for h in item.headings) for item in parse_document(text).items]


BREAK_AFTER_LAST_ANSWER = """# Loom interview questions

## Advanced Questions

### **1. What is a Shuttle?**
A shuttle carries the weft thread across the loom from one side to the other.

### **2. What is Loom Federation?**
Federation lets several looms be run as a single unit so that one can take over from another.

---

Here are the key loom parts explained in a single line:

1. **Heddle**: The wire that lifts a warp thread so the shuttle can pass under it.
2. **Reed**: The comb that pushes each new weft thread against the cloth.
3. **Treadle**: The pedal that raises one set of heddles at a time.
"""


def test_a_break_after_the_last_answer_ends_it() -> None:
    notes = {n.front: n.back for n in facts(build_deck(BREAK_AFTER_LAST_ANSWER, "loom.md").notes)}
    assert notes["What is Loom Federation?"] == (
        "Federation lets several looms be run as a single unit so that one can take over"
        " from another."
    )
    # The list after the break is asked on its own, named by what its lead-in announces.
    assert notes["Key loom parts: Heddle?"] == (
        "The wire that lifts a warp thread so the shuttle can pass under it."
    )
    assert notes["Key loom parts: Reed?"] == (
        "The comb that pushes each new weft thread against the cloth."
    )
    assert not [f for f in notes if f.startswith("What is Loom Federation:")]


BREAK_BETWEEN_PARTS = """# Loom questions

## What are the kinds of looms?

### Short answer

There are hand looms and power looms, which differ in what drives the shuttle.

---

The hand loom is worked by a weaver's hands and feet, and the power loom by a motor.
"""


def test_a_break_between_parts_of_an_answer_stays_inside_the_question() -> None:
    # Near miss: the break sits under a part heading of the question, not right under the
    # question: the question's section goes on after it.
    assert _sections(BREAK_BETWEEN_PARTS)[-1] == ("What are the kinds of looms?", "Short answer")


BREAK_BEFORE_NEXT_HEADING = """# Loom interview questions

## Basics

### **1. What is a Warp?**
The warp is the set of threads held taut on the loom while the weft is woven through.

---

#### Example

A plain scarf has about two hundred warp threads held on the loom at once.
"""


def test_a_break_before_a_heading_leaves_the_heading_to_place_itself() -> None:
    # Near miss: a heading after the break opens a part of the answer (it is deeper).
    assert _sections(BREAK_BEFORE_NEXT_HEADING)[-1] == ("Basics", "1. What is a Warp?", "Example")


HANDING_OVER = """# Loom guide

## How looms work

Here's how it works:

1. **Warp held taut**: The threads are stretched on the frame.
2. **Weft passed across**: The shuttle carries the cross thread.
"""


def test_a_lead_in_that_names_no_kind_leaves_the_section_to_name_the_list() -> None:
    # Near miss: "Here's how it works" hands over without naming a kind of thing.
    notes = {n.front: n.back for n in facts(build_deck(HANDING_OVER, "guide.md").notes)}
    assert notes["How looms work: Warp held taut?"] == "The threads are stretched on the frame."


EMOJI_NUMBERED_PARTS = """# Loom interview questions

## Advanced Questions

### 🧵 2. **What is a Rigid and a Floor Loom?**

#### **Rigid Loom:**
- Has a single heddle frame **fixed in place**.
- Is small enough to sit **on a table**.

#### **Floor Loom:**
- Has **several shafts** raised by treadles.
- Stands on the floor and weaves **wide cloth**.

**Common Loom Widths:**
- Narrow: up to forty centimetres.
- Wide: over a metre.
"""


def test_an_emoji_before_the_number_still_asks_and_a_kind_title_belongs_to_the_question() -> None:
    notes = {n.front: n.back for n in facts(build_deck(EMOJI_NUMBERED_PARTS, "kinds.md").notes)}
    assert notes["What is a Rigid and a Floor Loom: rigid loom?"] == (
        "• Has a single heddle frame fixed in place.\n• Is small enough to sit on a table."
    )
    assert notes["What is a Rigid and a Floor Loom: floor loom?"] == (
        "• Has several shafts raised by treadles.\n• Stands on the floor and weaves wide cloth."
    )
    # "Loom Widths" names the kind both parts are ("… Loom"): the question's, not the
    # floor loom's alone.
    assert notes["What is a Rigid and a Floor Loom: common loom widths?"] == (
        "• Narrow: up to forty centimetres.\n• Wide: over a metre."
    )


OWN_PART_TITLE = """# Loom interview questions

## Advanced Questions

### 3. What is a Rigid and a Floor Loom?

#### Rigid Loom
- Has a single heddle frame fixed in place.
- Is small enough to sit on a table.

#### Floor Loom
- Has several shafts raised by treadles.
- Stands on the floor and weaves wide cloth.

**Treadle Tie-ups:**
- Direct: each treadle lifts one shaft.
- Skeleton: treadles are tied to several shafts.
"""


def test_a_title_naming_no_kind_of_the_parts_stays_with_the_last_part() -> None:
    # Near miss: "Treadle Tie-ups" names nothing every part is: the floor loom's own.
    notes = {n.front: n.back for n in facts(build_deck(OWN_PART_TITLE, "parts.md").notes)}
    assert notes["Floor Loom: treadle tie-ups?"] == (
        "• Direct: each treadle lifts one shaft.\n• Skeleton: treadles are tied to several shafts."
    )


EXPAND_MORE = """# Loomkit

## Features

### Generated Patterns

<details><summary><strong>Expand to view more!</strong></summary><br>

| <h3>Twill</h3> <ul><li>A diagonal rib made by offsetting each pass.</li></ul> |
| :--- |
| ![][twill] |

</details>

### Install

Loomkit needs a loom driver and a pattern file to run.
"""


def test_a_fold_offering_more_under_a_heading_asking_nothing_is_no_exercise() -> None:
    deck = build_deck(EXPAND_MORE, "loomkit.md")
    assert not [n for n in facts(deck.notes) if n.front.startswith("Features: Generated Patterns")]


BULLETED_ROWS = """# Loomkit

## Prerequisites

Loomkit needs one of the following drivers:

| Requirement              | Details                 |
|--------------------------|-------------------------|
| **Driver** (choose one)  |                         |
| • [shuttlefs][s]         | Fast shuttle driver     |
| • [heddled][h]           | Heddle control daemon   |

[s]: https://example.org/s
[h]: https://example.org/h
"""


def test_a_bullet_opening_a_row_name_is_layout() -> None:
    notes = {n.front: n.back for n in facts(build_deck(BULLETED_ROWS, "prereq.md").notes)}
    assert not [f for f in notes if "•" in f]
    assert [b for f, b in notes.items() if f.endswith("shuttlefs?")] == ["Fast shuttle driver"]

"""A practice exam's question set out in labelled parts under its heading ("### Question",
"### Answer Options", "**Correct Answer: C**", "### Explanation", "**Topic:** …") is one
card: the stem and its options asked, the right answer first on the back, then the
explanation while it fits; the question's bookkeeping (topic, domain, reference) is on
no card. Synthetic documents in the shapes of real practice exams."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.markdown import Question, parse_document
from quizkit.build.rules import ANSWER_CHARS
from quizkit.build.text import clean
from tests.helpers import facts

_EXAM = """# Orchard Keeper Practice Exam

## Table of Contents
- [Question 1: Grafting](#question-1)
- [Question 2: Pruning Tool](#question-2)

---

## Question 1
**Topic:** Grafting Unions
**Domain:** Objective 2 - Propagate Trees

### Question
A grower joins a cutting onto a rootstock as shown below.

```text
scion  -> cleft
stock  -> wrapped
```

Which part of the union grows the fruiting wood?

### Answer Options

A) The rootstock

B) The scion

C) The grafting tape

D) The cleft

**Correct Answer: B**

### Explanation
**A) The rootstock**
The rootstock gives the roots and the vigour, never the fruiting wood.

**B) The scion** ✅
The scion is the cutting grafted on; its buds grow the fruiting wood.

**C) The grafting tape**
The tape only holds the union while it heals.

### Detailed Explanation
A union heals within weeks when the cambium layers of scion and stock touch.

**Reference:** [Grafting guide](https://example.org/grafting)

---

## Question 2
**Topic:** Pruning Tools
**Domain:** Objective 3 - Prune Trees

### Question
The tool with long handles that cuts branches too thick for shears is called __

### Answer Options

Fill in the blank: __

**Correct Answer: loppers**

### Explanation
Loppers have long handles for leverage on branches up to about five centimetres thick.

**Reference:** [Tool guide](https://example.org/tools)

---

## Question 3

### Question
Which two seasons suit pruning apple trees?

### Choices

- A. Late winter
- B. Midsummer
- C. Early spring

### Correct Answer

A, C

### Rationale

Both leave the tree dormant or just waking, so cuts heal before growth.
"""


def test_the_stem_and_options_are_asked_and_the_right_answer_comes_first() -> None:
    cards = facts(build_deck(_EXAM, "exam.md").notes)
    assert [c.front for c in cards] == [
        "A grower joins a cutting onto a rootstock as shown below.\n"
        "scion  -> cleft\nstock  -> wrapped\n"
        "Which part of the union grows the fruiting wood?\n"
        "• A: The rootstock\n• B: The scion\n• C: The grafting tape\n• D: The cleft",
        "The tool with long handles that cuts branches too thick for shears is called __",
        "Which two seasons suit pruning apple trees?\n"
        "• A. Late winter\n• B. Midsummer\n• C. Early spring",
    ]
    assert [c.back for c in cards] == [
        # Only the right option's own explanation, then the detailed one (it fits).
        "B: The scion\n"
        "The scion is the cutting grafted on; its buds grow the fruiting wood.\n"
        "A union heals within weeks when the cambium layers of scion and stock touch.",
        "loppers\n"
        "Loppers have long handles for leverage on branches up to about five centimetres thick.",
        "A: Late winter\nC: Early spring\n"
        "Both leave the tree dormant or just waking, so cuts heal before growth.",
    ]


def test_the_bookkeeping_is_on_no_card_and_makes_none() -> None:
    notes = build_deck(_EXAM, "exam.md").notes
    assert len(notes) == 3
    for card in facts(notes):
        for word in ("Topic", "Domain", "Objective", "Reference", "Correct Answer", "Fill in"):
            assert word not in card.front
            assert word not in card.back


def test_a_detailed_explanation_too_long_for_the_back_is_left_out() -> None:
    long = " ".join(["The cambium of both parts must touch for the union to heal."] * 14)
    assert len(long) > ANSWER_CHARS
    text = _EXAM.replace(
        "A union heals within weeks when the cambium layers of scion and stock touch.", long
    )
    back = facts(build_deck(text, "exam.md").notes)[0].back
    assert back == (
        "B: The scion\nThe scion is the cutting grafted on; its buds grow the fruiting wood."
    )


# "### Question 4" numbering the question, a bold stem, the options one per line, the
# key and the explanation as label lines.
_LINES = """# Heap drills

## Quiz

### Question 1
**Which structure gives the largest item first?**

A) Max-heap
B) Queue
C) Stack

**Correct Answer:** A

**Explanation:** A max-heap keeps its largest item at the root.

### Question 2
**What does a heap's insert cost?**

A) O(1)
B) O(log n)

**Correct Answer:** B

**Explanation:** The new item sifts up one level at a time.
"""


def test_options_written_one_per_line_under_a_numbering_heading() -> None:
    cards = facts(build_deck(_LINES, "drills.md").notes)
    assert [(c.front, c.back) for c in cards] == [
        (
            "Which structure gives the largest item first?\n• A: Max-heap\n• B: Queue\n• C: Stack",
            "A: Max-heap\nA max-heap keeps its largest item at the root.",
        ),
        (
            "What does a heap's insert cost?\n• A: O(1)\n• B: O(log n)",
            "B: O(log n)\nThe new item sifts up one level at a time.",
        ),
    ]


def test_a_question_part_and_an_answer_part_under_a_topic_heading() -> None:
    text = """# Breakers

## 8. Breaker Granularity

### Question

One breaker per service or per endpoint?

### Correct Answer

**One breaker per remote dependency.**

### Why not per service?

* Endpoints have different limits
* One slow endpoint trips the healthy ones
"""
    cards = {c.front: c.back for c in facts(build_deck(text, "breakers.md").notes)}
    assert cards["One breaker per service or per endpoint?"] == "One breaker per remote dependency."
    # A part no role names stays ordinary blocks, carded as before.
    assert cards["Why not per service?"].startswith("• Endpoints have different limits")


def _quizzes(text: str) -> list[Question]:
    return [
        i.block
        for i in parse_document(text).items
        if isinstance(i.block, Question) and i.block.kind == "quiz"
    ]


def test_explanations_after_code_in_a_tutorial_are_no_question_near_miss() -> None:
    text = """# Python walkthrough

## Example 1: Reverse a list

```python
items = [1, 2, 3]
items.reverse()
```

### Explanation

The reverse method turns the list around in place and returns None.

## Question 2

Lists keep their order:

A) append adds at the end
B) insert adds at a position

### Explanation

Both change the list in place.
"""
    # No stem part, and under the numbering heading no key line naming an option.
    assert _quizzes(text) == []
    assert _quizzes(_EXAM)
    assert _quizzes(_LINES)


def test_an_index_after_a_code_word_is_no_citation() -> None:
    assert clean("A) aws_instance.web[1]") == "A) aws_instance.web[1]"
    assert clean("Read my_list[2] first") == "Read my_list[2] first"
    # A citation glued to a plain word still goes.
    assert clean("It uses 256-bit keys[1][9].") == "It uses 256-bit keys."

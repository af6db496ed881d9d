"""Author questions as list items (questions numbered "Q1)" with their "A:" answers in a
bullet list, numbered bold tasks with the answer indented under them), each read from a
synthetic document that has the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

MARKED_QUESTIONS = """# Garden interview

## Soil

- Q1) What does compost add to the soil?
  - A: Compost adds organic matter that holds water and feeds soil life.

- Q2) Which tools do you clean after pruning?

- Q3) Why is mulch spread in spring?
  - A: Mulch keeps the soil moist through the first warm weeks.

  - It also keeps weeds from sprouting.

- Q4) Seed storage - discuss:
    - Paper envelopes
    - Glass jars

- Q5) Which tools loosen compacted soil?
  - a garden fork
  - a broadfork

- Q6) Which pests do you know?
  - What eats lettuce at night?
  - What leaves holes in cabbage?

****

## Water

- Q1) When should a lawn be watered?
- A: Early in the morning, before the sun dries the grass.

- Q2) How deep should water reach in a vegetable bed?
  - A: About twenty centimetres, where most roots grow.

- How often is a hedge watered in summer?
- Answer: Once a week, deeply.
"""


def _facts(text: str) -> list[tuple[str, str]]:
    return [
        (n.front, n.back) for n in build_deck(text, "garden.md").notes if isinstance(n, FactNote)
    ]


def test_a_question_item_answered_by_an_a_item_is_the_authors_question() -> None:
    assert _facts(MARKED_QUESTIONS) == [
        (
            "What does compost add to the soil?",
            "Compost adds organic matter that holds water and feeds soil life.",
        ),
        # A question without an "A:" answer, or whose sub-items are topics, makes no card.
        (
            "Why is mulch spread in spring?",
            "Mulch keeps the soil moist through the first warm weeks.\n"
            "It also keeps weeds from sprouting.",
        ),
        # A numbered question with its answer listed under it, unlabelled; one whose
        # sub-items are questions of their own is a prompt and makes no card.
        ("Which tools loosen compacted soil?", "• a garden fork\n• a broadfork"),
        # The answer may be the next item of the list instead of a nested one.
        (
            "When should a lawn be watered?",
            "Early in the morning, before the sun dries the grass.",
        ),
        (
            "How deep should water reach in a vegetable bed?",
            "About twenty centimetres, where most roots grow.",
        ),
        # Unnumbered, a question is known by its "?" and the labelled answer after it.
        ("How often is a hedge watered in summer?", "Once a week, deeply."),
    ]


BOLD_TASKS = """# Spreadsheet practice

## Formulas

### Basic
1. **Write a formula that adds the cells A1 to A9.**
   Totals a column of numbers.
   ```text
   =SUM(A1:A9)
   ```

2. **Explain what an absolute reference is.**
   A reference with dollar signs, such as $A$1, stays fixed when the formula is copied.

### Harder
3. **Count the cells in column B that hold text.**
   ```text
   =COUNTIF(B:B,"*")
   ```

4. **Find the largest value in row 2.**
   Picks the maximum of the row.
   ```text
   =MAX(2:2)
   ```
"""


def test_numbered_bold_tasks_are_the_authors_questions_with_the_indented_answer() -> None:
    assert _facts(BOLD_TASKS) == [
        (
            "Write a formula that adds the cells A1 to A9.",
            "Totals a column of numbers.\n=SUM(A1:A9)",
        ),
        (
            "Explain what an absolute reference is.",
            "A reference with dollar signs, such as $A$1, stays fixed when the formula is copied.",
        ),
        ("Count the cells in column B that hold text.", '=COUNTIF(B:B,"*")'),
        ("Find the largest value in row 2.", "Picks the maximum of the row.\n=MAX(2:2)"),
    ]


STEP_TITLES = """# Setting up

1. **Install the tool**
   ```text
   pip install tool
   ```
2. **Run it**
   ```text
   tool run
   ```
"""


def test_bold_step_titles_without_a_full_stop_stay_steps() -> None:
    fronts = [front for front, _ in _facts(STEP_TITLES)]
    assert "Install the tool" not in fronts
    assert "Run it" not in fronts


LONE_QUESTION = """# Orchard notes

## Pruning

- Q1) When are apple trees pruned?
  - A: In late winter, while the trees are dormant.

Cuts heal faster when the weather warms soon after.

- Q2) Why are crossing branches removed?
  - A: They rub against each other and open wounds where disease gets in.
"""


def test_a_numbered_question_alone_in_its_list_is_still_asked() -> None:
    assert _facts(LONE_QUESTION)[:2] == [
        ("When are apple trees pruned?", "In late winter, while the trees are dormant."),
        (
            "Why are crossing branches removed?",
            "They rub against each other and open wounds where disease gets in.",
        ),
    ]


CONTENTS_LIST = """# Orchard ![Guide](https://img.shields.io/badge/orchard-guide-green)

- [Orchard Guide](#orchard)
  - [Pruning](#pruning)
  - [Grafting](#grafting)

## Pruning

### When are apple trees pruned?

In late winter, while they are dormant.
"""


def test_a_list_of_links_to_the_pages_own_sections_makes_no_card() -> None:
    notes = build_deck(CONTENTS_LIST, "orchard.md").notes
    texts = [
        getattr(n, "front", "") + getattr(n, "back", "") + getattr(n, "text", "") for n in notes
    ]
    assert not any("Grafting" in t or "Guide" in t for t in texts)
    assert texts == ["When are apple trees pruned?In late winter, while they are dormant."]


QUOTED_MESSAGE_QUESTION = """# Kettle FAQ

## Operation

### What does "kettle: water too hot" mean and how do I fix it?

The kettle keeps heating past the boiling point when its sensor is covered in
scale. The kettle then stops and prints the error `kettle: water too hot`.

To recover from the overheating alarm:

1. Unplug the kettle.
2. Descale the sensor.
3. Reset the alarm.
"""


def test_a_question_quoting_a_message_is_never_split_at_the_messages_colon() -> None:
    facts = _facts(QUOTED_MESSAGE_QUESTION)
    # The "how do I fix it" part is answered by the steps its later lead-in introduces.
    assert facts[0] == (
        'What does "kettle: water too hot" mean and how do I fix it?',
        "The kettle keeps heating past the boiling point when its sensor is covered in"
        " scale. The kettle then stops and prints the error `kettle: water too hot`.\n"
        "To recover from the overheating alarm:\n"
        "1. Unplug the kettle.\n2. Descale the sensor.\n3. Reset the alarm.",
    )
    assert all(not front.startswith('What does "kettle: To') for front, _ in facts)


PASTED_DEFINITION = """---
title: Compost Heaps
---

<!-- overview -->
{{<glossary_definition term_id="compost-heap" length="short">}} This
lets the garden reuse waste like the following:

* Kitchen scraps
* Fallen leaves
"""


def test_a_pasted_definition_shortcode_goes_and_the_page_title_names_its_term() -> None:
    assert _facts(PASTED_DEFINITION) == [
        (
            "Compost Heaps lets the garden reuse waste like the following …?",
            "• Kitchen scraps\n• Fallen leaves",
        )
    ]


PLAIN_QUESTION_SOLUTION = """# Garden

## Soil

-1. Question: Explain how compost improves clay soil.
Solution:
Compost opens up clay so that water drains and roots can spread.

-2. Question: What is the role of earthworms in a garden?
Solution:
Earthworms mix the soil layers and leave casts rich in nutrients.

Worms also dig channels that let air in.
"""


def test_plain_question_and_solution_labels_are_the_authors_question_and_answer() -> None:
    assert _facts(PLAIN_QUESTION_SOLUTION) == [
        (
            "Explain how compost improves clay soil.",
            "Compost opens up clay so that water drains and roots can spread.",
        ),
        (
            "What is the role of earthworms in a garden?",
            "Earthworms mix the soil layers and leave casts rich in nutrients.\n"
            "Worms also dig channels that let air in.",
        ),
    ]

"""Placeholders in angle brackets, imperative headings as questions, table continuation
rows and labelled explanations joining their answer, each read from a synthetic document
that has the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

PLACEHOLDERS = """# Kettle commands

### 1. What do kettle fill <litres> and kettle pour <cup> do?

kettle fill <litres> - puts that much water in the kettle.
Kettle pour<cup> - empties the kettle into the <b>named</b> cup.

### 2. What does a `<br>` tag do in a kettle label?

It breaks the label's line.<br>Nothing else.
"""


def test_a_word_in_angle_brackets_that_is_no_html_tag_stays_in_front_and_back() -> None:
    cards = [(n.front, n.back) for n in facts(build_deck(PLACEHOLDERS, "kettle.md").notes)]
    assert cards[0] == (
        "What do kettle fill <litres> and kettle pour <cup> do?",
        "kettle fill <litres> - puts that much water in the kettle. "
        "Kettle pour<cup> - empties the kettle into the named cup.",
    )
    # A real tag is still markup: dropped, its text kept; a line break (``<br>``)
    # parts the words it stood between.
    assert cards[1] == (
        "What does a `<br>` tag do in a kettle label?",
        "It breaks the label's line. Nothing else.",
    )


QUOTED_ANSWERS = """# Kettle questions

#### 1. How does a kettle know when to stop?

> **Answer:**
> A bimetal strip bends when the steam reaches it and flips the switch off.

#### 2. Why descale a kettle?

> **Answer::** Scale slows the heating and flakes into the tea you pour from it.

#### 3. Can a kettle boil milk?

> A: No, the milk burns onto the element and trips the switch early.
"""


def test_a_quoted_answer_loses_its_answer_label() -> None:
    cards = [(n.front, n.back) for n in facts(build_deck(QUOTED_ANSWERS, "kettle.md").notes)]
    assert cards == [
        (
            "How does a kettle know when to stop?",
            "A bimetal strip bends when the steam reaches it and flips the switch off.",
        ),
        (
            "Why descale a kettle?",
            "Scale slows the heating and flakes into the tea you pour from it.",
        ),
        (
            "Can a kettle boil milk?",
            "No, the milk burns onto the element and trips the switch early.",
        ),
    ]


IMPERATIVE_HEADINGS = """# Kettle interview

### 7. Name a few kettle makers.

Acme, Brewster and Hotpot all sell electric kettles.

### Mention two benefits of a glass kettle.

You can see the water level and spot scale before it builds up.

### Write tests

Each test fills the kettle and checks the switch.
"""


def test_an_imperative_heading_closed_by_a_full_stop_or_numbered_is_a_question() -> None:
    cards = [(n.front, n.back) for n in facts(build_deck(IMPERATIVE_HEADINGS, "kettle.md").notes)]
    fronts = [front for front, _ in cards]
    assert (
        "Name a few kettle makers.",
        "Acme, Brewster and Hotpot all sell electric kettles.",
    ) in cards
    assert (
        "Mention two benefits of a glass kettle.",
        "You can see the water level and spot scale before it builds up.",
    ) in cards
    # A heading of two words with no number and no full stop titles a section.
    assert "Write tests" not in fronts


CONTINUATION_ROWS = """# Kettle or teapot

## Equivalents

| Kettle             | Teapot            | Purpose                         |
| ------------------ | ----------------- | ------------------------------- |
| `fill`             | `fill`            | Put water in                    |
|                    | `strain`          | Hold the leaves back            |
| `boil`             | `warm`            | Heat the water                  |
|                    |                   | Tip: warm the pot with hot water first |
| `pour`             | `serve`           | Empty into cups                 |
| `descale`          | `rinse`           | Clean the inside                |
| `unplug`           | `cover`           | Finish up                       |
| `lift`             | `carry`           | Bring it to the table           |
"""


def test_table_continuation_rows_are_named_by_their_next_cell_or_join_the_row_above() -> None:
    cards = [(n.front, n.back) for n in facts(build_deck(CONTINUATION_ROWS, "kettle.md").notes)]
    # A row with an empty first cell but its own values: keyed by its next cell.
    assert ("Equivalents, teapot `strain`: purpose?", "Hold the leaves back") in cards
    # A row with only its last cell: a remark on the row above, never a card of its own.
    assert (
        "Equivalents, kettle `boil`, teapot `warm`: purpose?",
        "Heat the water (Tip: warm the pot with hot water first)",
    ) in cards
    assert not any(back.startswith("Tip:") for _, back in cards)
    assert len(cards) == 7  # one per row of its own: none lost, none for the remark


SHORTCODE_GAPS = """# Kettles

## Models

{{< note >}}
Every kettle of the current range (such as model K{{< param currentModel >}}, the newest
one) runs `dry-stop` rather than `boil` when it boils dry.
{{< /note >}}

{{< note >}}
If you are looking for the manuals of older kettles, visit [the archive](https://example.com/a).
{{< /note >}}
"""


def test_a_parenthetical_holding_an_unresolved_shortcode_goes_whole() -> None:
    notes = build_deck(SHORTCODE_GAPS, "kettle.md").notes
    said = [
        text
        for n in notes
        for text in (getattr(n, "front", ""), getattr(n, "back", ""), getattr(n, "text", ""))
    ]
    assert not any("such as" in text or "model K" in text for text in said)
    assert any(
        "Every kettle of the current range runs `dry-stop` rather than `boil` when it boils dry"
        in text
        for text in said
    )
    # The second note only points to a link: no card says it.
    assert not any("archive" in text or "manuals of older" in text for text in said)


LABELLED_PARTS = """# Kettle questions

## General

#### 1. What is a kettle?

> **Answer:**
> A kettle is a covered pot with a spout, used for boiling water on a hob or by itself.

> **Explanation:**
> Electric kettles hold their own element, so they need no hob; stove kettles sit on one.

#### 2. How hot does the water get?

> **Answer:**
> It reaches boiling point, which is 100 degrees Celsius at sea level and a bit less higher up.
"""


def test_a_labelled_explanation_joins_the_answer_of_the_question_above() -> None:
    notes = facts(build_deck(LABELLED_PARTS, "kettle.md").notes)
    cards = [(n.front, n.back) for n in notes]
    assert cards[0] == (
        "What is a kettle?",
        "A kettle is a covered pot with a spout, used for boiling water on a hob or by itself.\n"
        "Explanation: Electric kettles hold their own element, so they need no hob; stove "
        "kettles sit on one.",
    )
    # Never a card of its own keyed by the section ("General: explanation?").
    assert len(cards) == 2
    assert not any("explanation" in front.lower() for front, _ in cards)


FOLLOW_UP_QUESTIONS = """# Kettle quiz

#### 1. What is a kettle? Explain its parts.

> **Answer:**
> A pot for boiling water: a body, a lid, a spout and a handle, often an element.

#### 2. What will the following recipe print? Explain why.

```text
fill 1
boil
```

> **Answer:** hot water

> **Explanation:**
> Filling puts the water in and boiling heats it, so hot water is all it makes.
"""


def test_a_question_with_an_imperative_follow_up_keeps_the_code_it_asks_about() -> None:
    cards = [(n.front, n.back) for n in facts(build_deck(FOLLOW_UP_QUESTIONS, "kettle.md").notes)]
    assert cards == [
        (
            "What is a kettle? Explain its parts.",
            "A pot for boiling water: a body, a lid, a spout and a handle, often an element.",
        ),
        (
            "What will the following recipe print? Explain why.\nfill 1\nboil",
            "hot water\nExplanation: Filling puts the water in and boiling heats it, so hot "
            "water is all it makes.",
        ),
    ]


SCENE_FIRST = """# Kettle interview

### 4. What is a kettle timer?

Suppose you fill the kettle and walk away. You forget it and the water cools down again.

A kettle timer boils the water again at the time you set, so it is hot when you return.
"""


def test_an_answer_that_opens_on_a_scene_keeps_the_paragraph_that_answers() -> None:
    cards = [(n.front, n.back) for n in facts(build_deck(SCENE_FIRST, "kettle.md").notes)]
    assert cards == [
        (
            "What is a kettle timer?",
            "Suppose you fill the kettle and walk away. You forget it and the water cools "
            "down again.\nA kettle timer boils the water again at the time you set, so it is "
            "hot when you return.",
        )
    ]


COMMANDS_UNDER_ITEMS = """# Kettle interview

### 9. How do you empty a kettle that is still hot?

There are two ways to empty it:

- Let it cool down first, then tip it over the sink with:

kettle tip --slow

- Or drain it through the tap at the bottom with the following command:

kettle drain <outlet>

A kettle should never be emptied while it is plugged in.
"""


def test_a_list_item_ending_in_a_colon_owns_the_command_paragraph_after_it() -> None:
    cards = [(n.front, n.back) for n in facts(build_deck(COMMANDS_UNDER_ITEMS, "kettle.md").notes)]
    assert cards[0] == (
        "How do you empty a kettle that is still hot?",
        "There are two ways to empty it:\n"
        "• Let it cool down first, then tip it over the sink with: kettle tip --slow\n"
        "• Or drain it through the tap at the bottom with the following command: "
        "kettle drain <outlet>",
    )


EXPLANATION_AFTER_CODE = """# Kettle questions

#### 5. What does a kettle's spout filter do?

> **Answer:**
> It holds back the flakes of scale so they stay in the kettle and out of the cup.

```text
filter: mesh, 0.5 mm
```

> **Explanation:**
> The mesh is finer than the flakes, so water passes and scale does not.
"""


def test_an_explanation_further_down_a_question_section_is_no_card_of_its_own() -> None:
    cards = [
        (n.front, n.back) for n in facts(build_deck(EXPLANATION_AFTER_CODE, "kettle.md").notes)
    ]
    assert [front for front, _ in cards] == ["What does a kettle's spout filter do?"]

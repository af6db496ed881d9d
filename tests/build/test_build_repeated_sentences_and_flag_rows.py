"""A sentence said twice, a difference answered under two bold labels, rows keyed by flags
and a parent question over its sub-part, each read from a synthetic document that has
the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import ClozeNote
from tests.helpers import facts

SAID_TWICE = """# Kettles

## Boiling

Each kettle holds at most 2 litres of water.

Kettles also whistle.

## Summary

Each kettle holds at most 2 litres of water.
"""


def test_a_sentence_said_twice_makes_one_cloze_note_at_its_first_place() -> None:
    notes = [n for n in build_deck(SAID_TWICE, "kettles.md").notes if isinstance(n, ClozeNote)]
    assert [n.text for n in notes] == ["Each kettle holds at most {{c1::2}} litres of water."]
    assert notes[0].origin is not None
    assert notes[0].origin.line == 5


COMPARED_UNDER_LABELS = """# Kettle questions

## Basics

### What is the difference between `boil` and `simmer`?

Both heat the water, each to its own point.

**Boil:** Heats the water until it bubbles hard. Takes the full power.

```bash
kettle boil
```

**Simmer:** Holds the water just under the boil. Uses a low power.

### How do `pour` and `tip` differ?

**pour**

Moves water out through the spout at a steady rate.

**tip**

Leans the whole kettle over so the lid may open.

### `lid` vs `spout`?

**`lid`** is the cover you lift to fill the kettle.

**`spout`** is the channel the water leaves by.

### What is the difference between `fill` and `empty`?

**`fill`:** runs the pump with these flags:

```bash
kettle fill --cold
```

**`empty`:** opens the drain.
"""


def test_a_difference_answered_under_two_bold_labels_holds_both_parts() -> None:
    answers = {n.front: n.back for n in facts(build_deck(COMPARED_UNDER_LABELS, "k.md").notes)}
    assert answers["What is the difference between `boil` and `simmer`?"] == (
        "Both heat the water, each to its own point.\n"
        "• Boil: Heats the water until it bubbles hard. Takes the full power.\n"
        "• Simmer: Holds the water just under the boil. Uses a low power."
    )
    assert answers["How do `pour` and `tip` differ?"] == (
        "• pour: Moves water out through the spout at a steady rate.\n"
        "• tip: Leans the whole kettle over so the lid may open."
    )
    assert answers["`lid` vs `spout`?"] == (
        "• `lid` is the cover you lift to fill the kettle.\n"
        "• `spout` is the channel the water leaves by."
    )
    # A part that introduces its code is no part of a list back: the answer stays as it was.
    assert answers["What is the difference between `fill` and `empty`?"] == (
        "`fill`: runs the pump with these flags:\nkettle fill --cold"
    )


FLAG_TABLE = """# Kettle questions

## Commands

### Q4: What is `kettle drain` and what are its three modes?

**Answer:**

`kettle drain` opens the valve at the bottom of the kettle. The three modes control
what happens to the filter and the water left inside.

| Mode | Motor | Valve | Filter | Use case |
|------|------|------|------|------|
| `--slow` | Runs | Half open | Kept | Empty a kettle of hot water without splashing |
| `--all` (default) | Runs | Open | Rinsed | Empty the kettle before descaling it |
| `--rinse` | Runs | Open | Replaced | Flush out the limescale and the old filter |

```bash
# Drain slowly
kettle drain --slow
```
"""


def test_rows_keyed_by_flags_are_asked_of_the_command_the_heading_names() -> None:
    answers = {n.front: n.back for n in facts(build_deck(FLAG_TABLE, "k.md").notes)}
    assert answers["`kettle drain --slow`: valve?"] == "Half open"
    assert answers["`kettle drain --all`: filter?"] == "Rinsed"
    assert answers["`kettle drain --rinse`: use case?"] == (
        "Flush out the limescale and the old filter"
    )
    assert not [front for front in answers if front.startswith("`--")]


PARENT_QUESTION = """# Kettle questions

## Tools

### What is the Kettle Hub and how does it work?

The hub links kettles in one kitchen.

#### Features

- **Scheduling**: boils at a set hour
- **Sharing**: lends water to the next kettle

### How does kettle pairing work in large kitchens?

#### Features

- **Discovery**: finds kettles on the same shelf
- **Handover**: passes a half-boiled load on
"""


def test_a_parent_question_qualifies_its_sub_part_by_its_short_subject() -> None:
    answers = {n.front: n.back for n in facts(build_deck(PARENT_QUESTION, "k.md").notes)}
    assert answers["Features (Kettle Hub): Scheduling?"] == "Boils at a set hour"
    assert answers["Features (kettle pairing in large kitchens): Handover?"] == (
        "Passes a half-boiled load on"
    )

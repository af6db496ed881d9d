"""Bold run-in labels in study notes, read from synthetic documents with each shape and
none of the reviewed documents' wording: a bold title over a list is no subject of its
own, a bold title is no truncated sentence, one term's back never runs into the next
term written on the line below, and a kind of terms is asked as a set."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts


def _cards(document: str) -> list[tuple[str, str]]:
    return [(n.front, n.back) for n in facts(build_deck(document, "notes.md").notes)]


# Two spaces end the "Lid" line: a hard break, as an author writes one.
TERM_LINES = """# Pantry notes

## Jars and shelves

**Jar**: A sealed glass pot. Like a jam jar
**Jar rack**: A frame holding jars you move together.

**Lid**: The top of a jar.{HARD_BREAK}
**Seal**: The ring that keeps air out.

**Label**: The paper on the jar.<br>**Tag**: The card tied to the neck.

**Shelf**: A board on the wall.
Shelf rack: a stand of boards, written without bold.
""".replace("{HARD_BREAK}", "  ")


def test_terms_on_consecutive_lines_are_one_fact_each() -> None:
    assert _cards(TERM_LINES) == [
        ("Jars and shelves: Jar?", "A sealed glass pot. Like a jam jar"),
        ("Jars and shelves: Jar rack?", "A frame holding jars you move together."),
        ("Jars and shelves: Lid?", "The top of a jar."),
        ("Jars and shelves: Seal?", "The ring that keeps air out."),
        ("Jars and shelves: Label?", "The paper on the jar."),
        ("Jars and shelves: Tag?", "The card tied to the neck."),
        # Near miss: the second line opens on no bold term; it goes on from the first.
        (
            "Jars and shelves: Shelf?",
            "A board on the wall. Shelf rack: a stand of boards, written without bold.",
        ),
    ]


TITLED_TERMS = """# Pantry notes

## Storage

### Cold Room

Keeps food below ten degrees.

**Shelf types:**

- **Wire shelf**: Lets the cold air pass through
- **Slate shelf**: Keeps cheese cool without a fan

**Remote Sites**

- **Cellar**: Stores roots through the winter months
- **Ice house**: Stores ice cut from the lake in winter

**Cold Room doors:**

- **Sliding door**: Saves the floor space in front of it
- **Swing door**: Seals tighter against the frame

### Common Containers

**Crock**

- **Lidded crock**: Holds pickles under brine for weeks
- **Open crock**: Holds flour for everyday baking
"""


def test_a_bold_title_over_terms_is_asked_with_the_thing_its_heading_names() -> None:
    assert _cards(TITLED_TERMS) == [
        # A kind of list: the thing's kinds.
        ("Cold Room shelf types: Wire shelf?", "Lets the cold air pass through"),
        ("Cold Room shelf types: Slate shelf?", "Keeps cheese cool without a fan"),
        # A name: the thing, then the name.
        ("Cold Room › Remote Sites: Cellar?", "Stores roots through the winter months"),
        ("Cold Room › Remote Sites: Ice house?", "Stores ice cut from the lake in winter"),
        # Near misses: the title names the thing already; the heading names a kind of
        # list, not a thing the title is part of.
        ("Cold Room doors: Sliding door?", "Saves the floor space in front of it"),
        ("Cold Room doors: Swing door?", "Seals tighter against the frame"),
        ("Crock: Lidded crock?", "Holds pickles under brine for weeks"),
        ("Crock: Open crock?", "Holds flour for everyday baking"),
    ]


OWN_LINE_LABELS = """# Pantry notes

## Cold Room

**Night mode**
Lowers the fan speed after dark

**Travel mode**
Keeps the room dry while you are away, as well as:

- Locks the door
- Dims the lights

## Tabs

**Summer**
Open the vents at noon.

Close them again at dusk so the room keeps its cool through the night hours.

**Winter**
Select one of the other tabs.

**Spring**
Air the room once a week.
"""


def test_a_bold_label_on_its_own_line_is_the_term_its_paragraph_defines() -> None:
    assert _cards(OWN_LINE_LABELS)[:2] == [
        ("Cold Room: Night mode?", "Lowers the fan speed after dark"),
        (
            "Cold Room: Travel mode?",
            "Keeps the room dry while you are away, as well as:\n• Locks the door\n"
            "• Dims the lights",
        ),
    ]
    fronts = [front for front, _ in _cards(OWN_LINE_LABELS)]
    # Near misses: a label over more than its first paragraph (a tab's body), and one
    # over an instruction to the reader, define nothing.
    assert "Tabs: Summer?" not in fronts
    assert "Tabs: Winter?" not in fronts
    assert not any("…" in front for front in fronts)


LONG_TITLES = """# Pantry notes

## Containers

### Glass Jar

Definition: A clear pot with a lid.

**Key differences from the Tin Can:**

- Shows what is inside
- Breaks when dropped

### Tin Can

**Cans are opened from the top except when they have a ring:**

- The ring pulls the lid off
- The opener is not needed
"""


def test_a_long_bold_title_is_asked_as_a_title_and_a_bold_sentence_as_before() -> None:
    assert _cards(LONG_TITLES)[-2:] == [
        (
            "Glass Jar: key differences from the Tin Can?",
            "• Shows what is inside\n• Breaks when dropped",
        ),
        # Near miss: a sentence set in bold is finished by its list, as any lead-in is.
        (
            "Tin Can: Cans are opened from the top except when they have a ring …?",
            "• The ring pulls the lid off\n• The opener is not needed",
        ),
    ]


KINDS = """# Pantry notes

## Cold Room

Jars that fit the racks have these categories:

- **Short jar**: Fits the top rack
- **Tall jar**: Fits the bottom rack
- **Wide jar**: Stands on the floor.

## Ovens

Bread ovens come in the following types:

- **Wood oven**: Burns logs in the baking chamber and heats the stones for hours before
- **Gas oven**: Burns gas under the floor of the chamber and heats up in a few minutes
"""


def test_terms_under_a_lead_in_naming_their_kind_are_asked_as_the_kinds() -> None:
    assert _cards(KINDS) == [
        # Glosses of a few words: the set is the fact.
        (
            "Cold Room: categories of jars that fit the racks?",
            "• Short jar: Fits the top rack\n• Tall jar: Fits the bottom rack\n"
            "• Wide jar: Stands on the floor.",
        ),
        # Definitions of their own: a card each, asked of the kinds, not the sentence.
        (
            "Ovens — types of bread ovens: Wood oven?",
            "Burns logs in the baking chamber and heats the stones for hours before",
        ),
        (
            "Ovens — types of bread ovens: Gas oven?",
            "Burns gas under the floor of the chamber and heats up in a few minutes",
        ),
    ]


DEFINED_ABOVE = """# Pantry notes

## Bins / Crates

**Purpose:** Dry storage for bulk goods

- **Bin**: Holds grain behind a sliding lid
- **Crate**: Holds apples stacked in rows
"""


def test_a_defined_label_above_a_term_list_is_not_the_list_s_subject() -> None:
    assert _cards(DEFINED_ABOVE) == [
        ("Bins / Crates: Purpose?", "Dry storage for bulk goods"),
        ("Bins / Crates: Bin?", "Holds grain behind a sliding lid"),
        ("Bins / Crates: Crate?", "Holds apples stacked in rows"),
    ]

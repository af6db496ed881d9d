"""Interview collections whose answers carry generic label sub-headings ("### Steps:",
"### Benefits", "### Example:") - often written a level ABOVE the "#### N. Question?"
headings they belong to - and whose questions follow a "## Contributing" section.
Read from synthetic documents that have the shapes and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote, Note

# The questions at level 4, the labels inside their answers at level 3 (upside down),
# the levels' own headings at level 3, and "## Contributing" the last "##" before them.
_UPSIDE_DOWN = """# Widget Interview Questions

Questions about widgets, from basic to advanced.

## Contributing

Pull requests are welcome. Please follow these steps:

1. Fork the repository.
2. Open a pull request.

### Table of Contents
| No. | Questions |
| --- | --------- |
| 1   | [What is a widget frame?](#1-what-is-a-widget-frame) |

### Basic Widget Questions

#### 1. What is a widget frame?

A widget frame holds the parts of a widget together.

### Advanced Widget Questions

#### 1. How do you mount a widget on a panel?

Mounting a widget on a panel takes care and the right order of work.

### Steps:

1. **Prepare the panel**: Clear the mounting slot.
2. **Align the frame**: Line the frame up with the slot.
3. **Fasten the bolts**: Tighten the four corner bolts.

### Example:

#### Panel layout:
```text
slot A: widget 1
slot B: empty
```

#### 2. Explain the benefits of sealed widgets.

Sealed widgets keep dust out of the gears, so they fail less often in workshops.

### Benefits

- **Durable**: They last longer in dusty rooms.
- **Quiet**: The casing damps the noise of the gears.

#### 3. What sizes do widget frames come in?

Widget frames come in three standard sizes, small, medium and large, by slot width.
"""


def _deck(text: str, name: str = "widget-interview.md") -> list[Note]:
    return list(build_deck(text, name).notes)


def _facts(text: str) -> dict[str, FactNote]:
    return {n.front: n for n in _deck(text) if isinstance(n, FactNote)}


def test_upside_down_steps_heading_goes_on_its_questions_back() -> None:
    cards = _facts(_UPSIDE_DOWN)
    assert cards["How do you mount a widget on a panel?"].back == (
        "Mounting a widget on a panel takes care and the right order of work.\n"
        "Steps:\n"
        "1. Prepare the panel: Clear the mounting slot.\n"
        "2. Align the frame: Line the frame up with the slot.\n"
        "3. Fasten the bolts: Tighten the four corner bolts."
    )


def test_a_label_without_colon_is_a_label_too() -> None:
    cards = _facts(_UPSIDE_DOWN)
    assert cards["Explain the benefits of sealed widgets."].back == (
        "Sealed widgets keep dust out of the gears, so they fail less often in workshops.\n"
        "Benefits:\n"
        "• Durable: They last longer in dusty rooms.\n"
        "• Quiet: The casing damps the noise of the gears."
    )


def test_no_card_asks_a_bare_label_item() -> None:
    fronts = [n.front for n in _deck(_UPSIDE_DOWN) if isinstance(n, FactNote)]
    assert not [f for f in fronts if f.startswith(("Steps", "Benefits", "Example"))]


def test_questions_after_a_label_keep_their_level_section() -> None:
    # "### Example:" (and its "#### Panel layout:") sit inside question 1's answer: the
    # questions after it are still the advanced level's, not "Example"'s.
    notes = {n.front: n for n in _deck(_UPSIDE_DOWN) if isinstance(n, FactNote)}
    sizes = notes["What sizes do widget frames come in?"]
    assert sizes.origin is not None
    assert sizes.origin.section == (
        "Advanced Widget Questions › What sizes do widget frames come in?"
    )
    assert sizes.tags == ("advanced-widget-questions",)


def test_contributing_is_no_parent_of_the_questions() -> None:
    notes = {n.front: n for n in _deck(_UPSIDE_DOWN) if isinstance(n, FactNote)}
    frame = notes["What is a widget frame?"]
    assert frame.origin is not None
    assert frame.origin.section == "Basic Widget Questions › What is a widget frame?"
    assert frame.tags == ("basic-widget-questions",)


def test_labels_nested_the_right_way_round_read_alike() -> None:
    # The same collection with the labels a level below the questions: same cards.
    nested = _UPSIDE_DOWN.replace("\n### Steps:", "\n##### Steps:")
    nested = nested.replace("\n### Example:", "\n##### Example:")
    nested = nested.replace("\n#### Panel layout:", "\n###### Panel layout:")
    nested = nested.replace("\n### Benefits", "\n##### Benefits")
    upside = {(n.front, n.back) for n in _deck(_UPSIDE_DOWN) if isinstance(n, FactNote)}
    assert upside
    assert {(n.front, n.back) for n in _deck(nested) if isinstance(n, FactNote)} == upside


def test_a_subject_heading_after_a_question_is_no_label() -> None:
    # "### Gear Trains" names a new subject: it ends the question's section as before,
    # and its list is its own.
    text = """# Widget Notes

## Questions

#### 1. What is a widget frame?

A widget frame holds the parts of a widget together.

### Gear Trains

- **Spur gears**: Parallel shafts, the simplest train.
- **Worm gears**: Shafts at right angles, a large reduction.
"""
    notes = [n for n in _deck(text, "widget-notes.md") if isinstance(n, FactNote)]
    frame = next(n for n in notes if n.front == "What is a widget frame?")
    assert frame.back == "A widget frame holds the parts of a widget together."
    gears = [n for n in notes if "Spur" in n.back + n.front]
    assert gears
    assert all(
        n.origin is not None and n.origin.section == "Questions › Gear Trains" for n in gears
    )

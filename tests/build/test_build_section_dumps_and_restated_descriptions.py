"""A topic heading over notes of several facts (some items titled by their own label,
some plain statements) makes no card asking the heading: nothing answers it as one
set; a heading naming one thing, or parallel items, still make one. An aspect section
("Description") whose only item says that the issue in the heading above happens,
on a condition the headings already name, makes no card. Read from synthetic
documents that have the shapes and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_NOTES = """# Pantry Notes

## Cold Storage

##### Storing Jars in Cold Rooms
- Jar racks: Racks of steel hold up to forty jars each
- Cold rooms keep jars between two and six degrees, so that jams set and pickles stay crisp
- Glass jars crack when they are moved from a warm kitchen straight into the cold room
- Lid check: Every lid is pressed once a week to find the ones that popped
- Older pantries used straw between the jars to soften knocks on the shelves

##### Cold Room
- Jar racks: Racks of steel hold up to forty jars each
- Cold rooms keep jars between two and six degrees, so that jams set and pickles stay crisp
- Glass jars crack when they are moved from a warm kitchen straight into the cold room
- Lid check: Every lid is pressed once a week to find the ones that popped
- Older pantries used straw between the jars to soften knocks on the shelves

##### Keeping Tins in Dry Rooms
- Tin racks: Racks of wood that hold up to sixty tins each
- Damp check: A cloth is laid on the floor overnight to find damp
- Rust check: Every tin is turned once a month to find rust on its base
- Label check: Every label is read once a year to find tins past their date
"""

_TROUBLE = """# Troubleshooting

## Sealer

### Lid Not Sealing

#### Description

```text
warn sealer: lid open after press, jar=42
```

* This issue happens when the sealer doesn't close the lid

#### Possible Solution

* Press the lid again with the sealer set to its second level.

### Jar Not Found

#### Description

```text
warn sealer: no jar under the press
```

* This issue happens when the rubber ring is worn out or missing after washing

#### Possible Solution

* Fit a new rubber ring.
"""


def _fronts(text: str, name: str) -> dict[str, str]:
    return {n.front: n.back for n in build_deck(text, name).notes if isinstance(n, FactNote)}


def test_a_topic_heading_over_mixed_notes_makes_no_card() -> None:
    fronts = _fronts(_NOTES, "pantry.md")
    assert not [f for f in fronts if "storing jars in cold rooms" in f.lower()]


def test_a_heading_naming_a_thing_keeps_its_facts_as_one_card() -> None:
    fronts = _fronts(_NOTES, "pantry.md")
    assert fronts["Cold Storage: cold room?"] == (
        "• Jar racks: Racks of steel hold up to forty jars each\n"
        "• Cold rooms keep jars between two and six degrees, so that jams set and pickles"
        " stay crisp\n"
        "• Glass jars crack when they are moved from a warm kitchen straight into the cold"
        " room\n"
        "• Lid check: Every lid is pressed once a week to find the ones that popped\n"
        "• Older pantries used straw between the jars to soften knocks on the shelves"
    )


def test_parallel_items_under_a_topic_heading_stay_one_card() -> None:
    fronts = _fronts(_NOTES, "pantry.md")
    assert [f for f in fronts if "keeping tins in dry rooms" in f.lower()]


def test_a_description_restating_its_heading_makes_no_card() -> None:
    fronts = _fronts(_TROUBLE, "trouble.md")
    assert not [f for f in fronts if f.startswith("Lid Not Sealing") and "description" in f]
    # (its "Description" beside a solution lays it out as a problem: asked how to fix)
    assert fronts["Lid Not Sealing (Sealer): how do you fix it?"] == (
        "• Press the lid again with the sealer set to its second level."
    )


def test_a_description_naming_its_own_cause_stays() -> None:
    fronts = _fronts(_TROUBLE, "trouble.md")
    assert fronts["Jar Not Found (Sealer): description?"] == (
        "• This issue happens when the rubber ring is worn out or missing after washing"
    )

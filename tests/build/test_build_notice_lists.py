"""A list under a bare "Note:" / "**Caution:**" label is a note like a "Note:"
paragraph: a card asking what it says (a cloze of its key sentence), never
"<section>: caution?". Read from synthetic documents that have the shape and none of
the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import ClozeNote, FactNote

_PANTRY = """# Pantry Guide

## Counting Shelves

A stocktake counts every `Shelf` of a `Pantry` once a month.

**Caution:**
- The `Shelves` declared in a `Pantry` must be labelled before a `Stocktake` runs.
  Otherwise, the count fails.

## Moving Jars

Jars move between shelves during the week.

Note:
- This makes the count above change by a few jars.
- These moves are written down by hand.
"""


def test_a_caution_list_is_asked_as_its_key_sentence() -> None:
    notes = build_deck(_PANTRY, "pantry.md").notes
    clozes = [n.text for n in notes if isinstance(n, ClozeNote) and "labelled" in n.text]
    assert clozes == [
        "The `Shelves` declared in a `Pantry` must be labelled before a {{c1::`Stocktake`}} runs."
    ]
    fronts = [n.front for n in notes if isinstance(n, FactNote)]
    assert not [f for f in fronts if f.lower().endswith(("caution?", "note?"))]


def test_a_note_list_pointing_back_makes_no_card() -> None:
    notes = build_deck(_PANTRY, "pantry.md").notes
    assert not [
        n
        for n in notes
        if isinstance(n, ClozeNote) and ("moves" in n.text or "count above" in n.text)
    ]
    assert not [n for n in notes if isinstance(n, FactNote) and "by hand" in n.back]

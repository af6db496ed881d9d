"""Shapes left by the held-out reviews after the builder passes of #12 (a sentence said
twice, ...), each read from a synthetic document that has the shape and none of the
reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import ClozeNote

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

"""Shapes left by the held-out reviews 11 and 12 after builder17 (a heading inside a
fenced div, ...), each read from a synthetic document that has the shape and none of the
reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.markdown import Paragraph, parse_document
from quizkit.notes import FactNote

HEADED_CALLOUT = """---
title: Brewing tea
---

::::::::::::::::::::::::::::::::::::::: objectives

- Brew a pot of tea.

::::::::::::::::::::::::::::::::::::::::::::::::::

## Warming the pot

Pour hot water into the empty pot before adding the leaves.

:::::::::::::::::::::::::::::::::::::::::  callout

## Teapot materials

Clay pots keep the heat longer than glass pots.

:::: callout

### Glass

Glass shows the colour of the brew.

::::

Stone pots are rare.

::::::::::::::::::::::::::::::::::::::::::::::::::

To warm the pot, swirl the water for ten seconds and pour it away.

::::::::::::::::::::::::::::::::::::::  challenge

## Exercise

How long should green tea steep?

:::::::::::::::  solution

## Solution

Two minutes at most.

:::::::::::::::::::::::::

::::::::::::::::::::::::::::::::::::::::::::::::::

## Serving

Serve the tea in warmed cups.
"""


def _sections(text: str) -> dict[str, tuple[str, ...]]:
    return {
        i.block.text.split(",")[0]: tuple(h.text for h in i.headings)
        for i in parse_document(text).items
        if isinstance(i.block, Paragraph)
    }


def test_a_heading_inside_a_fenced_div_titles_that_div_only() -> None:
    assert _sections(HEADED_CALLOUT) == {
        "Pour hot water into the empty pot before adding the leaves.": ("Warming the pot",),
        "Clay pots keep the heat longer than glass pots.": ("Teapot materials",),
        "Glass shows the colour of the brew.": ("Teapot materials", "Glass"),
        # After the inner div closes, the outer div's heading is open again; after the
        # outer one closes, the lesson's own section.
        "Stone pots are rare.": ("Teapot materials",),
        "To warm the pot": ("Warming the pot",),
        "Serve the tea in warmed cups.": ("Serving",),
    }


def test_an_exercise_after_a_headed_callout_is_filed_under_the_lesson_section() -> None:
    notes = [n for n in build_deck(HEADED_CALLOUT, "tea.md").notes if isinstance(n, FactNote)]
    exercise = next(n for n in notes if n.back == "Two minutes at most.")
    assert exercise.id == "warming-the-pot/exercise"
    assert exercise.tags == ("warming-the-pot",)

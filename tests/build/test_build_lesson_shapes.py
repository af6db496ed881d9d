"""Shapes of lesson pages (held-out reviews 18 and 19), each read from a synthetic
document that has the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

ESCAPED_CHALLENGE = """# Tea

::::::::::::::::::::::::::::::::::::::: challenge

## Using the brew\\_time \\*and\\* the pot\\#size settings

The setting `brew_time` sets how long the leaves steep, in seconds
(or 180 if it isn't set).

How long do the leaves steep when `brew_time` is not set?

::::::::::::::: solution

## Solution

They steep for 180 seconds.

:::::::::::::::::::::::::

::::::::::::::::::::::::::::::::::::::::::::::::::
"""


def test_backslash_escapes_in_a_challenge_heading_are_the_characters() -> None:
    deck = build_deck(ESCAPED_CHALLENGE, "tea.md")
    [note] = [n for n in deck.notes if isinstance(n, FactNote)]
    assert note.front.splitlines()[0] == "Using the brew_time *and* the pot#size settings"
    assert note.back == "They steep for 180 seconds."

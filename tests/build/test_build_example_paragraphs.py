# ruff: noqa: E501
"""A paragraph its author labels an example ("**Example:** When my instance goes down
three times, …") applies the rule above it to made-up values: hiding one of them in a
cloze teaches nothing, so it makes no card; the rule it illustrates still does."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import ClozeNote

_SETTINGS = """# Scaler settings

## Fallback

The `fallback` section defines a number of replicas to fall back to if a scaler is in an error state; the default is 3 failures.

**Example:** When my metrics server becomes unavailable 3 times in a row, the scaler keeps 6 replicas when I have `fallback.replicas` set to 6.

**Note:** The `fallback` section is ignored when the target uses a CPU metric, by default after 300 seconds.
"""


def test_a_paragraph_labelled_example_makes_no_cloze_while_its_rule_and_note_do() -> None:
    deck = build_deck(_SETTINGS, "settings.md")
    texts = [n.text for n in deck.notes if isinstance(n, ClozeNote)]
    assert texts == [
        "The `fallback` section defines a number of replicas to fall back to if a scaler is in"
        " an error state; the default is {{c1::3}} failures.",
        "The {{c1::`fallback`}} section is ignored when the target uses a CPU metric, by"
        " default after 300 seconds.",
    ]

"""A list's lead-in stating a consequence of the sentence before it ("This can create
complex eviction scenarios:", "As a result, we get the following properties …:") is
asked with that sentence, which says what "this" is; a lead-in pointing ahead ("This is
how the cache fills:") is asked as it is."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

DOC = """\
# Node disruption

## Pod-Level Controls

Pods with blocking budgets are never evicted. When pods on one node have different
budgets, none of them may
be blocking for the node to be drained. This can create complex eviction scenarios:

- A pod matching several budgets needs all of them to allow the eviction
- A single blocking budget keeps the whole node from being drained

## Spot consolidation

The controller checks whether a replacement keeps enough instance
type flexibility. As a result, we get the following properties when consolidating:

1. Nodes are not moved down to the cheapest instance type.
2. A replacement has comparable availability.

## Cache

The cache is filled lazily. This is how the cache fills:

- A miss loads the entry from disk
- A hit returns the stored entry
"""


def test_a_consequence_lead_in_is_asked_with_the_sentence_it_follows() -> None:
    fronts = [n.front for n in facts(build_deck(DOC, "disruption.md").notes)]
    assert fronts[:2] == [
        "Pod-Level Controls: When pods on one node have different budgets, none of them may be"
        " blocking for the node to be drained. This can create complex eviction scenarios …?",
        "Spot consolidation: The controller checks whether a replacement keeps enough instance"
        " type flexibility. As a result, we get which properties when consolidating?",
    ]


def test_a_lead_in_pointing_ahead_carries_no_sentence() -> None:
    fronts = [n.front for n in facts(build_deck(DOC, "disruption.md").notes)]
    assert not any("lazily" in front for front in fronts)

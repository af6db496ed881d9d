"""Bold item labels that are claims ("**Prevents Spool Overload:** Keeps …") make one
list card of the page or section: a card per label would ask "Key Benefits: Prevents
Spool Overload?", which no one could answer. Labels that are terms keep a card each."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_PAGE = """# Protecting Looms with Thread Limits

## What are the benefits of thread limits?

Without limits, one runaway shuttle can overload the loom. Limits help prevent:

- Broken warps.
- Wasted yarn.

Key Benefits:

- **Prevents Spool Overload:** Keeps the loom stable under heavy weaving.
- **Protects Against Tangles:** Stops runaway shuttles from knotting the warp.
- **Reduces Thread Costs:** Avoids wasting yarn on failed rows.

## Limit kinds

- **Hard limit:** The loom refuses threads past it.
- **Soft limit:** The loom warns past it and keeps weaving.
"""


def _facts() -> dict[str, str]:
    deck = build_deck(_PAGE, "thread-limits.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_claims_make_one_list_card_of_the_page() -> None:
    facts = _facts()
    assert facts["Protecting Looms with Thread Limits: key benefits?"] == (
        "• Prevents Spool Overload: Keeps the loom stable under heavy weaving.\n"
        "• Protects Against Tangles: Stops runaway shuttles from knotting the warp.\n"
        "• Reduces Thread Costs: Avoids wasting yarn on failed rows."
    )
    assert not any("Prevents Spool Overload?" in front for front in facts)


def test_terms_keep_a_card_each() -> None:
    facts = _facts()
    assert facts["Limit kinds: Hard limit?"] == "The loom refuses threads past it."

"""Prose never carded: the core paragraphs of a concepts page state
what a kind does ("A XYZ limits …") with no value a cloze could hide. A sentence naming
an API-style kind (or an acronym the page spells out) and a verb whose object is the
fact asks that verb. Read from a synthetic document with none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

CONCEPTS = (
    "# Brewing\n"
    "\n"
    "## Batch quotas\n"
    "\n"
    "As a brewer, you can create a BatchQuotaPolicy (BQP) for each cellar.\n"
    "A BQP limits the number of kegs of a recipe that are open at the same time during"
    " a tasting.\n"
    "\n"
    "A FermentationWindow controls how long a batch may rest in the tank before"
    " bottling starts.\n"
    "\n"
    "A KVP limits the number of taps that a bar may run at once in one evening.\n"
    "\n"
    "A BatchQuotaPolicy limits the same kegs as the one above.\n"
)


def _cards() -> dict[str, str]:
    deck = build_deck(CONCEPTS, "brewing.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_a_sentence_on_what_a_kind_does_asks_its_verb() -> None:
    cards = _cards()
    assert cards["What does a BatchQuotaPolicy (BQP) limit?"] == (
        "The number of kegs of a recipe that are open at the same time during a tasting."
    )
    assert cards["What does a FermentationWindow control?"] == (
        "How long a batch may rest in the tank before bottling starts."
    )


def test_an_unexplained_acronym_or_an_object_leaning_elsewhere_asks_nothing() -> None:
    fronts = list(_cards())
    assert not any("KVP" in front for front in fronts)
    assert "What does a BatchQuotaPolicy limit?" not in fronts

"""A long glossary list (the terms of one letter, "- **Term** - definition") is read item
by item: one odd item among its siblings (a term with a long parenthesised qualifier, a
dash glued to the definition, a bold term with no separator at all, an item with no
term) no longer turns the whole letter into one list note. Synthetic documents with the
shape; a short list with an odd item (near miss) is not read as a glossary."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_GLOSSARY = """## A

- **Anvil** - A heavy block on which metal is hammered into shape.
- **Hot Annealing (heat, hold, cool, relieve, soften, temper, finish)** - Softens metal.
- **Arbor** - A shaft that holds a rotating cutting tool.
- **Awl** -A pointed tool for marking and piercing.
- **Axle** - A rod on which a wheel turns.
- **Adze** The curved blade used to dress timber.
- **Auger** - A tool for boring holes in wood.
- **Apron** - A protective garment worn at the bench.
- **Abrasive** - A material used to grind or polish a surface.
- **Alloy** - A metal made by combining two or more elements.
- **Angle plate** - A right-angled iron block that holds work for machining.
- **Arc** - A glowing discharge between two electrodes in welding.
- Assorted small tools live in the top drawer.

## B

- **Bevel** - An edge cut at an angle other than a right angle.
- **Burr** - A rough ridge left on metal after cutting.
"""


def _cards(text: str) -> dict[str, str]:
    notes = build_deck(text, "glossary.md").notes
    return {n.front: n.back for n in notes if isinstance(n, FactNote)}


def test_every_defined_item_of_a_letter_is_a_card_despite_odd_siblings() -> None:
    cards = _cards(_GLOSSARY)
    assert cards["What is Anvil?"] == "A heavy block on which metal is hammered into shape."
    assert cards["What is Arbor?"] == "A shaft that holds a rotating cutting tool."
    assert cards["What is Apron?"] == "A protective garment worn at the bench."
    assert cards["What is Bevel?"] == "An edge cut at an angle other than a right angle."
    assert not any(front.startswith("A?") or front == "A" for front in cards)


def test_an_odd_item_gets_its_own_reading() -> None:
    cards = _cards(_GLOSSARY)
    # A parenthesised qualifier lengthens the term, not a sentence.
    assert (
        cards["What is Hot Annealing (heat, hold, cool, relieve, soften, temper, finish)?"]
        == "Softens metal."
    )
    # A dash glued to the definition, and the bold term as the only separator.
    assert cards["What is Awl?"] == "A pointed tool for marking and piercing."
    assert cards["What is Adze?"] == "The curved blade used to dress timber."
    # An item with no term defines nothing: no card of its own.
    assert not any("drawer" in back for back in cards.values())


_SHORT = """# Workshop

## Bench layout

- **Vise** - A clamp fixed to the bench.
- **Rack** - Holds the chisels by size.
- Keep the floor clear of offcuts.
"""


def test_a_short_list_with_an_odd_item_is_no_glossary() -> None:
    cards = _cards(_SHORT)
    assert "What is Vise?" not in cards
    assert not any(front.endswith("Vise?") for front in cards)

"""A letter of an alphabetical list ("## A", "## B" …) only groups what follows by its
first letter: it names nothing, so a term under it is asked of the page, never of the
letter ("A: Agile?" asks nothing). One heading that reads as a letter among topic
sections ("## C" beside "## Rust") is a name and stays the subject."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_LETTERED = """# Pottery Words

## A

- **Annealing**: Slow cooling of fired ware so that it does not crack.
- **Armature**: A frame that holds a sculpture up while the clay is wet.

## B

- **Bisque**: Clay fired once, before it is glazed.
- **Bat**: A removable disc fixed to the wheel head to lift a pot off it.
"""

_LANGUAGES = """# Systems languages

## C

- **Pointers**: Variables that hold the address of another value.
- **Header files**: Files that declare what a translation unit offers to others.

## Rust

- **Borrowing**: Using a value through a reference without taking ownership.
- **Traits**: Sets of methods a type promises to provide.
"""


def _facts(text: str) -> list[tuple[str, str]]:
    deck = build_deck(text, "doc.md")
    return [(n.front, n.back) for n in deck.notes if isinstance(n, FactNote)]


def test_a_term_under_a_letter_heading_is_asked_of_the_page() -> None:
    assert _facts(_LETTERED) == [
        ("Pottery Words: Annealing?", "Slow cooling of fired ware so that it does not crack."),
        ("Pottery Words: Armature?", "A frame that holds a sculpture up while the clay is wet."),
        ("Pottery Words: Bisque?", "Clay fired once, before it is glazed."),
        ("Pottery Words: Bat?", "A removable disc fixed to the wheel head to lift a pot off it."),
    ]


def test_a_single_letter_among_named_sections_is_a_name() -> None:
    fronts = [front for front, _ in _facts(_LANGUAGES)]
    assert fronts == ["C: Pointers?", "C: Header files?", "Rust: Borrowing?", "Rust: Traits?"]

"""Fronts that did not say what they ask (session 8, builder 51), each read from a
synthetic document that has the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import ClozeNote, FactNote


def _fronts(text: str) -> dict[str, str]:
    deck = build_deck(text, "shapes.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def _clozes(text: str) -> list[str]:
    deck = build_deck(text, "shapes.md")
    return [n.text for n in deck.notes if isinstance(n, ClozeNote)]


_STATED = (
    "---\ntitle: Dictionaries\n---\n\n"
    "## A dictionary maps keys to values.\n\n"
    "- Writing a hundred paired variables by hand is slow and error-prone.\n"
    "- Curly braces hold the pairs, and a colon separates each key from its value.\n\n"
    "## Use a key to look up its value in a dictionary.\n\n"
    "- Much like indexing a list.\n\n"
    "```python\nprint(ages['ada'])\n```\n\n"
    "## Keys must be hashable.\n\n"
    "- A list cannot be a key, since it can change after it is stored.\n\n"
    "## Use `pop` to take an entry out of a dictionary.\n\n"
    "- `pop` returns the value it removed.\n\n"
    "- A second list of the same section.\n"
)


def test_a_sentence_heading_is_never_asked_with_a_question_mark_appended() -> None:
    fronts = _fronts(_STATED)
    assert not [f for f in fronts if f.endswith(".?")]
    assert not [f for f in fronts if "hashable" in f or "maps keys" in f]


def test_an_instruction_heading_becomes_a_cloze_of_what_it_says_to_use_once() -> None:
    assert _clozes(_STATED) == [
        "Use {{c1::a key}} to look up its value in a dictionary.",
        "Use {{c1::`pop`}} to take an entry out of a dictionary.",
    ]

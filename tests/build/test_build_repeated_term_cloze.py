"""A sentence going on about the code term the sentence before it named ("You can set
the `x` field only when … . You cannot change the `.spec.x` field later."): with that
term hidden it names nothing it is about (almost any field "cannot be changed
later"), so it makes no cloze; the sentence naming the term first keeps its own."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import ClozeNote

PAGE = """# Configure Lanterns for Gardens

## Pick a lantern

To use another lantern, set the `lanternName` field of a Garden to its name.

You can only set the `lanternName` field when you create a Garden. You cannot change
the `.spec.lanternName` field of a Garden that already exists.

## Rename a lantern

You can only set the `lanternName` field when you create a Garden. You cannot change
the `lanternAlias` field of a Garden that shows the `lanternName` field.
"""


def _texts() -> list[str]:
    deck = build_deck(PAGE, "lanterns.md")
    return [n.text for n in deck.notes if isinstance(n, ClozeNote)]


def test_a_sentence_hiding_the_term_named_just_before_makes_no_cloze() -> None:
    texts = _texts()
    assert not any("already exists" in t for t in texts)
    # The sentence that names the term first keeps its cloze.
    assert any("{{c1::`lanternName`}} field when you create a Garden" in t for t in texts)


def test_a_sentence_naming_another_term_beside_the_repeated_one_keeps_its_cloze() -> None:
    # "`lanternAlias`" is named here first: the sentence says what it is about.
    assert any("{{c1::`lanternAlias`}} field of a Garden" in t for t in _texts())


def _all_texts(page: str) -> list[str]:
    deck = build_deck(page, "page.md")
    return [n.text for n in deck.notes if isinstance(n, ClozeNote)]


def test_a_definition_of_the_term_named_before_keeps_its_cloze() -> None:
    page = """# Searching files

## Finding words

We will search files with `lookup` next. `lookup` is a command-line utility for
searching plain-text files for lines matching a pattern.
"""
    assert any(t.startswith("{{c1::`lookup`}} is a command-line utility") for t in _all_texts(page))


def test_an_api_kind_named_beside_the_blank_keeps_the_cloze() -> None:
    page = """# Lantern classes

## Default class

A LanternClass can set the `globalDefault` field. Only one LanternClass with
`globalDefault` set to true can exist in the system.
"""
    assert any(
        "Only one LanternClass with {{c1::`globalDefault`}} set to true" in t
        for t in _all_texts(page)
    )


def test_a_cloze_naming_only_where_a_task_happens_carries_the_task_title() -> None:
    # "a Garden" is where the task happens; the page is about lanterns.
    assert "Configure Lanterns for Gardens: You can only set the {{c1::`lanternName`}} field" in (
        " ".join(_texts())
    )
    # A sentence naming what the task acts on needs no title.
    page = PAGE.replace("when you create a Garden.", "when you hang the lantern.", 1)
    assert any(t.startswith("You can only set the {{c1::`lanternName`}}") for t in _all_texts(page))

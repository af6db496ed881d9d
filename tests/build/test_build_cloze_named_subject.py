"""A cloze whose subject is a bare definite noun after a leading phrase ("Given a long
idle period (3 days by default), the collector will empty itself.", "In Lantern 1.6,
the feature is run every …") says of nothing in particular what it states: the card
carries what names it. The sentence right before it, naming it with a word of its own
("the garden pruning feature"), comes along; a section heading names it when nothing
before it does (also the top heading: after a leading phrase the subject is never the
page's title); when the naming sentence cannot come along (it is further up, or leans
on its own neighbours) there is no cloze. Pronoun subjects ("it", "they", "this") were
already refused by the cloze checks (``unfit``)."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import ClozeNote

PAGE = """# Lantern Mesh

## Pruning

In Lantern 1.4 the garden pruning feature was promoted to beta. In Lantern 1.6, the
feature is run every 12 hours by default on standard gardens.

## Moss Collection

The collector never evicts moss. Given a long idle period (3 days by default), the
collector will empty itself.

## Wicks

Lantern ships a wick trimmer for every garden. Wicks burn down over weeks of use. After
a night without visitors, the trimmer is stopped for 6 hours by default.

Lantern uses the wick balancer for bright gardens. It balances them slowly. When a
garden grows dark, the balancer is paused for 30 minutes by default.

## Garden keeper

When a garden closes at night, the keeper is allowed to move at most 5 lanterns.

## Gates

The garden gate feature gate is enabled by default and cannot be turned off in Lantern.
"""


def _texts() -> list[str]:
    deck = build_deck(PAGE, "lanterns.md")
    return [n.text for n in deck.notes if isinstance(n, ClozeNote)]


def test_the_sentence_naming_the_subject_right_before_comes_along() -> None:
    assert (
        "In Lantern 1.4 the garden pruning feature was promoted to beta. In Lantern 1.6, the"
        " feature is run every {{c1::12 hours}} by default on standard gardens." in _texts()
    )


def test_a_subject_named_by_nothing_before_is_named_by_its_heading() -> None:
    assert (
        "Lantern Mesh › Moss Collection: Given a long idle period ({{c1::3 days}} by"
        " default), the collector will empty itself." in _texts()
    )


def test_no_cloze_when_the_naming_sentence_cannot_come_along() -> None:
    texts = _texts()
    # Named two sentences up ("a wick trimmer"), or right before by a sentence that
    # leans on its own neighbours ("It balances them …" after "the wick balancer").
    assert not any("6 hours" in t for t in texts)
    assert not any("30 minutes" in t for t in texts)


def test_a_subject_its_heading_names_stays_as_written() -> None:
    assert (
        "When a garden closes at night, the keeper is allowed to move at most {{c1::5}}"
        " lanterns." in _texts()
    )


def test_a_switch_the_sentence_says_cannot_be_turned_off_is_not_hidden() -> None:
    assert not any("{{c1::enabled}}" in t for t in _texts())

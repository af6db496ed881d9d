"""Card rows: the columns a :class:`~quizkit.store.types.Card` is built from and
their select.

Every reader of cards (the collection, a learner's queue, undo, the Anki export,
the ``sqlite3`` read path) selects ``CARD_COLUMNS`` and calls
:func:`~quizkit.store.cardview.card_from_row`, so a card reads the same wherever
it comes from.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Row, String, bindparam, select

from quizkit.errors import UnknownCardError
from quizkit.store.cardview import card_from_row, card_sides
from quizkit.store.tables import cards, decks, notes
from quizkit.store.types import Card

__all__ = [
    "CARD_BY_KEY",
    "CARD_COLUMNS",
    "AnyRow",
    "card_from_row",
    "card_select",
    "card_sides",
    "check_found",
    "checked_card",
]

# A result row of any shape.
AnyRow = Row[*tuple[Any, ...]]


CARD_COLUMNS = (
    cards.c.id.label("card_id"),
    cards.c.key.label("card_key"),
    cards.c.ord,
    notes.c.key.label("note_key"),
    notes.c.type,
    notes.c.front,
    notes.c.back,
    notes.c.tags,
    notes.c.payload,
    decks.c.slug,
)


def card_select() -> Any:
    return select(*CARD_COLUMNS).select_from(
        cards.join(notes, notes.c.id == cards.c.note_id).join(decks, decks.c.id == cards.c.deck_id)
    )


# One card by its key, with its retired flag.
CARD_BY_KEY = (
    card_select()
    .add_columns(cards.c.retired)
    .where(cards.c.key == bindparam("b_key", type_=String))
)


def checked_card(row: AnyRow | None, card_id: str, queue: str = "review") -> tuple[Card, int]:
    """The card of a ``CARD_BY_KEY``-like row and its row id; unknown or retired: an error."""
    found = check_found(row, card_id)
    return card_from_row(found, queue), int(found.card_id)


def check_found(row: AnyRow | None, card_id: str) -> AnyRow:
    """``row``, unless the card is not there (``row`` None) or retired (``row.retired``)."""
    if row is None:
        raise UnknownCardError(
            f"no card {card_id!r}; card ids look like DECK/NOTE-ID, with :reverse or a cloze"
            " card's :cN (see `quizkit next --json`)"
        )
    if row.retired:
        raise UnknownCardError(
            f"card {card_id!r} was retired: its note is no longer in its deck file"
        )
    return row

"""Card rows: the columns a :class:`~quizkit.store.types.Card` is built from, their
select, and the one function that builds it.

Every reader of cards (the collection, a learner's queue, undo, the Anki export)
selects ``CARD_COLUMNS`` and calls :func:`card_from_row`, so a card reads the same
wherever it comes from.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Row, String, bindparam, select

from quizkit import cloze
from quizkit.errors import UnknownCardError
from quizkit.notes import NoteType, ScenarioNote, origin_from_payload
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


def card_sides(note_type: NoteType, ord_: int, front: str, back: str) -> tuple[str, str]:
    """The front and back a card shows, from its note's stored front and back.

    A reverse card swaps them; cloze card ``N`` hides the deletions numbered ``N``
    of the note's text (stored as its front) and expects their answers.
    """
    if note_type is NoteType.CLOZE:
        made = cloze.card_of(front, ord_)
        return made.front, made.back
    return (back, front) if ord_ == 1 else (front, back)


def card_from_row(row: Row[Any], queue: str) -> Card:
    """Build a :class:`Card` from a row of cards ⋈ notes ⋈ decks (see ``CARD_COLUMNS``)."""
    payload = json.loads(row.payload)
    note_type = NoteType(row.type)
    tags = tuple(row.tags.split()) if row.tags else ()
    if note_type is NoteType.SCENARIO:
        note = ScenarioNote.from_payload(row.note_key, tags=tags, payload=payload)
        return Card(
            id=row.card_key,
            deck=row.slug,
            note_id=row.note_key,
            type=note_type,
            front=row.front,
            back=row.back,
            tags=tags,
            origin=note.origin,
            ask=note.ask,
            prompt=note.prompt,
            manifests=note.manifests,
            request=note.request,
            service=note.service,
            queue=queue,
        )
    is_cloze = note_type is NoteType.CLOZE
    front, back = card_sides(note_type, row.ord, row.front, row.back)
    return Card(
        id=row.card_key,
        deck=row.slug,
        note_id=row.note_key,
        type=note_type,
        front=front,
        back=back,
        reverse=row.ord == 1 and not is_cloze,
        tags=tags,
        origin=origin_from_payload(payload),
        queue=queue,
        cloze=row.ord if is_cloze else None,
        text=cloze.reveal(row.front) if is_cloze else "",
    )


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

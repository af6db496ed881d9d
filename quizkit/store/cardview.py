"""A card as the learner sees it, built from its stored row: no SQLAlchemy here.

Both readers of the study queue build cards with :func:`card_from_row`: the
SQLAlchemy store and the ``sqlite3`` read path of ``quizkit next``
(:mod:`quizkit.store.quickread`), so a card reads the same from either.
"""

from __future__ import annotations

import json
import re
from typing import Any

from quizkit import cloze
from quizkit.notes import NoteType, ScenarioNote, origin_from_payload
from quizkit.store.types import Card

__all__ = ["card_from_row", "card_sides", "reverse_sides"]


def card_sides(note_type: NoteType, ord_: int, front: str, back: str) -> tuple[str, str]:
    """The front and back a card shows, from its note's stored front and back.

    A reverse card swaps them; cloze card ``N`` hides the deletions numbered ``N``
    of the note's text (stored as its front) and expects their answers.
    """
    if note_type is NoteType.CLOZE:
        made = cloze.card_of(front, ord_)
        return made.front, made.back
    return reverse_sides(front, back) if ord_ == 1 else (front, back)


# A keyed front, "NodePort: port range?": the key names the thing, the rest asks one of its
# attributes. One line, and the attribute holds no further colon or question mark.
_KEYED_FRONT = re.compile(r"^(?P<key>[^\n]+?): (?P<attribute>[^:?\n]+)\?$")


def reverse_sides(front: str, back: str) -> tuple[str, str]:
    """A reverse card's front and back.

    A keyed fact ("NodePort: port range?" → "30000–32767") is asked the other way as a
    question whose answer is its key: "Port range: 30000–32767 — which one?" →
    "NodePort", which a learner can type and the grader can check. Any other fact (a
    question front, a back of several lines) shows its back and expects its front, to be
    graded by the learner.
    """
    keyed = _KEYED_FRONT.match(front.strip())
    value = back.strip()
    if keyed is None or not value or "\n" in value:
        return back, front
    attribute = keyed["attribute"].strip()
    asked = f"{attribute[:1].upper()}{attribute[1:]}: {value} — which one?"
    return asked, keyed["key"].strip()


def card_from_row(row: Any, queue: str) -> Card:
    """Build a :class:`Card` from a row of cards ⋈ notes ⋈ decks (``rows.CARD_COLUMNS``,
    read by attribute: an SQLAlchemy row, or the driver's named tuple)."""
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

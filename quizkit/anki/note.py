"""A note as it goes into the package: its note type, rendered fields, tags and cards."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quizkit.anki.fields import (
    cloze_fields,
    fact_fields,
    kind_label,
    note_tags,
    scenario_fields,
    source_text,
)
from quizkit.notes import NoteType

if TYPE_CHECKING:
    from quizkit.store.types import ExportNote

__all__ = ["AnkiNote", "anki_notes"]


@dataclass(slots=True)
class AnkiNote:
    """One Anki note: ``model`` names its note type, ``fields`` are HTML in its field order."""

    deck: str
    note_id: str
    model: str  # "fact" | "scenario" | "cloze"
    fields: list[str]
    tags: list[str]
    # (Anki ord, quizkit card row id) of each card the note makes; a cloze card N is
    # Anki's ord N - 1.
    cards: list[tuple[int, int]] = field(default_factory=list)


def anki_notes(notes: Iterable[ExportNote], deck_sources: Mapping[str, str]) -> list[AnkiNote]:
    """The Anki notes of ``notes`` (in their order), rendered as fields.

    ``deck_sources`` gives each deck's source, the source of its notes without an
    origin. A note without its forward card is left out (the store retires a note's
    cards together, and Anki needs card 1).
    """
    out: list[AnkiNote] = []
    # Notes of one deck, section and tag list share their source and tags: made once.
    shared: dict[tuple[str, str | None, str, tuple[str, ...]], tuple[str, list[str]]] = {}
    kinds: dict[NoteType, str] = {}
    for note in notes:
        deck, origin = note.deck, note.origin
        key = (
            (deck, origin.document, origin.section, note.tags)
            if origin
            else (deck, None, "", note.tags)
        )
        common = shared.get(key)
        if common is None:
            source = source_text(origin, deck_sources[deck])
            common = shared[key] = (source, note_tags(deck, key[2], note.tags))
        source, tags = common
        ident = f"{deck}/{note.note_id}"
        if note.type is NoteType.CLOZE:
            fields = cloze_fields(note.text, source, ident)
            ords = [(ord_ - 1, card) for ord_, card in note.cards]
            out.append(AnkiNote(deck, note.note_id, "cloze", fields, list(tags), ords))
            continue
        # A fact's forward (0) and reverse (1) card; a scenario has only the first.
        ords = [card for card in note.cards if card[0] < 2]
        numbers = [ord_ for ord_, _ in ords]
        if 0 not in numbers:
            continue
        if note.type is NoteType.SCENARIO:
            fields = scenario_fields(note, source, ident)
            forward = [ords[numbers.index(0)]]
            out.append(AnkiNote(deck, note.note_id, "scenario", fields, list(tags), forward))
            continue
        kind = kinds.get(note.type)
        if kind is None:
            kind = kinds[note.type] = kind_label(note.type.value)
        has_reverse = 1 in numbers
        fields = fact_fields(note.text, note.back, has_reverse, kind, source, ident)
        out.append(AnkiNote(deck, note.note_id, "fact", fields, list(tags), ords))
    return out

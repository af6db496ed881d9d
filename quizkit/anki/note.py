"""A note as it goes into the package: its note type, rendered fields, tags and cards."""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from quizkit.anki.fields import (
    card_tags,
    cloze_fields,
    fact_fields,
    kind_label,
    render_text,
    scenario_fields,
    section_tags,
    source_text,
)

if TYPE_CHECKING:
    from quizkit.store.collection import Collection

__all__ = ["AnkiNote", "gather_notes"]


@dataclass(slots=True)
class AnkiNote:
    """One Anki note: ``model`` names its note type, ``fields`` are HTML in its field order."""

    deck: str
    note_id: str
    model: str  # "fact" | "scenario" | "cloze"
    fields: list[str]
    tags: list[str]
    # (Anki ord, quizkit card db id) of each card the note makes; a cloze card N is
    # Anki's ord N - 1.
    cards: list[tuple[int, int]] = field(default_factory=list)


_JSON = json.JSONDecoder()


def _json_loads(text: str) -> Any:
    """``json.loads(text)``, quicker for JSON without surrounding space (as stored)."""
    try:
        value, end = _JSON.raw_decode(text)
    except ValueError:
        return json.loads(text)  # the same value, or json.loads's own error
    return value if end == len(text) else json.loads(text)


def gather_notes(col: Collection, slugs: Sequence[str], infos: Mapping[str, Any]) -> list[AnkiNote]:
    """The live notes of ``slugs`` in deck order, rendered as Anki fields."""
    from operator import itemgetter

    from quizkit.deckfile import NoteType
    from quizkit.store.engine import db_errors
    from quizkit.store.rows import card_from_row, card_select
    from quizkit.store.tables import cards, decks, notes

    query = card_select().where(
        decks.c.slug.in_(list(slugs)), cards.c.retired.is_(False), notes.c.retired.is_(False)
    )
    query = query.add_columns(cards.c.position)
    with db_errors(col.url), col.engine.connect() as conn:
        result = conn.execute(query)
        # Rows are read by index: far cheaper than by attribute, for thousands of rows.
        at = {name: i for i, name in enumerate(result.keys())}
        rows = list(result.all())
    i_id, i_ord, i_slug, i_key = at["card_id"], at["ord"], at["slug"], at["note_key"]
    i_type, i_front, i_back, i_tags = at["type"], at["front"], at["back"], at["tags"]
    i_payload = at["payload"]
    # Deck order as asked, then the deck file's order: Anki shows new cards this way.
    if len(slugs) == 1:
        rows.sort(key=itemgetter(at["position"], i_ord))
    else:
        deck_rank = {slug: i for i, slug in enumerate(slugs)}
        i_position = at["position"]
        rows.sort(key=lambda r: (deck_rank[r[i_slug]], r[i_position], r[i_ord]))

    by_note: dict[tuple[str, str], list[Any]] = {}
    for row in rows:
        key = (row[i_slug], row[i_key])
        group = by_note.get(key)
        if group is None:
            by_note[key] = [row]
        else:
            group.append(row)
    kinds: dict[str, tuple[NoteType, str]] = {}
    # Per deck, section and tag list: the note's source (as HTML) and tags.
    common: dict[tuple[str, tuple[str, str] | None, str], tuple[str, list[str]]] = {}
    out: list[AnkiNote] = []
    for (slug, note_key), note_rows in by_note.items():
        if note_rows[0][i_type] == NoteType.CLOZE.value:
            card = card_from_row(note_rows[0], "new")
            fields = cloze_fields(card, note_rows[0][i_front], infos[slug].source)
            ords = [(int(r[i_ord]) - 1, int(r[i_id])) for r in note_rows]
            out.append(AnkiNote(slug, note_key, "cloze", fields, card_tags(card), ords))
            continue
        forward = None
        has_reverse = False
        ords = []  # a fact note's cards
        for r in note_rows:
            ord_ = r[i_ord]
            if ord_ == 1:
                has_reverse = True
            elif ord_ != 0:
                continue
            elif forward is None:
                forward = r
            ords.append((int(ord_), int(r[i_id])))
        if forward is None:  # the store retires a note's cards together; Anki needs card 1
            continue
        deck_source = infos[slug].source
        payload = _json_loads(forward[i_payload])
        origin = payload.get("origin")
        where = (origin["document"], origin.get("section", "")) if origin else None
        type_name = forward[i_type]
        kind = kinds.get(type_name)
        if kind is None:
            note_type = NoteType(type_name)
            kind = kinds[type_name] = (
                note_type,
                kind_label(note_type.value),
            )
        if kind[0] is NoteType.SCENARIO or payload.get("ask"):
            card = card_from_row(forward, "new")
            if card.type is NoteType.SCENARIO:
                model, fields = "scenario", scenario_fields(card, deck_source)
                ords = [(0, int(forward[i_id]))]
            else:
                model, fields = "fact", fact_fields(card, has_reverse, deck_source)
            out.append(AnkiNote(slug, note_key, model, fields, card_tags(card), ords))
            continue
        # A fact-like note, read straight from its row: what card_from_row and
        # fact_fields would make of it, without building the Card.
        row_tags = forward[i_tags]
        shared = common.get((slug, where, row_tags))
        if shared is None:
            source = source_text(*where) if where is not None else deck_source
            tags = section_tags(slug, where[1] if where is not None else "")
            tags.extend(t for t in (row_tags.split() if row_tags else ()) if t not in tags)
            shared = common[(slug, where, row_tags)] = (html.escape(source, quote=False), tags)
        fields = [
            render_text(forward[i_front]),
            render_text(forward[i_back]),
            "y" if has_reverse else "",
            kind[1],
            shared[0],
            html.escape(f"{slug}/{note_key}", quote=False),
        ]
        out.append(AnkiNote(slug, note_key, "fact", fields, list(shared[1]), ords))
    return out

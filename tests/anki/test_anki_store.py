"""What the export reads from the store, pinned to the store's public API.

``Collection.export_notes`` reads the rows directly (no ``Card`` per card, for
speed); these tests pin it equal to the cards ``Collection.card`` gives, over the
bundled decks and a deck of every other note type, and ``Learner.progress`` to what
``Learner.answer`` reported. They need no Anki.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import quizkit
from quizkit import cloze
from quizkit.anki.fields import fact_fields, kind_label, note_tags, source_text
from quizkit.anki.note import anki_notes
from quizkit.deckfile import NoteType, load_deck
from quizkit.store import Collection, bundled_decks_dir
from quizkit.store.cardview import reverse_sides
from quizkit.store.collection import card_key
from quizkit.store.types import ExportNote, Progress

MORNING = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)

MIXED = """\
quizkit: 1
deck: mixed
title: Every other note type
source: data/mixed.md
notes:
  - id: fact/reverse
    type: fact
    front: "NodePort: port range?"
    back: "30000–32767 (`--service-node-port-range`)"
    tags: [nodeport, ports]
    reverse: true
    origin: {document: data/svc.md, section: "Summary › NodePort", line: 12}
  - id: tip/plain
    type: tip
    front: "What does <script> do on a card?"
    back: "Nothing: it is text & stays text"
  - id: list/uses
    type: list
    front: When to use ClusterIP?
    back: |-
      • Internal calls
      • Backends such as `db`
    tags: [clusterip]
    origin: {document: data/svc.md, section: Uses}
  - id: rule/one
    type: rule
    front: Golden rule?
    back: Never expose a database with NodePort.
    origin: {document: data/svc.md, section: Uses}
  - id: cloze/range
    type: cloze
    text: >-
      the control plane allocates a port from {{c1::`--service-node-port-range`}}
      (default: {{c2::30000-32767}})
    tags: [nodeport]
    origin: {document: service.md, section: "Service type › NodePort", line: 473}
"""


@pytest.fixture
def col(tmp_path: Path) -> Iterator[Collection]:
    mixed = tmp_path / "mixed.yaml"
    mixed.write_text(MIXED, encoding="utf-8")
    with quizkit.open(tmp_path / "quizkit.db") as collection:
        collection.import_decks(None)
        collection.import_decks([mixed])
        yield collection


def deck_files(tmp_path: Path) -> list[Path]:
    return [*sorted(bundled_decks_dir().glob("*.yaml")), tmp_path / "mixed.yaml"]


def test_export_notes_are_every_live_card_in_deck_file_order(
    col: Collection, tmp_path: Path
) -> None:
    infos = col.decks()
    assert len(infos) == len(deck_files(tmp_path)) >= 2
    notes = list(col.export_notes([info.slug for info in infos]))
    assert len(notes) == sum(info.notes for info in infos)
    assert sum(len(note.cards) for note in notes) == sum(info.cards for info in infos)
    for path in deck_files(tmp_path):
        deck = load_deck(path)
        assert [n.note_id for n in notes if n.deck == deck.slug] == [n.id for n in deck.notes]
    # Asked in another order, the decks come in that order.
    backwards = [info.slug for info in reversed(infos)]
    assert list(dict.fromkeys(n.deck for n in col.export_notes(backwards))) == backwards
    assert list(col.export_notes(["no-such-deck"])) == []


def test_export_notes_hold_what_the_public_cards_hold(col: Collection) -> None:
    notes = list(col.export_notes([info.slug for info in col.decks()]))
    assert {note.type for note in notes} == set(NoteType)
    for note in notes:
        for ord_, _ in note.cards:
            card = col.card(card_key(note.deck, note.note_id, note.type, ord_))
            assert (card.deck, card.note_id, card.type) == (note.deck, note.note_id, note.type)
            assert (card.tags, card.origin) == (note.tags, note.origin)
            assert (card.ask, card.prompt, card.manifests) == (
                note.ask,
                note.prompt,
                note.manifests,
            )
            assert (dict(card.request), card.service) == (dict(note.request), note.service)
            if note.type is NoteType.CLOZE:
                made = cloze.card_of(note.text, ord_)
                assert (card.front, card.back, card.cloze) == (made.front, made.back, ord_)
                assert card.text == cloze.reveal(note.text)
            elif ord_ == 0:
                assert (card.front, card.back, card.reverse) == (note.text, note.back, False)
            else:
                assert (ord_, (card.front, card.back)) == (1, reverse_sides(note.text, note.back))
                assert card.reverse


def _fields_from_cards(col: Collection, note: ExportNote, deck_source: str) -> list[str]:
    """A fact note's fields rendered from the public cards: the plain path."""
    forward = col.card(f"{note.deck}/{note.note_id}")
    has_reverse = any(ord_ == 1 for ord_, _ in note.cards)
    return fact_fields(
        forward.front,
        forward.back,
        has_reverse,
        kind_label(forward.type.value),
        source_text(forward.origin, deck_source),
        f"{forward.deck}/{forward.note_id}",
    )


def test_rendered_fact_notes_equal_those_rendered_from_public_cards(col: Collection) -> None:
    sources = {info.slug: info.source for info in col.decks()}
    notes = list(col.export_notes(sorted(sources)))
    rendered = anki_notes(notes, sources)
    assert [(a.deck, a.note_id) for a in rendered] == [(n.deck, n.note_id) for n in notes]
    facts = 0
    for note, anki in zip(notes, rendered, strict=True):
        forward = col.card(card_key(note.deck, note.note_id, note.type, note.cards[0][0]))
        section = forward.origin.section if forward.origin else ""
        assert anki.tags == note_tags(forward.deck, section, forward.tags)
        if anki.model == "fact":
            facts += 1
            assert anki.fields == _fields_from_cards(col, note, sources[note.deck])
    assert facts >= 20


def test_progress_is_what_the_answers_reported(col: Collection) -> None:
    me = col.learner("ann", timezone="UTC")
    reported: dict[str, list[tuple[int, int, dt.date]]] = {}
    for day in range(4):
        now = MORNING + dt.timedelta(days=day)
        for i in range(5):
            card = me.next_card(deck="mixed", now=now)
            if card is None:
                break
            result = me.answer(card.id, grade=(5, 2, 4, 3, 1)[(i + day) % 5], now=now)
            reported.setdefault(card.id, []).append((result.grade, result.interval, result.due))
    undone = me.undo(now=MORNING + dt.timedelta(days=3, minutes=1))
    assert undone is not None
    reported[undone.id].pop()
    if not reported[undone.id]:
        del reported[undone.id]

    notes = list(col.export_notes(["mixed"]))
    row_ids = {
        card_key(n.deck, n.note_id, n.type, ord_): row for n in notes for ord_, row in n.cards
    }
    progress = me.progress(row_ids.values())
    studied = {key: row_ids[key] for key in reported}
    assert set(progress.schedules) == set(studied.values())
    for key, row in studied.items():
        _, interval, due = reported[key][-1]
        schedule = progress.schedules[row]
        assert (schedule.interval, schedule.due) == (interval, due), key
        grades = [a.grade for a in progress.answers if a.card == row]
        assert grades == [g for g, _, _ in reported[key]], key
    assert [a.reviewed_at for a in progress.answers] == sorted(
        a.reviewed_at for a in progress.answers
    )
    # Cards outside those asked for are left out; another learner has no progress.
    assert me.progress([]) == Progress({}, ())
    assert col.learner("bob").progress(row_ids.values()).schedules == {}


def test_export_with_scheduling_loads_no_orm(tmp_path: Path) -> None:
    """The export reads the store's Core tables: no ``sqlalchemy.orm`` (store.models)."""
    db = tmp_path / "quizkit.db"
    with quizkit.open(db) as collection:
        collection.import_decks(None)
        collection.learner("ann")
    code = (
        "import sys, quizkit\n"
        f"with quizkit.open({str(db)!r}) as col:\n"
        f"    col.export_anki({str(tmp_path / 'x.apkg')!r}, learner='ann',"
        " with_scheduling=True, timestamp=1_790_000_000)\n"
        "print(sorted(m for m in ('sqlalchemy.orm', 'quizkit.store.models') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"

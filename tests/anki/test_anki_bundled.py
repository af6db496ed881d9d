"""The bundled decks, exported and imported into real Anki: every card clean."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import quizkit
from quizkit.store import bundled_decks_dir
from tests.anki.helpers import AnkiCollection, db_of, import_apkg

# The only markup an exported field may hold; everything else was escaped.
ALLOWED_TAGS = {"br", "code", "ul", "ol", "li"}
TAG = re.compile(r"<\s*/?\s*([a-zA-Z][a-zA-Z0-9]*)")


def test_bundled_decks_import_into_anki_with_clean_fields(
    anki: AnkiCollection, tmp_path: Path
) -> None:
    deck_files = sorted(bundled_decks_dir().glob("*.yaml"))
    if not deck_files:
        pytest.skip("no bundled decks yet")
    out = tmp_path / "bundled.apkg"
    with quizkit.open(tmp_path / "quizkit.db") as col:
        col.import_decks(None)
        infos = col.decks()
        report = col.export_anki(out, timestamp=1_790_000_000)
    assert report.notes == sum(i.notes for i in infos)
    assert report.cards == sum(i.cards for i in infos)

    log = import_apkg(anki, out)
    assert len(log.new) == report.notes
    assert anki.note_count() == report.notes
    assert anki.card_count() == report.cards
    assert {anki.decks.name(d) for d in db_of(anki).list("SELECT DISTINCT did FROM cards")} == {
        i.title for i in infos
    }
    for nid in anki.find_notes(""):
        note = anki.get_note(nid)
        for name, value in note.items():
            tags = set(TAG.findall(value))
            assert tags <= ALLOWED_TAGS, (note["Quizkit ID"], name, value)
            assert "{{" not in value, (note["Quizkit ID"], name)
        for card in note.cards():
            # Every card Anki made has something to ask (no empty reverse cards).
            assert '<div class="front"></div>' not in card.question()
            assert card.question().strip()

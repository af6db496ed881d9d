"""What the Anki tests share: importing a package as Anki's dialog does, reading notes back."""

from __future__ import annotations

from pathlib import Path

import pytest

# The `anki` package (AGPL) is a test-only dependency: without it these tests are skipped.
pytest.importorskip("anki.collection")

from anki.collection import Collection as AnkiCollection
from anki.dbproxy import DBProxy
from anki.import_export_pb2 import (
    ImportAnkiPackageOptions,
    ImportAnkiPackageRequest,
    ImportResponse,
)
from anki.models import NotetypeDict
from anki.notes import Note as AnkiNote

__all__ = [
    "AnkiCollection",
    "AnkiNote",
    "db_of",
    "import_apkg",
    "note_type_of",
    "notes_by_id",
]


def import_apkg(
    col: AnkiCollection, path: Path, *, with_scheduling: bool = False
) -> ImportResponse.Log:
    """Import as Anki's dialog does by default, "Include reviews" as asked."""
    options = ImportAnkiPackageOptions(with_scheduling=with_scheduling)
    request = ImportAnkiPackageRequest(package_path=str(path), options=options)
    return col.import_anki_package(request).log


def notes_by_id(col: AnkiCollection) -> dict[str, AnkiNote]:
    """Anki's notes keyed by their "Quizkit ID" field."""
    out = {}
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        out[note["Quizkit ID"]] = note
    return out


def db_of(col: AnkiCollection) -> DBProxy:
    """The collection's SQL handle (Anki types it optional: a closed collection has none)."""
    assert col.db is not None, "the Anki collection is closed"
    return col.db


def note_type_of(note: AnkiNote) -> NotetypeDict:
    """The note's type (Anki types it optional: it is gone once the type is deleted)."""
    model = note.note_type()
    assert model is not None, f"note {note.id} has no note type"
    return model

"""What the Anki tests share: importing a package as Anki's dialog does, reading notes back."""

from __future__ import annotations

from pathlib import Path

import pytest

anki_collection = pytest.importorskip("anki.collection")
import_export = pytest.importorskip("anki.import_export_pb2")


def import_apkg(
    col: anki_collection.Collection, path: Path, *, with_scheduling: bool = False
) -> object:
    """Import as Anki's dialog does by default, "Include reviews" as asked."""
    options = import_export.ImportAnkiPackageOptions(with_scheduling=with_scheduling)
    request = import_export.ImportAnkiPackageRequest(package_path=str(path), options=options)
    return col.import_anki_package(request).log


def notes_by_id(col: anki_collection.Collection) -> dict[str, object]:
    """Anki's notes keyed by their "Quizkit ID" field."""
    out = {}
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        out[note["Quizkit ID"]] = note
    return out

"""An empty real Anki collection per test (the `anki` package: a test-only dependency)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

anki_collection = pytest.importorskip("anki.collection")


@pytest.fixture
def anki(tmp_path: Path) -> Iterator[anki_collection.Collection]:
    folder = tmp_path / "anki"
    folder.mkdir()
    col = anki_collection.Collection(str(folder / "collection.anki2"))
    try:
        yield col
    finally:
        col.close()

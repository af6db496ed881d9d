"""An empty real Anki collection per test (the `anki` package: a test-only dependency)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.anki.helpers import AnkiCollection


@pytest.fixture
def anki(tmp_path: Path) -> Iterator[AnkiCollection]:
    folder = tmp_path / "anki"
    folder.mkdir()
    col = AnkiCollection(str(folder / "collection.anki2"))
    try:
        yield col
    finally:
        col.close()

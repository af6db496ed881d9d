"""Fixtures for study sessions: the study deck (with and without its scenario), a fake clock,
a pipe input for the screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from prompt_toolkit.input import PipeInput, create_pipe_input

import quizkit
from quizkit.store import Collection
from tests.helpers import FakeClock
from tests.tui.helpers import STUDY_DECK


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def study_deck(tmp_path: Path) -> Path:
    path = tmp_path / "decks" / "study.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(STUDY_DECK, encoding="utf-8")
    return path


@pytest.fixture
def facts_deck(tmp_path: Path) -> Path:
    """The deck without its scenario: for tests that must not depend on the evaluator."""
    path = tmp_path / "facts" / "study.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(STUDY_DECK.split("  - id: scenario/")[0], encoding="utf-8")
    return path


@pytest.fixture
def study_db(tmp_path: Path, facts_deck: Path) -> Path:
    path = tmp_path / "study.db"
    with quizkit.open(path) as col:
        col.import_decks([facts_deck])
    return path


@pytest.fixture
def col(study_db: Path) -> Iterator[Collection]:
    with quizkit.open(study_db) as collection:
        yield collection


@pytest.fixture
def keys() -> Iterator[PipeInput]:
    with create_pipe_input() as pipe:
        yield pipe

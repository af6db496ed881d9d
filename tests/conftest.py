"""Shared fixtures: a fresh database per test, the demo deck and the chat deck in a collection.

The chat fixtures are here because two packages use them: tests/chat and tests/bots.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

import quizkit
from quizkit.store import Collection
from tests.chat.helpers import CHAT_DECK
from tests.helpers import BACKENDS, DEMO_DECK, PG_URL


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test may touch the user's real database or depend on the caller's env."""
    monkeypatch.setenv("QUIZKIT_DB", str(tmp_path / "default.db"))
    monkeypatch.delenv("QUIZKIT_LEARNER", raising=False)
    monkeypatch.setenv("TZ", "UTC")


@pytest.fixture
def deck_file(tmp_path: Path) -> Path:
    path = tmp_path / "decks" / "demo.yaml"
    path.parent.mkdir()
    path.write_text(DEMO_DECK, encoding="utf-8")
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "study.db"


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database: a file for SQLite, a new database on the PostgreSQL server."""
    if request.param == "sqlite":
        yield str(tmp_path / "study.db")
        return
    name = f"quizkit_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def col(db_url: str, deck_file: Path) -> Iterator[Collection]:
    with quizkit.open(db_url) as collection:
        collection.import_decks([deck_file])
        yield collection


@pytest.fixture
def sqlite_col(db_path: Path, deck_file: Path) -> Iterator[Collection]:
    """The demo deck in an SQLite file (for tests that read its file or query plans)."""
    with quizkit.open(db_path) as collection:
        collection.import_decks([deck_file])
        yield collection


@pytest.fixture
def chat_deck(tmp_path: Path) -> Path:
    path = tmp_path / "chat-decks" / "chat.yaml"
    path.parent.mkdir()
    path.write_text(CHAT_DECK, encoding="utf-8")
    return path


@pytest.fixture
def chat_col(db_url: str, chat_deck: Path) -> Iterator[Collection]:
    with quizkit.open(db_url) as collection:
        collection.import_decks([chat_deck])
        yield collection

"""Shared fixtures: a fresh database per test, small hand-written decks, fixed clocks."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

import quizkit
from quizkit.store import Collection

DEMO_DECK = """\
quizkit: 1
deck: demo
title: Demo deck
source: data/demo.md
notes:
  - id: nodeport/port-range
    type: fact
    front: "NodePort: port range?"
    back: "30000–32767"
    tags: [nodeport]
  - id: clusterip/default
    type: fact
    front: "Which Service type is the default?"
    back: ClusterIP
    reverse: true
  - id: tips/interview
    type: tip
    front: "Interview tip: what does a NodePort Service create internally?"
    back: A ClusterIP; external traffic enters via the NodePort first.
"""

# 09:00 UTC on a Sunday: well after the 04:00 rollover in UTC.
MORNING = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)


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


PG_URL = os.environ.get("QUIZKIT_TEST_DATABASE_URL", "")
# The store suite runs on SQLite always, and on PostgreSQL too when a server is given.
BACKENDS = ["sqlite", *(["postgresql"] if PG_URL else [])]


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


def rows(col: Collection, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    """Run raw SQL against a collection's database (for assertions only)."""
    with col.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


def state_of(col: Collection, learner: str, card_key: str) -> tuple[int, int, int, str] | None:
    found = rows(
        col,
        "SELECT s.repetitions, s.easiness_milli, s.interval, s.due FROM review_states s "
        "JOIN cards c ON c.id = s.card_id JOIN learners l ON l.id = s.learner_id "
        "WHERE l.name = :learner AND c.key = :key",
        learner=learner,
        key=card_key,
    )
    if not found:
        return None
    reps, ef, interval, due = found[0]
    return reps, ef, interval, str(due)

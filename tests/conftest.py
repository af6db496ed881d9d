"""Shared fixtures: a fresh database per test, small hand-written decks, fixed clocks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

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


@pytest.fixture
def col(db_path: Path, deck_file: Path) -> Iterator[Collection]:
    with quizkit.open(db_path) as collection:
        collection.import_decks([deck_file])
        yield collection

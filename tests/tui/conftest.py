"""A small hand-written deck (facts, a tip, a scenario) and a fake clock for study sessions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

import quizkit
from quizkit.store import Collection

STUDY_DECK = """\
quizkit: 1
deck: study
title: Study deck
notes:
  - id: nodeport/port-range
    type: fact
    front: "NodePort: port range?"
    back: "30000–32767"
    origin: {document: data/service-types.md, section: Summary}
  - id: clusterip/default
    type: fact
    front: "Which Service type is the default?"
    back: ClusterIP
  - id: tips/interview
    type: tip
    front: "Interview tip: what does a NodePort Service create internally?"
    back: A ClusterIP; external traffic enters via the NodePort first.
  - id: scenario/web/reachable
    type: scenario
    ask: reachable
    prompt: "A pod in default runs: curl http://web/"
    manifests: |
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        selector: {app: web}
        ports:
          - port: 80
            targetPort: 8080
    request: {from: "pod:default/client", to: "http://web/"}
"""

FACTS = ("study/nodeport/port-range", "study/clusterip/default", "study/tips/interview")
SCENARIO = "study/scenario/web/reachable"

# 09:00 UTC: well after the 04:00 rollover of the study day (TZ=UTC in the tests).
MORNING = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)


class FakeClock:
    """An aware clock that moves only when told to."""

    def __init__(self, start: dt.datetime = MORNING) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def tick(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


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

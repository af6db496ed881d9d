"""What the study-session tests share: the study deck, its card ids, readers of the log."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from prompt_toolkit.formatted_text import StyleAndTextTuples

from quizkit.cli import main

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


def log_of(db: Path, learner: str = "ann") -> list[tuple[str, int, str, bool]]:
    """(card, grade, kind, undone) of every logged answer, oldest first."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT c.key, r.grade, r.kind, r.undone FROM review_log r "
            "JOIN cards c ON c.id = r.card_id JOIN learners l ON l.id = r.learner_id "
            "WHERE l.name = ? ORDER BY r.id",
            (learner,),
        ).fetchall()
    return [(key, grade, kind, bool(undone)) for key, grade, kind, undone in rows]


def easiness(db: Path, card: str, learner: str = "ann") -> int | None:
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT s.easiness_milli FROM review_states s JOIN cards c ON c.id = s.card_id "
            "JOIN learners l ON l.id = s.learner_id WHERE l.name = ? AND c.key = ?",
            (learner, card),
        ).fetchone()
    return None if row is None else int(row[0])


def study(db: Path, lines: str, monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(lines))
    return main(["--db", str(db), "--learner", "ann", "study", *args])


def text_of(fragments: StyleAndTextTuples) -> str:
    """The plain text of prompt-toolkit fragments (their styles dropped)."""
    return "".join(f[1] for f in fragments)

"""Several processes answering on one SQLite file lose nothing and never surface a lock."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import sqlite3
from pathlib import Path

import quizkit
from tests.conftest import MORNING

WORKERS = 4
ANSWERS = 60


def _worker(db: str, worker: int, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    errors = []
    try:
        with quizkit.open(db) as col:
            me = col.learner(f"learner-{worker % 2}")
            for i in range(ANSWERS):
                now = MORNING + dt.timedelta(seconds=i)
                card = "demo/nodeport/port-range" if i % 2 else "demo/tips/interview"
                me.answer(card, grade=i % 6, now=now)
    except Exception as exc:  # report to the parent rather than dying silently
        errors.append(f"{type(exc).__name__}: {exc}")
    queue.put((worker, errors))


def test_parallel_processes_lose_no_answer(db_path: Path, deck_file: Path) -> None:
    with quizkit.open(db_path) as col:
        col.import_decks([deck_file])
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(str(db_path), w, queue)) for w in range(WORKERS)]
    for p in procs:
        p.start()
    results = [queue.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    assert all(not errors for _, errors in results), results
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM review_log").fetchone() == (WORKERS * ANSWERS,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)

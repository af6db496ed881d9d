"""Nothing is lost under load: parallel writers, and a process killed mid-answer.

8 processes answer 500 times each on one database (SQLite file, and PostgreSQL when
QUIZKIT_TEST_DATABASE_URL is set): every answer must be in the log and none may
surface "database is locked". A process killed with SIGKILL in a loop of answers
must lose none of the answers it was told were committed.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import quizkit
from tests.helpers import MORNING, assert_marks_are_lower_bounds, rows

WORKERS = 8
ANSWERS = 500
CARDS = ("demo/nodeport/port-range", "demo/clusterip/default", "demo/tips/interview")


def _worker(db: str, worker: int, queue: multiprocessing.Queue) -> None:
    failures: list[str] = []
    done = 0
    try:
        with quizkit.open(db) as col:
            # Two workers share each learner, so they contend for the same rows too.
            me = col.learner(f"learner-{worker % 4}")
            for i in range(ANSWERS):
                now = MORNING + dt.timedelta(days=i // 50, seconds=i)
                me.answer(CARDS[(i + worker) % len(CARDS)], grade=(i * 7 + worker) % 6, now=now)
                done += 1
    except Exception as exc:  # reported to the parent, which fails the test with it
        failures.append(f"{type(exc).__name__}: {exc}")
    queue.put((worker, done, failures))


@pytest.mark.slow
def test_eight_processes_lose_no_answer(db_url: str, deck_file: Path) -> None:
    with quizkit.open(db_url) as col:
        col.import_decks([deck_file])
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(db_url, w, queue)) for w in range(WORKERS)]
    for proc in procs:
        proc.start()
    results = [queue.get(timeout=600) for _ in procs]
    for proc in procs:
        proc.join(timeout=60)
    failures = [f for _, _, fs in results for f in fs]
    assert failures == []
    assert sum(done for _, done, _ in results) == WORKERS * ANSWERS
    with quizkit.open(db_url) as col:
        assert rows(col, "SELECT count(*) FROM review_log") == [(WORKERS * ANSWERS,)]
        # One state row per learner and card, each consistent with its newest log row.
        assert rows(col, "SELECT count(*) FROM review_states") == [(4 * len(CARDS),)]
        mismatched = rows(
            col,
            "SELECT count(*) FROM review_states s JOIN review_log l ON l.id = ("
            " SELECT max(id) FROM review_log x WHERE x.learner_id = s.learner_id"
            " AND x.card_id = s.card_id AND x.kind <> 'repeat')"
            " WHERE l.interval_after <> s.interval OR l.easiness_milli_after <> s.easiness_milli",
        )
        assert mismatched == [(0,)]


_KILLED_CHILD = textwrap.dedent(
    """
    import datetime as dt, sys
    import quizkit
    start = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.timezone.utc)
    with quizkit.open(sys.argv[1]) as col:
        me = col.learner("victim")
        cards = ["demo/nodeport/port-range", "demo/clusterip/default", "demo/tips/interview"]
        i = 0
        while True:
            me.answer(cards[i % 3], grade=i % 6, now=start + dt.timedelta(seconds=i))
            i += 1
            print(f"ack {i}", flush=True)   # printed only after the commit returned
    """
)


@pytest.mark.slow
def test_sigkill_loses_no_acknowledged_answer(db_path: Path, deck_file: Path) -> None:
    with quizkit.open(db_path) as col:
        col.import_decks([deck_file])
    proc = subprocess.Popen(
        [sys.executable, "-c", _KILLED_CHILD, str(db_path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stdout is not None
    acked = 0
    for line in proc.stdout:
        acked = int(line.split()[1])
        if acked >= 150:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    # The child may have acknowledged more answers than we had read: take the last one.
    for line in proc.stdout:
        acked = int(line.split()[1])
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        logged = conn.execute("SELECT count(*) FROM review_log").fetchone()[0]
    # Every acknowledged answer is there; at most the one in flight may be too.
    assert acked <= logged <= acked + 1
    with quizkit.open(db_path) as col:
        assert col.learner("victim").stats(now=MORNING).reviews_total == logged


def _studying_worker(db: str, worker: int, queue: multiprocessing.Queue) -> None:
    failures: list[str] = []
    answered = 0
    try:
        with quizkit.open(db) as col:
            me = col.learner(f"student-{worker % 2}")  # two workers per learner
            for i in range(STUDY_STEPS):
                now = MORNING + dt.timedelta(seconds=10 * i)
                card = me.next_card(now=now)
                if card is None:
                    break
                me.answer(card.id, grade=5, now=now)
                answered += 1
                if i % 7 == worker % 7:  # now and then the screen's undo
                    me.undo(now=now, card_id=card.id)
    except Exception as exc:  # reported to the parent, which fails the test with it
        failures.append(f"{type(exc).__name__}: {exc}")
    queue.put((worker, answered, failures))


STUDY_STEPS = 60


@pytest.mark.slow
def test_learners_studying_in_parallel_keep_their_new_card_marks_true(db_url: str) -> None:
    """Two processes per learner take new cards, answer and undo at once: every mark
    stays a lower bound (the PostgreSQL path locks the learner for this)."""
    from quizkit.deckfile import Deck, FactNote, NoteType

    notes = tuple(
        FactNote(id=f"n{i}", type=NoteType.FACT, front=f"Question {i}?", back=f"answer {i}")
        for i in range(300)
    )
    with quizkit.open(db_url) as col:
        col.import_loaded([Deck(slug="many", title="Many", notes=notes)])
        for name in ("student-0", "student-1"):
            col.learner(name, new_per_day=1000)
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_studying_worker, args=(db_url, w, queue)) for w in range(4)]
    for proc in procs:
        proc.start()
    results = [queue.get(timeout=600) for _ in procs]
    for proc in procs:
        proc.join(timeout=60)
    assert [f for _, _, fs in results for f in fs] == []
    assert sum(answered for _, answered, _ in results) == 4 * STUDY_STEPS
    with quizkit.open(db_url) as col:
        for name in ("student-0", "student-1"):
            assert_marks_are_lower_bounds(col, col.learner(name))
        # Undos raced answers to the same cards: every state is still the one its
        # answers make (newest scheduled answer kept), and no state outlived them all.
        mismatched = rows(
            col,
            "SELECT count(*) FROM review_states s LEFT JOIN review_log l ON l.id = ("
            " SELECT max(id) FROM review_log x WHERE x.learner_id = s.learner_id"
            " AND x.card_id = s.card_id AND x.kind <> 'repeat' AND x.undone = false)"
            " WHERE l.id IS NULL OR l.interval_after <> s.interval"
            " OR l.easiness_milli_after <> s.easiness_milli",
        )
        assert mismatched == [(0,)]

"""The study step's own ``sqlite3`` connections (quizkit.store.direct).

On an SQLite file, ``next_card`` and ``answer`` run on a per-thread connection of
the collection's instead of SQLAlchemy's pool: each answer is still one
transaction (all or nothing), threads never share a connection, ``close`` closes
them, and a forked child never uses its parent's.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

import quizkit
from quizkit.errors import StoreError
from quizkit.store import Collection, marks
from quizkit.store.direct import StepConnections, step_connections
from quizkit.store.tables import review_log, review_states
from tests.helpers import MORNING


def _answers(col: Collection) -> tuple[int, int]:
    """Log rows and review states stored, read through SQLAlchemy's own connection."""
    with col.engine.connect() as conn:
        logged = conn.execute(select(func.count()).select_from(review_log)).scalar_one()
        states = conn.execute(select(func.count()).select_from(review_states)).scalar_one()
    return int(logged), int(states)


def test_only_a_plain_sqlite_file_gets_its_own_connections(tmp_path: Path) -> None:
    assert isinstance(step_connections(f"sqlite:///{tmp_path / 'a.db'}"), StepConnections)
    for url in (
        "sqlite://",
        "sqlite:///:memory:",
        f"sqlite:///{tmp_path / 'a.db'}?timeout=5",
        "postgresql+psycopg://user@host/db",
        "sqlite:///relative.db",
    ):
        assert step_connections(url) is None, url


def test_a_failed_answer_stores_nothing_and_the_next_one_commits(
    sqlite_col: Collection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The failure comes after the state and log rows are written, in the same
    transaction: both are rolled back, and the connection is ready for the next."""
    me = sqlite_col.learner("ann")
    card = me.next_card(now=MORNING)
    assert card is not None

    def broken(*_: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(marks, "new_card_answered", broken)
    with pytest.raises(StoreError, match="disk I/O error"):
        me.answer(card.id, grade=4, now=MORNING)
    assert _answers(sqlite_col) == (0, 0)
    monkeypatch.undo()
    me.answer(card.id, grade=4, now=MORNING)
    assert _answers(sqlite_col) == (1, 1)


def test_each_thread_answers_on_a_connection_of_its_own(sqlite_col: Collection) -> None:
    steps = sqlite_col.steps
    assert steps is not None
    # The connections themselves are kept, not their id(): a finished thread's
    # connection may be freed, and CPython reuses a freed object's id.
    seen: dict[str, object] = {}

    def study(name: str) -> None:
        me = sqlite_col.learner(name)
        card = me.next_card(now=MORNING)
        assert card is not None
        me.answer(card.id, grade=5, now=MORNING)
        with steps.read() as conn:
            seen[name] = conn

    threads = [threading.Thread(target=study, args=(f"t{i}",)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(conn) for conn in seen.values()}) == 4
    assert _answers(sqlite_col) == (4, 4)


def test_close_closes_the_connections_and_a_later_step_opens_a_new_one(
    sqlite_col: Collection,
) -> None:
    steps = sqlite_col.steps
    assert steps is not None
    me = sqlite_col.learner("ann")
    me.next_card(now=MORNING)
    with steps.read() as before:
        pass
    sqlite_col.close()
    with pytest.raises(sqlite3.ProgrammingError):
        before.execute("SELECT 1")
    card = me.next_card(now=MORNING)
    assert card is not None
    me.answer(card.id, grade=5, now=MORNING)
    assert _answers(sqlite_col) == (1, 1)


def test_a_connection_in_use_when_closed_is_closed_when_its_step_ends(
    sqlite_col: Collection,
) -> None:
    steps = sqlite_col.steps
    assert steps is not None
    with steps.write() as conn:
        steps.close()
        conn.execute("SELECT 1")  # still open: its transaction ends first
    with pytest.raises(sqlite3.ProgrammingError):
        conn.execute("SELECT 1")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX")
def test_a_forked_child_answers_on_its_own_connection(tmp_path: Path, deck_file: Path) -> None:
    """The child inherits the parent's connection but opens its own; the parent's
    keeps working afterwards, and every answer of both is stored."""
    with quizkit.open(tmp_path / "fork.db") as col:
        col.import_decks([deck_file])
        me = col.learner("ann")
        steps = col.steps
        assert steps is not None
        card = me.next_card(now=MORNING)
        assert card is not None
        me.answer(card.id, grade=5, now=MORNING)
        with steps.read() as parents:
            pass
        pid = os.fork()
        if pid == 0:  # the child: exit code 0 only if it answered on a new connection
            code = 1
            try:
                child = col.learner("ann").next_card(now=MORNING)
                assert child is not None
                col.learner("ann").answer(child.id, grade=5, now=MORNING)
                with steps.read() as own:
                    code = 0 if own is not parents else 2
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
        third = me.next_card(now=MORNING)
        assert third is not None
        me.answer(third.id, grade=5, now=MORNING)
        assert _answers(col) == (3, 3)

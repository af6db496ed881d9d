"""A study step's own ``sqlite3`` connections to an SQLite file: no pool, no SQLAlchemy.

A study step (the next card, then its answer) is a handful of small statements
that already run as SQLite text through the driver (:mod:`quizkit.store.driver`).
What SQLAlchemy still added around them, per call, was the pool's checkout and
return, its transaction events and its commit: together about as much CPU as
SQLite's own work. On a plain SQLite file (``sqlite:///PATH``) a
:class:`~quizkit.store.collection.Collection` therefore keeps, per thread, one
``sqlite3`` connection of its own for the study step, set up as the engine's
are (:func:`~quizkit.store.engine.configure_sqlite`: WAL, busy timeout, foreign
keys), and runs the step's transaction on it directly:

- reading the next card is one statement, in autocommit (as
  :func:`~quizkit.store.engine.read_once`);
- an answer is one ``BEGIN IMMEDIATE`` ... ``COMMIT`` (rolled back on any
  error), after the same check of the ``-wal`` and ``-shm`` files as the
  engine's writes, so concurrent writers queue and a killed process loses no
  committed answer, exactly as on the engine's connections.

Threads: each thread gets its own connection (``threading.local``), so a
``Collection`` shared by threads stays safe. A connection is opened on its
thread's first step, closed when the thread ends or by
:meth:`StepConnections.close` (``Collection.close``; a connection in use by
another thread at that moment is closed by that thread when its step ends);
a step after ``close`` opens a new one, as the engine's pool does. After
``fork`` the child opens its own and never touches (nor finalizes) the
parent's. Everything else (PostgreSQL, in-memory and URI databases, an answer
with a ``guard``) takes SQLAlchemy's connection as before.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import weakref
from pathlib import Path

from quizkit.store.database import BUSY_TIMEOUT_S
from quizkit.store.engine import WalFiles, check_wal_files, configure_sqlite, wal_files
from quizkit.store.quickread import sqlite_file

__all__ = ["StepConnections", "step_connections"]

# Connections a forked child inherited: kept referenced, so that the child never
# finalizes (closes, checkpoints) a connection that is its parent's.
_INHERITED: list[object] = []
# How many forks this process is from the one that imported this module: a
# connection made at another count is an ancestor's. Kept by an at-fork hook
# rather than comparing os.getpid(), a system call, twice per study step.
_FORKS = [0]


def _forked() -> None:
    _FORKS[0] += 1


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forked)


class _Held:
    """One thread's connection, what it found of the ``-wal``/``-shm`` files when it
    connected, and whether a step is using it."""

    __slots__ = ("__weakref__", "busy", "closing", "conn", "forks", "generation", "wal")

    def __init__(self, conn: sqlite3.Connection, generation: int, wal: WalFiles) -> None:
        self.conn = conn
        self.generation = generation
        self.forks = _FORKS[0]
        self.wal = wal
        self.busy = False
        self.closing = False


class StepConnections:
    """Per-thread ``sqlite3`` connections to the SQLite file at ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = str(path)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._open: weakref.WeakSet[_Held] = weakref.WeakSet()
        self._generation = 0

    def _held(self) -> _Held:
        held: _Held | None = getattr(self._local, "held", None)
        if held is not None and held.forks != _FORKS[0]:
            _INHERITED.append(held)
            held = None
        if held is None or held.generation != self._generation:
            held = self._connect()
            self._local.held = held
        return held

    def _connect(self) -> _Held:
        # check_same_thread off only so that close() may close an idle connection
        # of another thread; each is used by its own thread alone.
        conn = sqlite3.connect(
            self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
        )
        try:
            configure_sqlite(conn)
        except BaseException:
            conn.close()
            raise
        with self._lock:
            held = _Held(conn, self._generation, wal_files(self.path))
            self._open.add(held)
        return held

    def _take(self) -> _Held:
        """This thread's connection, marked busy until :meth:`_give_back`."""
        while True:
            held = self._held()
            with self._lock:
                # Marked busy under the lock: close() never closes it from here on.
                if held.generation == self._generation:
                    held.busy = True
                    return held

    def _give_back(self, held: _Held) -> None:
        with self._lock:
            held.busy = False
            closing = held.closing
        if closing:
            held.conn.close()

    def _unusable(self, held: _Held) -> None:
        """Drop ``held`` (SQLite rolls back what it could not commit when it is closed):
        this thread's next step opens a new connection."""
        self._local.held = None
        with self._lock:
            held.closing = True
            self._open.discard(held)

    def read(self) -> _Read:
        """This thread's connection, for statements that each run on their own."""
        return _Read(self)

    def write(self) -> _Write:
        """One write transaction (``BEGIN IMMEDIATE``): committed on exit, rolled back
        on any error."""
        return _Write(self)

    def close(self) -> None:
        """Close every idle connection; one in use is closed when its step ends. A
        step after this opens a new connection."""
        with self._lock:
            self._generation += 1
            idle = []
            for held in list(self._open):
                if held.forks != _FORKS[0]:
                    continue
                if held.busy:
                    held.closing = True
                else:
                    idle.append(held)
                self._open.discard(held)
        for held in idle:
            held.conn.close()


# Context managers written out as classes: a study step enters two, and a
# generator-based one costs several times as much.
class _Read:
    __slots__ = ("_held", "_steps")

    def __init__(self, steps: StepConnections) -> None:
        self._steps = steps

    def __enter__(self) -> sqlite3.Connection:
        self._held = self._steps._take()
        return self._held.conn

    def __exit__(self, *_: object) -> None:
        self._steps._give_back(self._held)


class _Write:
    __slots__ = ("_held", "_steps")

    def __init__(self, steps: StepConnections) -> None:
        self._steps = steps

    def __enter__(self) -> sqlite3.Connection:
        steps = self._steps
        held = self._held = steps._take()
        try:
            check_wal_files(held.wal, steps.path)
            held.conn.execute("BEGIN IMMEDIATE")
        except BaseException:
            steps._give_back(held)
            raise
        return held.conn

    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        held, steps = self._held, self._steps
        conn = held.conn
        try:
            if exc_type is None:
                try:
                    conn.execute("COMMIT")
                    return
                except BaseException:
                    self._roll_back()
                    raise
            self._roll_back()
        finally:
            steps._give_back(held)

    def _roll_back(self) -> None:
        conn = self._held.conn
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                self._steps._unusable(self._held)


def step_connections(url: str) -> StepConnections | None:
    """The study step's own connections for a plain SQLite file URL with an absolute
    path (what ``quizkit.open(PATH)`` makes of a path); None for anything else
    (PostgreSQL, in-memory, URLs with options, relative paths), which keeps
    SQLAlchemy's."""
    path = sqlite_file(url)
    # A relative path is SQLAlchemy's to resolve, against the directory current at
    # each connect: an own connection could open another file after a chdir.
    return None if path is None or not path.is_absolute() else StepConnections(path)

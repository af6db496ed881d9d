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

import contextlib
import os
import sqlite3
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path

from quizkit.store.database import BUSY_TIMEOUT_S
from quizkit.store.engine import WalFiles, check_wal_files, configure_sqlite, wal_files
from quizkit.store.quickread import sqlite_file

__all__ = ["StepConnections", "step_connections"]

# Connections a forked child inherited: kept referenced, so that the child never
# finalizes (closes, checkpoints) a connection that is its parent's.
_INHERITED: list[object] = []


class _Held:
    """One thread's connection, what it found of the ``-wal``/``-shm`` files when it
    connected, and whether a step is using it."""

    __slots__ = ("__weakref__", "busy", "closing", "conn", "generation", "pid", "wal")

    def __init__(self, conn: sqlite3.Connection, generation: int, wal: WalFiles) -> None:
        self.conn = conn
        self.generation = generation
        self.pid = os.getpid()
        self.wal = wal
        self.busy = False
        self.closing = False


class StepConnections:
    """Per-thread ``sqlite3`` connections to the SQLite file at ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = str(path.absolute())
        self._local = threading.local()
        self._lock = threading.Lock()
        self._open: weakref.WeakSet[_Held] = weakref.WeakSet()
        self._generation = 0

    def _held(self) -> _Held:
        held: _Held | None = getattr(self._local, "held", None)
        if held is not None and held.pid != os.getpid():
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

    @contextlib.contextmanager
    def _using(self) -> Iterator[_Held]:
        while True:
            held = self._held()
            with self._lock:
                # Marked busy under the lock: close() never closes it from here on.
                if held.generation == self._generation:
                    held.busy = True
                    break
        try:
            yield held
        finally:
            with self._lock:
                held.busy = False
                closing = held.closing
            if closing:
                held.conn.close()

    @contextlib.contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """This thread's connection, for statements that each run on their own."""
        with self._using() as held:
            yield held.conn

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (``BEGIN IMMEDIATE``): committed on exit, rolled back
        on any error."""
        with self._using() as held:
            check_wal_files(held.wal, self.path)
            conn = held.conn
            try:
                conn.execute("BEGIN IMMEDIATE")
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    try:
                        conn.execute("ROLLBACK")
                    except sqlite3.Error:
                        # Unusable (SQLite rolls back what it cannot commit on
                        # close): this thread's next step opens a new connection.
                        self._local.held = None
                        with self._lock:
                            held.closing = True
                            self._open.discard(held)
                raise

    def close(self) -> None:
        """Close every idle connection; one in use is closed when its step ends. A
        step after this opens a new connection."""
        with self._lock:
            self._generation += 1
            idle = []
            for held in list(self._open):
                if held.pid != os.getpid():
                    continue
                if held.busy:
                    held.closing = True
                else:
                    idle.append(held)
                self._open.discard(held)
        for held in idle:
            held.conn.close()


def step_connections(url: str) -> StepConnections | None:
    """The study step's own connections for a plain SQLite file URL; None for anything
    else (PostgreSQL, in-memory, URLs with options), which keeps SQLAlchemy's."""
    path = sqlite_file(url)
    return None if path is None else StepConnections(path)

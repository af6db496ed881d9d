"""The library's calls as coroutines, for bots on asyncio.

Every call runs its synchronous counterpart in a bounded pool, so the event
loop never waits for the database or the evaluator: it only hands the call
over and is woken with the result. Two kinds of pool:

- ``processes=N``: N worker processes, each with its own
  :class:`~quizkit.Collection` opened from the same database URL. The loop's
  process then runs almost no Python but the loop, so no worker holds the GIL
  the loop needs; only small arguments and results (``Reply`` dataclasses)
  cross the pipe. The reference bots use this, with :data:`DEFAULT_PROCESSES`
  workers (one fewer than the usable CPUs, 1 to 4).
- ``threads=N`` (the default): N threads sharing one ``Collection``. Cheaper to
  start, works with an in-memory database and with any callable, but the
  threads' Python work takes turns with the loop for the GIL, which stalls
  the loop for tens of milliseconds under load.

Why these and not SQLAlchemy's asyncio engine, and what each costs, is measured
in ``benchmarks/bench_chat.py`` and explained in the README ("Writing a bot").

::

    async with await quizkit.aio.open("study.db", processes=quizkit.aio.DEFAULT_PROCESSES) as col:
        conv = quizkit.aio.AsyncConversation(col)
        replies = await conv.handle("telegram:42", "/next")
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import gc
import importlib
import math
import multiprocessing
import os
import pickle
import signal
import struct
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

from quizkit.chat.conversation import Conversation
from quizkit.clock import check_aware, utcnow
from quizkit.errors import QuizkitError, UsageError
from quizkit.session import Clock
from quizkit.store.collection import Collection
from quizkit.store.collection import open as open_sync
from quizkit.store.learner import Learner

if TYPE_CHECKING:
    from quizkit.chat.reply import Reply
    from quizkit.store.conversation import Reminder
    from quizkit.store.types import AnswerResult, Card, DeckInfo, ImportReport, QueueCounts, Stats

__all__ = [
    "DEFAULT_PROCESSES",
    "DEFAULT_THREADS",
    "MAX_DEFAULT_PROCESSES",
    "AsyncCollection",
    "AsyncConversation",
    "AsyncLearner",
    "WorkerError",
    "default_processes",
    "open",
    "usable_cpus",
]

# Enough to keep a few slow calls (a scenario's evaluation) from holding up the
# rest; fewer than SQLAlchemy's default connection pool (5 + 10 overflow), so a
# thread never waits for a connection.
DEFAULT_THREADS = 8
# The most worker processes chosen from the machine: on SQLite writers take turns
# (more workers only wait for the lock), and a bot that wants more on a large
# PostgreSQL machine says so (``processes=N``).
MAX_DEFAULT_PROCESSES = 4


def default_processes(cpus: int | None) -> int:
    """Worker processes for a machine with ``cpus`` usable CPUs (None: unknown).

    One fewer than the CPUs, so the event loop's process keeps a CPU to itself:
    with as many workers as CPUs, the loop waited for one whenever all the
    workers were busy (measured in the README, "Async"). At least one, at most
    :data:`MAX_DEFAULT_PROCESSES`.
    """
    if cpus is None:
        return 1
    return max(1, min(MAX_DEFAULT_PROCESSES, cpus - 1))


def usable_cpus() -> int | None:
    """The CPUs this process may use, or None where unknown.

    Its affinity where the OS has one (``taskset``, a container's cpuset), else
    every CPU; fewer if a cgroup v2 CPU quota allows fewer (``docker --cpus 2``
    on a larger machine): a process group over its quota is stopped, loop and
    all, until the next period.
    """
    try:
        cpus: int | None = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # no affinity on macOS and Windows
        cpus = os.cpu_count()
    quota = _cgroup_cpus()
    if quota is not None and (cpus is None or quota < cpus):
        return quota
    return cpus


def _cgroup_cpus(
    root: Path = Path("/sys/fs/cgroup"), membership: Path = Path("/proc/self/cgroup")
) -> int | None:
    """Whole CPUs the quotas of this process's cgroup v2 and its parents allow, or None.

    Each ``cpu.max`` holds "QUOTA PERIOD" (microseconds) or "max PERIOD"; the
    tightest along the path counts, rounded down (a quota of 1.5 CPUs is one
    worker's and the loop's worth, not two workers'), and at least 1.
    """
    try:
        lines = membership.read_text(encoding="ascii").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    # cgroup v2 is the line "0::/path"; without it (v1 only, not Linux) no quota is read.
    paths = [line[3:] for line in lines if line.startswith("0::")]
    if not paths:
        return None
    folder = root / paths[0].strip().lstrip("/")
    tightest: float | None = None
    while True:
        allowed = _cpu_max(folder / "cpu.max")
        if allowed is not None and (tightest is None or allowed < tightest):
            tightest = allowed
        if folder == root or root not in folder.parents:
            break
        folder = folder.parent
    return None if tightest is None else max(1, math.floor(tightest))


def _cpu_max(path: Path) -> float | None:
    """CPUs one ``cpu.max`` file allows (quota / period), None for "max" or no file."""
    try:
        fields = path.read_text(encoding="ascii").split()
    except (OSError, UnicodeDecodeError):
        return None
    if len(fields) != 2 or fields[0] == "max":
        return None
    try:
        quota, period = int(fields[0]), int(fields[1])
    except ValueError:
        return None
    return quota / period if quota > 0 and period > 0 else None


# Worker processes for the reference bots, chosen from this machine's CPUs.
DEFAULT_PROCESSES = default_processes(usable_cpus())

P = ParamSpec("P")
T = TypeVar("T")


# -- worker processes ------------------------------------------------------------
# Each worker process opens its own Collection from the URL once; a call names a
# function that takes that collection first. The functions are module-level, so
# they pickle by name.
#
# The pool is written here rather than taken from concurrent.futures: a
# ProcessPoolExecutor runs two helper threads in the loop's process (one feeds
# the pipe, one reads results), and whenever one of them holds the GIL while the
# OS has descheduled it, the loop waits for it. Here the loop itself writes each
# call to a worker's pipe and is woken by the pipe (``add_reader``), so the
# loop's process runs no other thread.

_worker_collection: Collection | None = None
# Calls sent to one worker at most at a time (see _Workers).
_DEPTH = 2


def _worker_main(url: str, conn: Connection) -> None:
    """A worker process: run each call sent on ``conn``, send back its result or error."""
    global _worker_collection
    # Ctrl-C is for the bot's process, which stops the workers by closing their pipes.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_collection = Collection(url)
    # The evaluator is imported on the first scenario answer otherwise: a pause
    # of a few hundred milliseconds for whoever sends it.
    importlib.import_module("quizkit.routing")
    try:
        while True:
            try:
                job = conn.recv()
            except EOFError:  # the loop's process closed the pipe (or died): stop
                return
            try:
                reply: tuple[bool, object] = (True, job())
            except Exception as exc:
                reply = (False, exc)
            try:
                conn.send(reply)
            except OSError:  # the loop's process is gone: nobody to answer
                return
            except Exception as exc:  # a result or an error that does not pickle
                conn.send((False, WorkerError(f"{type(exc).__name__}: {exc}")))
    finally:
        _worker_collection.close()


def _in_worker(
    fn: Callable[Concatenate[Collection, P], T], /, *args: P.args, **kwargs: P.kwargs
) -> T:
    assert _worker_collection is not None, "runs in a worker process started by quizkit.aio"
    return fn(_worker_collection, *args, **kwargs)


def _learner_call(
    collection: Collection,
    name: str,
    fn: Callable[Concatenate[Learner, P], T],
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> T:
    # The learner is looked up again in the worker (one indexed read): a Learner
    # holds its collection, which stays in its own process.
    return fn(collection.learner(name), *args, **kwargs)


def _learner_key(
    collection: Collection, name: str, new_per_day: int | None, timezone: str | None
) -> tuple[int, str]:
    # A worker sends back what pickles: the learner's id and name.
    found = collection.learner(name, new_per_day=new_per_day, timezone=timezone)
    return found.id, found.name


def _converse(
    collection: Collection, clock: Clock | None, user: str, text: str, now: dt.datetime
) -> list[Reply]:
    # A Conversation holds nothing but its collection and clock: cheap to make per call.
    return Conversation(collection, clock=clock).handle(user, text, now=now)


class WorkerError(QuizkitError):
    """A worker process died during a call, or its result could not be sent back.

    The call's effect is unknown (an answer may or may not have been saved; a
    chat answer sent again is refused if it was); the next calls get a new worker.
    """


class _Worker:
    """One worker process, the loop's end of its pipe, and the calls sent to it.

    The loop never blocks on the pipe: its end is non-blocking, a call that does
    not fit at once waits in ``outbox`` for the pipe to drain (``add_writer``),
    and an answer is read as far as it has arrived, then finished on the next
    wake-up. ``Connection.recv`` would wait for the rest of a message in the
    middle of the loop: for a worker the OS had descheduled between writing a
    message's length and its body, that wait was the loop's.
    """

    def __init__(self, url: str) -> None:
        ctx = multiprocessing.get_context("spawn")
        self.conn, child = ctx.Pipe()
        # spawn, not fork: a forked child would inherit the parent's open SQLite
        # connections and threads, which SQLite and Python both forbid.
        self.process = ctx.Process(
            target=_worker_main, args=(url, child), name="quizkit-worker", daemon=True
        )
        self.process.start()
        child.close()
        self.fd = self.conn.fileno()
        os.set_blocking(self.fd, False)
        # The calls sent and not answered yet, oldest first (a worker answers in order).
        self.pending: deque[asyncio.Future[object]] = deque()
        # Bytes of calls not yet taken by the pipe, and of answers not yet complete.
        self.outbox = bytearray()
        self.inbox = bytearray()

    def write(self) -> bool:
        """Write what the pipe takes now; True when ``outbox`` is empty."""
        while self.outbox:
            try:
                sent = os.write(self.fd, self.outbox)
            except BlockingIOError:
                return False
            del self.outbox[:sent]
        return True

    def read(self) -> tuple[list[bytes], bool]:
        """The answers complete now, and whether the worker has closed its end."""
        closed = False
        while True:
            try:
                chunk = os.read(self.fd, _READ_SIZE)
            except BlockingIOError:
                break
            except OSError:  # the connection was reset: the worker is gone
                closed = True
                break
            if not chunk:
                closed = True
                break
            self.inbox += chunk
        return _frames(self.inbox), closed


# A read takes at most this much at once; an answer is a few hundred bytes.
_READ_SIZE = 1 << 16
# multiprocessing.connection's framing, which the worker's Connection reads and
# writes: a signed 32-bit big-endian length, or -1 and then a 64-bit length.
_LENGTH = struct.Struct("!i")
_LONG_LENGTH = struct.Struct("!Q")


def _frame(payload: bytes | memoryview) -> bytes:
    if len(payload) > 0x7FFFFFFF:
        return b"".join((_LENGTH.pack(-1), _LONG_LENGTH.pack(len(payload)), payload))
    return b"".join((_LENGTH.pack(len(payload)), payload))


def _frames(inbox: bytearray) -> list[bytes]:
    """Take the complete messages off the front of ``inbox`` (the rest stays)."""
    found: list[bytes] = []
    at = 0
    while len(inbox) - at >= _LENGTH.size:
        (size,) = _LENGTH.unpack_from(inbox, at)
        start = at + _LENGTH.size
        if size == -1:
            if len(inbox) - start < _LONG_LENGTH.size:
                break
            (size,) = _LONG_LENGTH.unpack_from(inbox, start)
            start += _LONG_LENGTH.size
        if len(inbox) - start < size:
            break
        found.append(bytes(inbox[start : start + size]))
        at = start + size
    del inbox[:at]
    return found


class _Workers:
    """A fixed number of worker processes; each runs its calls one after another.

    A worker is sent a second call while it works on one only when every worker
    is busy (at most :data:`_DEPTH` calls each): it starts the next one the moment
    it is done, without waiting for the loop's process to be scheduled (on a
    loaded machine that wait, not the call, would set the pace).
    """

    def __init__(self, url: str, processes: int) -> None:
        self.url = url
        self.workers = [_Worker(url) for _ in range(processes)]
        self._slots = asyncio.Semaphore(processes * _DEPTH)
        self._loop: asyncio.AbstractEventLoop | None = None

    def _watch(self, worker: _Worker) -> None:
        assert self._loop is not None
        self._loop.add_reader(worker.fd, self._answered, worker)

    async def submit(self, job: Callable[[], T]) -> T:
        if self._loop is None:
            self._loop = asyncio.get_running_loop()
            for worker in self.workers:
                self._watch(worker)
        await self._slots.acquire()
        worker = min(self.workers, key=lambda w: len(w.pending))
        try:
            message = _frame(ForkingPickler.dumps(job))
        except BaseException:
            self._slots.release()
            raise
        result: asyncio.Future[object] = self._loop.create_future()
        worker.pending.append(result)
        waiting = bool(worker.outbox)
        worker.outbox += message
        if not waiting:
            self._flush(worker)
        # A cancelled call's answer is still read (in _answered) and dropped.
        return await result  # type: ignore[return-value]  # what job returned

    def _flush(self, worker: _Worker) -> None:
        """Send the worker what the pipe takes; wait for it to drain for the rest."""
        assert self._loop is not None
        try:
            done = worker.write()
        except OSError:  # the worker is gone: its calls fail, a new one takes its place
            self._replace(worker)
            return
        if done:
            self._loop.remove_writer(worker.fd)
        else:
            self._loop.add_writer(worker.fd, self._flush, worker)

    def _answered(self, worker: _Worker) -> None:
        messages, closed = worker.read()
        for message in messages:
            try:
                ok, value = ForkingPickler.loads(message)
            except Exception as exc:  # a result that pickled but does not unpickle here
                ok, value = False, WorkerError(f"{type(exc).__name__}: {exc}")
            result = worker.pending.popleft()
            self._slots.release()
            if result.done():  # the call was cancelled: its result is dropped
                continue
            if ok:
                result.set_result(value)
            else:
                assert isinstance(value, BaseException)
                result.set_exception(value)
        if closed:
            self._replace(worker)

    def _replace(self, worker: _Worker) -> None:
        """A worker died: its calls fail, a new worker takes its place."""
        assert self._loop is not None
        self._loop.remove_reader(worker.fd)
        self._loop.remove_writer(worker.fd)
        worker.conn.close()
        worker.process.join(timeout=1)
        replacement = _Worker(self.url)
        self.workers[self.workers.index(worker)] = replacement
        self._watch(replacement)
        while worker.pending:
            result = worker.pending.popleft()
            self._slots.release()
            if not result.done():
                result.set_exception(
                    WorkerError(
                        "a quizkit.aio worker process died during the call "
                        f"(exit code {worker.process.exitcode})"
                    )
                )

    async def close(self) -> None:
        # Every call sent is answered first (a cancelled one's too, whose future is
        # already done): its caller gets its result, and no worker is still writing
        # to the database when close() returns.
        while any(worker.pending for worker in self.workers):
            await asyncio.sleep(0.01)
        for worker in self.workers:
            if self._loop is not None:
                self._loop.remove_reader(worker.fd)
                self._loop.remove_writer(worker.fd)
            worker.conn.close()  # the worker reads EOF and exits
        for worker in self.workers:
            await asyncio.to_thread(worker.process.join)


def _freeze_heap() -> None:
    """Take the objects alive now out of the garbage collector's sight (``gc.freeze``).

    The loop's process holds the whole library, SQLAlchemy and the bot's framework:
    hundreds of thousands of objects that live as long as it does. Python's full
    collection walks them all, on the loop's thread, from whatever call allocated
    last: measured, a pause of 84 ms in a run of 2,100 messages. Frozen, they are
    never walked again; what the loop allocates afterwards (futures, replies) is
    collected as before. The garbage there is now is collected first, so the
    freeze keeps none of it; a frozen object dropped later is still freed by its
    reference count, unless it is in a reference cycle (then it stays: the cost
    of never walking the rest).
    """
    gc.collect()
    gc.freeze()


class _Pool:
    """Runs calls that take a Collection first: in threads over one, or in worker processes."""

    def __init__(self, collection: Collection, threads: int, processes: int) -> None:
        if processes < 0 or threads < 1:
            raise UsageError(
                f"threads must be 1 or more and processes 0 or more, not {threads} and {processes}"
            )
        self.collection = collection
        self.processes = processes
        self.threads: ThreadPoolExecutor | None = None
        self.workers: _Workers | None = None
        if not processes:
            self.threads = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="quizkit")
            return
        url = collection.engine.url
        if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
            raise UsageError(
                "an in-memory SQLite database cannot be shared with worker processes: "
                "give a file or a server URL, or use threads"
            )
        self.workers = _Workers(url.render_as_string(hide_password=False), processes)
        _freeze_heap()

    async def call(
        self, fn: Callable[Concatenate[Collection, P], T], /, *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """``fn(collection, *args, **kwargs)`` in the pool, awaited."""
        if self.workers is not None:
            return await self.workers.submit(functools.partial(_in_worker, fn, *args, **kwargs))
        return await self.submit(functools.partial(fn, self.collection, *args, **kwargs))

    async def submit(self, job: Callable[[], T]) -> T:
        if self.workers is not None:
            return await self.workers.submit(job)
        assert self.threads is not None
        return await asyncio.get_running_loop().run_in_executor(self.threads, job)

    async def close(self) -> None:
        if self.workers is not None:
            await self.workers.close()
        if self.threads is not None:
            await asyncio.to_thread(self.threads.shutdown, wait=True)


class AsyncCollection:
    """A :class:`~quizkit.Collection` whose calls are coroutines (see :func:`open`).

    ``processes=0`` runs the calls in ``threads`` threads over ``collection``;
    ``processes=N`` in N worker processes, each opening the same database
    (``collection`` is then used only for its URL, and stays usable here).
    :meth:`close` stops the pool, and closes the collection only if this
    object opened it (:func:`open`): one given to it stays the caller's.
    Starting worker processes also collects this process's garbage and freezes
    the objects alive (``gc.freeze``), so that a full collection does not stall
    the loop; :data:`DEFAULT_PROCESSES` is the worker count the bots use.
    """

    def __init__(
        self,
        collection: Collection,
        *,
        threads: int = DEFAULT_THREADS,
        processes: int = 0,
        owned: bool = False,
    ) -> None:
        self.collection = collection
        self._pool = _Pool(collection, threads, processes)
        self._owned = owned

    @property
    def processes(self) -> int:
        """The number of worker processes (0: a thread pool)."""
        return self._pool.processes

    async def run(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run any synchronous call in this collection's pool.

        With worker processes, ``fn`` and its arguments must pickle (a module-level
        function) and it runs in a worker process, where this collection's
        objects are not.
        """
        return await self._pool.submit(functools.partial(fn, *args, **kwargs))

    async def close(self) -> None:
        # A cancelled task's call goes on in the pool: wait for every call to end, so
        # that no connection is still checked out when the collection is closed (one
        # would be left open, outside the disposed pool).
        await self._pool.close()
        if self._owned:
            await asyncio.to_thread(self.collection.close)

    async def __aenter__(self) -> AsyncCollection:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def is_empty(self) -> bool:
        return await self._pool.call(Collection.is_empty)

    async def import_decks(
        self, paths: Iterable[str | os.PathLike[str]] | None = None
    ) -> ImportReport:
        if paths is not None and self.processes:
            paths = list(paths)  # a generator does not pickle
        return await self._pool.call(Collection.import_decks, paths)

    async def decks(self) -> list[DeckInfo]:
        return await self._pool.call(Collection.decks)

    async def card(self, card_id: str) -> Card:
        return await self._pool.call(Collection.card, card_id)

    async def learners_due(
        self, now: dt.datetime | None = None, prefix: str = ""
    ) -> list[Reminder]:
        return await self._pool.call(Collection.learners_due, now, prefix)

    async def learner(
        self, name: str, *, new_per_day: int | None = None, timezone: str | None = None
    ) -> AsyncLearner:
        if self.processes:
            key = await self._pool.call(_learner_key, name, new_per_day, timezone)
            return AsyncLearner(key, self)
        found = await self._pool.call(
            Collection.learner, name, new_per_day=new_per_day, timezone=timezone
        )
        return AsyncLearner(found, self)

    async def export_anki(
        self, path: str | os.PathLike[str], decks: Sequence[str] | None = None
    ) -> object:
        return await self._pool.call(Collection.export_anki, path, decks)

    async def _learner_call(
        self,
        learner: AsyncLearner,
        fn: Callable[Concatenate[Learner, P], T],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> T:
        if self.processes:
            return await self._pool.call(_learner_call, learner.name, fn, *args, **kwargs)
        assert learner.learner is not None  # kept with threads (see AsyncLearner)
        return await self._pool.submit(functools.partial(fn, learner.learner, *args, **kwargs))


class AsyncLearner:
    """A :class:`~quizkit.Learner` whose calls are coroutines.

    ``learner`` is the synchronous learner with a thread pool, and None with
    worker processes (each call finds the learner again in its worker).
    """

    def __init__(self, found: Learner | tuple[int, str], collection: AsyncCollection) -> None:
        if isinstance(found, Learner):
            self.learner: Learner | None = found
            self.id, self.name = found.id, found.name
        else:
            self.learner = None
            self.id, self.name = found
        self._col = collection

    async def next_card(
        self, deck: str | None = None, now: dt.datetime | None = None
    ) -> Card | None:
        return await self._col._learner_call(self, Learner.next_card, deck=deck, now=now)

    async def answer(
        self,
        card_id: str,
        grade: int | None = None,
        response: str | None = None,
        now: dt.datetime | None = None,
        elapsed: dt.timedelta | None = None,
    ) -> AnswerResult:
        return await self._col._learner_call(
            self, Learner.answer, card_id, grade=grade, response=response, now=now, elapsed=elapsed
        )

    async def undo(self, now: dt.datetime | None = None, card_id: str | None = None) -> Card | None:
        return await self._col._learner_call(self, Learner.undo, now=now, card_id=card_id)

    async def counts(self, deck: str | None = None, now: dt.datetime | None = None) -> QueueCounts:
        return await self._col._learner_call(self, Learner.counts, deck=deck, now=now)

    async def stats(self, now: dt.datetime | None = None) -> Stats:
        return await self._col._learner_call(self, Learner.stats, now=now)


class AsyncConversation:
    """:class:`quizkit.chat.Conversation` with a coroutine :meth:`handle`.

    With worker processes, ``clock`` must pickle (a module-level function, not a
    lambda): each worker gets it with every message.
    """

    def __init__(self, collection: AsyncCollection, clock: Clock | None = None) -> None:
        if collection.processes and clock is not None:
            try:
                pickle.dumps(clock)
            except Exception as exc:
                raise UsageError(
                    f"with worker processes the clock must pickle (a module-level function, "
                    f"not a lambda): {exc}"
                ) from exc
        self._col = collection
        self._clock = clock
        self.conversation = Conversation(collection.collection, clock=clock)

    async def handle(self, user: str, text: str, now: dt.datetime | None = None) -> list[Reply]:
        # The arrival time is taken now, not when a worker gets to it: text sent
        # before the card on screen was shown must not answer it.
        arrived = check_aware(now) if now is not None else utcnow()
        if self._col.processes:
            return await self._col._pool.call(_converse, self._clock, user, text, arrived)
        return await self._col.run(self.conversation.handle, user, text, now=arrived)


async def open(
    db: str | os.PathLike[str] | None = None,
    *,
    threads: int = DEFAULT_THREADS,
    processes: int = 0,
) -> AsyncCollection:
    """Open the collection at ``db`` (as :func:`quizkit.open`) for asyncio.

    ``processes=N`` serves the calls from N worker processes (see the module's
    docstring); the database is opened (and migrated) here first, so a bad
    ``db`` is refused by this call, not by a worker.
    """
    collection = await asyncio.to_thread(open_sync, db)
    try:
        return AsyncCollection(collection, threads=threads, processes=processes, owned=True)
    except BaseException:
        collection.close()
        raise

"""The library's calls as coroutines, for bots on asyncio.

Every call runs its synchronous counterpart in a bounded thread pool, so the
event loop never waits for the database or the evaluator: it only hands the
call over and is woken with the result. Why a thread pool rather than
SQLAlchemy's asyncio engine is measured in ``benchmarks/bench_chat.py`` and
explained in the README ("Writing a bot"); in short, the store is synchronous
code under a lock-aware transaction discipline, the evaluator is CPU work that
no async driver would take off the loop, and the pool keeps one code path.

::

    async with await quizkit.aio.open("study.db") as col:
        conv = quizkit.aio.AsyncConversation(col)
        replies = await conv.handle("telegram:42", "/next")
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from types import TracebackType
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from quizkit.chat.conversation import Conversation
from quizkit.clock import check_aware, utcnow
from quizkit.session import Clock
from quizkit.store.collection import Collection
from quizkit.store.collection import open as open_sync

if TYPE_CHECKING:
    from quizkit.chat.reply import Reply
    from quizkit.store.conversation import Reminder
    from quizkit.store.learner import Learner
    from quizkit.store.types import AnswerResult, Card, DeckInfo, ImportReport, QueueCounts, Stats

__all__ = ["DEFAULT_THREADS", "AsyncCollection", "AsyncConversation", "AsyncLearner", "open"]

# Enough to keep a few slow calls (a scenario's evaluation) from holding up the
# rest; fewer than SQLAlchemy's default connection pool (5 + 10 overflow), so a
# thread never waits for a connection.
DEFAULT_THREADS = 8

P = ParamSpec("P")
T = TypeVar("T")


class _Pool:
    """A bounded thread pool that runs synchronous calls for the event loop."""

    def __init__(self, threads: int) -> None:
        self.executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="quizkit")

    async def run(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, functools.partial(fn, *args, **kwargs))


class AsyncCollection:
    """A :class:`~quizkit.Collection` whose calls are coroutines (see :func:`open`).

    :meth:`close` stops the thread pool, and closes the collection only if
    this object opened it (:func:`open`): one given to it stays the caller's.
    """

    def __init__(
        self, collection: Collection, *, threads: int = DEFAULT_THREADS, owned: bool = False
    ) -> None:
        self.collection = collection
        self._pool = _Pool(threads)
        self._owned = owned

    async def run(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run any synchronous call in this collection's thread pool."""
        return await self._pool.run(fn, *args, **kwargs)

    async def close(self) -> None:
        # A cancelled task's call goes on in its thread: wait for every call to end, so
        # that no connection is still checked out when the collection is closed (one
        # would be left open, outside the disposed pool).
        await asyncio.to_thread(self._pool.executor.shutdown, wait=True)
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
        return await self.run(self.collection.is_empty)

    async def import_decks(
        self, paths: Iterable[str | os.PathLike[str]] | None = None
    ) -> ImportReport:
        return await self.run(self.collection.import_decks, paths)

    async def decks(self) -> list[DeckInfo]:
        return await self.run(self.collection.decks)

    async def card(self, card_id: str) -> Card:
        return await self.run(self.collection.card, card_id)

    async def learners_due(
        self, now: dt.datetime | None = None, prefix: str = ""
    ) -> list[Reminder]:
        return await self.run(self.collection.learners_due, now, prefix)

    async def learner(
        self, name: str, *, new_per_day: int | None = None, timezone: str | None = None
    ) -> AsyncLearner:
        found = await self.run(
            self.collection.learner, name, new_per_day=new_per_day, timezone=timezone
        )
        return AsyncLearner(found, self)

    async def export_anki(
        self, path: str | os.PathLike[str], decks: Sequence[str] | None = None
    ) -> object:
        return await self.run(self.collection.export_anki, path, decks)


class AsyncLearner:
    """A :class:`~quizkit.Learner` whose calls are coroutines."""

    def __init__(self, learner: Learner, collection: AsyncCollection) -> None:
        self.learner = learner
        self.name = learner.name
        self._col = collection

    async def next_card(
        self, deck: str | None = None, now: dt.datetime | None = None
    ) -> Card | None:
        return await self._col.run(self.learner.next_card, deck=deck, now=now)

    async def answer(
        self,
        card_id: str,
        grade: int | None = None,
        response: str | None = None,
        now: dt.datetime | None = None,
        elapsed: dt.timedelta | None = None,
    ) -> AnswerResult:
        return await self._col.run(
            self.learner.answer, card_id, grade=grade, response=response, now=now, elapsed=elapsed
        )

    async def undo(self, now: dt.datetime | None = None, card_id: str | None = None) -> Card | None:
        return await self._col.run(self.learner.undo, now=now, card_id=card_id)

    async def counts(self, deck: str | None = None, now: dt.datetime | None = None) -> QueueCounts:
        return await self._col.run(self.learner.counts, deck=deck, now=now)

    async def stats(self, now: dt.datetime | None = None) -> Stats:
        return await self._col.run(self.learner.stats, now=now)


class AsyncConversation:
    """:class:`quizkit.chat.Conversation` with a coroutine :meth:`handle`."""

    def __init__(self, collection: AsyncCollection, clock: Clock | None = None) -> None:
        self._col = collection
        self.conversation = Conversation(collection.collection, clock=clock)

    async def handle(self, user: str, text: str, now: dt.datetime | None = None) -> list[Reply]:
        # The arrival time is taken now, not when a thread gets to it: text sent
        # before the card on screen was shown must not answer it.
        arrived = check_aware(now) if now is not None else utcnow()
        return await self._col.run(self.conversation.handle, user, text, now=arrived)


async def open(
    db: str | os.PathLike[str] | None = None, *, threads: int = DEFAULT_THREADS
) -> AsyncCollection:
    """Open the collection at ``db`` (as :func:`quizkit.open`) for asyncio."""
    pool = _Pool(1)
    try:
        collection = await pool.run(open_sync, db)
    finally:
        pool.executor.shutdown(wait=False)
    return AsyncCollection(collection, threads=threads, owned=True)

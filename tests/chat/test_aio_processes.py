"""quizkit.aio with worker processes: where calls run, errors, a dead worker, what is refused."""

from __future__ import annotations

import asyncio
import datetime as dt
import multiprocessing
import os
import signal
import threading
import time

import pytest

import quizkit
import quizkit.aio
from quizkit.errors import UnknownCardError, UsageError
from quizkit.store import Collection
from tests.conftest import MORNING


def _workers() -> list[multiprocessing.Process]:
    return [p for p in multiprocessing.active_children() if p.name == "quizkit-worker"]


def test_calls_run_in_worker_processes_and_the_loop_process_starts_no_thread(
    col: Collection,
) -> None:
    async def main() -> tuple[set[int], int, int]:
        before = threading.active_count()
        acol = quizkit.aio.AsyncCollection(col, processes=2)
        try:
            pids = set(await asyncio.gather(*(acol.run(os.getpid) for _ in range(6))))
            during = threading.active_count()
            decks = await acol.decks()
        finally:
            await acol.close()
        return pids, during - before, len(decks)

    pids, new_threads, decks = asyncio.run(main())
    assert os.getpid() not in pids
    assert 1 <= len(pids) <= 2
    # No helper thread takes the GIL from the loop (a ProcessPoolExecutor starts two).
    assert new_threads == 0
    assert decks == 1
    assert _workers() == []  # close() ended them


def test_a_library_error_reaches_the_caller_as_itself(col: Collection) -> None:
    async def main() -> None:
        async with quizkit.aio.AsyncCollection(col, processes=1) as acol:
            await acol.card("demo/no-such-card")

    with pytest.raises(UnknownCardError, match="demo/no-such-card"):
        asyncio.run(main())


def test_a_killed_worker_fails_its_call_and_a_new_one_takes_its_place(col: Collection) -> None:
    async def main() -> tuple[str, int, bool]:
        async with quizkit.aio.AsyncCollection(col, processes=1) as acol:
            (first,) = _workers()
            slow = asyncio.create_task(acol.run(time.sleep, 60))
            await asyncio.sleep(0.1)  # the call is on its way to the worker
            os.kill(first.pid or 0, signal.SIGKILL)
            with pytest.raises(quizkit.aio.WorkerError) as died:
                await slow
            # The next call is served by a new worker.
            pid = await acol.run(os.getpid)
            empty = await acol.is_empty()
        return str(died.value), pid if pid != first.pid else -1, empty

    message, pid, empty = asyncio.run(main())
    assert "worker process died during the call (exit code -9)" in message
    assert pid > 0
    assert empty is False


def test_a_cancelled_call_does_not_hand_its_result_to_the_next(col: Collection) -> None:
    async def main() -> tuple[int, str]:
        async with quizkit.aio.AsyncCollection(col, processes=1) as acol:
            slow = asyncio.create_task(acol.run(sum, [1, 2, 3]))
            await asyncio.sleep(0)
            slow.cancel()
            # The one worker answers the cancelled call first; this call gets its own answer.
            me = await acol.learner("after-cancel")
            return me.id, me.name

    learner_id, name = asyncio.run(main())
    assert (learner_id > 0, name) == (True, "after-cancel")


def test_an_in_memory_database_is_refused_with_processes() -> None:
    with (
        quizkit.open("sqlite://") as memory,
        pytest.raises(UsageError, match="in-memory SQLite database cannot be shared"),
    ):
        quizkit.aio.AsyncCollection(memory, processes=2)
    assert _workers() == []


def test_a_clock_that_does_not_pickle_is_refused_with_processes(col: Collection) -> None:
    async def main() -> None:
        async with quizkit.aio.AsyncCollection(col, processes=1) as acol:
            quizkit.aio.AsyncConversation(acol, clock=lambda: MORNING)

    with pytest.raises(UsageError, match="the clock must pickle"):
        asyncio.run(main())


def test_a_picklable_clock_is_used_by_the_workers(col: Collection) -> None:
    sent = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)
    on_screen = sent + dt.timedelta(hours=1)

    async def main() -> list[str]:
        async with quizkit.aio.AsyncCollection(col, processes=1) as acol:
            # A bound method of a datetime pickles (so does a module-level function):
            # the workers put cards on screen an hour after the message came.
            conv = quizkit.aio.AsyncConversation(acol, clock=on_screen.astimezone)
            await conv.handle("clocked", "/next", now=sent)
            # Sent after /next but before the card went on screen by that clock.
            early = await conv.handle("clocked", "good", now=sent + dt.timedelta(minutes=30))
            return [reply.text for reply in early]

    assert asyncio.run(main())[0].startswith("That answer was for a card that is no longer")

"""Chat bots under load: handle() latency, event-loop stalls, threads vs processes vs asyncio.

Run from the repository root::

    .venv/bin/python -m benchmarks.bench_chat                 # SQLite, default sizes
    .venv/bin/python -m benchmarks.bench_chat --pg URL        # PostgreSQL too (a server URL)
    .venv/bin/python -m benchmarks.bench_chat --quick         # small sizes, a smoke run

What it measures, on a collection with the bundled decks and ``--learners``
learners who each answered ``--history`` cards:

1. ``handle()`` latency (p50, p99, max) while ``--conversations`` users study at
   once through :mod:`quizkit.aio` (each: /next, then show and good, card after
   card): with ``--threads`` threads, then with ``--processes`` worker
   processes; the latency of a call includes its wait for the pool.
2. The event-loop stalls meanwhile: a ticker sleeps 1 ms again and again and
   records how late it wakes (target: under 5 ms), and the same less the time
   the loop's thread waited for a CPU (``own``: what quizkit cost the loop, not
   the other processes of a shared machine; Linux only). The idle loop is
   measured first, in the same run, as the baseline. Beside them, other users
   calling the synchronous ``Conversation.handle`` on the loop.
3. One study-step query (the queue statement) from 100 coroutines: through the
   thread pool over the synchronous engine, and through SQLAlchemy's asyncio
   engine (aiosqlite, or psycopg's async mode): time and worst stall. Needs
   ``aiosqlite`` and ``greenlet`` installed; skipped with a note otherwise.

Nothing here is a test: these are numbers for the README ("Writing a bot").
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import quizkit  # noqa: E402 - after the path fix above
import quizkit.aio  # noqa: E402
from quizkit.chat import Conversation  # noqa: E402
from quizkit.store import Collection  # noqa: E402

HISTORY_DAY = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


@contextmanager
def database(kind: str, pg_url: str) -> Iterator[str]:
    """A fresh database: an SQLite file, or a new database on the PostgreSQL server."""
    if kind == "sqlite":
        with tempfile.TemporaryDirectory(prefix="quizkit-bench-chat-") as tmp:
            yield str(Path(tmp) / "chat.db")
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"quizkit_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def populate(col: Collection, learners: int, history: int) -> None:
    """The bundled decks and ``learners`` learners with ``history`` answers each."""
    col.import_decks(None)
    for n in range(learners):
        me = col.learner(f"bench:{n}", new_per_day=10_000)
        for _ in range(history):
            card = me.next_card(now=HISTORY_DAY)
            assert card is not None
            me.answer(card.id, grade=4, now=HISTORY_DAY)


def script(cards: int) -> list[str]:
    """One user's messages: the first card, then reveal and grade, card after card."""
    return ["/next", *(["show", "good"] * cards)]


class Ticker:
    """Sleeps 1 ms over and over; records how late each wake-up is (an event-loop stall).

    On a shared machine much of a stall is the loop's thread waiting for a CPU
    that other processes hold. Linux counts that wait per thread
    (``/proc/thread-self/schedstat``, "time spent waiting on a runqueue"), so
    each stall is also recorded less that wait (``own``): what the process itself
    kept the loop from doing (its own work, the GIL), not the machine.
    """

    def __init__(self) -> None:
        self.lags: list[float] = []
        self.own: list[float] = []
        self._stop = asyncio.Event()

    async def run(self) -> None:
        stats = _RunQueueWait()
        try:
            while not self._stop.is_set():
                waited = stats.read()
                start = time.perf_counter()
                await asyncio.sleep(0.001)
                lag = time.perf_counter() - start - 0.001
                self.lags.append(lag)
                self.own.append(max(0.0, lag - (stats.read() - waited)))
        finally:
            stats.close()

    def stop(self) -> None:
        self._stop.set()


class _RunQueueWait:
    """Seconds this thread has spent runnable but waiting for a CPU (0 where unknown)."""

    def __init__(self) -> None:
        try:
            self._fd: int | None = os.open("/proc/thread-self/schedstat", os.O_RDONLY)
        except OSError:  # not Linux, or no schedstats: stalls are not split
            self._fd = None

    def read(self) -> float:
        if self._fd is None:
            return 0.0
        return int(os.pread(self._fd, 128, 0).split()[1]) / 1e9

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)


async def converse(
    handle: Callable[[str, str], Awaitable[Any]], users: list[str], cards: int
) -> tuple[list[float], float, Ticker]:
    """All ``users`` work through ``script(cards)`` at once; per-call latencies, wall time."""
    latencies: list[float] = []

    async def one(user: str) -> None:
        for text in script(cards):
            start = time.perf_counter()
            await handle(user, text)
            latencies.append(time.perf_counter() - start)

    ticker = Ticker()
    ticking = asyncio.create_task(ticker.run())
    start = time.perf_counter()
    await asyncio.gather(*(one(u) for u in users))
    wall = time.perf_counter() - start
    ticker.stop()
    await ticking
    return latencies, wall, ticker


async def idle_ticks(seconds: float = 2.0) -> Ticker:
    """The ticker alone: the stalls the machine itself causes (other processes, the OS)."""
    ticker = Ticker()
    ticking = asyncio.create_task(ticker.run())
    await asyncio.sleep(seconds)
    ticker.stop()
    await ticking
    return ticker


def stalls(ticker: Ticker) -> str:
    """A ticker's stalls: all of each, and each less the wait for a CPU (``own``)."""
    return (
        f"stall p50 {ms(statistics.median(ticker.lags))}  p99 {ms(percentile(ticker.lags, 0.99))}"
        f"  max {ms(max(ticker.lags))} | own p99 {ms(percentile(ticker.own, 0.99))}"
        f"  max {ms(max(ticker.own))}  ({len(ticker.lags)} ticks)"
    )


def bench_handle(col: Collection, args: argparse.Namespace, label: str) -> None:
    idle = asyncio.run(idle_ticks())
    print(f"{label:10} idle event loop (the machine's own noise): {stalls(idle)}")
    # (threads, processes) of each pool measured: the thread pool, then worker processes.
    pools = [(args.threads, 0), *([(1, args.processes)] if args.processes else [])]
    for n, (threads, processes) in enumerate(pools):
        # Fresh users for each pool, so the queues they meet are alike.
        users = [f"bench:{n * args.conversations + u}" for u in range(args.conversations)]
        spare = f"bench:{len(pools) * args.conversations + n}"

        async def serve(
            users: list[str] = users,
            spare: str = spare,
            threads: int = threads,
            processes: int = processes,
        ) -> tuple[list[float], float, Ticker]:
            acol = quizkit.aio.AsyncCollection(col, threads=threads, processes=processes)
            conv = quizkit.aio.AsyncConversation(acol)
            try:
                # Started and warmed up first (worker processes start in about a
                # second): the rows are about serving, not starting.
                await asyncio.gather(*(conv.handle(spare, "/help") for _ in range(8)))
                return await converse(conv.handle, users, args.cards)
            finally:
                await acol.close()

        latencies, wall, ticker = asyncio.run(serve())
        size = f"{processes} processes" if processes else f"{threads} threads"
        print(
            f"{label:10} aio, {args.conversations} conversations, {size}: "
            f"{len(latencies)} calls in {wall:.2f} s ({len(latencies) / wall:.0f}/s)"
        )
        print(
            f"{'':10} handle() p50 {ms(statistics.median(latencies))}  p99 "
            f"{ms(percentile(latencies, 0.99))}  max {ms(max(latencies))}"
        )
        print(f"{'':10} event loop: {stalls(ticker)}")
    # Other users again, the synchronous call made on the loop: what a bot without
    # quizkit.aio does.
    first = len(pools) * args.conversations + len(pools)
    sync_users = [f"bench:{first + u}" for u in range(args.conversations)]
    conv = Conversation(col)

    async def direct(user: str, text: str) -> Any:
        replies = conv.handle(user, text)  # blocks the loop for the whole call
        await asyncio.sleep(0)  # then yields, as a bot does between messages
        return replies

    latencies, wall, ticker = asyncio.run(converse(direct, sync_users, args.cards))
    print(
        f"{'':10} sync handle() on the loop: event-loop stall max {ms(max(ticker.lags))}  "
        f"p99 {ms(percentile(ticker.lags, 0.99))}  ({len(latencies) / wall:.0f} calls/s)"
    )


def bench_engines(col: Collection, url: str, label: str, coroutines: int, reads: int) -> None:
    """The queue statement from many coroutines: thread pool vs SQLAlchemy's asyncio engine."""
    from quizkit.store.statements import queue_statements

    statement = queue_statements(False).next
    learner = col.learner("bench:0")
    params = {
        "learner_id": learner.id,
        "today": learner.today(HISTORY_DAY),
        "new_limit": 20,
        "ready_by": HISTORY_DAY.replace(tzinfo=None),
    }

    def sync_read() -> Any:
        with col.engine.connect() as conn:
            return conn.execute(statement, params).first()

    async def pooled() -> tuple[float, Ticker]:
        acol = quizkit.aio.AsyncCollection(col)

        async def one() -> None:
            for _ in range(reads):
                await acol.run(sync_read)

        try:
            return await timed(one)
        finally:
            await acol.close()

    async def timed(one: Callable[[], Awaitable[None]]) -> tuple[float, Ticker]:
        ticker = Ticker()
        ticking = asyncio.create_task(ticker.run())
        start = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(coroutines)))
        wall = time.perf_counter() - start
        ticker.stop()
        await ticking
        return wall, ticker

    wall, ticker = asyncio.run(pooled())
    calls = coroutines * reads
    print(
        f"{label:10} queue statement x{calls}: thread pool  {wall:6.2f} s "
        f"({calls / wall:6.0f}/s)  stall max {ms(max(ticker.lags))}"
    )
    try:
        import greenlet  # type: ignore[import-untyped]  # noqa: F401 - the asyncio layer needs it
        from sqlalchemy.ext.asyncio import create_async_engine

        async_url = url.replace("postgresql+psycopg://", "postgresql+psycopg_async://")
        if "://" not in async_url:
            async_url = f"sqlite+aiosqlite:///{async_url}"
        engine = create_async_engine(async_url)
    except ImportError as exc:
        print(f"{'':10} asyncio engine: skipped ({exc}; pip install aiosqlite greenlet)")
        return

    async def native() -> tuple[float, Ticker]:
        async def one() -> None:
            for _ in range(reads):
                async with engine.connect() as conn:
                    (await conn.execute(statement, params)).first()

        try:
            return await timed(one)
        finally:
            await engine.dispose()

    wall, ticker = asyncio.run(native())
    print(
        f"{'':10} queue statement x{calls}: asyncio engine {wall:6.2f} s "
        f"({calls / wall:6.0f}/s)  stall max {ms(max(ticker.lags))}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--learners", type=int, default=1000)
    parser.add_argument("--history", type=int, default=5, help="answers per learner beforehand")
    parser.add_argument("--conversations", type=int, default=100)
    parser.add_argument("--cards", type=int, default=10, help="cards each conversation studies")
    parser.add_argument("--threads", type=int, default=quizkit.aio.DEFAULT_THREADS)
    parser.add_argument(
        "--processes",
        type=int,
        default=quizkit.aio.DEFAULT_PROCESSES,
        help="worker processes of the second pool measured (0: threads only)",
    )
    parser.add_argument("--reads", type=int, default=50, help="queue reads per coroutine (3.)")
    parser.add_argument("--pg", default="", help="a PostgreSQL server URL: measure it too")
    parser.add_argument(
        "--switch-interval",
        type=float,
        default=0.0,
        help="sys.setswitchinterval in seconds (default: Python's 0.005)",
    )
    parser.add_argument("--quick", action="store_true", help="small sizes")
    args = parser.parse_args(argv)
    if args.switch_interval:
        # How long a thread may hold the GIL while another waits for it: the event
        # loop's thread waits for the pool's threads at most about this long.
        sys.setswitchinterval(args.switch_interval)
    if args.quick:
        args.learners, args.history, args.conversations, args.cards, args.reads = 100, 2, 20, 3, 10
    kinds = ["sqlite", *(["postgresql"] if args.pg else [])]
    for kind in kinds:
        with database(kind, args.pg) as url:
            start = time.perf_counter()
            with quizkit.open(url) as col:
                populate(col, max(args.learners, 3 * args.conversations + 2), args.history)
                print(
                    f"{kind}: {args.learners} learners x {args.history} answers set up in "
                    f"{time.perf_counter() - start:.1f} s"
                )
                bench_handle(col, args, kind)
                bench_engines(col, url, kind, coroutines=100, reads=args.reads)
    return 0


if __name__ == "__main__":
    sys.exit(main())

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
   the loop's thread waited for a CPU and the time it slept in its selector past
   the timeout it asked for (``own``: what quizkit cost the loop, not the other
   processes of a shared machine nor a late timer; Linux only). The idle loop is
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
import gc
import os
import selectors
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

try:
    import resource
except ImportError:  # Windows: no per-thread switch counts
    resource = None  # type: ignore[assignment]

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
    each stall is also recorded less that wait, and less the time the loop slept
    in its selector past the timeout it asked for (:class:`TimedSelector`: a
    late timer, a hypervisor pause), giving ``own``: what the process itself kept
    the loop from doing (its own work, a blocking call), not the machine.

    For the worst ticks, what each was made of: the loop thread's CPU time
    (its own work), its wait for a CPU, its involuntary context switches (the
    OS took the CPU from it), and the garbage collector's pauses in this process.
    """

    def __init__(self) -> None:
        self.lags: list[float] = []
        self.own: list[float] = []
        # Per tick, beside the lag: (loop CPU s, wait for a CPU s, involuntary switches,
        # GC s, overslept in the selector s).
        self.parts: list[tuple[float, float, int, float, float]] = []
        self.gc = GcPauses()
        self.steal = 0.0
        self._stop = asyncio.Event()

    async def run(self) -> None:
        stats = _SchedStat()
        steal = _Steal()
        selector = _TIMED.get(asyncio.get_running_loop())
        self.gc.start()
        try:
            while not self._stop.is_set():
                ran, waited = stats.read()
                switches = _involuntary_switches()
                collected = self.gc.total
                slept = selector.overslept if selector is not None else 0.0
                start = time.perf_counter()
                await asyncio.sleep(0.001)
                lag = time.perf_counter() - start - 0.001
                ran_now, waited_now = stats.read()
                overslept = (selector.overslept if selector is not None else 0.0) - slept
                self.lags.append(lag)
                self.own.append(max(0.0, lag - (waited_now - waited) - overslept))
                self.parts.append(
                    (
                        ran_now - ran,
                        waited_now - waited,
                        _involuntary_switches() - switches,
                        self.gc.total - collected,
                        overslept,
                    )
                )
        finally:
            self.gc.stop()
            self.steal = steal.share()
            stats.close()

    def stop(self) -> None:
        self._stop.set()

    def cpu(self) -> float:
        """The loop thread's CPU time over the run (seconds)."""
        return sum(part[0] for part in self.parts)

    def worst(self, values: list[float]) -> str:
        """The tick where ``values`` is largest, taken apart.

        A tick lasts the 1 ms sleep plus its lag; during it the loop's thread ran
        (its own work, GC included), waited for a CPU, or slept: the 1 ms, any
        time its selector slept past its timeout (a late timer, a hypervisor
        pause), and what remains (a blocking call outside the selector).
        """
        at = max(range(len(values)), key=values.__getitem__)
        ran, waited, switches, collected, overslept = self.parts[at]
        rest = self.lags[at] - ran - waited - overslept
        return (
            f"{self.lags[at] * 1000:.2f} ms late (own {self.own[at] * 1000:.2f}): "
            f"loop ran {ran * 1000:.2f} ms (GC {collected * 1000:.2f}), "
            f"waited for a CPU {waited * 1000:.2f} ms, slept past its timeout in the "
            f"selector {overslept * 1000:.2f} ms, otherwise {max(0.0, rest) * 1000:.2f} ms; "
            f"{switches} involuntary switches"
        )


class GcPauses:
    """The garbage collector's pauses in this process, from ``gc.callbacks``."""

    def __init__(self) -> None:
        self.total = 0.0
        # (generation, seconds, of them on the CPU): a pause can be long because the
        # thread waited for a CPU in the middle of it.
        self.pauses: list[tuple[int, float, float]] = []
        self._began = (0.0, 0.0)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._began = (time.perf_counter(), time.thread_time())
            return
        pause = time.perf_counter() - self._began[0]
        self.total += pause
        self.pauses.append((info["generation"], pause, time.thread_time() - self._began[1]))

    def start(self) -> None:
        gc.callbacks.append(self._callback)

    def stop(self) -> None:
        gc.callbacks.remove(self._callback)

    def summary(self) -> str:
        if not self.pauses:
            return "GC: no collection"
        oldest = sum(1 for generation, _, _ in self.pauses if generation == 2)
        _, longest, cpu = max(self.pauses, key=lambda pause: pause[1])
        return (
            f"GC: {len(self.pauses)} collections ({oldest} of generation 2), "
            f"{self.total * 1000:.1f} ms in all, longest {longest * 1000:.2f} ms "
            f"({cpu * 1000:.2f} ms of CPU)"
        )


class _SchedStat:
    """This thread's CPU time, and its time runnable but waiting for a CPU (seconds; 0: unknown)."""

    def __init__(self) -> None:
        try:
            self._fd: int | None = os.open("/proc/thread-self/schedstat", os.O_RDONLY)
        except OSError:  # not Linux, or no schedstats: stalls are not split
            self._fd = None

    def read(self) -> tuple[float, float]:
        if self._fd is None:
            return 0.0, 0.0
        ran, waited = os.pread(self._fd, 128, 0).split()[:2]
        return int(ran) / 1e9, int(waited) / 1e9

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)


class TimedSelector(selectors.DefaultSelector):
    """The loop's selector, counting the time it slept past the timeout it asked for.

    The loop waits for events in ``select(timeout)``, the timeout reaching to its
    next timer. Returning later than that, less the time the thread waited for a
    CPU and ran meanwhile, is time the kernel or the hypervisor kept the thread
    asleep: a late timer, not the loop's work. Counted per call, so a ticker can
    take it out of a stall (``own``).
    """

    def __init__(self) -> None:
        super().__init__()
        self.overslept = 0.0
        self._stats = _SchedStat()

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        ran, waited = self._stats.read()
        start = time.perf_counter()
        ready: list[tuple[selectors.SelectorKey, int]] = super().select(timeout)
        wall = time.perf_counter() - start
        if timeout is not None and wall > max(timeout, 0.0):
            ran_now, waited_now = self._stats.read()
            late = wall - max(timeout, 0.0) - (waited_now - waited) - (ran_now - ran)
            self.overslept += max(0.0, late)
        return ready

    def close(self) -> None:
        super().close()
        self._stats.close()


# The timed selector of each loop made by run().
_TIMED: dict[asyncio.AbstractEventLoop, TimedSelector] = {}
T = TypeVar("T")


def run(main: Coroutine[Any, Any, T]) -> T:
    """``asyncio.run(main)`` on a loop whose selector is a :class:`TimedSelector`."""
    selector = TimedSelector()
    loop = asyncio.SelectorEventLoop(selector)
    _TIMED[loop] = selector
    try:
        with asyncio.Runner(loop_factory=lambda: loop) as runner:
            return runner.run(main)
    finally:
        del _TIMED[loop]


def _involuntary_switches() -> int:
    """Times the OS took the CPU from this thread while it could still run (0 where unknown)."""
    thread = getattr(resource, "RUSAGE_THREAD", None) if resource is not None else None
    if thread is None:
        return 0
    return int(resource.getrusage(thread).ru_nivcsw)


class _Steal:
    """The share of the machine's CPU time a hypervisor gave to others (``/proc/stat``)."""

    def __init__(self) -> None:
        self._first = self._read()

    @staticmethod
    def _read() -> list[int]:
        try:
            with open("/proc/stat", encoding="ascii") as stat:
                return [int(field) for field in stat.readline().split()[1:]]
        except (OSError, ValueError):
            return []

    def share(self) -> float:
        """Since this object was made: steal / all CPU time (0 where unknown)."""
        last = self._read()
        if len(last) < 8 or len(self._first) < 8:
            return 0.0
        spent = [b - a for a, b in zip(self._first, last, strict=True)]
        # user nice system idle iowait irq softirq steal [guest guest_nice]: the
        # guest times are already counted in user and nice.
        total = sum(spent[:8])
        return spent[7] / total if total else 0.0


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


def attribution(ticker: Ticker) -> list[str]:
    """Whose the worst stalls were: the loop's work and GC, or the machine (wait, steal)."""
    return [
        f"{'':10}   worst tick {ticker.worst(ticker.lags)}",
        f"{'':10}   worst own  {ticker.worst(ticker.own)}",
        f"{'':10}   {ticker.gc.summary()}; CPU steal {ticker.steal * 100:.1f}% over the run",
    ]


# The figures of one pool's run kept for the summary: name -> value (ms, or calls/s).
Row = dict[str, float]
SUMMARY = (
    ("calls/s", "calls/s"),
    ("handle p50", "handle() p50 ms"),
    ("handle p99", "handle() p99 ms"),
    ("stall p50", "stall p50"),
    ("stall p99", "stall p99"),
    ("stall max", "stall max"),
    ("own p99", "own p99"),
    ("own max", "own max"),
    ("idle max", "idle stall max"),
    ("idle own max", "idle own max"),
    ("gc max", "longest GC ms"),
    ("loop cpu", "loop CPU/call µs"),
    ("steal", "steal %"),
)


def figures(ticker: Ticker) -> Row:
    return {
        "stall p50": statistics.median(ticker.lags) * 1000,
        "stall p99": percentile(ticker.lags, 0.99) * 1000,
        "stall max": max(ticker.lags) * 1000,
        "own p99": percentile(ticker.own, 0.99) * 1000,
        "own max": max(ticker.own) * 1000,
        "steal": ticker.steal * 100,
        "gc max": max((pause for _, pause, _ in ticker.gc.pauses), default=0.0) * 1000,
    }


def pool_name(threads: int, processes: int, pinned: bool = False) -> str:
    if not processes:
        return f"{threads} threads"
    return f"{processes} processes{', pinned' if pinned else ''}"


def pin(acol: quizkit.aio.AsyncCollection) -> bool:
    """The loop's thread on the first CPU, the workers on the others (an experiment).

    Whether the loop's residual wait for a CPU is the scheduler waking it on a
    busy worker's CPU: pinned apart, it never is (but it can no longer move to
    another CPU either). Needs two CPUs or more; False where it cannot be done.
    """
    workers = acol._pool.workers
    if workers is None or not hasattr(os, "sched_setaffinity"):
        return False
    cpus = sorted(os.sched_getaffinity(0))
    if len(cpus) < 2:
        return False
    os.sched_setaffinity(0, {cpus[0]})
    for worker in workers.workers:
        os.sched_setaffinity(worker.process.pid or 0, set(cpus[1:]))
    return True


def bench_handle(col: Collection, args: argparse.Namespace, label: str) -> None:
    # (threads, processes) of each pool measured: the thread pool, then worker processes.
    pools = [
        *([(args.threads, 0, False)] if args.threads else []),
        *((1, processes, False) for processes in args.processes if processes),
        *((1, processes, True) for processes in args.processes if processes and args.pin),
    ]
    rows: dict[str, list[Row]] = {pool_name(*pool): [] for pool in pools}
    # The loop's CPUs, given back after a pinned run.
    cpus = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else set()
    taken = 0  # learners used so far: each pool's users are fresh, so their queues are alike

    def fresh(count: int) -> list[str]:
        nonlocal taken
        taken += count
        return [f"bench:{taken - count + u}" for u in range(count)]

    for round_ in range(args.repeat):
        # The pools take turns, round after round, so a change in the machine's
        # load falls on all of them alike; each round first measures the idle loop.
        idle = run(idle_ticks(args.idle))
        print(f"{label:10} idle event loop (the machine's own noise): {stalls(idle)}")
        print("\n".join(attribution(idle)))
        order = pools if round_ % 2 == 0 else pools[::-1]
        for threads, processes, pinned in order:
            users = fresh(args.conversations)
            (spare,) = fresh(1)

            async def serve(
                users: list[str] = users,
                spare: str = spare,
                threads: int = threads,
                processes: int = processes,
                pinned: bool = pinned,
            ) -> tuple[list[float], float, Ticker]:
                acol = quizkit.aio.AsyncCollection(col, threads=threads, processes=processes)
                conv = quizkit.aio.AsyncConversation(acol)
                try:
                    # Started and warmed up first (worker processes start in about a
                    # second): the rows are about serving, not starting.
                    await asyncio.gather(*(conv.handle(spare, "/help") for _ in range(8)))
                    if pinned and not pin(acol):
                        print(f"{'':10} (not pinned: one CPU, or no affinity here)")
                    return await converse(conv.handle, users, args.cards)
                finally:
                    if pinned and hasattr(os, "sched_setaffinity"):
                        os.sched_setaffinity(0, cpus)
                    await acol.close()

            latencies, wall, ticker = run(serve())
            size = pool_name(threads, processes, pinned)
            print(
                f"{label:10} aio, {args.conversations} conversations, {size}: "
                f"{len(latencies)} calls in {wall:.2f} s ({len(latencies) / wall:.0f}/s)"
            )
            print(
                f"{'':10} handle() p50 {ms(statistics.median(latencies))}  p99 "
                f"{ms(percentile(latencies, 0.99))}  max {ms(max(latencies))}"
            )
            print(f"{'':10} event loop: {stalls(ticker)}")
            print("\n".join(attribution(ticker)))
            row = figures(ticker)
            row.update(
                {
                    "calls/s": len(latencies) / wall,
                    "handle p50": statistics.median(latencies) * 1000,
                    "handle p99": percentile(latencies, 0.99) * 1000,
                    "idle max": max(idle.lags) * 1000,
                    "idle own max": max(idle.own) * 1000,
                    # Less the ticker's own work: the idle loop's CPU per tick, each tick.
                    "loop cpu": (ticker.cpu() - idle.cpu() / len(idle.lags) * len(ticker.lags))
                    / len(latencies)
                    * 1e6,
                }
            )
            print(
                f"{'':10}   the loop's thread: {row['loop cpu']:.0f} µs of CPU per call "
                "(less the ticker)"
            )
            rows[size].append(row)
    if args.repeat > 1:
        print(f"{label}: min / median of {args.repeat} rounds")
        print("| pool | " + " | ".join(title for _, title in SUMMARY) + " |")
        for size, runs in rows.items():
            cells = [
                f"{min(r[key] for r in runs):.3g} / {statistics.median(r[key] for r in runs):.3g}"
                for key, _ in SUMMARY
            ]
            print(f"| {size} | " + " | ".join(cells) + " |")
    if args.pools_only:
        return
    # Other users again, the synchronous call made on the loop: what a bot without
    # quizkit.aio does.
    sync_users = fresh(args.conversations)
    conv = Conversation(col)

    async def direct(user: str, text: str) -> Any:
        replies = conv.handle(user, text)  # blocks the loop for the whole call
        await asyncio.sleep(0)  # then yields, as a bot does between messages
        return replies

    latencies, wall, ticker = run(converse(direct, sync_users, args.cards))
    print(
        f"{'':10} sync handle() on the loop: event-loop stall max {ms(max(ticker.lags))}  "
        f"p99 {ms(percentile(ticker.lags, 0.99))}  ({len(latencies) / wall:.0f} calls/s)"
    )


def learners_needed(args: argparse.Namespace) -> int:
    """Fresh users for every pool of every round, and for the synchronous row."""
    processes: list[int] = args.processes
    pools = (1 if args.threads else 0) + sum(1 for count in processes if count) * (
        2 if args.pin else 1
    )
    return (pools * int(args.repeat) + 1) * (int(args.conversations) + 1)


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

    wall, ticker = run(pooled())
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

    wall, ticker = run(native())
    print(
        f"{'':10} queue statement x{calls}: asyncio engine {wall:6.2f} s "
        f"({calls / wall:6.0f}/s)  stall max {ms(max(ticker.lags))}"
    )


def worker_counts(text: str) -> list[int]:
    """``--processes 1,2,3``: the worker counts to measure."""
    try:
        counts = [int(part) for part in text.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"worker counts separated by commas, not {text!r}"
        ) from None
    if any(count < 0 for count in counts):
        raise argparse.ArgumentTypeError(f"worker counts must be 0 or more, not {text!r}")
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--learners", type=int, default=1000)
    parser.add_argument("--history", type=int, default=5, help="answers per learner beforehand")
    parser.add_argument("--conversations", type=int, default=100)
    parser.add_argument("--cards", type=int, default=10, help="cards each conversation studies")
    parser.add_argument(
        "--threads",
        type=int,
        default=quizkit.aio.DEFAULT_THREADS,
        help="threads of the thread pool measured (0: none)",
    )
    parser.add_argument(
        "--processes",
        type=worker_counts,
        default=[quizkit.aio.DEFAULT_PROCESSES],
        help="worker processes of the pools measured, comma-separated: 1,2,3 "
        f"(default {quizkit.aio.DEFAULT_PROCESSES}, this machine's; 0: threads only)",
    )
    parser.add_argument(
        "--repeat", type=int, default=1, help="rounds of all pools, interleaved; a summary"
    )
    parser.add_argument(
        "--idle",
        type=float,
        default=2.0,
        help="seconds of the idle loop measured each round (a rare machine stall "
        "shows in a long run, not in a short one)",
    )
    parser.add_argument(
        "--pin",
        action="store_true",
        help="each process pool also with the loop on one CPU and the workers on the others",
    )
    parser.add_argument(
        "--pools-only",
        action="store_true",
        help="only the pools: not the synchronous call on the loop, nor the engines (3.)",
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
                populate(col, max(args.learners, learners_needed(args)), args.history)
                print(
                    f"{kind}: {args.learners} learners x {args.history} answers set up in "
                    f"{time.perf_counter() - start:.1f} s"
                )
                bench_handle(col, args, kind)
                if not args.pools_only:
                    bench_engines(col, url, kind, coroutines=100, reads=args.reads)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""quizkit.aio with worker processes: where calls run, errors, a dead worker, what is refused."""

from __future__ import annotations

import asyncio
import datetime as dt
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
from multiprocessing.process import BaseProcess
from pathlib import Path

import pytest

import quizkit
import quizkit.aio
from quizkit.errors import UnknownCardError, UsageError
from quizkit.store import Collection
from tests.helpers import MORNING

ROOT = Path(__file__).resolve().parents[2]


def _workers() -> list[BaseProcess]:
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


def _echo(value: bytes) -> bytes:
    return value


def test_messages_larger_than_the_pipe_cross_whole_in_both_directions(col: Collection) -> None:
    # Several megabytes each way: written and read over many wake-ups of the loop.
    payloads = [bytes([n]) * (3_000_000 + n) for n in range(3)]

    async def main() -> list[bytes]:
        async with quizkit.aio.AsyncCollection(col, processes=1) as acol:
            return list(await asyncio.gather(*(acol.run(_echo, p) for p in payloads)))

    assert asyncio.run(main()) == payloads


def test_the_loop_runs_on_while_a_call_waits_for_the_pipe_to_drain(col: Collection) -> None:
    # The one worker sleeps on a first call, so a large second call cannot all be
    # written; a blocking write would hold the loop until the worker read it.
    async def main() -> tuple[bool, bool, bytes]:
        async with quizkit.aio.AsyncCollection(col, processes=1) as acol:
            assert acol._pool.workers is not None
            (worker,) = acol._pool.workers.workers
            busy = asyncio.create_task(acol.run(time.sleep, 1.0))
            big = asyncio.create_task(acol.run(_echo, b"x" * 20_000_000))
            await asyncio.sleep(0.2)
            waiting = bool(worker.outbox)
            nonblocking = not os.get_blocking(worker.fd)
            await busy
            return waiting, nonblocking, await big

    waiting, nonblocking, echoed = asyncio.run(main())
    assert nonblocking
    assert waiting  # the loop ran this task while the rest of the call was queued
    assert echoed == b"x" * 20_000_000


@pytest.mark.parametrize("split", [1, 3, 4, 5, 11, 12, 13])
def test_answers_are_framed_as_multiprocessing_frames_them_across_any_split(split: int) -> None:
    from multiprocessing.connection import Pipe

    # The worker's end is a plain Connection: the loop's reader must agree with it.
    writer, reader = Pipe()
    writer.send_bytes(b"first")
    writer.send_bytes(b"")
    writer.send_bytes(b"third!")
    wire = os.read(reader.fileno(), 1000)
    assert wire == quizkit.aio._frame(b"first") + quizkit.aio._frame(b"") + (
        quizkit.aio._frame(b"third!")
    )
    inbox = bytearray()
    found: list[bytes] = []
    for at in range(0, len(wire), split):
        inbox += wire[at : at + split]
        found += quizkit.aio._frames(inbox)
    assert found == [b"first", b"", b"third!"]
    assert inbox == bytearray()


def test_a_frame_with_a_64_bit_length_is_read() -> None:
    header = quizkit.aio._LENGTH.pack(-1) + quizkit.aio._LONG_LENGTH.pack(3)
    inbox = bytearray(header + b"abc" + header[:5])
    assert quizkit.aio._frames(inbox) == [b"abc"]
    assert inbox == bytearray(header[:5])  # an incomplete header waits for the rest


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


def test_close_lets_a_running_call_finish_and_ends_the_workers(col: Collection) -> None:
    async def main() -> bool:
        acol = quizkit.aio.AsyncCollection(col, processes=1)
        running = asyncio.create_task(acol.run(time.sleep, 0.5))
        await asyncio.sleep(0)  # the call is sent
        await acol.close()
        await running  # raises if the call was cut off
        return running.done()

    assert asyncio.run(main()) is True
    assert _workers() == []


ORPHAN = """
import asyncio, sys, time
import quizkit.aio

async def main():
    acol = await quizkit.aio.open(sys.argv[1], processes=1)
    print(await acol.run(__import__("os").getpid), flush=True)
    time.sleep(600)  # killed here, with its worker idle

if __name__ == "__main__":
    asyncio.run(main())
"""


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="reads /proc (Linux)")
def test_workers_exit_when_the_bots_process_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "orphan.py"
    script.write_text(ORPHAN, encoding="utf-8")
    with subprocess.Popen(
        [sys.executable, str(script), str(tmp_path / "orphan.db")],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    ) as bot:
        assert bot.stdout is not None
        worker = int(bot.stdout.readline())
        bot.kill()
        bot.wait(timeout=30)
    # The worker reads the end of its pipe and exits (however slow the machine: 60 s).
    for _ in range(600):
        if not Path(f"/proc/{worker}").exists() or _is_zombie(worker):
            break
        time.sleep(0.1)
    assert not Path(f"/proc/{worker}").exists() or _is_zombie(worker)


def _is_zombie(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8")
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] == "Z"


@pytest.mark.parametrize(
    ("cpus", "workers"),
    [(None, 1), (0, 1), (1, 1), (2, 1), (3, 2), (4, 3), (5, 4), (6, 4), (64, 4)],
)
def test_the_default_worker_count_leaves_the_loop_a_cpu(cpus: int | None, workers: int) -> None:
    # One fewer than the CPUs (the loop's process keeps one), at least 1, at most 4.
    assert quizkit.aio.default_processes(cpus) == workers
    assert quizkit.aio.MAX_DEFAULT_PROCESSES == 4


def test_the_usable_cpus_are_the_affinity_where_there_is_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(quizkit.aio, "_cgroup_cpus", lambda: None)
    monkeypatch.setattr(os, "cpu_count", lambda: 16)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 2, 5}, raising=False)
    assert quizkit.aio.usable_cpus() == 3
    # A CPU quota below the affinity counts; one above it does not.
    monkeypatch.setattr(quizkit.aio, "_cgroup_cpus", lambda: 2)
    assert quizkit.aio.usable_cpus() == 2
    monkeypatch.setattr(quizkit.aio, "_cgroup_cpus", lambda: 8)
    assert quizkit.aio.usable_cpus() == 3
    # Where the OS has no affinity (macOS, Windows): every CPU.
    monkeypatch.setattr(quizkit.aio, "_cgroup_cpus", lambda: None)
    monkeypatch.delattr(os, "sched_getaffinity")
    assert quizkit.aio.usable_cpus() == 16


def _cgroups(tmp_path: Path, membership: str, quotas: dict[str, str]) -> int | None:
    """``_cgroup_cpus`` over a made-up /sys/fs/cgroup: folder (under the root) -> cpu.max."""
    root = tmp_path / "cgroup"
    for folder, quota in quotas.items():
        (root / folder).mkdir(parents=True, exist_ok=True)
        (root / folder / "cpu.max").write_text(quota + "\n", encoding="ascii")
    (tmp_path / "self-cgroup").write_text(membership, encoding="ascii")
    return quizkit.aio._cgroup_cpus(root, tmp_path / "self-cgroup")


def test_a_cgroup_cpu_quota_is_read_tightest_first_and_rounded_down(tmp_path: Path) -> None:
    bot = "0::/bot.slice/bot.service\n"
    # The parent's quota (1.5 CPUs) is tighter than the service's none: one CPU.
    assert (
        _cgroups(
            tmp_path / "a",
            bot,
            {"bot.slice": "150000 100000", "bot.slice/bot.service": "max 100000"},
        )
        == 1
    )
    # The service's own is tighter than its parent's: 2.5 CPUs, two.
    assert (
        _cgroups(
            tmp_path / "b",
            bot,
            {"bot.slice": "400000 100000", "bot.slice/bot.service": "250000 100000"},
        )
        == 2
    )
    # Half a CPU still runs one worker.
    assert _cgroups(tmp_path / "c", "0::/\n", {".": "50000 100000"}) == 1
    # No quota anywhere, cgroup v1 only, a file that is not a quota: nothing read.
    assert _cgroups(tmp_path / "d", bot, {"bot.slice": "max 100000"}) is None
    assert _cgroups(tmp_path / "e", "4:memory:/bot\n1:cpu:/bot\n", {".": "100000 100000"}) is None
    assert _cgroups(tmp_path / "f", "0::/\n", {".": "lots"}) is None


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the garbage collector frees it


def test_starting_worker_processes_collects_then_freezes_the_loops_heap(
    col: Collection,
) -> None:
    import gc
    import weakref

    garbage = _Node()
    gone = weakref.ref(garbage)
    del garbage
    kept = _Node()
    gc.disable()  # no collection between here and the pool's own
    try:
        assert gone() is not None
        acol = quizkit.aio.AsyncCollection(col, processes=1)
        try:
            # The garbage was collected, not frozen with the rest ...
            assert gone() is None
            # ... and a live object is out of the collector's generations: a full
            # collection on the loop no longer walks it.
            assert gc.get_freeze_count() > 0
            assert not any(obj is kept for obj in gc.get_objects())
        finally:
            asyncio.run(acol.close())
    finally:
        gc.enable()
        gc.unfreeze()

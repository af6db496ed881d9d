"""The chat benchmark still runs (tiny sizes; no timing is asserted: numbers are its output)."""

from __future__ import annotations

import argparse

import pytest

from benchmarks import bench_chat


@pytest.mark.slow
def test_the_chat_benchmark_runs_at_tiny_sizes(capsys: pytest.CaptureFixture[str]) -> None:
    sizes = ["--learners", "6", "--history", "1", "--conversations", "3", "--cards", "2"]
    assert bench_chat.main([*sizes, "--reads", "1", "--processes", "2"]) == 0
    out = capsys.readouterr().out
    assert "3 conversations, 8 threads: 15 calls" in out  # 3 users x (/next + 2 x 2)
    assert "3 conversations, 2 processes: 15 calls" in out
    assert out.count("event loop: stall p50") == 2
    assert "own p99" in out
    assert "queue statement x100: thread pool" in out


@pytest.mark.slow
def test_the_chat_benchmark_interleaves_worker_counts_and_takes_the_worst_tick_apart(
    capsys: pytest.CaptureFixture[str],
) -> None:
    sizes = ["--learners", "6", "--history", "1", "--conversations", "2", "--cards", "1"]
    pools = ["--threads", "0", "--processes", "1,2", "--repeat", "2", "--pools-only"]
    assert bench_chat.main([*sizes, *pools]) == 0
    out = capsys.readouterr().out
    # Two rounds, each with its idle baseline and both pools, the second in reverse order.
    runs = [line.split(": ")[0] for line in out.splitlines() if " conversations, " in line]
    assert [run.split(", ")[-1] for run in runs] == [
        "1 processes",
        "2 processes",
        "2 processes",
        "1 processes",
    ]
    assert out.count("idle event loop") == 2
    assert out.count("worst tick") == 6
    assert out.count("worst own") == 6
    assert out.count("CPU steal") == 6
    assert "min / median of 2 rounds" in out
    assert "\n| 1 processes | " in out
    assert "\n| 2 processes | " in out
    assert "8 threads" not in out
    assert "queue statement" not in out


def test_worker_counts_are_read_from_a_comma_separated_list() -> None:
    assert bench_chat.worker_counts("1,2,3") == [1, 2, 3]
    with pytest.raises(argparse.ArgumentTypeError, match="separated by commas, not 'two'"):
        bench_chat.worker_counts("two")
    with pytest.raises(argparse.ArgumentTypeError, match="0 or more, not '1,-1'"):
        bench_chat.worker_counts("1,-1")

"""The chat benchmark still runs (tiny sizes; no timing is asserted: numbers are its output)."""

from __future__ import annotations

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

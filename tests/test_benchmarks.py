"""The benchmark harness still runs: every group, tiny sizes, anchors on the real schema.

No timing is asserted (timings belong to ``python -m benchmarks.run``); this only keeps
the anchors honest when the schema or an API they mirror changes (a raw ``sqlite3``
anchor inserting a dropped column would fail here, not in the next benchmark run).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import run as bench

TINY = bench.Sizes(
    imports=(300,),
    import_repeat=1,
    big_import_repeat=1,
    study_cards=200,
    study_met=50,
    study_steps=3,
    study_blocks=1,
    states_cards=200,
    states_learners=3,
    query_repeat=1,
    cli_repeat=1,
    export_notes=200,
    export_repeat=1,
    routing_requests=5,
    routing_repeat=1,
    documents=5,
    build_repeat=1,
)


@pytest.mark.slow
@pytest.mark.parametrize("group", sorted(bench.GROUPS))
def test_every_benchmark_group_runs_and_measures_both_sides(group: str) -> None:
    results = bench.Results()
    bench.GROUPS[group](TINY, results)
    assert results.failures == []
    assert results.rows, f"{group} measured nothing"
    for row in results.rows:
        assert row.group == group
        assert row.quizkit_s > 0, row
        # A row with an anchor measured it; the one absolute row has none.
        assert (row.anchor_s is None) == (row.anchor.startswith("(none")), row
        if row.anchor_s is not None:
            assert row.anchor_s > 0, row
        if group not in _WALL_ONLY:
            # CPU beside wall time: one sample per repetition, on both sides.
            assert row.quizkit_cpu, row
            assert (row.anchor_cpu is None) == (row.anchor_s is None), row
            assert row.to_dict()["cpu_ratio"] == row.cpu_ratio
        if group == "study":
            # The trace sees the step's own connection too: the queue read, BEGIN
            # IMMEDIATE, card and state, state, log, marks, COMMIT.
            assert "7 SQL statements per step, 0 of them executed by SQLAlchemy" in row.note
            # A new card's first answer writes a page of each B-tree it changes: the
            # state and its due index, the log and its two, the deck's mark (and now
            # and then a page split).
            pages = float(
                row.note.split("; ")[-1].removesuffix(" database pages written per answer")
            )
            assert 6 <= pages < 7, row.note


# Groups whose rows report wall time only (their rows have not taken up CPU yet).
_WALL_ONLY = {"import"}


def test_cpu_time_counts_a_child_process_it_waited_for() -> None:
    """A command-line row's work is the child's: its CPU counts once the child ended
    (the child spins until its own CPU clock passes 0.2 s; the parent only waits)."""
    spin = "import time\nwhile time.process_time() < 0.2: pass"
    timed = bench.measure(
        {
            "child": (
                lambda: None,
                lambda _: subprocess.run([sys.executable, "-c", spin], check=True),
            )
        },
        repeat=1,
        warmup=0,
    )
    assert timed["child"].cpu[0] >= 0.2


def test_the_table_shows_cpu_min_and_median_and_their_ratio(
    capsys: pytest.CaptureFixture[str],
) -> None:
    results = bench.Results()
    results.rows.append(
        bench.Row("g", "m", 2.0, "a", 1.0, quizkit_cpu=[3e-3, 1e-3, 2e-3], anchor_cpu=[4e-3, 4e-3])
    )
    results.rows.append(bench.Row("g", "wall only", 2.0, "a", 1.0))
    env = {"quizkit": "0", "python": "3", "sqlite": "3", "sqlalchemy": "2", "cpu_count": 2}
    bench.print_table({**env, "cpu": "x"}, results, "tiny")
    lines = capsys.readouterr().out.splitlines()
    assert "CPU min / med" in lines[1]
    cells = [re.split(r"\s{2,}", line.strip()) for line in lines[3:5]]
    assert cells[0][-3:] == ["1.0 ms / 2.0 ms", "4.0 ms / 4.0 ms", "0.50"]
    assert cells[1][-4:] == ["<= 2", "-", "-", "-"]  # no CPU samples: three blank columns


def test_the_build_rows_split_build_decks_in_two(tmp_path: Path) -> None:
    """The "parse + card rules" and "scenario checks" rows, run one after the other,
    make exactly the decks ``build_decks`` makes: the split leaves nothing out."""
    from quizkit.build import build_decks

    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(3):
        text = bench.SAMPLE_DOC.format(i=i, port=30000 + i)
        (docs / f"widget-{i:04d}.md").write_text(text, encoding="utf-8")
    split = bench.build_checks(bench.build_rules(docs, tmp_path))
    assert split == build_decks([docs], root=tmp_path)
    assert len(split) == 4
    assert bench.checked_manifests(split[:3])

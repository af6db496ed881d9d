"""The benchmark harness still runs: every group, tiny sizes, anchors on the real schema.

No timing is asserted (timings belong to ``python -m benchmarks.run``); this only keeps
the anchors honest when the schema or an API they mirror changes (a raw ``sqlite3``
anchor inserting a dropped column would fail here, not in the next benchmark run).
"""

from __future__ import annotations

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

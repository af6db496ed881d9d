"""The benchmark harness still runs: every group, tiny sizes, anchors on the real schema.

No timing is asserted (timings belong to ``python -m benchmarks.run``); this only keeps
the anchors honest when the schema or an API they mirror changes (a raw ``sqlite3``
anchor inserting a dropped column would fail here, not in the next benchmark run).
"""

from __future__ import annotations

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

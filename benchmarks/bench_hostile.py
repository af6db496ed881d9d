"""What one hostile answer costs, and what building costs per note (issue #20).

Run from the repository root: ``.venv/bin/python -m benchmarks.bench_hostile``.

For every scenario ask and a fact card, each hostile text of the fuzz test
(``tests/test_hostile_fuzz.HOSTILE``) is answered after a benign warm-up answer
has loaded everything: once timed, once under ``tracemalloc`` for the peak of
the memory it allocates (tracing slows it, so the two are separate runs). Then the
bundled documents and the test corpus are built under ``tracemalloc`` and the
peak is divided by the notes made. No figure is asserted anywhere.
"""

from __future__ import annotations

import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
ASKS = ("reachable", "endpoint", "url", "reason", "fix", "fact")


def _answer(me: Any, card_id: str, text: str, now: Any) -> str:
    import quizkit

    try:
        return f"graded {me.answer(card_id, response=text, now=now).grade}"
    except quizkit.QuizkitError as exc:
        return f"{type(exc).__name__}: {str(exc)[:60]}"


def hostile_answers() -> list[dict[str, Any]]:
    """Time (untraced) and peak traced memory of each hostile answer to each ask."""
    import datetime as dt

    import quizkit
    from quizkit.store.collection import bundled_decks_dir
    from tests.test_hostile_fuzz import HOSTILE, _cards

    now = dt.datetime(2026, 11, 22, 9, tzinfo=dt.UTC)
    rows = []
    with tempfile.TemporaryDirectory() as tmp, quizkit.open(Path(tmp) / "bench.db") as col:
        col.import_decks([bundled_decks_dir()])
        chosen = _cards(col)
        for kind in ASKS:
            card = chosen[kind]
            for index, text in enumerate(HOSTILE):
                me = col.learner(f"bench-{kind}-{index}")
                _answer(me, card.id, "yes", now)  # warm-up: imports, caches
                start = time.perf_counter()
                outcome = _answer(me, card.id, text, now)
                seconds = time.perf_counter() - start
                tracemalloc.start()
                _answer(me, card.id, text, now)
                peak = tracemalloc.get_traced_memory()[1]
                tracemalloc.stop()
                rows.append(
                    {
                        "kind": kind,
                        "index": index,
                        "seconds": seconds,
                        "peak": peak,
                        "outcome": outcome,
                    }
                )
    return rows


def build_memory() -> list[tuple[str, int, float]]:
    """(documents, notes, peak bytes per note) of building each set of documents."""
    from quizkit.build import build_decks

    out = []
    for name, paths in (
        ("data/", [ROOT / "data"]),
        ("tests/fixtures/corpus/", [ROOT / "tests" / "fixtures" / "corpus"]),
    ):
        build_decks(paths, root=ROOT)  # warm caches and imports
        tracemalloc.start()
        decks = build_decks(paths, root=ROOT)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        notes = sum(len(d.notes) for d in decks)
        out.append((name, notes, peak / notes))
    return out


def main() -> None:
    rows = hostile_answers()
    worst_time = max(rows, key=lambda r: r["seconds"])
    worst_memory = max(rows, key=lambda r: r["peak"])
    print(f"{'ask':<10} {'#':>3} {'seconds':>8} {'peak MB':>8}  outcome")
    for row in sorted(rows, key=lambda r: -r["seconds"])[:10]:
        print(
            f"{row['kind']:<10} {row['index']:>3} {row['seconds']:>8.3f} "
            f"{row['peak'] / 2**20:>8.2f}  {row['outcome']}"
        )
    print(
        f"worst time: {worst_time['seconds']:.3f} s ({worst_time['kind']} #{worst_time['index']})"
    )
    print(
        f"worst peak memory: {worst_memory['peak'] / 2**20:.2f} MB "
        f"({worst_memory['kind']} #{worst_memory['index']})"
    )
    for name, notes, per_note in build_memory():
        print(f"build {name}: {notes} notes, peak {per_note / 1024:.1f} kB per note")


if __name__ == "__main__":
    main()

"""A table of the reader's own goals ("Task | Target Time", each task beside the time
to do it in) holds no knowledge of its subject: asked by its task ("How do you create a
queue with two consumers?" → "45 seconds") a row pairs a question with no answer to it.
No card. A table of targets a system must meet, keyed by a thing ("Service | Target
latency"), is knowledge and keeps its cards."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

DRILL = """\
# Relay broker practice

## Speed drill

Time yourself on these common tasks:

| Task | Target Time |
|------|-------------|
| Create a queue with two consumers | 45 seconds |
| Purge a dead-letter queue | 20 seconds |
| Rotate the broker's TLS certificate | 2-3 min, with the CLI |

## Service targets

| Service | Target latency |
|---------|----------------|
| Relay gateway | 50 ms |
| Relay store | 200 ms |
"""


def test_a_table_of_the_readers_target_times_makes_no_card() -> None:
    fronts = [n.front for n in build_deck(DRILL, "relay.md").notes if isinstance(n, FactNote)]
    assert not any("queue" in f or "certificate" in f for f in fronts)


def test_a_table_of_a_systems_targets_keeps_its_cards() -> None:
    notes = [n for n in build_deck(DRILL, "relay.md").notes if isinstance(n, FactNote)]
    assert [(n.front, n.back) for n in notes if "latency" in n.front] == [
        ("Service targets, Relay gateway: target latency?", "50 ms"),
        ("Service targets, Relay store: target latency?", "200 ms"),
    ]

"""A collapsible (or "bug") admonition titled with a problem met, its fix folded inside:
a troubleshooting entry, asked "What to do when …?" and answered by the fix, the
symptom its body shows again left out; a box titled with a label stays an aside."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

TROUBLE = """# Ledger Service

## Workers

??? bug "Workers stop with `disk quota exceeded` error"

    If you run many workers, you may see an error message like this:

    ```text
    write /var/ledger/segment-0042: disk quota exceeded
    ```

    Raise the volume quota of the ledger namespace to at least twice the segment size.

??? bug "Cannot open "ledger.yml" in read-only mode"

    The loader needs write access to its lock file beside the configuration.
    Mount the configuration directory read-write.

## Screens

??? tip "Multiple ledgers"

    Each ledger keeps its own segment directory under the data root.

!!! warning "Compaction fails on ARM nodes"

    Compaction is only built for amd64 nodes at present.
"""


def test_problem_box_asks_what_to_do_and_answers_with_the_fix() -> None:
    cards = {n.front: n.back for n in facts(build_deck(TROUBLE, "ledger.md").notes)}
    assert cards["What to do when workers stop with `disk quota exceeded` error?"] == (
        "Raise the volume quota of the ledger namespace to at least twice the segment size."
    )


def test_title_quoting_a_name_is_one_title() -> None:
    cards = {n.front: n.back for n in facts(build_deck(TROUBLE, "ledger.md").notes)}
    assert cards['What to do when you cannot open "ledger.yml" in read-only mode?'] == (
        "The loader needs write access to its lock file beside the configuration. "
        "Mount the configuration directory read-write."
    )


def test_labelled_box_and_a_plain_warning_ask_nothing() -> None:
    notes = facts(build_deck(TROUBLE, "ledger.md").notes)
    fronts = [n.front for n in notes]
    assert not any("multiple ledgers" in f.lower() and "what to do" in f.lower() for f in fronts)
    assert not any(f.startswith("What to do when compaction") for f in fronts)
    # No card shows the symptom's message as its answer.
    assert not any("segment-0042" in n.back for n in notes)

"""MkDocs-Material page markup read as what it lays out: a collapsible box titled with
what the reader meets, its body laid out under "Common causes:" and "Fix:" labels, is the
author's question; code annotation markers ("# (1)!") and the notes they point to stay out
of code and cards; a grid of titled cards reads as sections; a box or heading that only
offers the reader more ("Want the full breakdown?", "What's Next?") makes no card."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import card_texts, facts

PAGE = """# Ledger Service

## Pitfalls

??? question "Workers Stuck in 'Backoff'"
    **Problem:** The worker cannot reach its queue.

    **Common causes:**

    - **Wrong queue name** - The name differs from the broker's
    - **Broker down** - The broker pod is not running

    **Fix:** Correct the queue name and restart the worker.

    ??? warning "Private Brokers"
        A private broker needs a client certificate mounted in the worker pod.

??? question "Ledger Shows '0/3 Synced'"
    **Fix:** Raise the sync timeout to at least 30 seconds.

??? note "Details"
    The ledger keeps one segment per day under the data root.

## Manifest

### How do you pin the worker image?

```yaml
image: ledger/worker:2.4  # (1)!
replicas: 2  # (2)!
```

1. Always pin a version tag
2. Two copies keep the queue drained

### How do you label the worker pods?

```yaml
labels:
  app: worker  # (1) the selector's label
```

### Queue names

The worker reads its queues from this file:

```json
{"queue": "ledger-main (1)", "dead_letter": "ledger-dlq (2)"}
```

1. The broker creates the queue on first use
2. Rejected records land here after three tries

## Setup

<div class="grid cards" markdown>

-   :material-file: **Step 1: Create the Volume**

    ---

    The ledger volume holds every segment the workers write.

-   :material-rocket: **Step 2: Start the Workers**

    ---

    Each worker claims one queue partition when it starts.

    **Status: Claimed** - DONE!

    !!! tip "Cold Starts"
        A cold worker replays its partition from the last checkpoint.

</div>

!!! tip "Want the Full Technical Breakdown?"
    This is enough to run the ledger. For the whole flow, see [Ledger internals](internals.md).

!!! tip "Want faster replays?"
    Keep checkpoints every 1000 records. See [checkpoints](checkpoints.md).

## What's Next?

You have a ledger running. Read on:

- [Scaling the ledger](scaling.md) - Add partitions
- [Backups](backups.md) - Keep the segments safe
"""


def _cards() -> dict[str, str]:
    return {n.front: n.back for n in facts(build_deck(PAGE, "ledger.md").notes)}


def test_fold_with_causes_and_fix_asks_what_causes_it_and_how_to_fix_it() -> None:
    cards = _cards()
    assert cards["Workers Stuck in 'Backoff': what causes it and how do you fix it?"] == (
        "Problem: The worker cannot reach its queue.\n"
        "Common causes:\n"
        "• Wrong queue name - The name differs from the broker's\n"
        "• Broker down - The broker pod is not running\n"
        "Fix: Correct the queue name and restart the worker."
    )
    # No card asks a cause out of its fold ("Common causes: Broker down?").
    assert not any(f.startswith("Common causes") for f in cards)


def test_box_folded_in_the_answer_is_read_on_its_own() -> None:
    cards = _cards()
    answer = cards["Workers Stuck in 'Backoff': what causes it and how do you fix it?"]
    assert "client certificate" not in answer
    assert any("client certificate" in back for back in cards.values())


def test_fold_with_a_fix_alone_asks_how_to_fix_it() -> None:
    assert _cards()["Ledger Shows '0/3 Synced': how do you fix it?"] == (
        "Fix: Raise the sync timeout to at least 30 seconds."
    )


def test_aside_fold_asks_no_question() -> None:
    assert not any("Details" in f and "?" in f and "fix" in f for f in _cards())


def test_annotation_markers_and_their_notes_stay_out_of_cards() -> None:
    notes = build_deck(PAGE, "ledger.md").notes
    cards = _cards()
    assert cards["How do you pin the worker image?"] == ("image: ledger/worker:2.4\nreplicas: 2")
    texts = [t for n in notes for t in card_texts(n)]
    assert not any("(1)!" in t or "(2)!" in t for t in texts)
    assert not any("Always pin a version tag" in t for t in texts)


def test_comment_without_the_bang_is_the_authors_code() -> None:
    assert _cards()["How do you label the worker pods?"] == (
        "labels:\n  app: worker  # (1) the selector's label"
    )


def test_grid_cards_read_as_sections() -> None:
    notes = build_deck(PAGE, "ledger.md").notes
    texts = [t for n in notes for t in card_texts(n)]
    assert not any(":::" in t for t in texts)
    assert not any("Step 1: Create the Volume" in t and "Step 2" in t for t in texts)
    assert any(t.startswith("A cold worker replays") for t in texts)
    # The card's cheer ("Status: Claimed - DONE!") teaches nothing.
    assert not any(t == "DONE!" for t in texts)


def test_offer_to_read_on_makes_no_card_and_a_real_tip_stays() -> None:
    notes = build_deck(PAGE, "ledger.md").notes
    texts = [t for n in notes for t in card_texts(n)]
    assert not any("Full Technical Breakdown" in t or "Ledger internals" in t for t in texts)
    assert any("1000 records" in t for t in texts)
    assert not any("What's Next" in t or "Scaling the ledger" in t for t in texts)


def test_notes_of_markers_shown_in_place_make_no_card() -> None:
    notes = build_deck(PAGE, "ledger.md").notes
    texts = [t for n in notes for t in card_texts(n)]
    assert not any("first use" in t or "three tries" in t for t in texts)

"""A callout's title written as a sentence is no name to ask of: one denying something
("`ack_wait` is not a function timeout") is asked back as its question ("Is `ack_wait` a
function timeout?" → "No. …"); one opening on a pronoun ("It's not us, it's you.") is a
remark, and the note is asked for what it says, if anything."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_PAGE = """# Queue timeouts

## Queue worker

!!! note "`lease_time` is not a job timeout"

    The `lease_time` value is a heartbeat for detecting a dead worker, not a maximum run time.

!!! note "It's not us, it's you."

    We know it is frustrating when jobs stop early.

!!! tip "Retry budget"

    The retry budget caps how many times a failed job runs again.
"""


def test_a_denying_title_is_asked_back_and_a_remark_title_names_nothing() -> None:
    facts = [(n.front, n.back) for n in build_deck(_PAGE, "q.md").notes if isinstance(n, FactNote)]
    assert facts == [
        (
            "Is `lease_time` a job timeout?",
            "No. The `lease_time` value is a heartbeat for detecting a dead worker, not a"
            " maximum run time.",
        ),
        (
            "Queue worker: retry budget?",
            "The retry budget caps how many times a failed job runs again.",
        ),
    ]

"""Key sentences of explanatory prose (blog posts, concept pages): a default stated in
words, a measured value after "is", a definition after how the author puts it, and a
product name spelled like a verb. Each is a cloze of the sentence as written; the
near misses beside them make none."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.cloze import unfit
from quizkit.notes import ClozeNote

PAGE = """# Container-aware worker pools

## Worker pools

In more concrete terms, `POOLSIZE` is the maximum number of workers used to run jobs at once.

From Zed 2.0 through Zed 2.4, `POOLSIZE` defaulted to the total number of disks on the host.

The retry window is typically 250ms, so retries rarely pile up during short outages.

## Near misses

Any pod is allowed to reach a service by default to the cluster network, although none may leave it.

The cluster is 3 nodes in size for most of our own deployments today.

Since then, the ring is 8 slots wide even though a group is 7 slots wide.

If the job runs inside a container, `POOLSIZE` will default to the CPU limit if it is lower.
"""


def _clozes() -> list[str]:
    deck = build_deck(PAGE, "pools.md")
    return [n.text for n in deck.notes if isinstance(n, ClozeNote)]


def test_prose_defaults_measures_and_definitions_are_clozes() -> None:
    assert _clozes() == [
        "In more concrete terms, {{c1::`POOLSIZE`}} is the maximum number of workers used"
        " to run jobs at once.",
        "Container-aware worker pools: From Zed 2.0 through Zed 2.4, `POOLSIZE` defaulted"
        " to {{c1::the total number of disks on the host}}.",
        "Container-aware worker pools: The retry window is typically {{c1::250ms}}, so"
        " retries rarely pile up during short outages.",
    ]


def test_a_name_spelled_like_a_verb_before_its_version_is_no_instruction() -> None:
    assert unfit("Go 1.25 includes new container-aware defaults for many workloads.") is None
    assert unfit("Go's scheduler runs goroutines on a small set of threads.") is None
    assert unfit("Go to the settings page and open the advanced tab.") == "gives_instructions"

"""A list labelled in title case by a kind alone ("**Key Concepts:**") inside the answer
to a question is named by what the question asks about ("Loom key concepts: Warp?"),
like a lower-case kind label; a title-case label naming something else stays a name."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import all_facts

DOC = """# Loom answers

### Question 1: What is Loom?

**Answer:**
Loom is an open-source scheduler that runs batch jobs on shared looms.

**Key Concepts:**
- **Warp:** The fixed list of inputs a job reads.
- **Weft:** The outputs a job writes, in order.
- **Shuttle:** The process carrying a job between queues.

### Question 2: How does Loom pick a node?

**Answer:**
Loom picks the node with the most free spindles.

**Round Robin Order:**
- **First:** The node that ran the last job is skipped.
- **Then:** The next node in name order is taken.
"""


def test_a_title_case_kind_label_is_named_by_the_question() -> None:
    facts = {n.front: n.back for n in all_facts(build_deck(DOC, "loom.md").notes)}
    assert facts["Loom key concepts: Warp?"] == "The fixed list of inputs a job reads."
    assert "Round Robin Order: First?" in facts

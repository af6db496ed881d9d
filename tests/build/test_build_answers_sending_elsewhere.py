"""An author's question answered only by sending the reader to another page ("To get
started, you can follow the steps in the [quickstart guide](…).", "Follow the
instructions [here](…).") makes no card; an answer that gives the steps keeps its card."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

DOC = """\
# Storage FAQ

### How do you get started with the storage engine?

To get started, you can follow the steps in the [quickstart guide](../quickstart.md).

### How do I upgrade the driver to a newer version?

Follow the instructions [here](https://example.com/upgrade).

### How do I check the driver version?

Run `storagectl version` on any node; it prints the driver and engine versions.
"""


def test_an_answer_that_only_sends_the_reader_elsewhere_makes_no_card() -> None:
    fronts = [n.front for n in facts(build_deck(DOC, "faq.md").notes)]
    assert fronts == ["How do I check the driver version?"]

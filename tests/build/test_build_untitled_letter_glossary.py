"""A glossary of letter headings with no title above them (the file opens on "## A"):
the letters name nothing and there is no page subject, so each term is asked as "What
is <term>?", never with an empty subject (": Backdoor?")."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

DOC = """\
## A

- **Accountability** - The security goal that actions of an entity be traced uniquely to it.
- **Anomaly Detection** - An approach to intrusion detection that models normal behaviour.

## B

- **Backdoor** - A hidden way into a system that bypasses its normal authentication.
- **Benchmarking** - Comparing a system's measures against a reference to judge it.
"""


def test_terms_of_an_untitled_letter_glossary_are_asked_what_they_are() -> None:
    pairs = [(n.front, n.back) for n in facts(build_deck(DOC, "glossary.md").notes)]
    assert (
        "What is Backdoor?",
        "A hidden way into a system that bypasses its normal authentication.",
    ) in pairs, pairs
    assert not [front for front, _ in pairs if front.startswith((":", ","))]

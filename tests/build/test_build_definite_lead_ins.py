"""A lead-in naming what its list of terms holds by its subject alone ("The `op`
(operations) currently supported in `probe` are:") names the terms on their fronts, not
the section filing them ("Check: `gt`?"); a lead-in naming no kind of thing ("The main
differences are:") leaves the section's name."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import all_facts

DOC = """# Probe

## Check

The `op` (operations) currently supported in `probe` are:

- `eq`: tests if the keyword is equal to the compared value.
- `gt`: tests if the keyword is greater than the compared value.
- `has`: tests if the keyword contains the compared value.

## Modes

The main differences are:

- `fast`: skips the slow checks of every node.
- `full`: runs every check on every node.
"""


def _facts() -> dict[str, str]:
    return {n.front: n.back for n in all_facts(build_deck(DOC, "probe.md").notes)}


def test_a_definite_lead_in_names_the_terms_kind() -> None:
    facts = _facts()
    assert facts["`op` operations supported in `probe`: `gt`?"] == (
        "Tests if the keyword is greater than the compared value."
    )


def test_a_lead_in_naming_no_kind_leaves_the_section() -> None:
    assert "Probe modes: `fast`?" in _facts()

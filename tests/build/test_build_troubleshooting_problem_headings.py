"""A troubleshooting page (several headings stating problems, none asking) asks each
problem heading whose section opens on its cause or its fix: "What to do when …?" for a
fix, "…: why?" for a cause. A lone problem heading in a guide is no such page. Read
from synthetic documents that have the shapes and none of the reviewed wording."""

from __future__ import annotations

from tests.build.helpers import TROUBLESHOOTING_PAGE, facts_by_front

_GUIDE = """# Gizmo guide

## Installing

Install Gizmo with `pip install gizmo`. The package ships the `gizmo` command.

## Gizmo reports `schema not found` errors when starting up

Gizmo will not start if its schema tables are missing. Run `gizmo migrate`
again to create any missing tables.

## Configuring

Gizmo reads `gizmo.toml` from the working directory. Each key sets one option.
"""


def test_a_problem_heading_answered_by_its_fix_asks_what_to_do() -> None:
    cards = facts_by_front(TROUBLESHOOTING_PAGE, "gizmo-troubleshooting.md")
    assert cards[
        "What to do when Gizmo reports `schema not found` errors when starting up?"
    ].back == (
        "Gizmo will not start if its schema tables are missing. Run `gizmo migrate` again to "
        "create any missing tables."
    )
    # The fix said in the passive ("can be deleted with …") is a fix too.
    stuck = "What to do when Gizmo restarted during an export and the export is stuck Pending?"
    assert cards[stuck].back == (
        "Gizmo cannot resume exports that were interrupted. Exports stuck in the `Pending` "
        "phase can be deleted with `gizmo export delete <name>`."
    )


def test_an_error_heading_answered_by_its_cause_asks_why() -> None:
    cards = facts_by_front(TROUBLESHOOTING_PAGE, "gizmo-troubleshooting.md")
    assert cards["`gizmo export` returns a `ChecksumMismatch` error: why?"].back == (
        "Exports are signed with a checksum of the bucket. Some storage gateways rewrite "
        "objects on upload, which causes the mismatch."
    )


def test_a_lone_problem_heading_in_a_guide_is_not_asked() -> None:
    cards = facts_by_front(_GUIDE, "gizmo-guide.md")
    assert not any(front.startswith("What to do when") for front in cards)
    assert not any(front.endswith(": why?") for front in cards)

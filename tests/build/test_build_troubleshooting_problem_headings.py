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


_REPORTS = """# Widget troubleshooting

## Not able to reach the Widget console from a laptop

The console listens on the node port only. You have to open that port in the firewall.

## Failed with error: cannot write to the state file

This error occurs when the Widget user lacks write permission on `state.db`. Grant it
with `chmod 664 state.db`.

## Getting an invalid ticket error while running widgetctl

The ticket expired. It is a clock issue: tickets last one hour from the server's time.

## Sync worker is crashing at start

Make sure the queue URL in `widget.toml` points at a running queue.
"""


def test_the_readers_own_failure_reports_are_problem_headings() -> None:
    # "Not able to …", "Failed with error: …", "Getting … error while …", "… is
    # crashing": a failure the reader reports, as "X fails to start" is.
    cards = facts_by_front(_REPORTS, "widget-troubleshooting.md")
    assert cards["Failed with error: cannot write to the state file: why?"].back == (
        "This error occurs when the Widget user lacks write permission on `state.db`. Grant it "
        "with `chmod 664 state.db`."
    )
    assert cards["Getting an invalid ticket error while running widgetctl: why?"].back == (
        "The ticket expired. It is a clock issue: tickets last one hour from the server's time."
    )
    assert cards["What to do when sync worker is crashing at start?"].back == (
        "Make sure the queue URL in `widget.toml` points at a running queue."
    )
    assert cards["Not able to reach the Widget console from a laptop: why?"].back == (
        "The console listens on the node port only. You have to open that port in the firewall."
    )


def test_a_problem_said_without_its_subject_is_the_readers() -> None:
    text = _REPORTS.replace(
        "The console listens on the node port only. You have to open that port in the firewall.",
        "Run `widget open-port` on the node, then reload the page.",
    ).replace("## Not able to reach", "## Unable to reach")
    cards = facts_by_front(text, "widget-troubleshooting.md")
    assert cards["What to do when you are unable to reach the Widget console from a laptop?"]

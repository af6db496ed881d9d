"""A page that is one issue: its title states the problem and its top sections are the
parts (Symptoms / Cause / Resolution), as knowledge-base and troubleshooting articles
are written. Read from synthetic documents that have the shape and none of a real
page's wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote


def _fronts(text: str) -> dict[str, str]:
    deck = build_deck(text, "issue.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def _all_fronts(text: str) -> list[str]:
    deck = build_deck(text, "issue.md")
    return [getattr(n, "front", "") or getattr(n, "text", "") for n in deck.notes]


_H1_ISSUE = (
    "# Widget jobs stay queued after a scheduler restart\n\n"
    "This article explains why widget jobs stay queued and how to get them running.\n\n"
    "## Symptoms\n\n"
    "After you restart the scheduler, you see the following error in its log:\n\n"
    "> lease 42 is held by a scheduler that no longer exists\n\n"
    "## Cause\n\n"
    "The old scheduler's leases outlive it for the lease period, five minutes by default.\n\n"
    "## Resolution\n\n"
    "1. Wait for the lease period to pass.\n"
    "2. Or release the leases at once:\n\n"
    "   ```bash\n"
    "   widgetctl leases release --stale\n"
    "   ```\n\n"
    "## More information\n\n"
    "- [Leases](leases.md)\n"
)


def test_the_title_is_the_problem_its_sections_answer() -> None:
    fronts = _fronts(_H1_ISSUE)
    problem = "Widget jobs stay queued after a scheduler restart"
    assert fronts[f"{problem}: what causes it?"] == (
        "The old scheduler's leases outlive it for the lease period, five minutes by default."
    )
    assert fronts[f"{problem}: how do you fix it?"] == (
        "Wait for the lease period to pass.\n"
        "Or release the leases at once:\n"
        "widgetctl leases release --stale"
    )


def test_symptoms_quoting_the_error_are_asked() -> None:
    fronts = _fronts(_H1_ISSUE)
    assert fronts["Widget jobs stay queued after a scheduler restart: what are the symptoms?"] == (
        "After you restart the scheduler, you see the following error in its log:\n"
        "lease 42 is held by a scheduler that no longer exists"
    )


def test_no_card_is_asked_by_a_part_label() -> None:
    fronts = _all_fronts(_H1_ISSUE)
    assert not [f for f in fronts if f.lower().startswith(("symptoms", "cause", "resolution"))]
    assert not [f for f in fronts if ": symptoms?" in f or ": resolution?" in f]


_FRONT_MATTER_ISSUE = (
    "---\n"
    "title: Gadget sync stops overnight\n"
    "---\n\n"
    "## Symptom\n\n"
    "Gadget sync stops overnight.\n\n"
    "## Cause\n\n"
    "The sync token expires after twelve hours and is never renewed.\n\n"
    "## Remedy\n\n"
    "Set `sync.renewToken` to `true` and restart the gadget service.\n"
)


def test_a_front_matter_title_states_the_problem_of_an_untitled_page() -> None:
    fronts = _fronts(_FRONT_MATTER_ISSUE)
    assert fronts == {
        "Gadget sync stops overnight: what causes it?": (
            "The sync token expires after twelve hours and is never renewed."
        ),
        "Gadget sync stops overnight: how do you fix it?": (
            "Set `sync.renewToken` to `true` and restart the gadget service."
        ),
    }  # its symptom only says the title again: no card of its own


def test_the_verb_of_troubleshooting_is_no_part_of_the_problem() -> None:
    text = (
        "# Troubleshoot the QuotaSpent error code {docsify-ignore-all}\n\n"
        "## Symptoms\n\n"
        'When you add a gadget, the call fails with `"code": "QuotaSpent"` and the '
        "number of gadgets your plan allows.\n\n"
        "## Cause\n\n"
        "Each plan allows a fixed number of gadgets per region.\n\n"
        "## Solution\n\n"
        "Remove gadgets you no longer use, or move to a larger plan.\n"
    )
    fronts = _fronts(text)
    assert fronts["QuotaSpent error code: what causes it?"] == (
        "Each plan allows a fixed number of gadgets per region."
    )
    assert fronts["QuotaSpent error code: how do you fix it?"] == (
        "Remove gadgets you no longer use, or move to a larger plan."
    )
    assert build_deck(text, "issue.md").title == "Troubleshoot the QuotaSpent error code"


def test_issues_under_several_h1_headings_are_each_asked() -> None:
    text = (
        "# Lab notes\n\n"
        "What went wrong while building the lab.\n\n"
        "# Issue 1: The router never gets an address\n\n"
        "## Symptoms\n\n"
        "The router shows no address on its outside port.\n\n"
        "## Cause\n\n"
        "The outside port was bridged to a cable that was unplugged.\n\n"
        "## Resolution\n\n"
        "Plugged the cable in and renewed the lease.\n\n"
        "# Issue 2: Clients cannot reach the router\n\n"
        "## Cause\n\n"
        "The clients sat on another virtual network.\n\n"
        "## Resolution\n\n"
        "Moved every client onto the lab network.\n"
    )
    fronts = _fronts(text)
    assert fronts["The router never gets an address: what causes it?"] == (
        "The outside port was bridged to a cable that was unplugged."
    )
    assert fronts["Clients cannot reach the router: how do you fix it?"] == (
        "Moved every client onto the lab network."
    )
    assert not [f for f in fronts if f.startswith("Lab notes")]


def test_a_troubleshooting_page_of_several_problems_asks_each_not_the_page() -> None:
    text = (
        "# Troubleshooting gizmos\n\n"
        "## Gizmos fail to start\n\n"
        "### Cause\n\n"
        "The gizmo port is taken by another service.\n\n"
        "### Solution\n\n"
        "Free the port or set `gizmo.port` to another one.\n\n"
        "## Gizmos hang on shutdown\n\n"
        "### Cause\n\n"
        "A gizmo waits for clients that never hang up.\n\n"
        "### Solution\n\n"
        "Set `gizmo.drainTimeout` to a few seconds.\n"
    )
    fronts = _fronts(text)
    assert fronts == {
        "Gizmos fail to start: how do you fix it?": (
            "Free the port or set `gizmo.port` to another one."
        ),
        "Gizmos fail to start: what causes it?": "The gizmo port is taken by another service.",
        "Gizmos hang on shutdown: how do you fix it?": "Set `gizmo.drainTimeout` to a few seconds.",
        "Gizmos hang on shutdown: what causes it?": "A gizmo waits for clients that never hang up.",
    }


def test_a_page_titled_only_by_a_group_of_problems_states_no_problem() -> None:
    text = (
        "# Known issues\n\n"
        "## Symptoms\n\n"
        "Gadgets report stale readings after an update of their firmware.\n\n"
        "## Cause\n\n"
        "The reading cache is not cleared by the update.\n\n"
        "## Solution\n\n"
        "Clear the cache with `gadgetctl cache clear`.\n"
    )
    fronts = _all_fronts(text)
    assert not [f for f in fronts if f.startswith("Known issues:")]


def test_a_concept_page_with_a_cause_and_effect_section_is_no_issue() -> None:
    text = (
        "# Backpressure in the gadget pipeline\n\n"
        "Backpressure lets a slow stage slow down the stages before it.\n\n"
        "## Cause and effect\n\n"
        "A full buffer makes the stage before it wait, and that wait travels upstream.\n\n"
        "## Solution design\n\n"
        "Each stage owns a bounded buffer and blocks its producer when the buffer is full.\n"
    )
    fronts = _all_fronts(text)
    assert not [f for f in fronts if "what causes it?" in f or "how do you fix it?" in f]


def test_a_design_page_with_problem_and_solution_sections_is_no_issue() -> None:
    text = (
        "# Gadget ring buffer\n\n"
        "## Problem\n\n"
        "Gadgets produce readings faster than the uplink can send them.\n\n"
        "## Solution\n\n"
        "Readings go into a ring buffer that drops the oldest reading when it is full.\n"
    )
    fronts = _all_fronts(text)
    assert not [f for f in fronts if "how do you fix it?" in f]


def test_a_workaround_saying_there_is_none_makes_no_card() -> None:
    text = (
        "---\n"
        "title: Gadget labels print in the wrong language\n"
        "---\n\n"
        "## Summary\n\n"
        "Labels print in the store's first language, whatever the shopper chose.\n\n"
        "## Simulation\n\n"
        "1. Choose a second language in the store.\n"
        "2. Print a label.\n\n"
        "## Workaround\n\n"
        "There is no workaround.\n"
    )
    fronts = _all_fronts(text)
    assert not [f for f in fronts if "work around" in f or "workaround" in f.lower()]


def test_a_workaround_is_asked_of_the_page_problem() -> None:
    text = (
        "---\n"
        "title: Gadget labels print in the wrong language\n"
        "---\n\n"
        "## Summary\n\n"
        "Labels print in the store's first language, whatever the shopper chose.\n\n"
        "## Workaround\n\n"
        "Print the label from the shopper's order page instead of the batch screen.\n"
    )
    assert _fronts(text)[
        "Gadget labels print in the wrong language: how do you work around it?"
    ] == ("Print the label from the shopper's order page instead of the batch screen.")


def test_a_resolution_in_methods_of_their_own_is_no_lead_in_answer() -> None:
    text = (
        "# Gadget backups fail with a full staging disk\n\n"
        "## Cause\n\n"
        "Backups are staged on the system disk before they are uploaded.\n\n"
        "## Resolution\n\n"
        "To resolve this issue, use one of the following methods.\n\n"
        "### Method 1: Move the staging folder\n\n"
        "Set `backup.stagingDir` to a folder on a larger disk.\n\n"
        "### Method 2: Upload without staging\n\n"
        "Set `backup.stream` to `true` so that backups are uploaded as they are read.\n"
    )
    fronts = _fronts(text)
    assert fronts["Gadget backups fail with a full staging disk: what causes it?"] == (
        "Backups are staged on the system disk before they are uploaded."
    )
    assert not [f for f in fronts if "how do you fix it?" in f]

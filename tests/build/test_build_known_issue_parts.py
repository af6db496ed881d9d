"""Known-issues pages: each issue a heading stating its symptom, with "Problem", "Root
Cause", "Workarounds", "Resolution" sub-sections and metadata lines, read from synthetic
documents that have the shape and none of a reviewed page's wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_KNOWN_ISSUES = (
    "# Known issues\n\n"
    "## Overview\n\n"
    "This page lists the known issues of Widgetd and how to get past them.\n\n"
    "## Widgetd agents fail to register after a host reboot\n\n"
    "_**Affected Components**_: Widgetd agent\n\n"
    "Issue: [widgetd/widgetd#412](https://example.com/widgetd/issues/412)\n\n"
    "### Problem\n\n"
    "After a reboot the agent starts before the network is up and never registers.\n\n"
    "### Root Cause\n\n"
    "The agent unit orders itself after `local-fs.target` only, not after the network.\n\n"
    "### Workarounds\n\n"
    "1. Restart the agent once the host is reachable.\n"
    "2. Add a network dependency to the unit:\n\n"
    "  ```bash\n"
    "  sudo systemctl edit widgetd-agent --drop-in=network.conf\n"
    "  ```\n\n"
    "  The agent then waits for `network-online.target`.\n\n"
    "3. Register the agent by hand with `widgetctl register`.\n\n"
    "### Resolution\n\n"
    "Fixed in Widgetd v2.4.1 and newer; see the release notes.\n\n"
    "### Planned resolution\n\n"
    "Future Widgetd images will ship the drop-in by default.\n\n"
    "## Widget tokens are revoked when one user logs in twice\n\n"
    "### Problem\n\n"
    "Logging in from a second terminal revokes the first terminal's token.\n\n"
    "### Root Cause\n\n"
    "The token store keeps one token per user and client pair.\n\n"
    "### Solution\n\n"
    "Set `tokens.perSession` to `true` in the server configuration.\n\n"
    "#### Server example\n\n"
    "The following snippet keeps one token per session.\n\n"
    "```yaml\ntokens:\n  perSession: true\n```\n\n"
    "### Security implications of the solution\n\n"
    "With one token per session, the number of stored tokens is no longer bounded.\n"
)


def _fronts(text: str) -> dict[str, str]:
    deck = build_deck(text, "issues.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def _texts(text: str) -> list[str]:
    deck = build_deck(text, "issues.md")
    return [n.front if isinstance(n, FactNote) else getattr(n, "text", "") for n in deck.notes]


def test_the_root_cause_answers_what_causes_the_symptom() -> None:
    fronts = _fronts(_KNOWN_ISSUES)
    assert fronts["Widgetd agents fail to register after a host reboot: what causes it?"] == (
        "The agent unit orders itself after `local-fs.target` only, not after the network."
    )
    assert fronts["Widget tokens are revoked when one user logs in twice: what causes it?"] == (
        "The token store keeps one token per user and client pair."
    )


def test_workarounds_keep_the_command_indented_under_their_step() -> None:
    fronts = _fronts(_KNOWN_ISSUES)
    back = fronts["Widgetd agents fail to register after a host reboot: how do you work around it?"]
    # The step holds its command (see test_build_step_code_short_of_margin), so its ":"
    # leads into the command under it.
    assert back == (
        "1. Restart the agent once the host is reachable.\n"
        "2. Add a network dependency to the unit:\n"
        "sudo systemctl edit widgetd-agent --drop-in=network.conf\n"
        "The agent then waits for `network-online.target`.\n"
        "3. Register the agent by hand with `widgetctl register`."
    )


def test_a_resolution_naming_the_fixed_release_asks_which_version_fixes_it() -> None:
    fronts = _fronts(_KNOWN_ISSUES)
    back = fronts["Widgetd agents fail to register after a host reboot: which version fixes it?"]
    assert back == "Fixed in Widgetd v2.4.1 and newer; see the release notes."


def test_a_solution_with_its_own_sub_sections_is_asked_how_to_fix() -> None:
    fronts = _fronts(_KNOWN_ISSUES)
    back = fronts["Widget tokens are revoked when one user logs in twice: how do you fix it?"]
    assert back == "Set `tokens.perSession` to `true` in the server configuration."


def test_metadata_lines_labels_and_plans_make_no_card() -> None:
    texts = _texts(_KNOWN_ISSUES)
    assert not [t for t in texts if "Affected Components" in t or "widgetd#412" in t]
    assert not [t for t in texts if "Future Widgetd images" in t]
    labels = ("problem", "root cause", "workarounds", "resolution", "solution")
    assert not [t for t in texts if any(f"{w}?" in t.lower() for w in labels)]


_EXERCISES = (
    "# Recursion drills\n\n"
    "## Exercise 1: sum a list\n\n"
    "### Problem\n\n"
    "Write a function that sums a list without a loop.\n\n"
    "### Solution\n\n"
    "```python\ndef total(xs):\n    return xs[0] + total(xs[1:]) if xs else 0\n```\n\n"
    "## Exercise 2: reverse a string\n\n"
    "### Problem\n\n"
    "Reverse a string without slicing.\n\n"
    "### Solution\n\n"
    "```python\ndef rev(s):\n    return rev(s[1:]) + s[0] if s else ''\n```\n"
)

_DESIGN = (
    "# Designing the cache\n\n"
    "## How should entries expire?\n\n"
    "Entries can expire on a timer or when memory runs short.\n\n"
    "### Solution\n\n"
    "Expire on a timer and cap the size, so that both limits hold.\n"
)


def test_an_exercise_laid_out_as_problem_and_solution_is_no_known_issue() -> None:
    texts = _texts(_EXERCISES)
    assert not [t for t in texts if "how do you fix it" in t or "work around" in t]


def test_a_solution_under_a_design_question_stays_as_it_is() -> None:
    fronts = _fronts(_DESIGN)
    assert not [f for f in fronts if "how do you fix it" in f]
    assert any(f.startswith("How should entries expire?") for f in fronts)


_TROUBLESHOOTING = (
    "# Troubleshooting the relay\n\n"
    "## Relay not forwarding samples\n\n"
    "### Description\n\n"
    '```shell\nlevel=warn msg="dropping sample" reason="no upstream"\n```\n\n'
    "### Possible Solution\n\n"
    "* Give the relay an upstream address with `--upstream`.\n\n"
    "## Late samples are rejected\n\n"
    "### Root Cause\n\n"
    "* The store accepts samples only in time order for each series.\n\n"
    "### Possible Cause\n\n"
    "* Two relays write the same series.\n"
    "* A relay was paused and replays old samples.\n\n"
    "### Possible Solution\n\n"
    "* Give each relay its own `relay_id` label.\n"
)


def test_a_description_and_possible_solution_under_a_symptom_heading_ask_the_fix() -> None:
    fronts = _fronts(_TROUBLESHOOTING)
    back = fronts["Relay not forwarding samples: how do you fix it?"]
    assert back == "• Give the relay an upstream address with `--upstream`."
    assert not [f for f in fronts if "description" in f.lower()]


def test_a_root_cause_and_possible_causes_are_asked_apart() -> None:
    fronts = _fronts(_TROUBLESHOOTING)
    assert fronts["Late samples are rejected: what causes it?"] == (
        "• The store accepts samples only in time order for each series."
    )
    assert fronts["Late samples are rejected: what are its possible causes?"] == (
        "• Two relays write the same series.\n• A relay was paused and replays old samples."
    )
    assert fronts["Late samples are rejected: how do you fix it?"] == (
        "• Give each relay its own `relay_id` label."
    )


def test_a_page_in_top_level_parts_names_the_part_of_each_problem() -> None:
    text = (
        "# Relay troubleshooting\n\n"
        "Common problems of each component.\n\n"
        "# Agent\n\n"
        "## Connection refused\n\n"
        "### Description\n\n"
        "The agent logs `connection refused` at start.\n\n"
        "### Possible Solution\n\n"
        "Start the server before the agent.\n\n"
        "# Server\n\n"
        "## Disk is full\n\n"
        "### Root Cause\n\n"
        "Old segments are never deleted.\n\n"
        "### Solution\n\n"
        "Set `retention` to a number of days.\n"
    )
    fronts = _fronts(text)
    assert fronts["Connection refused (Agent): how do you fix it?"] == (
        "Start the server before the agent."
    )
    assert fronts["Disk is full (Server): what causes it?"] == "Old segments are never deleted."

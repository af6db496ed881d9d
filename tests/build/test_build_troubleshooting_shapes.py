"""Troubleshooting and FAQ pages (error-message headings, fixes in list items, config
alternatives as code), each read from a synthetic document that has the shape and none
of a reviewed page's wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote


def _fronts(page: str, name: str) -> dict[str, str]:
    deck = build_deck(page, name)
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


KILN = """---
title: Troubleshooting the Kiln Agent
---

This page helps when the kiln agent misbehaves.

## Why does the kiln agent need a license?

The agent checks the license to unlock the glazing queue.

## Can two agents share a kiln?

No, each kiln takes one agent.

## Kiln error: `Unable to read thermocouple: probe endpoint unreachable.`

This error relates to probe wiring and might be due to the following reasons:

- The probe cache is stale. When the agent upgrades, some cached readings might be corrupt.
  To resolve this issue, clear the cache and restart the agent:

  ```shell
  sudo -i
  # the cache is rebuilt on start
  rm -r /var/lib/kiln/probe-cache/*
  service kiln-agent restart
  ```

  After the agent restarts, it reads the probe afresh.

- The probe cable is longer than the supported length. Check the `ProbeLength` setting
  and shorten the cable if required.

## Error: `glaze queue locked`

This error occurs when two agents share one queue file. Give each agent its own `queue.db`.
"""


def test_a_fix_in_a_list_item_keeps_its_commands_and_asks_how_to_fix() -> None:
    # The fix sits in a cause's list item: the heading asks how to fix the error, and
    # the item's few shell commands stay on its line (comments dropped), never cut
    # away with the list shortened to what each cause names.
    cards = _fronts(KILN, "kiln.md")
    front = "Kiln: how do you fix `Unable to read thermocouple: probe endpoint unreachable`?"
    assert cards[front] == (
        "This error relates to probe wiring and might be due to the following reasons:\n"
        "• The probe cache is stale. When the agent upgrades, some cached readings might "
        "be corrupt. To resolve this issue, clear the cache and restart the agent: "
        "`sudo -i; rm -r /var/lib/kiln/probe-cache/*; service kiln-agent restart` "
        "After the agent restarts, it reads the probe afresh.\n"
        "• The probe cable is longer than the supported length. Check the `ProbeLength` "
        "setting and shorten the cable if required."
    )


LONG_SCRIPT = """# Kiln FAQ

## Why does the kiln agent need a license?

The agent checks the license to unlock the glazing queue.

## Can two agents share a kiln?

No, each kiln takes one agent.

## Kiln error: `probe offline`

This error relates to the probe and might be due to the following reasons:

- The probe lost power. To resolve this issue, run the recovery script:

  ```shell
  kiln probe stop
  kiln probe reset --hard
  kiln probe calibrate --all
  kiln probe start
  kiln probe status
  ```

- The probe firmware is old. Update it.

## Error: `queue full`

This error occurs when the queue holds more than 100 jobs. Empty it first.
"""


def test_a_script_too_long_for_a_line_takes_its_lead_in_along() -> None:
    # Five commands are a script, not a span on a line: the sentence announcing it goes
    # with it (never "run the recovery script:" and nothing), and with the fix gone the
    # heading asks only what causes the error.
    assert _fronts(LONG_SCRIPT, "kiln.md")["Kiln: what causes `probe offline`?"] == (
        "This error relates to the probe and might be due to the following reasons:\n"
        "• The probe lost power.\n"
        "• The probe firmware is old. Update it."
    )


ENAMEL = """# Kiln FAQ

## Is the enamel mode supported?

Yes, the agent supports enamel firing.

### Turning on enamel mode

* CLI
  ```
  kiln start --enamel=true
  ```

* Config
  ```diff
  - enamel: false
  + enamel: true
  ```

* Profile
  ```diff
  - profile: {}
  + profile:
  +   enamel:
  +     level: 3
  ```
"""


def test_a_config_diff_in_a_list_item_reads_as_its_added_setting() -> None:
    # "Config" and a diff turning a setting on: the item says the setting to have. A
    # diff of nested YAML cannot read on one line: its bare label ("Profile") goes
    # rather than stand as an empty item. The gerund sub-heading under the question
    # is a how-to of its own, never glued to the question above it.
    assert _fronts(ENAMEL, "kiln.md") == {
        "Is the enamel mode supported?": "Yes, the agent supports enamel firing.",
        "How do you turn on enamel mode?": (
            "• CLI `kiln start --enamel=true`\n• Config `enamel: true`"
        ),
    }


def test_a_part_naming_no_action_stays_asked_of_its_question() -> None:
    page = ENAMEL.replace("### Turning on enamel mode", "### Enamel firing modes")
    assert "Is the enamel mode supported: enamel firing modes?" in _fronts(page, "kiln.md")


DAEMON = """# Kiln FAQ

## Can two agents share a kiln?

No, each kiln takes one agent.

## Cannot reach the kiln agent at tcp://127.0.0.1:7070. Is the agent running?

The kiln agent listens on its own port and registers itself as the default endpoint.

However, some glazing tools read only the old endpoint and may lead to the error.

This can be fixed by any of the following approaches.

1. Setting the tool's endpoint if the tool supports it.
2. Setting the `KILN_HOST` environment variable to the agent's endpoint.

   ```sh
   export KILN_HOST="tcp://127.0.0.1:7070"
   ```
"""


def test_an_error_message_heading_answered_by_cause_then_fixes_asks_the_fix() -> None:
    # A heading that quotes a message (a statement, then its question) whose section
    # gives the cause and then announces the fixes: the card asks how to fix the
    # message and carries the cause, the announcement and every fix with its command.
    cards = _fronts(DAEMON, "kiln.md")
    message = "Cannot reach the kiln agent at tcp://127.0.0.1:7070. Is the agent running?"
    assert message not in cards
    front = f'How do you fix "{message}"?'
    assert cards[front] == (
        "The kiln agent listens on its own port and registers itself as the default endpoint.\n"
        "However, some glazing tools read only the old endpoint and may lead to the error.\n"
        "This can be fixed by any of the following approaches.\n"
        "1. Setting the tool's endpoint if the tool supports it.\n"
        "2. Setting the `KILN_HOST` environment variable to the agent's endpoint. "
        '`export KILN_HOST="tcp://127.0.0.1:7070"`'
    )
    # A question heading that asks ("Can …?") keeps its own answer.
    assert cards["Can two agents share a kiln?"] == "No, each kiln takes one agent."


ZONE = """# Kiln troubleshooting

## Error: `glaze.db: no such file` when using `NightFiring`

The agent looks for the glaze database before a night firing.

1. Download the database.
1. Point the agent at it. If you start the agent by hand, set it on the command line:

   ```shell
   GLAZEDB=/etc/kiln/glaze.db kiln run
   ```

   If you start the agent as a system service then you must update the service
   configuration:

   - On Unix systems, set it in your service manager.
   - On Windows, add the `GLAZEDB` variable to the agent user's environment.
"""


def test_a_heading_labelled_error_keeps_its_message_as_the_subject() -> None:
    # "Error: `…`": the label names the kind of section, the message is what the list
    # inside it is about; the front never reads "Error: If you start …".
    fronts = list(_fronts(ZONE, "kiln.md"))
    assert not any(front.startswith("Error:") for front in fronts)
    assert any(
        front.startswith("`glaze.db: no such file` when using `NightFiring`: ") for front in fronts
    )


def test_an_availability_box_makes_no_card() -> None:
    # A details box of tier/offering/status badges is meta, never a card.
    page = (
        "---\ntitle: Kiln FAQ\n---\n\n{{< details >}}\n\n- Tier: Free, Premium\n"
        "- Offering: Kiln.com, Self-Managed\n- Status: Beta\n\n{{< /details >}}\n\n"
        "## Why does the kiln agent need a license?\n\n"
        "The agent checks the license to unlock the glazing queue.\n"
    )
    assert _fronts(page, "kiln.md") == {
        "Why does the kiln agent need a license?": (
            "The agent checks the license to unlock the glazing queue."
        )
    }

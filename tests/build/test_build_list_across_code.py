"""Bullets the author broke with a code block at the margin are one list when only code
(and the sentences after it on what it shows) parts them. The code goes under the item
above it when the card has room; when it has none, an item pointing at it ("… as shown
below") no longer points. Numbered runs are left to the step rules. Read from synthetic
documents that have the shapes and none of the reviewed wording."""

from __future__ import annotations

from tests.build.helpers import TROUBLESHOOTING_PAGE, facts_by_front

_ORDERED = """# Gizmo upgrades

## Upgrading the server

Follow these steps to upgrade the server:

1. Stop the scheduler.
2. Back up the database with the dump command:

```bash
gizmo db dump > backup.sql
```

3. Install the new release.
4. Start the scheduler again.

## Restoring a backup

To restore, follow these steps:

1. Stop the server.
2. Load the dump.

```bash
gizmo db load < backup.sql
```

1. Start the server.
2. Check the logs.
"""

_LONG_CODE = """# Gizmo checks

## Checking the exporter

Steps to check the exporter:

- Confirm that the exporter runs.
- Confirm that the exporter answers, using port-forwarding as shown below

```bash
{lines}
```

- Confirm that the dashboard lists the exporter.
""".replace(
    "{lines}",
    "\n".join(
        f"kubectl -n gizmo-system port-forward pod/exporter-{n} 9100:9100" for n in range(12)
    ),
)


def test_bullets_parted_by_code_are_one_list() -> None:
    cards = facts_by_front(TROUBLESHOOTING_PAGE, "gizmo-troubleshooting.md")
    assert cards["Gizmo is not sending metrics: steps to troubleshoot?"].back == (
        "• Confirm that metrics are enabled in the Gizmo configuration.\n"
        "• Confirm that the metrics port is exposed:\n"
        "ports:\n"
        "  - containerPort: 9100\n"
        "• Confirm that the metrics endpoint answers, using port-forwarding as shown below\n"
        "kubectl port-forward deploy/gizmo 9100:9100\n"
        "Now, opening http://localhost:9100/metrics should show the metrics.\n"
        "• Confirm that Prometheus scrapes the Gizmo pod."
    )
    assert not any(
        "Confirm that Prometheus" in n.back and "enabled" not in n.back for n in cards.values()
    )


def test_numbered_runs_parted_by_code_are_left_to_the_step_rules() -> None:
    cards = facts_by_front(_ORDERED, "gizmo-upgrades.md")
    assert cards["Restoring a backup: To restore, follow these steps …?"].back == (
        "1. Stop the server.\n2. Load the dump."
    )


def test_an_item_pointing_at_code_left_off_points_no_more() -> None:
    cards = facts_by_front(_LONG_CODE, "gizmo-checks.md")
    assert cards["Checking the exporter: Steps to check the exporter …?"].back == (
        "• Confirm that the exporter runs.\n"
        "• Confirm that the exporter answers, using port-forwarding.\n"
        "• Confirm that the dashboard lists the exporter."
    )

"""A troubleshooting page (several headings stating problems, none asking) asks each
problem heading whose section opens on its cause or its fix: "What to do when …?" for a
fix, "…: why?" for a cause. A lone problem heading in a guide is no such page. Read
from synthetic documents that have the shapes and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_TROUBLE = """# Troubleshooting

These tips help with known issues of the Gizmo server.

## Known problems

### Gizmo reports `schema not found` errors when starting up

Gizmo will not start if its schema tables are missing. Run `gizmo migrate`
again to create any missing tables.

### `gizmo export` returns a `ChecksumMismatch` error

Exports are signed with a checksum of the bucket. Some storage gateways
rewrite objects on upload, which causes the mismatch.

## Gizmo restarted during an export and the export is stuck Pending

Gizmo cannot resume exports that were interrupted. Exports stuck in the
`Pending` phase can be deleted with `gizmo export delete <name>`.

## Gizmo is not sending metrics

Steps to troubleshoot:

- Confirm that metrics are enabled in the Gizmo configuration.
- Confirm that the metrics port is exposed:

```yaml
ports:
  - containerPort: 9100
```

- Confirm that the metrics endpoint answers, using port-forwarding as shown below

```bash
kubectl port-forward deploy/gizmo 9100:9100
```

Now, opening http://localhost:9100/metrics should show the metrics.

- Confirm that Prometheus scrapes the Gizmo pod.
"""

_GUIDE = """# Gizmo guide

## Installing

Install Gizmo with `pip install gizmo`. The package ships the `gizmo` command.

## Gizmo reports `schema not found` errors when starting up

Gizmo will not start if its schema tables are missing. Run `gizmo migrate`
again to create any missing tables.

## Configuring

Gizmo reads `gizmo.toml` from the working directory. Each key sets one option.
"""


def _facts(text: str, name: str) -> dict[str, FactNote]:
    deck = build_deck(text, name)
    return {n.front: n for n in deck.notes if isinstance(n, FactNote)}


def test_a_problem_heading_answered_by_its_fix_asks_what_to_do() -> None:
    cards = _facts(_TROUBLE, "gizmo-troubleshooting.md")
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
    cards = _facts(_TROUBLE, "gizmo-troubleshooting.md")
    assert cards["`gizmo export` returns a `ChecksumMismatch` error: why?"].back == (
        "Exports are signed with a checksum of the bucket. Some storage gateways rewrite "
        "objects on upload, which causes the mismatch."
    )


def test_a_lone_problem_heading_in_a_guide_is_not_asked() -> None:
    cards = _facts(_GUIDE, "gizmo-guide.md")
    assert not any(front.startswith("What to do when") for front in cards)
    assert not any(front.endswith(": why?") for front in cards)

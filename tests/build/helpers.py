"""What the build tests share: synthetic pages two test modules read alike, and a reader
of a built deck's fact notes by front. Test modules import from here, never from each
other."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

# A troubleshooting page: problem headings (none asking) answered by cause or fix, and a
# list of steps broken by code at the margin.
TROUBLESHOOTING_PAGE = """# Troubleshooting

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


def facts_by_front(text: str, name: str) -> dict[str, FactNote]:
    """The fact-like notes ``build_deck`` makes of ``text``, keyed by their front."""
    deck = build_deck(text, name)
    return {n.front: n for n in deck.notes if isinstance(n, FactNote)}

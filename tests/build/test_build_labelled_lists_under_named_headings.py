"""A labelled list ("**Benefits:**", "Use cases:") under a sub-heading that names a
thing ("### Amazon S3") is asked of that thing, not of the whole section above it;
under a sub-heading that is a kind of section ("### Access example") it is not."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_NOTES = """# Cloud Storage Notes

## Storage

### Tapestore S3

Object storage.

**Use cases:**
- Static website hosting
- Backup and archival

**Benefits:**
- Virtually unlimited storage
- Pay for what you use

### Tapestore EBS

Block storage.

Key points:
- Tied to one zone
- Snapshots go to object storage

## Spool — internal only

### Access example

Reach it from a pod.

**Use cases:**
- Service-to-service calls
- Internal dashboards
"""


def _fronts(text: str) -> dict[str, str]:
    deck = build_deck(text, "cloud-notes.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_a_label_under_a_named_sub_heading_is_asked_of_it() -> None:
    facts = _fronts(_NOTES)
    assert facts["Tapestore S3: use cases?"] == "• Static website hosting\n• Backup and archival"
    assert facts["Tapestore S3: benefits?"] == (
        "• Virtually unlimited storage\n• Pay for what you use"
    )
    assert facts["Tapestore EBS: key points?"] == (
        "• Tied to one zone\n• Snapshots go to object storage"
    )
    assert not any(front.startswith("Storage:") for front in facts)


def test_a_label_under_a_kind_of_section_is_asked_of_the_section_above() -> None:
    facts = _fronts(_NOTES)
    assert "Access example: use cases?" not in facts
    assert facts["Spool: use cases?"] == "• Service-to-service calls\n• Internal dashboards"


_TROUBLESHOOTING = """# Troubleshooting

# Spooler

## Connection Refused

### Description

- The spooler logs `dial tcp: connection refused`
- No threads reach the loom

### Possible Solution

- Start the loom before the spooler
- Check the loom's `--listen` address

# Winder

## Thread Snapped Error

### Possible Solution

- Lower the winding speed
- Replace worn guides
"""


def test_an_aspect_of_a_problem_is_asked_of_the_problem() -> None:
    # "# Winder › ## Thread Snapped Error › ### Possible Solution": the solution is the
    # error's; the component stays beside it.
    facts = _fronts(_TROUBLESHOOTING)
    assert facts["Thread Snapped Error (Winder): possible solution?"] == (
        "• Lower the winding speed\n• Replace worn guides"
    )
    # (its "Description" beside its solution lays it out as a problem: asked how to fix)
    assert facts["Connection Refused (Spooler): how do you fix it?"] == (
        "• Start the loom before the spooler\n• Check the loom's `--listen` address"
    )
    assert "Winder: possible solution?" not in facts

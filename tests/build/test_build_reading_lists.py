"""A list led in by "See also:" (or "Further reading:", "References:") points to other
pages wherever it stands; it makes no card, while a list led in by anything else does."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

DOC = """\
# Backup tool

## Environment variables

| Variable | Default | Meaning |
|---|---|---|
| `BACKUP_DIR` | `/var/backups` | Where archives are written |

Supported engines:

- PostgreSQL
- MySQL
- MongoDB

---

See also:
- [ENGINES.md](ENGINES.md) — Engine configuration
- [TUNING.md](TUNING.md) — Performance tuning
- [UPGRADING.md](UPGRADING.md) — Upgrade guide
"""


def test_a_see_also_lead_in_list_makes_no_card_and_its_neighbours_do() -> None:
    notes = facts(build_deck(DOC, "backup.md").notes)
    fronts = [note.front for note in notes]
    assert not [front for front in fronts if "see also" in front.lower()]
    assert not [note for note in notes if "ENGINES.md" in note.back]
    assert any(note.back == "• PostgreSQL\n• MySQL\n• MongoDB" for note in notes), fronts


TUTORIAL = """\
# Network policy tutorial

## Objectives

- Create the namespace and an nginx Service
- Deny all ingress traffic
- Allow ingress traffic to nginx

## Deny all ingress traffic

A policy that selects every pod and lists no ingress rule denies all ingress traffic:

- `podSelector: {}` selects every pod of the namespace
- an empty `ingress` list allows nothing in
"""


def test_a_tutorial_outline_under_objectives_makes_no_card() -> None:
    notes = facts(build_deck(TUTORIAL, "tutorial.md").notes)
    assert not [note for note in notes if "objectives" in note.front.lower()]
    assert not [note for note in notes if "Create the namespace" in note.back]
    assert any("`podSelector: {}` selects every pod" in note.back for note in notes)

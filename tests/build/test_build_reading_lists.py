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

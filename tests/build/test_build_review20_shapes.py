"""Shapes left by the held-out reviews 11 and 12 (synthetic documents, no real wording):
matrix cells that name their state in an attribute, "partly" as a state of its own,
"<symbol>: <meaning>" legends."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

YES_ = '<span aria-label="Supported" role="img">🟢</span>'
NOT_ = '<span aria-label="Not in progress" role="img">⛔</span>'
SOON = '<span aria-label="In progress" role="img">⏳</span>'
PART = '<span aria-label="Partially supported" role="img">⚠️</span>'
ATTRIBUTE_MATRIX = f"""# Kiln models

Key:
- 🟢: Works
- ⛔: Not in progress
- ⏳: In progress
- ⚠️: Partially supported (some glazes only)

| Clay | Bisque | Glaze | Raku |
| ---- | ------ | ----- | ---- |
| Porcelain | {YES_} | {YES_} | {YES_} |
| Stoneware | <span title="Partially supported">⚠️</span> | {YES_} | {NOT_} |
| Terracotta | {SOON} | {NOT_} | <img src="x.svg" alt="Not supported"> |
| Paper clay | {PART} | {PART} | {PART} |
"""


def test_a_matrix_cell_takes_its_state_from_the_attribute_and_partly_is_its_own_state() -> None:
    cards = {n.front: n.back for n in facts(build_deck(ATTRIBUTE_MATRIX, "kilns.md").notes)}
    asked = "which of Bisque, Glaze, Raku?"
    assert cards == {
        f"Kiln models, Porcelain: {asked}": "All of them",
        f"Kiln models, Stoneware: {asked}": "Bisque (partially), Glaze (not Raku)",
        f"Kiln models, Terracotta: {asked}": "None of them; in progress: Bisque",
        f"Kiln models, Paper clay: {asked}": (
            "Bisque (partially), Glaze (partially), Raku (partially)"
        ),
    }


LEGEND_MATRIX = """# Kiln models

- ✔️: Supported
- ⚠️: Partially supported (some glazes only)
- ❌: Not supported

## Firing

| Clay | Bisque | Glaze |
| ---- | ------ | ----- |
| Porcelain | ✔️ | ✔️ |
| Stoneware | ⚠️ | ✔️ |
| Terracotta | ❌ | ⚠️ |
"""


def test_a_symbol_colon_meaning_legend_feeds_the_matrix_and_makes_no_card() -> None:
    notes = facts(build_deck(LEGEND_MATRIX, "kilns.md").notes)
    cards = {n.front: n.back for n in notes}
    asked = "which of Bisque, Glaze?"
    assert cards == {
        f"Firing, Porcelain: {asked}": "All of them",
        f"Firing, Stoneware: {asked}": "Bisque (partially), Glaze",
        f"Firing, Terracotta: {asked}": "Glaze (partially) (not Bisque)",
    }

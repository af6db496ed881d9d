"""Two-column contrast tables (synthetic documents, no real wording): under a heading
comparing the two things its headers name ("### 7. Kiln vs Oven"), each row is one side
against the other with the aspect unnamed, so the table is one card naming both; a
two-column table under any other heading is left to the other table rules."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

POTTERY = """# Pottery notes

### 7. Gas Kiln vs Electric Kiln

| Gas Kiln          | Electric Kiln     |
| ----------------- | ----------------- |
| Open flame        | Heating coils     |
| Reduction firing  | Oxidation only    |
| Needs a vent hood | Plugs into a wall |

### 8. What is bisque? How is it different from glaze firing?

Bisque is the first firing of raw clay.

* Leaves the pot hard enough to handle

| bisque         | glaze firing   |
| -------------- | -------------- |
| Lower heat     | Higher heat    |
| Porous result  | Sealed result  |

### 9. Clay bodies

| Clay body | Cone |
| --------- | ---- |
| Porcelain | 10   |
| Earthenware | 04 |
"""


def _cards() -> dict[str, str]:
    return {n.front: n.back for n in facts(build_deck(POTTERY, "pottery.md").notes)}


def test_a_versus_heading_table_is_one_card_naming_both_sides() -> None:
    cards = _cards()
    assert cards["Gas Kiln vs Electric Kiln: how do they differ?"] == (
        "• Gas Kiln: Open flame; Electric Kiln: Heating coils\n"
        "• Gas Kiln: Reduction firing; Electric Kiln: Oxidation only\n"
        "• Gas Kiln: Needs a vent hood; Electric Kiln: Plugs into a wall"
    )
    # No row asks a riddle of one side alone.
    assert not [f for f in cards if f.startswith(("Open flame", "Reduction firing"))]
    assert not [b for b in cards.values() if b == "Heating coils"]


def test_a_question_heading_asks_the_two_names() -> None:
    cards = _cards()
    assert cards["How do bisque and glaze firing differ?"] == (
        "• bisque: Lower heat; glaze firing: Higher heat\n"
        "• bisque: Porous result; glaze firing: Sealed result"
    )


def test_a_table_under_another_heading_is_no_contrast() -> None:
    cards = _cards()
    assert not [f for f in cards if "differ" in f and "Porcelain" in cards[f]]

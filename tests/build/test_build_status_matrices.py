"""Two-column status matrices (synthetic documents, no real wording): "Field | Support"
rows of ✅ / no / N/A under a section heading ask whether each key is supported, of the
page's subject and the section, with the legend's reason for "N/A"; a page whose title
names nothing more than "Support" makes no card of them."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

LOOM = """# Loomctl Weave Support

This page lists the pattern fields that **loomctl weave** reads.

Note: **N/A** means that the field has no meaning on a hand loom.

## Warp Fields

| Field             | Support |
|-------------------|---------|
| threadCount       | ✅      |
| tension\\.max     | no      |
| shuttleSpeed      | N/A     |
| colors            | ✅ (only the first four are read) |

## Weft Fields

| Field        | Support |
|--------------|---------|
| density      | Yes     |
| pickPattern  | Partial |
"""

NAMELESS = """# Support

## Warp Fields

| Field        | Support |
|--------------|---------|
| threadCount  | ✅      |
| density      | no      |
"""


def _cards(text: str) -> dict[str, str]:
    return {n.front: n.back for n in facts(build_deck(text, "loom.md").notes)}


def test_a_status_row_asks_the_subject_the_section_and_the_status() -> None:
    cards = _cards(LOOM)
    ask = "loomctl weave, Warp fields: `{}` supported?"
    assert cards[ask.format("threadCount")] == "Yes"
    assert cards[ask.format("tension.max")] == "No"
    assert cards[ask.format("colors")] == "Yes (only the first four are read)"
    weft = "loomctl weave, Weft fields: `{}` supported?"
    assert cards[weft.format("density")] == "Yes"
    assert cards[weft.format("pickPattern")] == "Partially"


def test_not_applicable_answers_with_the_legend_reason() -> None:
    cards = _cards(LOOM)
    front = "loomctl weave, Warp fields: `shuttleSpeed` supported?"
    assert cards[front] == "Not applicable (the field has no meaning on a hand loom)"


def test_a_matrix_whose_subject_cannot_be_named_makes_no_card() -> None:
    cards = _cards(NAMELESS)
    assert not [f for f in cards if "threadCount" in f or "density" in f]

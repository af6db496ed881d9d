"""A support matrix whose author marks what is unknown (``:question:``, ❓) or leaves a
whole column blank (a product not looked at yet): the blanks say nothing, so no card
answers "No" for them, and a "?" cell makes no card. A matrix of ticks with a few blanks
and no such mark keeps reading a blank as "No"."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.text import symbol_value
from quizkit.notes import FactNote

MARKED = """# Pumps compared

| Feature | Hand pump | Solar pump | Wind pump |
|---|---|---|---|
| Frost-proof | :white_check_mark: | :question: | |
| Runs at night | :white_check_mark: | | |
| Self-priming | :white_check_mark: | :white_check_mark: | |
"""

PLAIN = """# Pumps compared

| Feature | Hand pump | Solar pump | Wind pump |
|---|---|---|---|
| Frost-proof | :white_check_mark: | :white_check_mark: | |
| Runs at night | :white_check_mark: | | :white_check_mark: |
| Self-priming | :white_check_mark: | :white_check_mark: | :white_check_mark: |
"""


def _cards(text: str) -> dict[str, str]:
    deck = build_deck(text, "pumps.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_a_question_mark_cell_means_unknown() -> None:
    assert symbol_value(":question:", {}) == "?"
    assert symbol_value("❓", {}) == "?"


def test_blanks_beside_unknown_marks_make_no_no_card() -> None:
    cards = _cards(MARKED)
    assert cards["Hand pump: frost-proof?"] == "Yes"
    assert "Solar pump: frost-proof?" not in cards
    assert "Solar pump: runs at night?" not in cards
    assert not [f for f in cards if f.startswith("Wind pump")]


def test_blanks_in_a_matrix_of_ticks_still_mean_no() -> None:
    cards = _cards(PLAIN)
    assert cards["Solar pump: runs at night?"] == "No"
    assert cards["Wind pump: frost-proof?"] == "No"


def test_a_column_left_blank_is_not_looked_at() -> None:
    text = PLAIN.replace("| :white_check_mark: |\n| Self", "| |\n| Self").replace(
        "| :white_check_mark: | :white_check_mark: | :white_check_mark: |",
        "| :white_check_mark: | :white_check_mark: | |",
    )
    cards = _cards(text)
    assert not [f for f in cards if f.startswith("Wind pump")]
    assert cards["Solar pump: runs at night?"] == "No"

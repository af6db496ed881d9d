"""Two-column tables whose first header names a kind of thing and whose second an
attribute of it ("Tool | Purpose", "Flag | Meaning") ask that attribute; generic
"Field | Value" and glossary tables keep "<section>: <key>?". Read
from a synthetic document that has the shape and none of any reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_DOC = (
    "# Workshop notes\n\n"
    "## Kitchen gear\n\n"
    "| Utensil | Purpose |\n| --- | --- |\n"
    "| whisk | beating eggs |\n| ladle | serving soup |\n\n"
    "## Oven switches\n\n"
    "| Switch | Meaning |\n| --- | --- |\n"
    "| `-g` | grill element on |\n| `-f` | fan on |\n\n"
    "## Pantry words\n\n"
    "| Term | Meaning |\n| --- | --- |\n"
    "| Roux | Flour cooked in fat |\n| Brine | Salted water |\n\n"
    "## Oven settings\n\n"
    "| Setting | Value |\n| --- | --- |\n"
    "| Temperature | 180 °C |\n| Timer | 40 minutes |\n\n"
    "## Tray readings\n\n"
    "| Column name | Meaning |\n| --- | --- |\n"
    "| TMP | Tray temperature |\n| HUM | Tray humidity |\n"
)


def _fronts() -> dict[str, str]:
    deck = build_deck(_DOC, "shapes.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_a_kind_and_purpose_table_asks_what_each_row_is_used_for() -> None:
    fronts = _fronts()
    assert fronts["Kitchen gear, utensil whisk: used for?"] == "beating eggs"
    assert fronts["Kitchen gear, utensil ladle: used for?"] == "serving soup"
    assert "Kitchen gear: whisk?" not in fronts


def test_a_kind_and_meaning_table_asks_the_meaning_with_its_section() -> None:
    fronts = _fronts()
    assert fronts["Oven switches, switch `-g`: meaning?"] == "grill element on"
    assert fronts["Oven switches, switch `-f`: meaning?"] == "fan on"


def test_generic_field_headers_keep_the_section_as_the_subject() -> None:
    fronts = _fronts()
    # A glossary's term, a setting, a "Column name": the rows are fields of the
    # section's subject, asked as before.
    assert fronts["Pantry words: roux?"] == "Flour cooked in fat"
    assert fronts["Oven settings: temperature?"] == "180 °C"
    assert fronts["Tray readings: TMP?"] == "Tray temperature"

"""Feature matrices (synthetic documents, no real wording): a body row that repeats the
header's column names titles the rows after it and makes no card; a legend written as
sentences ("`+` means …", "X = yes") or as a list of them gives the matrix's symbols their
meaning; a sentence "For the `<column>` column, …" explains one column only, which is then
asked of each row ("<row>: <column>?")."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.rules import parse_legend_prose
from tests.helpers import facts

LOOMS = """# Loom support

The tables below show which features each loom workshop offers.

`+` means the feature is offered, `-` means it is not offered, `N/A` means the
feature does not apply to the workshop, blank cell means nobody knows yet.

For the `Elective` column, `X` means the feature is elective, blank means the
feature is compulsory.

## Weaving

| Feature | Elective | Lyon | Bruges | Oaxaca |
| ------- | -------- | ---- | ------ | ------ |
| [Warping](warp.md) | Elective | Lyon | Bruges | Oaxaca |
| Sectional beam |  | + | - | + |
| Dressing the loom |  | + | N/A |  |
| [Finishing](finish.md) | Elective | Lyon | Bruges | Oaxaca |
| Fulling (wool only) | X | - | + | + |
| Dressing the loom |  | - | + | + |
"""


def _cards(text: str) -> dict[str, str]:
    return {n.front: n.back for n in facts(build_deck(text, "looms.md").notes)}


def test_a_row_repeating_the_header_titles_the_rows_after_it() -> None:
    cards = _cards(LOOMS)
    # The title rows state nothing: no card answers with a column's own name.
    assert not [f for f, b in cards.items() if b in ("Lyon", "Bruges", "Oaxaca", "Elective")]
    assert cards["Lyon: sectional beam (Warping)?"] == "Offered"
    assert cards["Bruges: sectional beam (Warping)?"] == "Not offered"
    # The same feature under two titles is two questions, each with its own answer.
    assert cards["Lyon: dressing the loom (Warping)?"] == "Offered"
    assert cards["Lyon: dressing the loom (Finishing)?"] == "Not offered"
    # A feature with a remark of its own takes its title before it.
    assert cards["Lyon: finishing Fulling (wool only)?"] == "Not offered"


def test_a_prose_legend_gives_the_symbols_their_meaning() -> None:
    cards = _cards(LOOMS)
    assert cards["Bruges: dressing the loom (Warping)?"] == "Does not apply to the workshop"
    # A blank cell is unknown: no card.
    assert "Oaxaca: dressing the loom (Warping)?" not in cards
    assert not [b for b in cards.values() if b in ("+", "-", "X")]


def test_a_column_its_own_sentence_explains_is_asked_of_each_row() -> None:
    cards = _cards(LOOMS)
    assert cards["Finishing Fulling (wool only): elective?"] == "Yes"
    assert cards["Sectional beam (Warping): elective?"] == "No (compulsory)"
    assert not [f for f in cards if f.startswith("Elective:")]


def test_a_legend_list_of_sentences_in_its_own_section_explains_the_next_one() -> None:
    text = """# Client support

## Legend

- `+` means the feature is supported and stable
- `-` means the feature is not supported
- blank cell means the status is not known

## Matrix

| Feature | Go | Java |
| --- | --- | --- |
| Batching | + | - |
| Retries | - | + |
"""
    cards = _cards(text)
    # A page about support names what the columns' support is of ("Client support").
    assert cards == {
        "Client support, Go: batching?": "Supported and stable",
        "Client support, Java: batching?": "Not supported",
        "Client support, Go: retries?": "Not supported",
        "Client support, Java: retries?": "Supported and stable",
    }


def test_a_legend_explains_only_the_tables_of_its_section() -> None:
    text = """# Kilns

## Glazes

`+` means fired, `-` means not fired.

| Glaze | Amber | Basalt |
| --- | --- | --- |
| Celadon | + | - |

## Bisque

| Batch | Amber | Basalt |
| --- | --- | --- |
| Spring | + | - |
"""
    # The other section's "+" is no mark the legend explains: "Spring" makes no card.
    cards = _cards(text)
    assert cards == {"Celadon: amber?": "Fired", "Celadon: basalt?": "Not fired"}


def test_sentences_that_only_mention_a_symbol_are_no_legend() -> None:
    assert parse_legend_prose("Use `kubectl get pods` to list them.") == ({}, {})
    assert parse_legend_prose("`-n` means the namespace to look in.") == ({}, {})
    assert parse_legend_prose("X = yes, - = no") == ({"X": "Yes", "-": "No"}, {})
    assert parse_legend_prose("`+` means the feature is supported.") == ({"+": "Supported"}, {})


def test_a_row_equal_to_the_header_in_one_column_only_is_data() -> None:
    # Near miss: a row whose single value column repeats the header is a value.
    text = """# Routers

| Feature | Mode |
| --- | --- |
| Uplink | Mode |
| Downlink | Bridge |
"""
    cards = _cards(text)
    assert not [f for f in cards if "(Uplink)" in f]

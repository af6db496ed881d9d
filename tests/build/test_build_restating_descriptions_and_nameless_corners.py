"""Reference tables whose description only names the row again, and matrices whose corner
cell is a placeholder (synthetic documents, no real wording).

A "Field | Type | Description" row is asked for its description only when the
description says something the front does not: a content word that is not a word of the
key (camelCase apart, plurals singular), of the row's other cells, of the table's
subject, nor a word the column's descriptions share (said of one row in three or more,
so what the table is about). One new word is enough ("the log message itself").

A corner of "-", "/" or "x" names no column: a matrix of words under it asks each cell
by its row and its column as written, "<section>: <row>, <column>?"."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

GREENHOUSE = """# Greenhouse controller

### sensors

Every reading hands the template this record:

| field         | type   | description                                 |
|---------------|--------|---------------------------------------------|
| `TrayName`    | string | The name of the tray                        |
| `TrayLabels`  | map    | The labels of the tray                      |
| `Humidity`    | float  | The relative humidity in percent, 0 to 100  |
| `Reading`     | string | The raw reading itself                      |
| `BedNumber`   | int    | The bed number where the tray stands        |
| `Vents`       | list   | The vents of the tray                       |

### helpers

| func          | arguments  | description                                  |
|---------------|------------|----------------------------------------------|
| `paintBlue`   | `string`   | Print text using blue paint                  |
| `paintOchre`  | `string`   | Print text using ochre paint                 |
| `paintGrey`   | `string`   | Print text using grey paint                  |
| `stampLevel`  | `int`      | Print the alarm level using a matching paint |
| `parseYAML`   | `string`   | Parse string as YAML                         |
| `tryParseYAML`| `string, bool` | Attempt to parse string as YAML, nil on error|

### shelves

| field    | type   | description            |
|----------|--------|------------------------|
| `Height` | int    | The height             |
| `Color`  | string | Print text using color |

### chores

| command          | description      | example      |
|------------------|------------------|--------------|
| `prune <tray>`   | Prune a tray     | prune 4      |
| `water <tray>`   | Water a tray     |              |
| `sow <tray>`     | Sow a tray       |              |
| `mist`           | Mist every tray  |              |

### Watering rota

Who waters what, by bed and by week:

| -          | Early | Mid   | Late  |
| --         | --    | --    | --    |
| North bed  | Ada   | Ada   | Brook |
| South bed  | Cato  | Dell  | Dell  |

### Tray sizes

|            | Width | Depth |
|------------|-------|-------|
| Seed tray  | 30 cm | 20 cm |
| Plug tray  | 50 cm | 25 cm |
"""


def _cards() -> dict[str, str]:
    return {n.front: n.back for n in facts(build_deck(GREENHOUSE, "greenhouse.md").notes)}


def test_a_description_that_only_names_its_field_makes_no_card() -> None:
    cards = _cards()
    # The table's subject ("tray", in most rows) and the key's own words are all these say.
    for key, kind in (("TrayName", "string"), ("TrayLabels", "map"), ("Vents", "list")):
        assert f"sensors, field `{key}` (type {kind}): what is it?" not in cards
    # Nor is the bare data type asked on its own (the last check).
    assert "sensors, field `TrayName`: type?" not in cards


def test_a_description_with_one_new_word_stays() -> None:
    cards = _cards()
    assert cards["sensors, field `Humidity` (type float): what is it?"] == (
        "The relative humidity in percent, 0 to 100"
    )
    assert cards["sensors, field `Reading` (type string): what is it?"] == (
        "The raw reading itself"
    )
    assert cards["sensors, field `BedNumber` (type int): what is it?"] == (
        "The bed number where the tray stands"
    )


def test_words_every_row_shares_restate_nothing_new() -> None:
    cards = _cards()
    # "print", "text", "paint" are what the helpers share; "blue" is the key's.
    for key in ("paintBlue", "paintOchre", "paintGrey"):
        assert f"helpers, func `{key}` (arguments `string`): what is it?" not in cards
    # "string" is on the front, in the arguments.
    assert "helpers, func `parseYAML` (arguments `string`): what is it?" not in cards
    assert cards["helpers, func `stampLevel` (arguments `int`): what is it?"] == (
        "Print the alarm level using a matching paint"
    )
    assert cards["helpers, func `tryParseYAML` (arguments `string, bool`): what is it?"] == (
        "Attempt to parse string as YAML, nil on error"
    )


def test_a_short_table_shares_no_words() -> None:
    cards = _cards()
    # Too few rows to tell a shared word: only the key's own words restate it.
    assert "shelves, field `Height` (type int): what is it?" not in cards
    assert cards["shelves, field `Color` (type string): what is it?"] == ("Print text using color")


def test_an_example_on_the_back_is_something_new() -> None:
    cards = _cards()
    assert cards["chores, command `prune <tray>`: what is it?"] == "Prune a tray (e.g. prune 4)"
    assert "chores, command `water <tray>`: what is it?" not in cards
    assert "chores, command `mist`: what is it?" not in cards


def test_a_placeholder_corner_asks_each_cell_by_row_and_column() -> None:
    cards = _cards()
    assert cards["Watering rota: North bed, Early?"] == "Ada"
    assert cards["Watering rota: North bed, Late?"] == "Brook"
    assert cards["Watering rota: South bed, Mid?"] == "Dell"
    assert not [f for f in cards if "-" in f.split(":")[0] or ", - " in f]
    # No reverse card asks which row and column a name is.
    rota = [n for n in facts(build_deck(GREENHOUSE, "greenhouse.md").notes) if "bed," in n.front]
    assert len(rota) == 6
    assert not [n for n in rota if n.reverse]


def test_a_blank_corner_over_measures_is_unchanged() -> None:
    cards = _cards()
    # A blank corner is a comparison's, as before: each row asked of the column.
    assert cards["Width: seed tray?"] == "30 cm"
    assert not [f for f in cards if f.startswith("Tray sizes: Seed tray,")]

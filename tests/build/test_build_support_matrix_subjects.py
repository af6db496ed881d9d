"""Support matrices (synthetic documents, no real wording): a column per product or
release, a row per feature, cells that are ✅/❌ or "Supported"/"Unsupported". A card
names what the matrix is about (the thing its lead-in says supports the rows, else its
section, led by the page's topic when the section does not name it), never the column
head alone; a "Field | Type | Default" reference and a table of other values do not
change."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

PAGE = """# About pottery glazes

Glazes coat a pot before its second firing.

## Glazes with a slip layer

Glazes supports the following slip features:

| Feature | Kilnware < 3.1 | Kilnware >= 3.2 |
|-|-|-|
| Dipped slip | ❌ | ✅ |
| Brushed slip | ✅ | ✅ |
| Slip must be dry, and only ONE coat may be used | ✅ | ❌ |

## Tool compatibility

The following table shows which features are supported by each wheel:

| Feature | Treadle | Electric |
|---------|---------|----------|
| Trimming | ✅ | ✅ |
| Centering Cone | ❌ | ✅ |

## Firing modes

The following table shows which steps are supported in `bisque` firing for the kilns below:

| Supported feature | Gas kiln | Wood kiln |
|-------------------|----------|-----------|
| Reduction | Supported | Unsupported |
| Cone packs | Supported only with a spyhole | Supported |

## Kiln settings

| Field | Type | Default |
|-------|------|---------|
| `cone` | integer | `6` |
| `hold` | duration | `10m` |

## Wheel sizes

| Feature | Treadle | Electric |
|---------|---------|----------|
| Head diameter | 30 cm | 35 cm |
| Weight | 80 kg | 40 kg |
"""


def _cards() -> dict[str, str]:
    return {n.front: n.back for n in facts(build_deck(PAGE, "glazes.md").notes)}


def test_a_release_column_is_asked_with_what_its_lead_in_says_supports_the_rows() -> None:
    cards = _cards()
    assert cards["Glazes, Kilnware < 3.1: dipped slip supported?"] == "No"
    assert cards["Glazes, Kilnware >= 3.2: dipped slip supported?"] == "Yes"
    assert cards["Glazes, Kilnware < 3.1: brushed slip supported?"] == "Yes"
    # A row that is a clause of its own takes no "supported" after it.
    said = "slip must be dry, and only ONE coat may be used?"
    assert cards[f"Glazes, Kilnware >= 3.2: {said}"] == "No"
    assert not [f for f in cards if f.startswith("Kilnware")]


def test_a_lead_in_naming_only_the_other_axis_leaves_the_section_and_topic() -> None:
    cards = _cards()
    about = "About pottery glazes › Tool compatibility"
    assert cards[f"{about}, Electric: centering cone supported?"] == "Yes"
    assert cards[f"{about}, Treadle: centering cone supported?"] == "No"
    assert "Treadle: trimming?" not in cards


def test_worded_verdicts_name_what_the_lead_in_says_they_are_supported_in() -> None:
    cards = _cards()
    assert cards["`bisque` firing, Wood kiln: reduction supported?"] == "Unsupported"
    back = cards["`bisque` firing, Gas kiln: cone packs supported?"]
    assert back == "Supported only with a spyhole"


def test_a_reference_table_and_a_matrix_of_other_values_do_not_change() -> None:
    cards = _cards()
    assert cards["About pottery glazes `cone`: default value?"] == "`6`"
    assert cards["Treadle: head diameter?"] == "30 cm"
    assert cards["Electric: weight?"] == "40 kg"
    assert not [f for f in cards if "Wheel sizes," in f or "Kiln settings ›" in f]

"""Version support matrices: a matrix whose columns are releases names each release
with what the lead-in or section says the matrix is of, and a tick between two releases
asks whether one supports the other; a release key with letters ("v1beta2", "1.4 LTS")
is named with its column like a bare number; a corner cell naming both kinds ("Module
Version / Platform Version") names the rows and the columns; and rows of releases past
their end of life make no cards (see :func:`quizkit.build.rules.tables._dead_rows`)."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

MATRIX = """# Widget operator versions

## Operator matrix

The following table defines the support matrix for the Widget operator.
See the release policy for details.

|                 | v2.1, _Maintenance Mode_ | v2.2              |
|-----------------|--------------------------|-------------------|
| Platform v1.30  | ✓ (only workload)        |                   |
| Platform v1.31  | ✓                        | ✓ >= v2.2.1       |
| Platform v1.32  | ✓                        | ✓                 |

## Feature matrix

|             | v2.1 | v2.2 |
|-------------|------|------|
| Autoscaling |      | ✓    |
| Dry runs    | ✓    | ✓    |

## Storage backends

|          | Disk | Memory |
|----------|------|--------|
| Durable  | ✓    |        |
| Fast     |      | ✓      |
"""


def test_release_columns_are_named_and_a_tick_asks_whether_one_release_supports_another() -> None:
    cards = {n.front: n.back for n in facts(build_deck(MATRIX, "widget.md").notes)}
    assert cards["Widget operator v2.1 (Maintenance Mode): supports Platform v1.30?"] == (
        "Yes (only workload)"
    )
    assert cards["Widget operator v2.2: supports Platform v1.30?"] == "No"
    assert cards["Widget operator v2.2: supports Platform v1.31?"] == "Yes, >= v2.2.1"
    # Rows that are features, not releases: the tick answers the feature itself.
    assert cards["Widget operator versions v2.2: autoscaling?"] == "Yes"
    # Columns that are no releases (near miss): asked as any comparison.
    assert cards["Disk: durable?"] == "Yes"
    assert not any(front.startswith(("v2.", "Platform")) for front in cards)


HISTORY = """# Gadget releases

## Supported releases

| Release | Status      | Supported until                  |
|---------|-------------|----------------------------------|
| v3.2.x  | Supported   | EOL when v3.4.0 will be released |
| v3.1.x  | Maintenance | EOL when v3.3.0 will be released |
| v3.0.x  | EOL         | EOL since 2024-02-01             |
| v2.9.x  | EOL         | EOL since 2023-10-01             |

## API versions

| API Version | Status     |
|-------------|------------|
| v1beta2     | Supported  |
| v1beta1     | Deprecated |

## Long term support

| Release | Vendor    |
|---------|-----------|
| 1.4 LTS | Acme Corp |
| 1.6 LTS | Beta Inc  |

## Old releases

These releases have reached their end of life and are no longer supported.

| Release | Released     |
|---------|--------------|
| 2.8     | Jan 04, 2023 |
| 2.7     | Sep 12, 2022 |

## Plugins

| Plugin | Status      |
|--------|-------------|
| Gauge  | Supported   |
| Meter  | EOL         |
"""


def test_dead_release_rows_make_no_cards_and_current_ones_stay() -> None:
    cards = {n.front: n.back for n in facts(build_deck(HISTORY, "gadget.md").notes)}
    assert cards["Supported releases, release v3.2.x: status?"] == "Supported"
    assert cards["Supported releases, release v3.1.x: supported until?"] == (
        "EOL when v3.3.0 will be released"
    )
    assert not any("v3.0.x" in front or "v2.9.x" in front for front in cards)
    # A table its lead-in calls dead (or headed "Old releases"): no card at all.
    assert not any("2.8" in front or "2.7" in front for front in cards)
    # Near miss: rows that are no releases keep their cards, "EOL" or not.
    assert cards["Plugins, Meter: status?"] == "EOL"


def test_lettered_release_keys_are_named_with_their_column() -> None:
    cards = {n.front: n.back for n in facts(build_deck(HISTORY, "gadget.md").notes)}
    assert cards["API versions, API version v1beta2: status?"] == "Supported"
    assert cards["API versions, API version v1beta1: status?"] == "Deprecated"
    assert cards["Long term support, release 1.4 LTS: vendor?"] == "Acme Corp"


CORNER = """# Module compatibility

| Module Version / Platform Version | 1.26.X             | 1.27.X             | 1.28.X             |
|-----------------------------------|--------------------|--------------------|--------------------|
| v1.0.0                            | :white_check_mark: | :white_check_mark: |                    |
| v1.1.0                            | :white_check_mark: |                    | :white_check_mark: |
| v1.2.0                            |                    | :white_check_mark: | :white_check_mark: |
"""

WORDED = """# Gauge releases

| Gauge Version / Platform Version | 1.26.X | 1.27.X |
|----------------------------------|--------|--------|
| v3.0.0                           | ✅     |        |
| v3.1.0                           | ✅     | ✅     |

- ✅ Compatible
"""


def test_a_corner_naming_both_kinds_names_the_rows_and_the_columns() -> None:
    cards = {n.front: n.back for n in facts(build_deck(CORNER, "module.md").notes)}
    cards.update({n.front: n.back for n in facts(build_deck(WORDED, "gauge.md").notes)})
    asked = "which Platform version of 1.26.X, 1.27.X, 1.28.X?"
    assert cards[f"Module compatibility, module version v1.0.0: {asked}"] == "1.26.X, 1.27.X"
    assert cards[f"Module compatibility, module version v1.2.0: {asked}"] == "1.27.X, 1.28.X"
    # Ticks a legend words ("✅ Compatible") are read cell by cell, named alike.
    assert cards["Gauge releases, gauge version v3.1.0: Platform version 1.27.X?"] == "Compatible"


NOTES = """# Gadget upgrades

## Appendix

### Platform version notes

**2.4**:

* Controller:
  * The `LegacyMode` gate is removed; set nothing for platforms 2.4 and later.

**2.2**:

* All components:
  * Webhooks must drop the `caBundle` placeholder before applying CRDs.
"""


def test_a_list_labelled_by_a_bare_version_is_asked_of_its_own_section() -> None:
    cards = {n.front: n.back for n in facts(build_deck(NOTES, "gadget.md").notes)}
    assert cards["Platform version notes: 2.4?"] == (
        "• Controller: The `LegacyMode` gate is removed; set nothing for platforms 2.4 and later."
    )
    assert "Platform version notes: 2.2?" in cards
    assert not any(front.startswith("Appendix") for front in cards)

"""A matrix of verdicts (a row per thing, its other cells mostly ✅/❌, "N/A" or a
version) asks each cell with what the matrix is about, read from the heading over it or
the page's title: "tyk-gateway: ingress?" alone asks nothing. A heading naming the rows'
kind, or a table of other values, keeps its rows' own names."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

UNDER_A_FEATURE_HEADING = """# Relay Demo Stack

Charts the demo stack installs, and how each one is reached.

## `--publish` flag support

| Component | port-forward | ingress |
|-----------|:------------:|:-------:|
| relay-gateway | ✅ | ✅ |
| relay-portal  | ✅ | N/A |
| queue-broker  | N/A | ❌ |
"""


def test_verdict_cells_are_asked_under_their_heading() -> None:
    cards = {n.front: n.back for n in facts(build_deck(UNDER_A_FEATURE_HEADING, "r.md").notes)}
    # "N/A" says nothing to recall: no card (as before).
    assert cards == {
        "`--publish` flag support, relay-gateway: port-forward?": "Yes",
        "`--publish` flag support, relay-gateway: ingress?": "Yes",
        "`--publish` flag support, relay-portal: port-forward?": "Yes",
        "`--publish` flag support, queue-broker: ingress?": "No",
    }


UNDER_THE_TITLE = """# Relay test and support matrix

| Component | CI tests | TLS | Version |
|-----------|:--------:|:---:|:-------:|
| relay-gateway | ✅ | ✅ | 3.2.0 |
| relay-portal  | ✅ | N/A | 3.2.0 |
| queue-broker  | ❌ | ❌ | 1.4.7 |
"""


def test_a_matrix_under_the_title_is_asked_under_the_title() -> None:
    cards = {n.front: n.back for n in facts(build_deck(UNDER_THE_TITLE, "r.md").notes)}
    assert cards == {
        "Relay test and support matrix, relay-gateway: CI tests?": "Yes",
        "Relay test and support matrix, relay-gateway: TLS?": "Yes",
        "Relay test and support matrix, relay-portal: CI tests?": "Yes",
        "Relay test and support matrix, queue-broker: CI tests?": "No",
        "Relay test and support matrix, queue-broker: TLS?": "No",
    }


HEADING_NAMES_THE_ROWS = """# Relay Demo Stack

Charts the demo stack installs, and how each one is reached.

## Components and how they are published

| Component | port-forward | ingress |
|-----------|:------------:|:-------:|
| relay-gateway | ✅ | ✅ |
| relay-portal  | ✅ | N/A |
| queue-broker  | N/A | ❌ |
"""


def test_a_heading_naming_the_rows_kind_keeps_the_rows_names() -> None:
    cards = {n.front: n.back for n in facts(build_deck(HEADING_NAMES_THE_ROWS, "r.md").notes)}
    assert cards["queue-broker: ingress?"] == "No"
    assert cards["relay-gateway: port-forward?"] == "Yes"
    assert not any("Components and how" in front for front in cards)


OTHER_VALUES = """# Relay Demo Stack

Charts the demo stack installs, and how each one is reached.

## `--publish` flag defaults

| Component | Image | Port |
|-----------|-------|------|
| relay-gateway | `relay/gateway` | 8080 |
| relay-portal  | `relay/portal`  | 3000 |
| queue-broker  | `relay/broker`  | 5672 |
"""


def test_a_table_of_other_values_keeps_the_rows_names() -> None:
    cards = {n.front: n.back for n in facts(build_deck(OTHER_VALUES, "r.md").notes)}
    assert cards["relay-portal: port?"] == "3000"
    assert cards["queue-broker: image?"] == "`relay/broker`"
    assert not any(front.startswith("`--publish`") for front in cards)


HEADING_NAMES_THE_ROWS_THEMSELVES = """# Kiln handbook

## glaze vs bisque vs raku

| Program | Cools slowly | Use for |
|---------|:------------:|---------|
| `fire glaze` | ✅ Yes | Final coat |
| `fire bisque` | No | First firing |
| `fire raku` | No | Crackle effects |
"""


def test_a_heading_naming_the_rows_themselves_keeps_the_rows_names() -> None:
    cards = {
        n.front: n.back for n in facts(build_deck(HEADING_NAMES_THE_ROWS_THEMSELVES, "k.md").notes)
    }
    assert cards["`fire bisque`: use for?"] == "First firing"
    assert not any(front.startswith("glaze vs") for front in cards)

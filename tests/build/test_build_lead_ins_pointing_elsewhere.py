"""List lead-ins whose subject is elsewhere: a lead-in that
names what its list is about only by pointing back ("for it to reach these APIs", "the
rest", "this feature", "nearly the same"), a bare count of cases, or a reader instruction
("Remember …") asks nothing a learner can answer alone, so it makes no card; a purpose
clause ("To secure this endpoint …") or a lead-in naming its own subject keeps its card.
Read from a synthetic document that has the shapes and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote, NoteType

_PAGE = """# Greenhouse controller

## Support for sensor APIs

The greenhouse controller reads soil moisture through the sensor APIs.
In order for it to reach these APIs, operators must check that:

- The bridge layer is switched on.
- The sensor APIs are registered with the hub.

## Reservoir ratelimits

Refill rates are capped per valve by default. The rest depends on the tank, that can be:

- Steel
- Clay
- alpha version: Glass

## Introduction

Growers must keep the following in mind when using this feature:

- Seedlings are watered twice as often.
- Mature plants are never misted.

## Comparison with other pumps

We tested two cases (the tanks were full and not refilled):

1. A cold start of the piston pump at 40 litres per minute showed no pressure drop.
2. A six hour run of the drum pump at 5 litres per minute showed regular pressure spikes.

## Sample settings

The settings are nearly the same with two exceptions:

- For sprinklers, the `flow` field has been renamed to `rate` to match the drip settings.
- The `interval` can only be set for the whole bed and not for each plant.

## Building a planter from scratch

Remember the basic layout of a planter, and notice that each part is described
in the manual under the section "Parts":

- soil
- drainage
- trellis

## Enabling TLS for sensor metrics

To secure this endpoint with TLS, follow these steps:

1. Create a certificate for the hub.
2. Mount the certificate into the controller.

## Pump safety

The pump stops on its own under these conditions:

- The tank level falls below ten percent.
- The motor runs hotter than 80 degrees.
"""


def _list_fronts(text: str) -> list[str]:
    deck = build_deck(text, "greenhouse.md")
    return [n.front for n in deck.notes if isinstance(n, FactNote) and n.type is NoteType.LIST]


def test_lead_ins_pointing_elsewhere_make_no_card() -> None:
    fronts = _list_fronts(_PAGE)
    for gone in (
        "In order for it to reach these APIs",
        "The rest depends on the tank",
        "when using this feature",
        "We tested two cases",
        "nearly the same with two exceptions",
        "Remember the basic layout",
    ):
        assert not [f for f in fronts if gone in f], gone


def test_lead_ins_naming_their_subject_keep_their_cards() -> None:
    assert _list_fronts(_PAGE) == [
        "Enabling TLS for sensor metrics: To secure this endpoint with TLS, follow these steps …?",
        "Pump safety: The pump stops on its own under these conditions …?",
    ]


def test_a_pointing_lead_in_whose_noun_the_heading_names_keeps_its_card() -> None:
    page = """# Greenhouse controller

## Mist nozzles

The rows of seedlings are watered by this nozzle in one of three settings:

- fine mist
- coarse spray
- drip
"""
    assert _list_fronts(page) == [
        "Mist nozzles: The rows of seedlings are watered by this nozzle in one of three settings …?"
    ]


def test_the_rest_is_pointing_only_in_lower_case() -> None:
    # "the REST API" names an interface; only "the rest" points back (seen on a held-out page).
    page = """# Greenhouse controller

## Reaching the hub's REST API

The console finds the hub for you.
If you want to call the REST API with an HTTP client, there are two ways to reach it:

- Run the console as a relay.
- Give the client the hub's address and key.
"""
    assert _list_fronts(page) == [
        "Reaching the hub's REST API: If you want to call the REST API with an HTTP client, "
        "there are two ways to reach it …?"
    ]


_FIELD_ABOVE = """# Greenhouse controller

## Watering a range of beds

You can water several beds at once instead of one.

This is done with the `lastBed` field, as in the following example:

```yaml
water:
  firstBed: 3
  lastBed: 9
```

The following restrictions apply when using this field:

- The `lastBed` field must be equal to or greater than the `firstBed` field.
- `lastBed` can only be set if `firstBed` is also set.
"""


def test_this_field_is_named_from_the_paragraph_above() -> None:
    assert _list_fronts(_FIELD_ABOVE) == [
        "Watering a range of beds: Which restrictions apply when using the `lastBed` field?"
    ]


def test_this_field_after_two_named_fields_makes_no_card() -> None:
    page = _FIELD_ABOVE.replace("with the `lastBed` field", "with the `lastBed` or `span` field")
    page = page.replace("the `lastBed` or `span` field", "the `lastBed` field or the `span` field")
    assert _list_fronts(page) == []


def test_this_order_points_at_the_list_and_keeps_its_card() -> None:
    page = """# Greenhouse controller

## Daily run

The controller waters the beds of a greenhouse in this order:

1. seedlings
2. herbs
3. vegetables
"""
    assert _list_fronts(page) == [
        "Daily run: The controller waters the beds of a greenhouse in this order …?"
    ]

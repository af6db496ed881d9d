"""Tip fronts: a note or callout is asked by a question that says
what is asked, read from the tip's own structure. "When/If <condition>, <advice>" asks
"<condition>, what should you do?" (or what is good practice, what you must do, what you
can do, what happens …: chosen by how the advice opens); a lead-in naming what follows
asks for it ("There are two cases:" → "what are the two cases?"), advice against
something asks why. A tip whose front would be a lead-in cut off ("…: An example of a key
…?"), whose condition names nothing ("If you haven't already, …") or only the
walk-through's made-up setup (a reserved example domain) makes no card. The back keeps
the whole tip, its caveat sentence too. Read from a synthetic document that has the
shapes and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_NOTES = """# Kettles

## Descaling

{{< note >}}
When descaling a kettle that is fitted with a filter, which is held in by a clip, it is a
good practice to remove the whole clip instead of the filter. This will ensure that the
filter seats again after the rinse.
{{< /note >}}

## Lids

{{< note >}}
If the lid has a hinge, you can open it with one hand.
{{< /note >}}

## Spouts

{{< note >}}
If the spout drips, keep in mind that the base gets wet. Dry the base before use.
{{< /note >}}

## Power

{{< note >}}
Before unplugging the base, it should be verified that the element is cold.
{{< /note >}}

## Boiling

{{< note >}}
If a kettle holds a lid, but does not hold a whistle, the switch alone ends the boil.
{{< /note >}}

## Filters

{{< note >}}
If you use a mesh filter, you should first rinse the mesh.
{{< /note >}}

## Sounds

{{< note >}}
If the whistle is not wanted (because of sleeping children, thin walls, late hours, etc) you
can unhook it from the spout.
{{< /note >}}

## Pouring

{{< note >}}
When pouring from a full kettle, you tilt the body slowly.
{{< /note >}}

## Cleaning

{{< note >}}
There are two special cases: A copper kettle needs a soft cloth. An enamel kettle needs no
scrubbing.
{{< /note >}}

## Water

{{< note >}}
The filling water must not be: sparkling, salted or above 30 °C. Tap water suits most
kettles.
{{< /note >}}

## Storage

{{< note >}}
Avoid storing a kettle with water inside for weeks: the standing water leaves scale on the
element.
{{< /note >}}
"""

_NO_CARD = """# Kettles

## Getting started

{{< note >}}
If you haven't already, try out the kettle tour for a quick walk-through.
{{< /note >}}

## Remote boiling

{{< note >}}
If you have a DNS record for `kettle.example.com`, you can send the request to that name.
{{< /note >}}

## Sizes

{{< note >}}
An example of a small size: `0.5 l` (though you would pick your own size)

An example of a large size: `1.7 l`
{{< /note >}}

## Listing kettles

{{< note >}}
If you list the kettles using:

`kettle list --all`

You can't see the spare kettle because the list only holds plugged-in kettles.
{{< /note >}}
"""


def _tips(text: str) -> dict[str, str]:
    notes = build_deck(text, "kettles.md").notes
    return {n.front: n.back for n in notes if isinstance(n, FactNote) and n.type.value == "tip"}


def test_a_tip_is_asked_by_its_condition_and_what_its_advice_says() -> None:
    tips = _tips(_NOTES)
    assert list(tips) == [
        "Descaling: when descaling a kettle that is fitted with a filter, which is held in by"
        " a clip, what is good practice?",
        "Lids: if the lid has a hinge, what can you do?",
        "Spouts: if the spout drips, what should you keep in mind?",
        "Power: before unplugging the base, what must you check?",
        "Boiling: if a kettle holds a lid, but does not hold a whistle, what happens?",
        "Filters: if you use a mesh filter, what should you do first?",
        # The aside listing reasons stays on the back; the front asks the condition.
        "Sounds: if the whistle is not wanted, what can you do?",
        # What the reader does in that case.
        "Pouring: when pouring from a full kettle, what do you tilt?",
        "Cleaning: what are the two special cases?",
        "Water: what must the filling water not be?",
        "Storage: why avoid storing a kettle with water inside for weeks?",
    ]


def test_a_tip_keeps_its_caveat_sentence_on_the_back() -> None:
    tips = _tips(_NOTES)
    front = (
        "Descaling: when descaling a kettle that is fitted with a filter, which is held in by"
        " a clip, what is good practice?"
    )
    assert tips[front] == (
        "When descaling a kettle that is fitted with a filter, which is held in by a clip, it"
        " is a good practice to remove the whole clip instead of the filter. This will ensure"
        " that the filter seats again after the rinse."
    )
    assert tips["Sounds: if the whistle is not wanted, what can you do?"] == (
        "If the whistle is not wanted (because of sleeping children, thin walls, late hours,"
        " etc) you can unhook it from the spout."
    )


def test_a_tip_with_nothing_to_ask_makes_no_card() -> None:
    # An empty condition, the walk-through's made-up domain, example values and a
    # lead-in cut before its command: no tip card at all (never "…: An example of …?").
    assert _tips(_NO_CARD) == {}


_POINTERS_AND_DASHES = """# Kettles

## Monitoring

!!! note "Thermometers"
    If you are interested in checking the water with a thermometer, you can find a quick
    setup guide in Part 4 of the kettle course.

## Timers

> [!TIP]
> Consider `BoilTimer` (a built-in clock) instead of a kitchen timer — `FakeBoilTimer` from
> the test kit provides the same pattern.

## Handles

{{< note >}}
Although `grip` is almost identical to `handle`, it was added to keep old kettles working.
{{< /note >}}
"""


def test_a_tip_that_only_points_to_a_guide_makes_no_card() -> None:
    # A titled note whose only sentence sends the reader to a guide: never
    # "Monitoring: thermometers?" → "… you can find a quick setup guide in Part 4".
    tips = _tips(_POINTERS_AND_DASHES)
    assert not [front for front in tips if "hermometer" in front]


def test_terms_past_a_dash_are_never_set_against_each_other() -> None:
    # `BoilTimer` is weighed against a kitchen timer; `FakeBoilTimer` past the dash is
    # another statement: no "how do `BoilTimer` and `FakeBoilTimer` differ?". Two terms
    # set against each other in one clause still ask how they differ.
    assert list(_tips(_POINTERS_AND_DASHES)) == ["Handles: how do `grip` and `handle` differ?"]

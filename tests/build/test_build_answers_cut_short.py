"""Answers cut before the part that answers: a step asking for
"all" of something keeps the sentence that says how to reach all of it; a "How to X?"
answer keeps the further steps its section gives ("Also, …", "To avoid …, use …");
a two-part imperative question ("Identify and fix X") keeps the paragraph answering
its second part. Read from synthetic documents that have the shapes and none of the
reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_ALL_KITCHENS = """# Watch a kettle

## Kettle events

Events such as the ones shown at the end of a kettle's description are kept by the
controller and say what happened to each kettle lately. To list all events you can use

```shell
kettlectl get events
```

but remember that events belong to a kitchen. If you want the events of one kitchen,
you have to name that kitchen in the command:

```shell
kettlectl get events --kitchen=pantry
```

To see events from every kitchen at once, pass the `--every-kitchen` flag.

Another way to learn more about a kettle is to ask for its full record.
"""


def _step_backs(text: str, start: str) -> list[tuple[str, str]]:
    return [
        (n.front, n.back)
        for n in build_deck(text, "watch-kettle.md").notes
        if isinstance(n, FactNote) and n.back.startswith(start)
    ]


def test_a_step_asking_for_all_keeps_the_sentence_reaching_all() -> None:
    assert _step_backs(_ALL_KITCHENS, "kettlectl get events\n") == [
        (
            "Watch a kettle: how do you list all events?",
            "kettlectl get events\n"
            "But remember that events belong to a kitchen. If you want the events of one "
            "kitchen, you have to name that kitchen in the command:\n"
            "kettlectl get events --kitchen=pantry\n"
            "To see events from every kitchen at once, pass the `--every-kitchen` flag.",
        )
    ]


def test_a_step_asking_for_no_whole_leaves_the_next_paragraph_off() -> None:
    text = _ALL_KITCHENS.replace("To list all events you can use", "To list events you can use")
    assert _step_backs(text, "kettlectl get events\n") == [
        (
            "Watch a kettle: how do you list events?",
            "kettlectl get events\n"
            "But remember that events belong to a kitchen. If you want the events of one "
            "kitchen, you have to name that kitchen in the command:\n"
            "kettlectl get events --kitchen=pantry",
        )
    ]


_HOW_TO = """# Kettlekit FAQ

## How to use Kettlekit with a water filter?

If you use a filter, list the filtered taps in the kettle options:

```json
{ "taps": ["kitchen", "pantry"] }
```

Also, if you want to run the descaler by hand, start it this way:

```shell
kettlectl descale --now
```

For travel kettles use this instead:

```shell
kettlectl descale --now --small
```

## How to boil water twice as fast?

Set `turbo: true` in the kettle options so Kettlekit knows to use both heaters.

To stop the fuse from tripping use the `LowDraw` wrapper for the second heater:

```python
second = LowDraw(Heater(2))
```

## How do I reset the kettle?

Press the reset button for five seconds.

The light blinks twice when the kettle is reset.

## What does the blue light mean?

The blue light means the water is below forty degrees.

Also, the light turns red when the water boils.
"""


def _backs(text: str) -> dict[str, str]:
    deck = build_deck(text, "kettle-faq.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_a_how_to_answer_keeps_the_further_steps_of_its_section() -> None:
    backs = _backs(_HOW_TO)
    assert backs["How to use Kettlekit with a water filter?"] == (
        "If you use a filter, list the filtered taps in the kettle options:\n"
        '{ "taps": ["kitchen", "pantry"] }\n'
        "Also, if you want to run the descaler by hand, start it this way:\n"
        "kettlectl descale --now\n"
        "For travel kettles use this instead:\n"
        "kettlectl descale --now --small"
    )
    assert backs["How to boil water twice as fast?"] == (
        "Set `turbo: true` in the kettle options so Kettlekit knows to use both heaters.\n"
        "To stop the fuse from tripping use the `LowDraw` wrapper for the second heater:\n"
        "second = LowDraw(Heater(2))"
    )


def test_a_how_to_answer_without_further_steps_stays_as_it_was() -> None:
    backs = _backs(_HOW_TO)
    # No later paragraph gives another step: the opening answers alone, as before.
    assert backs["How do I reset the kettle?"] == ("Press the reset button for five seconds.")
    # A question asking what, not how, keeps its opening only.
    assert backs["What does the blue light mean?"] == (
        "The blue light means the water is below forty degrees."
    )


def test_further_steps_that_do_not_fit_stay_off_the_back() -> None:
    long_code = (
        "```shell\n" + "\n".join(f"kettlectl descale --pass {n}" for n in range(40)) + "\n```"
    )
    text = _HOW_TO.replace("```shell\nkettlectl descale --now\n```", long_code, 1)
    back = _backs(text)["How to use Kettlekit with a water filter?"]
    assert back == (
        "If you use a filter, list the filtered taps in the kettle options:\n"
        '{ "taps": ["kitchen", "pantry"] }'
    )


_TWO_TASKS = (
    """# Kettle interview

## Identify and clear a scale build-up

### Answer

Scale is a crust of minerals on the heater plate; hard water leaves it after every boil
and the kettle then takes longer to boil and hums.

You clear it by boiling a cup of vinegar with the water and rinsing twice. A filter jug
keeps it from coming back.

Typical mistakes: scrubbing the plate with steel wool.

## What is a thermostat and when would you replace it?

A thermostat is the switch that cuts the heater once the water boils.

Replace it when the kettle boils dry or never switches off:

- the plate glows red
- the lid rattles for minutes

## What is a descaler and why use it?

A descaler is a mild acid sold in sachets for kettles.

For example, to run one from the shell:

```shell
kettlectl descale --sachet
```

It dissolves the scale, so the heater plate touches the water again and the kettle boils fast.

## Describe and repair a loose lid

A loose lid lets steam out beside the sensor, so the kettle never switches off. It
happens after a drop: the hinge pin bends and the latch no longer catches. """
    + ("Older kettles of the same series also wear the latch spring thin. " * 9)
    + """

Straighten the pin with pliers or order a new hinge.

## Explain the boil sensor

The boil sensor is a bimetal disc under the spout.

It bends when steam reaches it.
"""
)


def test_a_two_task_question_keeps_the_paragraph_answering_its_second_task() -> None:
    backs = _backs(_TWO_TASKS)
    assert backs["Kettle interview: identify and clear a scale build-up?"] == (
        "Scale is a crust of minerals on the heater plate; hard water leaves it after every "
        "boil and the kettle then takes longer to boil and hums.\n"
        "You clear it by boiling a cup of vinegar with the water and rinsing twice. A "
        "filter jug keeps it from coming back."
    )
    assert backs["What is a thermostat and when would you replace it?"] == (
        "A thermostat is the switch that cuts the heater once the water boils.\n"
        "Replace it when the kettle boils dry or never switches off:\n"
        "• the plate glows red\n"
        "• the lid rattles for minutes"
    )


def test_an_example_between_the_two_answers_is_passed_over() -> None:
    backs = _backs(_TWO_TASKS)
    assert backs["What is a descaler and why use it?"] == (
        "A descaler is a mild acid sold in sachets for kettles.\n"
        "It dissolves the scale, so the heater plate touches the water again and the "
        "kettle boils fast."
    )


def test_a_two_task_question_whose_second_answer_does_not_fit_makes_no_card() -> None:
    backs = _backs(_TWO_TASKS)
    assert not [f for f in backs if "loose lid" in f]
    # One task asked: the opening answers alone, as before.
    assert backs["Explain the boil sensor"] == "The boil sensor is a bimetal disc under the spout."

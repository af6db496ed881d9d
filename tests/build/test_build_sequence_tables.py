"""A "Who | What" table whose rows are the steps of one scenario (an actor acting a few
steps in turn) is one ordered list asked as the scenario: the author's question above
it, "What happens, step by step, when …?" from a lead-in, or the procedure a heading
names; no card when nothing names the scenario, never "<actor>: what?". Synthetic
documents in the shape of course tutorials and process guides."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

STEPS = """| Who | What |
| --- | --- |
| Sensor | Raises the alarm line |
| Controller | Latches the alarm |
| Controller | Stops the conveyor motor |
| Operator | Clears the jam |
| Controller | Restarts the conveyor motor |
"""


def _cards(text: str) -> list[tuple[str, str]]:
    deck = build_deck(text, "plant.md")
    return [(n.front, n.back) for n in facts(deck.notes)]


BACK = (
    "1. Sensor: Raises the alarm line\n"
    "2. Controller: Latches the alarm\n"
    "3. Controller: Stops the conveyor motor\n"
    "4. Operator: Clears the jam\n"
    "5. Controller: Restarts the conveyor motor"
)


def test_the_authors_task_above_the_table_asks_it() -> None:
    text = f"""# Plant tutorial

## Safety

**Q7.** Describe the sequence of events that follows a jam on the conveyor.

Note: in the table below, the controller stands for its firmware.

{STEPS}"""
    assert _cards(text) == [
        ("Describe the sequence of events that follows a jam on the conveyor.", BACK)
    ]


def test_a_lead_in_naming_the_moment_asks_what_happens_when() -> None:
    text = f"""# Plant notes

## Safety

This is what happens when a jam stops the conveyor:

{STEPS}"""
    assert _cards(text) == [("What happens, step by step, when a jam stops the conveyor?", BACK)]


def test_a_heading_naming_a_procedure_asks_its_steps_with_the_authors_numbers() -> None:
    text = """# Plant guide

## Jam Recovery Process

| Step | Who | Action |
| --- | --- | --- |
| 1 | Sensor | Raises the alarm line |
| 2 | Operator | Clears the jam |
| 3a | Controller | Restarts the motor when the belt is clear |
| 3b | Controller | Calls the supervisor when the belt stays blocked |
"""
    assert _cards(text) == [
        (
            "What happens, step by step, in the jam recovery process?",
            "1. Sensor: Raises the alarm line\n"
            "2. Operator: Clears the jam\n"
            "3a. Controller: Restarts the motor when the belt is clear\n"
            "3b. Controller: Calls the supervisor when the belt stays blocked",
        )
    ]


def test_no_scenario_named_makes_no_card() -> None:
    text = f"""# Plant notes

## Safety

{STEPS}"""
    assert _cards(text) == []


def test_a_who_what_table_of_one_row_per_person_is_no_sequence() -> None:
    # Each person named once: a table of who owns what, read row by row as before.
    text = """# Plant notes

## Owners

This is who to call when the conveyor stops:

| Who | What |
| --- | --- |
| Dana | Conveyor motors and drives |
| Lee | Alarm wiring |
| Sam | Firmware updates |
"""
    fronts = [front for front, _ in _cards(text)]
    assert fronts
    assert not any(front.startswith("What happens, step by step") for front in fronts)

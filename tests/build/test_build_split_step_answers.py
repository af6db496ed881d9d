"""Answers to an author's question that go on past their first code fence, each read
from a synthetic document that has the shape and none of the reviewed wording:
numbered steps split by their commands."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

SPLIT_STEPS = """# Orchard operations notes

### 4. How do you find a stuck irrigation valve?

Checks:

1. List the valves

```bash
valvectl list
```

2. Read the valve's pressure log

```bash
valvectl log --valve north-3
```

Shows the last hour of readings.

3. Reset the valve if required

```bash
valvectl reset north-3
```

📌 Find out why it stuck before resetting.

---

### 5. What is a drip line?

A drip line is a hose that waters each tree at its roots.
"""


def test_numbered_steps_split_by_their_commands_keep_every_command() -> None:
    deck = build_deck(SPLIT_STEPS, "orchard.md")
    backs = {n.front: n.back for n in facts(deck.notes)}
    back = backs["How do you find a stuck irrigation valve?"]
    assert back.splitlines() == [
        "Checks:",
        "1. List the valves",
        "valvectl list",
        "2. Read the valve's pressure log",
        "valvectl log --valve north-3",
        "Shows the last hour of readings.",
        "3. Reset the valve if required",
        "valvectl reset north-3",
        "Find out why it stuck before resetting.",
    ]


def test_split_steps_too_long_keep_whole_steps_only() -> None:
    long_command = "valvectl log --valve north-3 " + "--field pressure " * 40
    text = SPLIT_STEPS.replace("valvectl log --valve north-3", long_command.strip())
    deck = build_deck(text, "orchard.md")
    backs = {n.front: n.back for n in facts(deck.notes)}
    back = backs["How do you find a stuck irrigation valve?"]
    assert back.splitlines() == ["Checks:", "1. List the valves", "valvectl list"]


SEVERAL_FENCES = """# Bakery scheduler FAQ

## Can one oven run both batch and stream bakes?

Yes. Give a `BatchPlan` and a `StreamPlan` the same `OvenGroup`.

In its simplest form:

```yaml
kind: OvenGroup
name: east-wing
ovens: 4
```

```yaml
kind: BatchPlan
name: nightly
group: east-wing
```

```yaml
kind: StreamPlan
name: rolling
group: east-wing
```

## How can I tell which oven baked a given loaf?

Besides the logs, each oven keeps a record of what it baked in the
`loafstatus` objects, for example:

```
$ bakectl get loafstatus -n bakery
NAME      OVEN     LOAF
ls-1a2b   oven-2   rye-7
ls-3c4d   oven-1   spelt-2
```

Each record is labelled with "bakery.io/oven" and "bakery.io/loaf", so that
the records of one oven and one loaf are easy to list, for example:

```
$ bakectl get loafstatus -n bakery -l bakery.io/oven=oven-2,bakery.io/loaf=rye-7
NAME      OVEN     LOAF
ls-1a2b   oven-2   rye-7
```

A record only says that the oven meant to bake the loaf; whether the loaf came
out is told by the oven's own temperature log, which the scheduler reads every
minute, and by the bakery's quality checks, which sample every tenth loaf of each
batch and keep their results in the `checkresult` objects of the bakery namespace
for a week before they are archived.
"""


def test_a_lead_in_over_several_fences_keeps_every_fence() -> None:
    deck = build_deck(SEVERAL_FENCES, "bakery.md")
    backs = {n.front: n.back for n in facts(deck.notes)}
    back = backs["Can one oven run both batch and stream bakes?"]
    assert "In its simplest form:" in back
    for kind in ("kind: OvenGroup", "kind: BatchPlan", "kind: StreamPlan"):
        assert kind in back


def test_prose_between_printed_sessions_answers_without_the_outputs() -> None:
    deck = build_deck(SEVERAL_FENCES, "bakery.md")
    backs = {n.front: n.back for n in facts(deck.notes)}
    back = backs["How can I tell which oven baked a given loaf?"]
    assert back.startswith("Besides the logs, each oven keeps a record of what it baked in the")
    assert "`loafstatus` objects." in back
    assert "Each record is labelled with" in back
    assert "$ bakectl" not in back
    assert "ls-1a2b" not in back
    assert "for example" not in back


HINTED_QUESTIONS = """# Greenhouse interview questions

## 1) Watering schedules
**Question:**
How often should seedlings be watered in a heated greenhouse?

<details>
  <summary>Hints / Key Points</summary>

  - Daily, early in the morning.
  - Less often in winter, when evaporation is slow.
</details>

---

## 2) Scenario: Wilting tomatoes
**Question (Scenario):**
A row of tomatoes wilts every afternoon.

- How would you find the cause?
- How do you keep it from happening again?

<details>
  <summary>Key Points</summary>

  - Check the soil moisture at noon.
  - Add shade cloth or water twice on hot days.
</details>
"""


def test_a_question_label_over_a_generically_titled_fold_is_answered_by_the_fold() -> None:
    deck = build_deck(HINTED_QUESTIONS, "greenhouse.md")
    cards = {n.front: n.back for n in facts(deck.notes)}
    assert cards == {
        "How often should seedlings be watered in a heated greenhouse?": (
            "• Daily, early in the morning.\n• Less often in winter, when evaporation is slow."
        ),
        (
            "A row of tomatoes wilts every afternoon. How would you find the cause? "
            "How do you keep it from happening again?"
        ): ("• Check the soil moisture at noon.\n• Add shade cloth or water twice on hot days."),
    }


LABELLED_FENCES = """# Orchard operations notes

### 7. How do you check tank level and flow rate?

📌 Tank level

```bash
tankctl level
```

📌 Flow per line

```bash
tankctl flow --all
```

⚠ A flow of zero on a full tank means a blocked filter.

---

### 8. What is a drip line?

A drip line is a hose that waters each tree at its roots.
"""


def test_labelled_fences_under_a_question_heading_keep_every_label_and_fence() -> None:
    deck = build_deck(LABELLED_FENCES, "orchard.md")
    backs = {n.front: n.back for n in facts(deck.notes)}
    assert backs["How do you check tank level and flow rate?"].splitlines() == [
        "Tank level",
        "tankctl level",
        "Flow per line",
        "tankctl flow --all",
        "A flow of zero on a full tank means a blocked filter.",
    ]

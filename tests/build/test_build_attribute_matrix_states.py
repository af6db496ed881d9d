"""Feature matrices and lead-ins (synthetic documents, no real wording): matrix cells
that name their state in an attribute, "partly" as a state of its own, "<symbol>:
<meaning>" legends."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

YES_ = '<span aria-label="Supported" role="img">🟢</span>'
NOT_ = '<span aria-label="Not in progress" role="img">⛔</span>'
SOON = '<span aria-label="In progress" role="img">⏳</span>'
PART = '<span aria-label="Partially supported" role="img">⚠️</span>'
ATTRIBUTE_MATRIX = f"""# Kiln models

Key:
- 🟢: Works
- ⛔: Not in progress
- ⏳: In progress
- ⚠️: Partially supported (some glazes only)

| Clay | Bisque | Glaze | Raku |
| ---- | ------ | ----- | ---- |
| Porcelain | {YES_} | {YES_} | {YES_} |
| Stoneware | <span title="Partially supported">⚠️</span> | {YES_} | {NOT_} |
| Terracotta | {SOON} | {NOT_} | <img src="x.svg" alt="Not supported"> |
| Paper clay | {PART} | {PART} | {PART} |
"""


def test_a_matrix_cell_takes_its_state_from_the_attribute_and_partly_is_its_own_state() -> None:
    cards = {n.front: n.back for n in facts(build_deck(ATTRIBUTE_MATRIX, "kilns.md").notes)}
    asked = "which of Bisque, Glaze, Raku?"
    assert cards == {
        f"Kiln models, Porcelain: {asked}": "All of them",
        f"Kiln models, Stoneware: {asked}": "Bisque (partially), Glaze (not Raku)",
        f"Kiln models, Terracotta: {asked}": "None of them; in progress: Bisque",
        f"Kiln models, Paper clay: {asked}": (
            "Bisque (partially), Glaze (partially), Raku (partially)"
        ),
    }


LEGEND_MATRIX = """# Kiln models

- ✔️: Supported
- ⚠️: Partially supported (some glazes only)
- ❌: Not supported

## Firing

| Clay | Bisque | Glaze |
| ---- | ------ | ----- |
| Porcelain | ✔️ | ✔️ |
| Stoneware | ⚠️ | ✔️ |
| Terracotta | ❌ | ⚠️ |
"""


def test_a_symbol_colon_meaning_legend_feeds_the_matrix_and_makes_no_card() -> None:
    notes = facts(build_deck(LEGEND_MATRIX, "kilns.md").notes)
    cards = {n.front: n.back for n in notes}
    asked = "which of Bisque, Glaze?"
    assert cards == {
        f"Firing, Porcelain: {asked}": "All of them",
        f"Firing, Stoneware: {asked}": "Bisque (partially), Glaze",
        f"Firing, Terracotta: {asked}": "Glaze (partially) (not Bisque)",
    }


PRONOUN_LEAD_IN = """# Object stores compared

## Mirroring

Acme Store copies every bucket between regions. It offers two copy modes:

- Eager. Every write waits until both regions have the object.
- Lazy. Writes return at once and a background worker copies them later.

## Retention

In the default setup the oldest versions are pruned first. It keeps three tiers:

- Hot, for the last day of versions.
- Warm, for the last month of versions.
"""


def test_a_lead_in_opening_on_it_names_the_sentence_before_s_subject_or_the_section_asks() -> None:
    notes = facts(build_deck(PRONOUN_LEAD_IN, "stores.md").notes)
    fronts = {n.front: n.back for n in notes}
    assert fronts["Mirroring: Acme Store offers two copy modes …?"] == (
        "• Eager. Every write waits until both regions have the object.\n"
        "• Lazy. Writes return at once and a background worker copies them later."
    )
    # "It keeps three tiers" names nothing the paragraph says, and "retention?" alone
    # does not announce tiers: the lead-in cannot reach the front, so no card.
    assert not any("Hot, for the last day" in back for back in fronts.values())
    assert len(fronts) == 1


CONTENTS_TABLES = """# Gardening questions

## Overview of the guide

| # | Topic | Questions |
|---|-------|-----------|
| 1 | [Soil](#soil) | [12](#soil) |
| 2 | [Watering](#watering) | [9](#watering) |

| Chapter | Description |
|---|---|
| [Soil](#soil) | What soil is made of |
| [Watering](#watering) | How often to water |

| Plant | Water per week |
|---|---|
| [Tomato](#soil) | 2 litres |
| Basil | 1 litre |

## Soil

Loam holds water and air in balance.

## Watering

Water at the base of the plant in the morning.
"""


def test_a_table_of_links_to_the_page_s_own_sections_makes_no_card() -> None:
    cards = {n.front: n.back for n in facts(build_deck(CONTENTS_TABLES, "garden.md").notes)}
    # Only the table whose rows are not all named by a link to a section is asked.
    assert cards == {
        "Tomato: water per week?": "2 litres",
        "Basil: water per week?": "1 litre",
    }


LABELLED_CODE = """# Bakery ovens

## Steam injection

To turn steam on, set one of the following options in the oven's config:

**Rational**

```yaml
oven:
  steam:
    enabled: true
```

**Unox**

```yaml
oven:
  humidity: 80
```

## Timers

{{< tabs name="timers" >}}
{{% tab name="Before" %}}
```yaml
timer: 10
```
{{% /tab %}}
{{% tab name="After" %}}
```yaml
timer: 12
```
{{% /tab %}}
{{< /tabs >}}

## Cleaning

**Rational**

```yaml
clean: nightly
```

## How do I set the fan speed?

**Rational**

```yaml
fan: 3
```

**Unox**

```yaml
fan: high
```

## Descaling

**Rational**

```sh
descale --now
```

**Unox**

```sh
unox-descale
```
"""


def test_sibling_labelled_code_blocks_are_asked_by_heading_and_label() -> None:
    cards = {n.front: n.back for n in facts(build_deck(LABELLED_CODE, "ovens.md").notes)}
    assert cards["Steam injection, Rational: which option?"] == (
        "oven:\n  steam:\n    enabled: true"
    )
    assert cards["Steam injection, Unox: which option?"] == "oven:\n  humidity: 80"
    # Role labels ("Before"/"After") and a lone labelled block name no case to ask by;
    # under the author's question the blocks are its answer; a shell block under a
    # label asks nothing a lead-in or its language names.
    assert not [f for f in cards if f.startswith(("Timers", "Cleaning", "Descaling"))]
    assert not [f for f in cards if ", Rational: " in f and "fan" in f.lower()]


LONG_LEAD_IN = """# Beekeeping

## Hive checks

Frames are inspected by the club every spring (see Club rules), but you should
still look at every frame yourself before the first honey flow starts:

- Brood pattern
- Queen cells

## Winter

If the colony is small and the winter is long, one of the following steps keeps
the bees alive through the cold months:

- Insulate the hive
- Feed fondant

## Smoker, veil and glove checks before opening a hive

Furthermore, if you want to open a hive on a cold day, you must warm the frames:

- Use a heated box
- Work quickly
"""


def test_a_long_lead_in_asks_its_point_without_asides_and_keeps_its_condition() -> None:
    cards = {n.front for n in facts(build_deck(LONG_LEAD_IN, "bees.md").notes)}
    assert (
        "Hive checks: You should still look at every frame yourself before the first "
        "honey flow starts …?"
    ) in cards
    # Counted with its long heading the front is too long: the connective goes.
    assert (
        "Smoker, veil and glove checks before opening a hive: If you want to open a hive "
        "on a cold day, you must warm the frames …?"
    ) in cards
    # The condition is what the list answers: it stays.
    assert (
        "If the colony is small and the winter is long, one of the following steps "
        "keeps the bees alive through the cold months …?"
    ) in cards


PRONOUN_UNDER_QUESTION = """# Build tools

## What is Brix and what does it give you?

Brix scaffolds a project with no configuration step.

It includes everything a project needs to start:

1. A compiler with source maps.
2. A test runner with coverage.
"""


def test_a_lead_in_opening_on_it_under_the_author_s_question_keeps_the_question_s_subject() -> None:
    fronts = {n.front for n in facts(build_deck(PRONOUN_UNDER_QUESTION, "brix.md").notes)}
    assert (
        "What is Brix and what does it give you: It includes everything a project needs to start …?"
    ) in fronts

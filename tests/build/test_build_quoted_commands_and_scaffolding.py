"""Command and step shapes: a prompted command whose quoted argument spans
lines, steps announcing what follows, exercise scaffolding, clean-up steps naming no
object. Synthetic documents, none of any reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.lastcheck import drop_reason
from quizkit.notes import FactNote, NoteType
from tests.helpers import facts

_PIPED = """# Gateway filters

## Routes

Let's register a route that sends `/tea` to the kettle service:

```bash
$ printf '
kind: Route
metadata:
  name: tea-route
spec:
  path: /tea
' | gatewayctl apply -f -
route/tea-route registered
```

## Filters

First, add a filter with a quoted value:

```bash
$ printf "kind: Filter
metadata:
  name: sugar-filter
labels:
  sweet: \\"yes\\"
" | gatewayctl apply -f -

filter/sugar-filter registered
```
"""


def test_a_quoted_argument_over_many_lines_is_one_command_and_its_output_goes() -> None:
    notes = {n.front: n.back for n in facts(build_deck(_PIPED, "gateway.md").notes)}
    route = notes["How do you register a route that sends `/tea` to the kettle service?"]
    assert route == (
        "printf '\nkind: Route\nmetadata:\n  name: tea-route\nspec:\n  path: /tea\n"
        "' | gatewayctl apply -f -"
    )
    sugar = notes["How do you add a filter with a quoted value?"]
    assert sugar == (
        'printf "kind: Filter\nmetadata:\n  name: sugar-filter\nlabels:\n'
        '  sweet: \\"yes\\"\n" | gatewayctl apply -f -'
    )


def test_a_stray_quote_never_swallows_the_rest_of_the_block() -> None:
    text = """# Notes

## Echo

Print a greeting:

```bash
$ echo "hello world
hello world
```
"""
    notes = {n.front: n.back for n in facts(build_deck(text, "echo.md").notes)}
    # The quote never closes in the block: the prompted line stands alone, the rest
    # is what it printed.
    assert notes["How do you print a greeting?"] == 'echo "hello world'


_TWO_FILTERS = """# Gateway filters

## Per route

Next, we will create a Filter resource:

```bash
$ printf '
kind: Filter
metadata:
  name: add-lemon
config:
  slice: 1
' | gatewayctl apply -f -
filter/add-lemon registered
```

## Per user

First, create the `Filter` resource:

```bash
$ printf '
kind: Filter
metadata:
  name: limit-cups
config:
  cups: 3
' | gatewayctl apply -f -
filter/limit-cups registered
```
"""


def test_steps_that_read_alike_name_the_object_their_manifest_makes() -> None:
    fronts = [n.front for n in facts(build_deck(_TWO_FILTERS, "filters.md").notes)]
    assert fronts == [
        "How do you create the `Filter` resource `add-lemon`?",
        "How do you create the `Filter` resource `limit-cups`?",
    ]


def test_a_step_read_once_keeps_its_front() -> None:
    once = _TWO_FILTERS.split("## Per user")[0]
    fronts = [n.front for n in facts(build_deck(once, "filters.md").notes)]
    assert fronts == ["How do you create a Filter resource?"]


def test_a_back_that_announces_what_follows_and_stops_makes_no_card() -> None:
    text = """# Kettle questions

#### 1. How to descale a kettle?

Fill the kettle with vinegar and water in a mix like this

#### 2. How to keep the lid clean?

Wipe the lid with a dry cloth after each boil.
"""
    fronts = [n.front for n in facts(build_deck(text, "kettle.md").notes)]
    assert fronts == ["How to keep the lid clean?"]


def test_the_last_check_names_an_announcing_back() -> None:
    for back in ("Change the file as follows.", "Set the limits like below.", "Use the following"):
        note = FactNote(id="x", type=NoteType.FACT, front="How to set it?", back=back)
        assert drop_reason(note) == "the back announces what follows it and stops there"
    kept = FactNote(id="x", type=NoteType.FACT, front="How?", back="It works like this one.")
    assert drop_reason(kept) is None


_KATA = """# Brewing kata

## Learning Goals

- Use a thermometer to check the water
- Use a timer to steep the leaves

## Introduction

Green tea is steeped at a lower temperature than black tea, about 80 degrees.

> :books: Documentation links:
>
> [Steeping guide](https://example.org/steeping)
>
> [Thermometer manual](https://example.org/thermometer)

## Exercise

### Overview

- Heat the water to 80 degrees
- Steep the leaves for two minutes
- Pour the tea into cups
"""


def test_exercise_scaffolding_makes_no_card() -> None:
    fronts = [n.front.lower() for n in facts(build_deck(_KATA, "kata.md").notes)]
    assert not [f for f in fronts if "learning goals" in f or "links" in f or "overview" in f]


def test_the_last_check_names_exercise_scaffolding() -> None:
    for front in ("Kata: learning goals?", "Kata: documentation links (Intro)?", "Kata: links?"):
        note = FactNote(id="x", type=NoteType.LIST, front=front, back="• a\n• b")
        assert (
            drop_reason(note)
            == f"the front asks only a label ({front.split(': ')[1][:-1].split(' (')[0]!r})"
        )
    overview = FactNote(id="x", type=NoteType.LIST, front="Exercise: overview?", back="• a\n• b")
    assert drop_reason(overview) == "an exercise's overview of its steps to come"
    concept = FactNote(id="x", type=NoteType.LIST, front="Scheduler: overview?", back="• a\n• b")
    assert drop_reason(concept) is None


def test_a_clean_up_of_your_object_by_a_plain_delete_makes_no_card() -> None:
    text = """# Teapots

## Clean up

Delete your Pod:

```shell
kubectl delete pod teapot-demo --namespace=kitchen
```
"""
    assert facts(build_deck(text, "teapots.md").notes) == []


_ANNOUNCED_LINES = """# Kettle questions

#### 1. How to mute the kettle's whistle?

In the settings file add a line like this

`whistle = off`

Or in the kitchen profile add a line like this

`kitchen/whistle = off`

#### 2. How to copy a recipe from another book?

A recipe of another book can be placed under a chapter of its own. For example:

recipectl import --chapter=soups books/grandma.book lentil-soup

#### 3. How to clean the spout?

Rinse it with warm water.
"""


def test_an_answer_announcing_a_line_carries_the_line_written_after_it() -> None:
    notes = {n.front: n.back for n in facts(build_deck(_ANNOUNCED_LINES, "kettle.md").notes)}
    assert notes["How to mute the kettle's whistle?"] == (
        "In the settings file add a line like this\n`whistle = off`\n"
        "Or in the kitchen profile add a line like this\n`kitchen/whistle = off`"
    )
    assert notes["How to copy a recipe from another book?"] == (
        "A recipe of another book can be placed under a chapter of its own. For example:\n"
        "recipectl import --chapter=soups books/grandma.book lentil-soup"
    )
    assert notes["How to clean the spout?"] == "Rinse it with warm water."


def test_a_commented_command_keeps_its_quoted_argument_over_many_lines() -> None:
    text = """# Gateway

## Routes

```bash
# Create the coffee route
printf '
kind: Route
metadata:
  name: coffee-route
' | gatewayctl apply -f -
```
"""
    notes = {n.front: n.back for n in facts(build_deck(text, "gateway.md").notes)}
    assert notes["How do you create the coffee route?"] == (
        "printf '\nkind: Route\nmetadata:\n  name: coffee-route\n' | gatewayctl apply -f -"
    )

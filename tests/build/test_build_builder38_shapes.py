"""Shapes of review 21 (builder38): a prompted command whose quoted argument spans
lines, steps announcing what follows, exercise scaffolding, clean-up steps naming no
object. Synthetic documents, none of any reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
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

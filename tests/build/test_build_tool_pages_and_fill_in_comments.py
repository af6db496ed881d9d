"""Command steps whose front would not name the tool or the thing, each read from a
synthetic document that has the shape and none of the reviewed wording: a page about
one program whose steps run it, fill-in and pointer comments in shell blocks, and a
Hugo shortcode left inside a command."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.lastcheck import drop_reason
from quizkit.notes import FactNote
from tests.helpers import facts

TOOL_PAGE = """# Inspecting greenhouses with seedctl

`seedctl` is a command-line client for greenhouse controllers.

## Listing beds

List all beds:

```shell
seedctl beds
```

List beds by row:

```shell
seedctl beds --row 3
```

## Watering

Open the valves for a bed:

```shell
valvectl open --bed 7
```
"""


def test_a_step_on_a_page_about_its_program_names_the_program() -> None:
    deck = build_deck(TOOL_PAGE, "seedctl.md")
    fronts = {n.front: n.back for n in facts(deck.notes)}
    assert fronts["How do you list all beds with `seedctl`?"] == "seedctl beds"
    assert fronts["How do you list beds by row with `seedctl`?"] == "seedctl beds --row 3"


def test_a_step_naming_what_its_program_is_named_after_keeps_its_front() -> None:
    deck = build_deck(TOOL_PAGE, "seedctl.md")
    fronts = {n.front: n.back for n in facts(deck.notes)}
    # "valves" of ``valvectl``: the front names the product the tool is for.
    assert fronts["How do you open the valves for a bed?"] == "valvectl open --bed 7"


def test_a_step_already_naming_its_program_is_not_named_twice() -> None:
    page = TOOL_PAGE.replace("List all beds:", "Use `seedctl` to list all beds:")
    deck = build_deck(page, "seedctl.md")
    fronts = [n.front for n in facts(deck.notes)]
    assert "How do you list all beds with `seedctl`?" in fronts
    assert not any(f.count("seedctl") > 1 for f in fronts)


def test_a_step_names_its_program_whatever_the_title_but_an_everyday_tool() -> None:
    # A card is read without the page's title: a title naming the product, or none of
    # it, still leaves "list all beds" a task of any tool. ``kubectl`` is read as the
    # tool of its platform's pages already.
    for title, program, front in (
        ("Seedctl cheatsheet", "seedctl", "How do you list all beds with `seedctl`?"),
        ("Greenhouse notes", "seedctl", "How do you list all beds with `seedctl`?"),
        ("Greenhouses with kubectl", "kubectl", "How do you list all beds?"),
    ):
        page = TOOL_PAGE.replace("Inspecting greenhouses with seedctl", title).replace(
            "seedctl beds", f"{program} beds"
        )
        deck = build_deck(page, "page.md")
        fronts = {n.front: n.back for n in facts(deck.notes)}
        assert fronts[front] == f"{program} beds"


FILL_IN = """# Greenhouse setup

## Settings

Note the details of your greenhouse:

```bash
bed_zone=north # Replace north with the zone where the beds stand
bed_count=<count> # replace <count> with the number of beds
valvectl status --zone "$bed_zone"
```

Then drain the tank, which empties the pipes first.

```shell
# See above advice about the pipes
valvectl drain --all --force
# Check the tank
valvectl status --tank
```
"""


def test_a_fill_in_comment_on_an_assignment_makes_no_card() -> None:
    deck = build_deck(FILL_IN, "greenhouse.md")
    assert not [n for n in facts(deck.notes) if "bed_" in n.front or "Replace" in n.back]


def test_a_comment_pointing_elsewhere_on_the_page_asks_nothing() -> None:
    deck = build_deck(FILL_IN, "greenhouse.md")
    fronts = [n.front for n in facts(deck.notes)]
    assert not any("advice" in f for f in fronts)
    assert "Settings: how do you check the tank with valvectl?" in fronts


SHORTCODE = """# Greenhouse demo

## Deploy

Create the greenhouse controller with its manifest from the docs repository:

```bash
kubectl apply -f https://example.com/docs/{{< param docs_branch >}}/greenhouse.yaml -n farm
kubectl rollout status deployment/greenhouse -n farm
```
"""


def test_a_hugo_shortcode_in_a_command_keeps_the_card_out() -> None:
    deck = build_deck(SHORTCODE, "demo.md")
    assert not [n for n in facts(deck.notes) if "{{<" in n.back or "{{<" in n.front]


POINTING_STEPS = """# Greenhouse guide

## Manage Stored Readings

Update the data with:

```bash
valvectl readings update --bed 7
```

## Demo

Apply the settings with:

```bash
valvectl apply --bed 7 --zone north
```

## Container image

You can use the container image provided:

* Build: `podman build -t greenhouse/valvectl .`
* Run: `podman run --rm -it greenhouse/valvectl`
"""


def test_a_step_whose_object_only_points_is_asked_of_its_section() -> None:
    deck = build_deck(POINTING_STEPS, "guide.md")
    fronts = {n.front: n.back for n in facts(deck.notes)}
    asked = "Manage Stored Readings: how do you update the data with `valvectl`?"
    assert fronts[asked] == "valvectl readings update --bed 7"


def test_a_pointing_step_under_a_heading_naming_nothing_makes_no_card() -> None:
    deck = build_deck(POINTING_STEPS, "guide.md")
    assert not [n for n in facts(deck.notes) if "settings" in n.front]


def test_a_lead_in_offering_a_thing_it_never_names_makes_no_list_card() -> None:
    deck = build_deck(POINTING_STEPS, "guide.md")
    assert not [n for n in facts(deck.notes) if "provided" in n.front]


def test_a_shortcode_shown_alone_in_a_code_span_is_the_notation_and_stays() -> None:
    shown = FactNote(
        id="n",
        front="Why are there two notations for a widget?",
        back="Use the `{{% widget %}}` notation when its output needs rendering as Markdown.",
    )
    filled = FactNote(
        id="n",
        front="What is the default agent of a probe?",
        back="`probe-agent/{{< param version >}}`",
    )
    assert drop_reason(shown) is None
    assert drop_reason(filled) == "a Hugo shortcode the site fills in is on the card"


def test_a_clean_up_step_stays_out_under_any_section() -> None:
    page = POINTING_STEPS.replace("Update the data with:", "Delete the data with:").replace(
        "valvectl readings update", "valvectl readings delete"
    )
    deck = build_deck(page, "guide.md")
    assert not [n for n in facts(deck.notes) if "delete the data" in n.front]

"""Troubleshooting headings that quote the message the reader meets or state a symptom
without a verb, a task heading whose command only looks a value up, pictures between a
step's lead-in and its code, and a walkthrough's own variables and file chores, each
read from a synthetic document that has the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote


def _fronts(page: str, name: str) -> dict[str, str]:
    deck = build_deck(page, name)
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


TROUBLES = """# Troubleshooting

## Finding the Kettlewatch version

You can read it in the first lines of the server's log.

```sh
$ kubectl logs -n kettle deployment/kettlewatch | head
INF Starting kettlewatch version 2.4.1
```

## "Error: failed to read boiler sensor" error message

If you get an error like this, check that the sensor address is set in the Kettlewatch
deployment.

```text
Error: failed to read boiler sensor: connection reset by peer
```

## "No kettles are registered yet."

If you see this in the dashboard, please follow the steps for registering a kettle.

## "Descaling cycle interrupted by power loss" warning

If you receive this warning, there may be an issue with the kettle's power supply.

## Kettle agent stuck in "Heating" state

If you restarted the agent during a boil, restart the kettle as well.
"""


def test_a_heading_quoting_an_error_message_asks_what_to_do_about_it() -> None:
    cards = _fronts(TROUBLES, "kettle-troubles.md")
    front = 'What to do about the "Error: failed to read boiler sensor" error message?'
    # The log line repeating the message is the symptom, never part of the fix.
    assert cards[front] == (
        "If you get an error like this, check that the sensor address is set in the "
        "Kettlewatch deployment."
    )


def test_a_heading_that_is_only_the_message_asks_what_to_do_when_it_shows() -> None:
    cards = _fronts(TROUBLES, "kettle-troubles.md")
    assert cards["What to do when no kettles are registered yet?"] == (
        "If you see this in the dashboard, please follow the steps for registering a kettle."
    )


def test_a_quoted_message_answered_by_its_cause_asks_what_causes_it() -> None:
    cards = _fronts(TROUBLES, "kettle-troubles.md")
    front = 'What causes the "Descaling cycle interrupted by power loss" warning?'
    assert cards[front] == (
        "If you receive this warning, there may be an issue with the kettle's power supply."
    )


def test_a_symptom_without_its_verb_is_asked_as_a_sentence() -> None:
    cards = _fronts(TROUBLES, "kettle-troubles.md")
    assert cards['What to do when kettle agent is stuck in "Heating" state?'] == (
        "If you restarted the agent during a boil, restart the kettle as well."
    )


def test_a_task_heading_that_looks_a_value_up_asks_for_its_command() -> None:
    cards = _fronts(TROUBLES, "kettle-troubles.md")
    assert cards["How do you find the Kettlewatch version?"] == (
        "kubectl logs -n kettle deployment/kettlewatch | head"
    )


def test_a_quoted_heading_on_a_page_of_no_problems_asks_nothing() -> None:
    # Near miss: one quoted heading among topics is a title, not a troubleshooting entry.
    page = """# Kettle lore

## "Boil once, pour twice"

If you get the timing right, check the spout.

## Descaling

Descale the kettle every month with citric acid.
"""
    cards = _fronts(page, "lore.md")
    assert not any("Boil once" in front for front in cards)


STEPS = """# Brewing with Kettlewatch

## Set up

Set the following variables used in this walkthrough:

```bash
export KW_NS=brewery # Namespace for the example kettle
export KW_NAME=copper # Name for the example kettle
```

## Register the kettle

Create the namespace for the kettle:

```bash
kubectl create ns ${KW_NS}
```

Create a Kettlewatch `BoilPolicy` to limit the boil temperature:

![](../images/kettle-diagram.png)

```sh
kubectl apply -n ${KW_NS} -f - <<EOF
apiVersion: kettle.io/v1
kind: BoilPolicy
metadata:
  name: gentle
spec:
  maxTemperature: 90
EOF
```

Save the kettle's key and protect it:

```shell
# Generate a signing key for the kettle agent in the temporary directory:
$ kettlectl key --name ${KW_NAME} > /tmp/kettle-key
# Change the permissions to read-only for the key file:
$ chmod 400 /tmp/kettle-key
```
"""


def test_a_picture_between_a_lead_in_and_its_code_does_not_hide_the_step() -> None:
    cards = _fronts(STEPS, "brewing.md")
    front = "How do you create a Kettlewatch `BoilPolicy` to limit the boil temperature?"
    assert cards[front] == (
        "kubectl apply -n ${KW_NS} -f - <<EOF\n"
        "apiVersion: kettle.io/v1\n"
        "kind: BoilPolicy\n"
        "metadata:\n"
        "  name: gentle\n"
        "spec:\n"
        "  maxTemperature: 90\n"
        "EOF"
    )


def test_a_lead_in_announcing_the_picture_keeps_it_between_itself_and_the_code() -> None:
    # Near miss: the lead-in introduces the picture; the code below is no step of it.
    page = """# Brewing

## The flow

The boil loop is shown in this diagram:

![](../images/loop.png)

```sh
kettlectl boil --name copper
```
"""
    cards = _fronts(page, "flow.md")
    assert not any("diagram" in front.lower() for front in cards)


def test_a_variable_the_walkthrough_names_for_its_example_makes_no_card() -> None:
    cards = _fronts(STEPS, "brewing.md")
    assert not any("KW_NS=" in front or "KW_NAME=" in front for front in cards)


def test_a_permission_chore_on_the_pages_own_file_makes_no_card() -> None:
    cards = _fronts(STEPS, "brewing.md")
    assert not any("permissions" in front for front in cards)
    front = "How do you generate a signing key for the kettle agent in the temporary directory?"
    assert cards[front] == "kettlectl key --name ${KW_NAME} > /tmp/kettle-key"


def test_an_exported_tool_setting_and_a_chore_that_says_why_keep_their_cards() -> None:
    # Near misses: a variable the tool reads (the page never does) explained by its
    # comment, and a permission change whose comment says why it is needed.
    page = """# Kettle agent

## Configure

```bash
export KETTLE_LOG_LEVEL=debug   # Verbosity of the agent's log
export KETTLE_TIMEOUT=30s       # Give up on a silent kettle after this long
```

## Protect the key

```shell
# Generate a signing key for the kettle agent in the temporary directory:
$ kettlectl key --name copper > /tmp/kettle-key
# Make the key read-only because kettlectl refuses keys others can read:
$ chmod 400 /tmp/kettle-key
```
"""
    cards = _fronts(page, "agent.md")
    assert cards["What does `export KETTLE_LOG_LEVEL=debug` do?"] == "Verbosity of the agent's log"
    front = "How do you make the key read-only because kettlectl refuses keys others can read?"
    assert cards[front] == "chmod 400 /tmp/kettle-key"

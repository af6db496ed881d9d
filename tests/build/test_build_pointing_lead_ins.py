"""Fronts made from a lead-in or a step that does not stand alone:
a lead-in pointing back ("like this", "that Queue", "the same outcome"), a fence with
its own lead-in under a heading, a numbered step closing on a precondition, a "See
[`cmd`](…)" sentence that names the answer's command, and an answer in two cases.
Each is read from a synthetic document that has the shape and none of the reviewed
wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

POINTING = """# Running the mail relay

## Queues

Every relay starts with one queue, named `inbox`.

You can add more Queue objects like this:

```shell
relayctl create queue outbox
```

## Tokens for a queue

Suppose you already have a queue named "outbox" from above.

You can issue a short-lived send token for that Queue using `relayctl`:

```shell
relayctl token outbox
```

### Pause a queue

Next, stop the outbox queue from sending while you inspect it.

```shell
relayctl pause queue outbox
```

You can achieve the same outcome by editing the queue's settings file:

```shell
relayctl edit queue/outbox
```

## Watch the relay with the default queue

You can print the settings of a queue you have made. For example:

```shell
relayctl describe queue/<name>
```
"""


def _facts(text: str, name: str = "relay.md") -> dict[str, str]:
    deck = build_deck(text, name)
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_like_this_pointing_at_the_block_below_is_left_off_the_front() -> None:
    facts = _facts(POINTING)
    assert (
        facts["How do you add more Queue objects with `relayctl`?"]
        == "relayctl create queue outbox"
    )
    assert not [f for f in facts if "like this" in f]


def test_that_thing_takes_the_name_the_sentence_before_gave_it() -> None:
    facts = _facts(POINTING)
    front = "How do you issue a short-lived send token for the Queue `outbox` using `relayctl`?"
    assert facts[front] == "relayctl token outbox"


def test_the_same_outcome_is_the_step_before() -> None:
    facts = _facts(POINTING)
    front = (
        "How do you stop the outbox queue from sending while you inspect it by editing the "
        "queue's settings file with `relayctl`?"
    )
    assert facts[front] == "relayctl edit queue/outbox"
    assert not [f for f in facts if "same outcome" in f]


def test_a_fence_with_its_own_lead_in_answers_it_never_the_heading() -> None:
    facts = _facts(POINTING)
    assert facts["How do you print the settings of a queue you have made with `relayctl`?"] == (
        "relayctl describe queue/<name>"
    )
    assert not [f for f in facts if "watch the relay" in f.lower()]


UNRESOLVED = """# Kiln notes

## Glazes

The glaze recipe lives in the team wiki.

You can mix more batches of that glaze with:

```shell
kilnctl mix --batch 3
```
"""


def test_a_pointing_word_nothing_names_takes_the_section_heading() -> None:
    facts = _facts(UNRESOLVED, "kiln.md")
    assert (
        facts["Glazes: how do you mix more batches of that glaze with `kilnctl`?"]
        == "kilnctl mix --batch 3"
    )


STEPS = """# Canary releases with the relay

## Step 4 - Test the promotion

1. Shift the weight to the new relay.
   ```shell
   relayctl weight set canary 50
   ```

2. Promote the canary. Make sure you have installed the relayctl plugin for your shell.
   Green dots show the new relay in the dashboard.
   ```shell
   relayctl promote canary
   ```

3. Drain the old relay. Ensure that no queue still points at it.
   ```shell
   relayctl drain stable
   ```
"""


def test_a_step_is_asked_by_its_action_not_its_precondition() -> None:
    facts = _facts(STEPS, "canary.md")
    assert facts["How do you promote the canary with `relayctl`?"] == "relayctl promote canary"
    assert facts["How do you drain the old relay?"] == "relayctl drain stable"
    assert not [f for f in facts if "make sure" in f.lower() or "ensure" in f.lower()]
    # Each step's commands stay on their own card.
    assert not [b for b in facts.values() if "promote" in b and "drain" in b]


FAQ = (
    "# Relay FAQ\n\n"
    "## Can the relay keep sent mail for later?\n\n"
    "Yes! See the [`archive` command](../commands/archive.md) if you wish to keep copies of "
    "sent mail.\n\n"
    "## How do I change the relay's limits?\n\n"
    "If you are using a settings file (relay.toml), you need to edit that file. See the "
    "[settings reference](../settings.md) for details.\n\n"
    "If you are using the relay without a settings file, see the [`relayctl limits` command]"
    "(../commands/limits.md). It prints the limits in force; then run [`relayctl set-limit`]"
    "(../commands/set-limit.md) to change one.\n"
)


def test_a_see_sentence_whose_link_names_a_command_stays_as_text() -> None:
    facts = _facts(FAQ, "relay-faq.md")
    back = next(b for f, b in facts.items() if "keep sent mail" in f)
    assert back == "Yes! See the `archive` command if you wish to keep copies of sent mail."


def test_an_answer_in_two_cases_keeps_both() -> None:
    facts = _facts(FAQ, "relay-faq.md")
    back = next(b for f, b in facts.items() if "change the relay's limits" in f)
    assert back == (
        "If you are using a settings file (relay.toml), you need to edit that file.\n"
        "If you are using the relay without a settings file, see the `relayctl limits` "
        "command. It prints the limits in force; then run `relayctl set-limit` to change one."
    )

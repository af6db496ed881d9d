"""Lead-ins that point at something their card lacks ("… to do exactly that:", "First,
it comes with …:", "Take the manifest below as an example:") are no front, and a
question's back goes past a lead-in to what it introduces (the lines a lead-in
announces, the answer fence after a fence of requirements, the cause after a log too
long to show); lines the author broke by hand stay apart. Synthetic documents only."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.rules.lists import _names_own_subject, _subject_elsewhere
from tests.helpers import facts

RELAY_GUIDE = """## Installing the relay chart

The chart deploys a single relay Deployment by default. What we want instead is
a DaemonSet, so that each worker gets its own relay pod, listening on the host
ports rather than behind an external balancer.

Luckily, we can set a pair of values to tell the chart to do
exactly that:

* `relay.hostPort.enabled` can be set to `true` to have the relay listen on
  host ports directly;
* `relay.kind` can be set to `DaemonSet` to override the default resource type.

## Checking the route

Let's break down the route definition. First, it comes with two
labels:
* `edge.example/class: "public"` picks the edge proxy that handles the
  requests for the paths in this route;
* `edge.example/rewrite: "/"` strips the prefix from the path before the
  request reaches the relay.

## Tuning relays

The relay settings listed here control how a relay retries:

* `retries` sets how many times a relay retries a send;
* `backoff` sets how long a relay waits between retries.
"""


def test_lead_ins_leaning_on_the_text_before_make_no_front() -> None:
    deck = build_deck(RELAY_GUIDE, "relay.md")
    assert [(n.front, n.back) for n in facts(deck.notes)] == [
        # The near miss: a lead-in naming what it lists keeps its card.
        (
            "Tuning relays: The relay settings listed here control how a relay retries …?",
            "• `retries` sets how many times a relay retries a send;\n"
            "• `backoff` sets how long a relay waits between retries.",
        )
    ]


def test_lead_ins_pointing_at_what_no_card_of_the_list_shows() -> None:
    headings = ("Rolling relays in place",)
    assert _subject_elsewhere("Take the Relay manifest below as an example:", headings)
    assert _subject_elsewhere("In the diagram above, three relays share one hub:", headings)
    assert _subject_elsewhere("That hub endpoint can be derived in several ways:", headings)
    # Under the author's question too: the YAML "below" is on no card of the list.
    assert _subject_elsewhere("Take the YAML below as an example:", ("What is a relay?",))
    # "The commands below" may be the list itself; "That is, …" points nowhere.
    assert not _subject_elsewhere("Run the commands below in order:", headings)
    assert not _subject_elsewhere("That is, a relay is patched when:", headings)


def test_a_lead_in_naming_its_own_subject_is_not_glued_to_the_heading() -> None:
    assert _names_own_subject(
        "When you install Relay Manager on clusters older than v1.16, you need to "
        "follow the below process:"
    )
    # Leaning on the heading ("it"), setting the scene for its question, or
    # naming nothing: the heading still asks.
    assert not _names_own_subject("It includes everything a zone needs to forward traffic:")
    assert not _names_own_subject(
        "Assuming you have two relays named `east` and `west`, and you want to move one:"
    )
    assert not _names_own_subject("The main features include the following:")


DRILLS = """# Pattern drills

## 5. What does group 0 cover? Group 1?
group(0) is the full match\\
group(1) is the first parenthesised group

## 20. How would you write a pattern that matches a number with commas for every three digits?
```
It must match the following:

'42'
'1,234'

but not the following:

'12,34,567'
```
```
re.compile(r'^\\d{1,3}(,\\d{3})*$')
```

## 21. What does the agent do?

The agent runs on every node. It is responsible for:

Talking to the control plane.

Receiving specs from the control plane.

Restarting containers as needed.

In short, the agent keeps the node in its desired state

## 22. Why do jobs fail with `must be of type integer`?

In the logs of the helper pod, you may face these error logs below.

```shell
LOG
```

It's because your cluster uses old CRD manifests. Delete the CRDs and reinstall them.
"""


def _drills() -> dict[str, str]:
    long_log = " ".join(["W1003 client_config.go:552] interval must be of type integer"] * 20)
    deck = build_deck(DRILLS.replace("LOG", long_log), "drills.md")
    return {n.front: n.back for n in facts(deck.notes)}


def test_hand_broken_lines_stay_apart_on_the_back() -> None:
    assert _drills()["What does group 0 cover? Group 1?"] == (
        "group(0) is the full match\ngroup(1) is the first parenthesised group"
    )


def test_the_answer_fence_after_a_fence_of_requirements() -> None:
    asked = (
        "How would you write a pattern that matches a number with commas for every three digits?"
    )
    assert _drills()[asked] == "re.compile(r'^\\d{1,3}(,\\d{3})*$')"


def test_a_lead_in_keeps_the_paragraphs_it_announces_one_an_item() -> None:
    # The closing summary (no full stop, unlike the items) is no item.
    assert _drills()["What does the agent do?"] == (
        "The agent runs on every node. It is responsible for:\n"
        "• Talking to the control plane.\n"
        "• Receiving specs from the control plane.\n"
        "• Restarting containers as needed."
    )


def test_the_cause_past_a_log_too_long_to_show() -> None:
    assert _drills()["Why do jobs fail with `must be of type integer`?"] == (
        "It's because your cluster uses old CRD manifests. Delete the CRDs and reinstall them."
    )

"""Bold labels that are no terms: a numbered list of conditions that hold together
under a lead-in stating the condition, an "Expected behavior" / "Actual behavior" pair,
and the labels that set up a problem or an exercise ("**Scenario**: …"), each read from
a synthetic document of that shape."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

CONDITIONS = """# Widget Controller Guide

## Sync Behaviour

### When Syncing Halts

The controller halts syncing a widget when **both** of the following conditions are met:

1. **Spec observed** - The controller has observed the newest revision of the widget spec
2. **Widget is healthy** - The widget was provisioned upstream and reports a healthy state

### Field Reference

The widget spec has these fields:

1. **Replica count** - The number of copies the controller keeps running
2. **Region name** - The upstream region the widget lives in
"""


def test_a_list_of_joint_conditions_is_one_card_asking_the_condition() -> None:
    notes = facts(build_deck(CONDITIONS, "widgets.md").notes)
    halts = [n for n in notes if "halts syncing" in n.front]
    assert [(n.front, n.back) for n in halts] == [
        (
            "When Syncing Halts: The controller halts syncing a widget when both of which "
            "conditions are met?",
            "1. Spec observed - The controller has observed the newest revision of the "
            "widget spec\n"
            "2. Widget is healthy - The widget was provisioned upstream and reports a "
            "healthy state",
        )
    ]
    assert not any(n.front.endswith(("Spec observed?", "Widget is healthy?")) for n in notes)


def test_a_bold_led_list_under_a_plain_lead_in_stays_a_term_per_item() -> None:
    # The near miss: "has these fields:" states no condition, the bold leads are terms.
    notes = facts(build_deck(CONDITIONS, "widgets.md").notes)
    assert [n.back for n in notes if n.front.endswith(("Replica count?", "Region name?"))] == [
        "The number of copies the controller keeps running",
        "The upstream region the widget lives in",
    ]


PITFALL = """# Widget Controller Guide

## Sync Behaviour

### Common Pitfall

**Expected behavior**: "If I remove a widget upstream, the controller should bring it back."

**Actual behavior**: Once a widget is healthy, the controller halts syncing: removals go unseen.

### Lone Expectation

**Expected behavior**: The widget appears within a minute.
"""


def test_an_expected_and_actual_pair_is_one_card() -> None:
    notes = facts(build_deck(PITFALL, "widgets.md").notes)
    pitfall = [(n.front, n.back) for n in notes if n.front.startswith("Common Pitfall")]
    assert pitfall == [
        (
            'Common Pitfall: expected: "If I remove a widget upstream, the controller should '
            'bring it back." What actually happens?',
            "Once a widget is healthy, the controller halts syncing: removals go unseen.",
        )
    ]


def test_an_expected_label_without_its_actual_half_stays_a_term() -> None:
    notes = facts(build_deck(PITFALL, "widgets.md").notes)
    assert [(n.front, n.back) for n in notes if n.front.startswith("Lone Expectation")] == [
        ("Lone Expectation: Expected behavior?", "The widget appears within a minute.")
    ]


EXERCISES = """# Widget Debugging Exercises

## Exercise 1: Widget Never Turns Healthy

**Scenario**: A widget stays in the Provisioning state

**What to check**:
1. Read the widget's events
2. Compare the spec revision with the observed one

## Exercise 2: Widget Quota

**Objective**: Limit how many widgets a team can create

**Quota scope**: The quota counts widgets per namespace, never per cluster.
"""


def test_problem_labels_make_no_term_card() -> None:
    notes = facts(build_deck(EXERCISES, "exercises.md").notes)
    fronts = [n.front for n in notes]
    assert not any(f.endswith(("Scenario?", "Objective?")) for f in fronts)
    assert not any("Provisioning state" in n.back or "how many widgets" in n.back for n in notes)
    # A term label beside them still makes its card.
    assert [(n.front, n.back) for n in notes if n.front.endswith("Quota scope?")] == [
        (
            "Widget Quota: Quota scope?",
            "The quota counts widgets per namespace, never per cluster.",
        )
    ]

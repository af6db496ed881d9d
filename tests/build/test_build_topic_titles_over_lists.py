"""A title that only names a topic over a list of facts ("About X", "Understanding X",
"How X works", "Configuring X", "To sum up", "Note the following <noun>") asks the
question it stands for, or the facts become clozes: never "<section>: about x?"."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.rules.common import topic_title
from tests.helpers import clozes, facts

NOTES = """# Kettle Study Notes

## Acme Kettle

**About Pour Spouts**

- A pour spout is a narrow lip that guides water out of the kettle body.
- Acme kettles ship with a steel spout on the models K1, K2 and K3.

Note the following limits:

- A spout can be fitted to only one kettle at a time.
- Both the spout and the kettle must come from the same factory.

**About to Enable Boil Alerts**

- By default, boil alerts are disabled.
- Alerts are sent to the phone paired with the kettle.

### How descaling works

- Descaling runs after every fortieth boil.
- The heating plate stays off while the descaler soaks.

### Configuring the thermostat

- Set the target temperature with the dial.
- Hold the dial for three seconds to lock it.

### Setting up the filter

- Rinse the filter before the first boil.
- Click the filter into the spout until it locks.

### Understand *QuickBoil*

The boil mode is named `QuickBoil`, which heats only the water the kettle needs.

What does it leave out to boil faster?

1. It skips the keep-warm phase.
2. It skips the second temperature check.

**To sum up:**

- The `QuickBoil` mode needs the Acme Water Sensor to measure the water.
- Water over the MAX line turns the mode off.
"""


def _fronts(doc: str) -> dict[str, str]:
    return {n.front: n.back for n in facts(build_deck(doc, "kettle.md").notes)}


def test_topic_titles_ask_their_question() -> None:
    fronts = _fronts(NOTES)
    assert fronts["Acme Kettle: what is a pour spout?"] == (
        "• A pour spout is a narrow lip that guides water out of the kettle body.\n"
        "• Acme kettles ship with a steel spout on the models K1, K2 and K3."
    )
    assert fronts["Acme Kettle: which limits apply to Pour Spouts?"] == (
        "• A spout can be fitted to only one kettle at a time.\n"
        "• Both the spout and the kettle must come from the same factory."
    )
    assert fronts["Acme Kettle: how do you enable boil alerts?"] == (
        "• By default, boil alerts are disabled.\n"
        "• Alerts are sent to the phone paired with the kettle."
    )
    assert fronts["Acme Kettle: how does descaling work?"].startswith("• Descaling runs")
    assert fronts["Acme Kettle: how do you configure the thermostat?"].startswith(
        "• Set the target temperature"
    )
    assert fronts["Acme Kettle: how do you set up the filter?"].startswith("• Rinse the filter")
    # The author's question above the list is its front, "it" named by the topic.
    assert fronts["QuickBoil: What does it leave out to boil faster?"] == (
        "1. It skips the keep-warm phase.\n2. It skips the second temperature check."
    )
    assert not [f for f in fronts if "about" in f.lower() or "sum up" in f.lower()]


def test_summary_label_items_become_clozes() -> None:
    texts = [c.text for c in clozes(build_deck(NOTES, "kettle.md").notes)]
    assert "QuickBoil: Water over the {{c1::MAX}} line turns the mode off." in texts


NEAR_MISS = """# Kettle Study Notes

## Acme Kettle

**Spout materials**

- Steel spouts last longest.
- Glass spouts show the water level.

### Pour spouts about the world

- Japanese kettles pour from the side.
- British kettles pour from the front.
"""


def test_titles_naming_a_thing_keep_their_card() -> None:
    fronts = _fronts(NEAR_MISS)
    assert "Acme Kettle: spout materials?" in fronts


def test_topic_title_reads_the_title_shape() -> None:
    assert topic_title("About VPC Peering") == ("about", "VPC Peering")
    assert topic_title("Understanding pod-to-pod mTLS") == ("about", "pod-to-pod mTLS")
    assert topic_title("About to Enable Logging") == ("to", "enable Logging")
    assert topic_title("Setting up CI/CD") == ("to", "set up CI/CD")
    assert topic_title("How tagging works") == ("how", "tagging")
    assert topic_title("Configuring Audit") == ("configure", "Audit")
    assert topic_title("Note the following restrictions:") == ("summary", "restrictions")
    assert topic_title("To sum up:") == ("summary", "")
    assert topic_title("Pour spouts about the world") == ("", "")
    assert topic_title("How does tagging work?") == ("", "")

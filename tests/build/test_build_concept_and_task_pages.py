"""Concept and task pages of a docs site: the page's opening definition of its title,
a task said in one sentence ("To X, do Y"), linked names under a content lead-in, a
value a case is recorded as, a bold sentence announcing a paragraph, and a product's
features under "<Product> offers:"."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import ClozeNote, FactNote

_CONCEPT = """---
title: Thread guards
---

Thread guards allow finer selection of rows than the `pattern` and `skip` fields.
Thread guards consist of one or more checks which run after a row has been matched
by a loom rule. They are powerful.

The following loom rule attributes can contain guard values:

- [labels](/docs/rules#labels)
- [commands](/docs/rules#commands)
- [plugins](/docs/rules#plugins)

When thread guards are used in rules that report, a row will be scored as a `skip`
if the row is matched but discarded by the guards.

## Excluding rows

To exclude a row from the weave, add it to the `adjustments` key and set `skip: true`:

```yaml
adjustments:
  - with:
      colour: red
    skip: true
```

To do that, indent the rows inside a group.

To add a row that the pattern lacks, use the `adjustments` key and define every colour of it.

## Guard service

**There is one important distinction regarding thread guards:**
The loom only checks guards, but it does NOT repair rows; repairs are part
of the Weaver Cloud service.

Weaver Cloud offers:

- **Automated Repairs**: Broken rows are rewoven without stopping the loom.
- **High Availability**: Built-in failover for zero downtime.
- **Monitoring**: Real-time insights into loom performance.
"""


def _deck() -> tuple[dict[str, str], list[str]]:
    deck = build_deck(_CONCEPT, "thread-guards.md")
    facts = {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}
    clozes = [n.text for n in deck.notes if isinstance(n, ClozeNote)]
    return facts, clozes


def test_the_opening_paragraph_defines_the_title() -> None:
    facts, _ = _deck()
    assert facts["What are thread guards?"] == (
        "Thread guards allow finer selection of rows than the `pattern` and `skip` fields. "
        "Thread guards consist of one or more checks which run after a row has been "
        "matched by a loom rule."
    )


def test_linked_names_under_a_content_lead_in_are_content() -> None:
    facts, _ = _deck()
    assert facts["Which loom rule attributes can contain guard values?"] == (
        "• labels\n• commands\n• plugins"
    )


def test_a_task_in_one_sentence_asks_its_purpose() -> None:
    facts, _ = _deck()
    assert facts["Thread guards: how do you exclude a row from the weave?"] == (
        "Add it to the `adjustments` key and set `skip: true`."
    )
    assert facts["Thread guards: how do you add a row that the pattern lacks?"] == (
        "Use the `adjustments` key and define every colour of it."
    )
    # "To do that" names no task.
    assert not any("do that" in front for front in facts)


def test_the_value_a_case_is_scored_as_is_hidden() -> None:
    _, clozes = _deck()
    assert clozes == [
        "When thread guards are used in rules that report, a row will be scored as a "
        "{{c1::`skip`}} if the row is matched but discarded by the guards."
    ]


def test_a_bold_there_is_sentence_is_asked_as_its_question() -> None:
    facts, _ = _deck()
    assert facts["What is one important distinction regarding thread guards?"] == (
        "The loom only checks guards, but it does NOT repair rows; repairs are part of "
        "the Weaver Cloud service."
    )
    assert not any(front.endswith("regarding thread guards?") and ":" in front for front in facts)


def test_a_products_features_make_one_list_card() -> None:
    facts, _ = _deck()
    assert facts["What does Weaver Cloud offer?"] == (
        "• Automated Repairs: Broken rows are rewoven without stopping the loom.\n"
        "• High Availability: Built-in failover for zero downtime.\n"
        "• Monitoring: Real-time insights into loom performance."
    )
    assert not any(front.startswith("Weaver Cloud offers:") for front in facts)


_NAVIGATION = """# Thread guards

Thread guards are checks the loom runs on every row before weaving it into the cloth.

Read more in the following guides:

- [Guard basics](/docs/basics)
- [Guard rules](/docs/rules)

If you are weaving on Windows, use these scripts:

- [installer](/install.ps1)
- [uninstaller](/uninstall.ps1)
"""


def test_links_under_a_reading_or_instructing_lead_in_stay_navigation() -> None:
    deck = build_deck(_NAVIGATION, "guards.md")
    fronts = [n.front for n in deck.notes if isinstance(n, FactNote)]
    assert not any("guides" in f or "scripts" in f for f in fronts)


_PRODUCT = """# Loomkit

Loomkit schedules weaving jobs across many looms in a mill.
Run `loomkit serve` to start it.

## Looms

To add a loom, run `loomkit add` with its name:

```sh
loomkit add loom-7
```

To weave a border, add the following keys to `loom.yaml`:

```yaml
border: true
```
"""


def test_a_products_readme_and_steps_shown_below_make_no_such_card() -> None:
    deck = build_deck(_PRODUCT, "loomkit.md")
    facts = [(n.front, n.back) for n in deck.notes if isinstance(n, FactNote)]
    # A product's name (never written in lower case) is no concept to define.
    assert not any(front.startswith("What is") for front, _ in facts)
    # The command below answers the step; the sentence makes no card of its own.
    assert [back for front, back in facts if front.endswith("how do you add a loom?")] == [
        "loomkit add loom-7"
    ]
    # An instruction naming "the following keys" is half in the block below.
    assert not any("border" in front for front, _ in facts)

"""Numbered steps and what surrounds them, each read from a synthetic document that
has the shape and none of the reviewed wording: numbered steps with their commands
fenced under them."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import ClozeNote
from tests.helpers import facts

STEPS_WITH_CODE = """# Greenhouse controller

## Running the controller

1. Use the `gh` tool to create a
   [seed file](https://example.com/seed).

   ```bash
   gh seed init tomatoes
   ```

1. Install the seedlings by running the following command:

   ```bash
   gh plant --rows 4
   ```

1. Deploy a probe pod and log into it

   ```bash
   gh shell --controller main
   ```

1. Apply the watering plan by running this command:

   ```bash
   kubectl apply --filename plan.yaml
   ```

1. Check the output.

   ```bash
   gh status
   ```
"""


def test_a_numbered_step_with_its_fenced_command_asks_how_to_do_the_step() -> None:
    deck = build_deck(STEPS_WITH_CODE, "greenhouse.md")
    assert [(n.front, n.back) for n in facts(deck.notes)] == [
        ("How do you create a seed file with the `gh` tool?", "gh seed init tomatoes"),
        ("How do you install the seedlings with `gh`?", "gh plant --rows 4"),
        ("How do you deploy a probe pod and log into it with `gh`?", "gh shell --controller main"),
    ]


def test_a_step_outline_stripped_of_its_commands_makes_no_card() -> None:
    deck = build_deck(STEPS_WITH_CODE, "greenhouse.md")
    fronts = [n.front for n in facts(deck.notes)]
    assert not any("running the controller" in f.lower() for f in fronts)
    assert not [n for n in deck.notes if isinstance(n, ClozeNote)]


LETTERED_QUIZ = """# Orchard practice test

1. Which of the following trees drops its leaves in autumn?
    - A. A pine that stays green all year.
    - B. An apple tree.
    - C. A spruce.

    <details markdown=1><summary markdown='span'>Answer</summary>
      Correct answer: B
    </details>

2. The fruit falls early. Which of the following would help you find who did this?
    - A. A soil test.
    - B. A camera by the gate.
    - C. A new fence.

    <details markdown=1><summary markdown='span'>Answer</summary>
      Correct answer: B
    </details>

3. Which of these are stone fruits? (Choose TWO)
    - A. Plum.
    - B. Pear.
    - C. Cherry.

    <details markdown=1><summary markdown='span'>Answer</summary>
      Correct answer: A, C
    </details>
"""


def test_every_numbered_multiple_choice_with_a_hidden_letter_is_carded_with_the_option_text() -> (
    None
):
    notes = facts(build_deck(LETTERED_QUIZ, "orchard.md").notes)
    assert [(n.front.splitlines()[0], n.back) for n in notes] == [
        ("Which of the following trees drops its leaves in autumn?", "B: An apple tree."),
        (
            "The fruit falls early. Which of the following would help you find who did this?",
            "B: A camera by the gate.",
        ),
        ("Which of these are stone fruits? (Choose TWO)", "A: Plum.\nC: Cherry."),
    ]
    # The options are shown with the question, never the answer letter alone.
    assert notes[0].front.splitlines()[1:] == [
        "• A. A pine that stays green all year.",
        "• B. An apple tree.",
        "• C. A spruce.",
    ]


PROCEDURE_HEADINGS = """# Tuning a pump

## Define a pressure check

Pumps that run for weeks slowly lose pressure and need a restart to recover.

## Define backflow

Backflow is water running the wrong way through a pump when its valve is open.
"""


def test_define_with_an_article_is_a_procedure_title_not_a_definition_request() -> None:
    fronts = [n.front for n in facts(build_deck(PROCEDURE_HEADINGS, "pump.md").notes)]
    assert "Define a pressure check" not in fronts
    assert "Define backflow" in fronts


TEXT_AND_COMMAND_PAIRS = """# Kiln FAQ

## How do I refresh my glazes?

First fetch the newest glaze recipes:

    kiln fetch

List the glazes that are stale with:

    kiln stale

Refresh all of them with:

    kiln refresh

Or refresh one glaze with:

    kiln refresh <glaze>

## How do I cool the kiln?

Open the vent.
"""


def test_every_text_and_indented_command_pair_of_an_answer_is_kept() -> None:
    notes = {n.front: n.back for n in facts(build_deck(TEXT_AND_COMMAND_PAIRS, "k.md").notes)}
    assert notes["Kiln: How do I refresh my glazes?"] == (
        "First fetch the newest glaze recipes:\nkiln fetch\n"
        "List the glazes that are stale with:\nkiln stale\n"
        "Refresh all of them with:\nkiln refresh\n"
        "Or refresh one glaze with:\nkiln refresh <glaze>"
    )


GENERIC_LEAD_IN = """# Bakery FAQ (Frequently Asked Questions)

## Why do you bake every loaf?

Ready-made dough is bought for most loaves.

If in stock, ready-made dough will be used by default except under the following conditions:

* The customer asks for a fresh loaf.
* No dough is left in the cold store.
"""


def test_a_stated_lead_in_asks_the_list_and_the_page_title_never_prefixes_it() -> None:
    notes = {n.front: n.back for n in facts(build_deck(GENERIC_LEAD_IN, "bakery.md").notes)}
    front = (
        "Why do you bake every loaf: If in stock, ready-made dough will be used by default"
        " except under the following conditions …?"
    )
    assert (
        notes[front]
        == "• The customer asks for a fresh loaf.\n• No dough is left in the cold store."
    )
    assert not any(f.startswith("Bakery FAQ") for f in notes)


REPEATED_STEP = """# Sizing ovens

## Set a low heat

Drain your oven:

```shell
ovenctl drain oven bake-demo --zone=bakery
```

## Set a high heat

Drain your oven:

```shell
ovenctl drain oven bake-demo-2 --zone=bakery
```

## Switch the fan

Drain the fan:

```shell
ovenctl drain fan --zone=bakery
```

## Replace the fan

Drain the fan:

```shell
ovenctl flush fan --all
```
"""


def test_a_step_repeated_with_only_names_changed_makes_one_card() -> None:
    notes = [(n.front, n.back) for n in facts(build_deck(REPEATED_STEP, "ovens.md").notes)]
    assert notes == [
        ("How do you drain your oven?", "ovenctl drain oven bake-demo --zone=bakery"),
        # Different commands under one front are still told apart by their sections.
        (
            "How do you drain the fan with `ovenctl` (Switch the fan)?",
            "ovenctl drain fan --zone=bakery",
        ),
        ("How do you drain the fan with `ovenctl` (Replace the fan)?", "ovenctl flush fan --all"),
    ]


TOC_PLACEHOLDER = """# Loom FAQ

* Table of Contents
{:toc}

## Why does the loom jam?

The shuttle catches on a loose warp thread.
"""


def test_a_table_of_contents_placeholder_makes_no_card() -> None:
    notes = [(n.front, n.back) for n in facts(build_deck(TOC_PLACEHOLDER, "loom.md").notes)]
    assert notes == [("Why does the loom jam?", "The shuttle catches on a loose warp thread.")]


JSX_CELLS = """# Search engines

## Search

| Feature | Acme | Brisk |
|---|---|---|
| Grouping <div style={{color: "#A9A9A9", fontSize: "1em"}}>Bucket rows</div> | Yes | No |
"""


def test_a_jsx_element_in_a_cell_is_stripped_and_its_text_kept() -> None:
    fronts = [n.front for n in facts(build_deck(JSX_CELLS, "search.md").notes)]
    assert fronts
    assert all("<div" not in f and "{{" not in f for f in fronts)
    assert any("Bucket rows" in f for f in fronts)


ANNOUNCED_EXAMPLE = """# Pump FAQ

## How do I watch a pump?

Another kind of watch uses a pressure gauge. Here is the configuration file for a pump that
runs a gauge.

## How do I stop a pump?

Turn the red valve a full turn to the left.
"""


def test_a_sentence_only_announcing_an_example_is_never_a_back() -> None:
    notes = [(n.front, n.back) for n in facts(build_deck(ANNOUNCED_EXAMPLE, "pump.md").notes)]
    assert notes == [("How do I stop a pump?", "Turn the red valve a full turn to the left.")]

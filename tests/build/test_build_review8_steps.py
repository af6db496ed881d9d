"""Shapes left by the review8 held-out review, each read from a synthetic document that
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
        ("How do you install the seedlings?", "gh plant --rows 4"),
        ("How do you deploy a probe pod and log into it?", "gh shell --controller main"),
    ]


def test_a_step_outline_stripped_of_its_commands_makes_no_card() -> None:
    deck = build_deck(STEPS_WITH_CODE, "greenhouse.md")
    fronts = [n.front for n in facts(deck.notes)]
    assert not any("running the controller" in f.lower() for f in fronts)
    assert not [n for n in deck.notes if isinstance(n, ClozeNote)]

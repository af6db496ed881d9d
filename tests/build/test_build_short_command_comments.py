"""Command comments too short to state a task (synthetic documents, no real wording): an
action verb alone ("# Restart") asks its task of what the section lists the commands of
("Kettle Commands"); a label of one or two words on a command extending another line's
("# JSON format") qualifies that line's task; a few words opening on a preposition
("# From file") follow the command's own verb. Under a heading that lists no commands of
one thing, a verb alone makes no card, and three words saying what a line does keep
their "What does … do?" card."""

from __future__ import annotations

import re

from quizkit.build.builder import build_deck
from tests.helpers import facts

_PAGE = """# Brewctl cheat sheet

## 🫖 Kettle Commands

```bash
brewctl get kettle <name>                  # Get kettle
brewctl get kettle <name> -o json          # JSON format
brewctl restart kettle <name>              # Restart
brewctl drain kettle <name>                # Drain
brewctl create kettle <name> --from-tap    # From tap
brewctl get kettle <name> --all --dump > <file>.json   # Dump kettle JSON
```

## 🍵 Handy Cup Commands

```bash
# Clean
brewctl clean cup <name>
```

## Brewctl Commands

```bash
brewctl delete pot                         # Delete
brewctl pause pot                          # Pause
```

## Getting started

```bash
brewctl start pot                          # Start
brewctl stop pot                           # Stop
```
"""


def _cards() -> dict[str, str]:
    return {n.front: n.back for n in facts(build_deck(_PAGE, "brewctl.md").notes)}


def test_a_verb_alone_asks_its_task_of_what_the_section_lists() -> None:
    cards = _cards()
    assert cards["How do you restart kettle (`brewctl`)?"] == "brewctl restart kettle <name>"
    assert cards["How do you drain kettle (`brewctl`)?"] == "brewctl drain kettle <name>"
    assert cards["How do you clean cup with brewctl?"] == "brewctl clean cup <name>"


def test_a_short_label_qualifies_the_task_of_the_line_it_extends() -> None:
    cards = _cards()
    assert cards["How do you get kettle (`brewctl`)?"] == "brewctl get kettle <name>"
    assert cards["How do you get kettle (JSON format, `brewctl`)?"] == (
        "brewctl get kettle <name> -o json"
    )


def test_a_comment_opening_on_a_preposition_follows_the_command_verb() -> None:
    cards = _cards()
    assert cards["How do you create kettle from tap (`brewctl`)?"] == (
        "brewctl create kettle <name> --from-tap"
    )


def test_near_misses_keep_what_they_made() -> None:
    cards = _cards()
    # Three words say what the line does: asked as before.
    assert cards["What does `brewctl get kettle <name> --all --dump > <file>.json` do?"] == (
        "Dump kettle JSON"
    )
    # "Getting started" lists the commands of nothing, and "Brewctl Commands" names the
    # program, not what its lines act on: a verb alone asks nothing.
    assert not [f for f in cards if "pot" in f or re.search(r"\b(?:delete|pause) brewctl\?", f)]

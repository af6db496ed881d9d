"""A numbered item leading into its code ("2. Upgrade the kernel package on the node:")
with the fence indented under it, yet less than the item's text needs (two spaces under
"2. ", which wants three), is still the item's code: CommonMark ends the list at the
fence, and the step card lost the command between its two runs of items. The numbers
going on after the code ("3. …") say the author meant one list. A fence at the margin,
an item that does not lead into the code, or numbers that start again keep the runs
apart. Read from synthetic documents that have the shape and none of the reviewed
wording."""

from __future__ import annotations

from quizkit.build.markdown import Code, parse_document
from tests.build.helpers import facts_by_front

_STEPS = """# Widget agent

## Restoring the agent on a node

1. Drain the node so that no new workloads land on it.
2. Upgrade the kernel package on the node:

  ```bash
  sudo apt update && sudo apt upgrade -y && sudo reboot
  ```

  The node boots into the new kernel and the agent starts again.

3. Uncordon the node so that workloads return to it.
"""

_FRONT = "Widget agent: restoring the agent on a node?"
_COMMAND = "sudo apt update && sudo apt upgrade -y && sudo reboot"


def test_code_indented_short_of_the_item_stays_under_its_step() -> None:
    cards = facts_by_front(_STEPS, "widget-agent.md")
    assert cards[_FRONT].back == (
        "1. Drain the node so that no new workloads land on it.\n"
        "2. Upgrade the kernel package on the node:\n"
        f"{_COMMAND}\n"
        "The node boots into the new kernel and the agent starts again.\n"
        "3. Uncordon the node so that workloads return to it."
    )
    assert list(cards) == [_FRONT]


def test_a_fence_records_its_margin() -> None:
    codes = [i.block for i in parse_document(_STEPS).items if isinstance(i.block, Code)]
    assert [c.indent for c in codes] == []  # held by the step, no block of its own
    apart = parse_document(_STEPS.replace("3. Uncordon", "Then uncordon"))
    assert [i.block.indent for i in apart.items if isinstance(i.block, Code)] == [2]


def test_a_fence_at_the_margin_still_ends_the_list() -> None:
    margin = _STEPS.replace("\n  ", "\n")
    cards = facts_by_front(margin, "widget-agent.md")
    assert cards[_FRONT].back == (
        "1. Drain the node so that no new workloads land on it.\n"
        "2. Upgrade the kernel package on the node:\n"
        "3. Uncordon the node so that workloads return to it."
    )


def test_code_after_an_item_not_leading_into_it_stays_apart() -> None:
    told = _STEPS.replace("on the node:", "on the node.")
    cards = facts_by_front(told, "widget-agent.md")
    assert cards[_FRONT].back == (
        "1. Drain the node so that no new workloads land on it.\n"
        "2. Upgrade the kernel package on the node.\n"
        "3. Uncordon the node so that workloads return to it."
    )


def test_numbers_starting_again_keep_the_runs_apart() -> None:
    again = _STEPS.replace("3. Uncordon", "1. Uncordon")
    cards = facts_by_front(again, "widget-agent.md")
    assert _COMMAND not in cards[_FRONT].back

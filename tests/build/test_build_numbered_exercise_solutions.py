"""Exercises under headings that only number them ("## Task : 2"), their task written
under the heading and their solution after a bold "Solution" label as a numbered list,
as lines of commands, or as code; and backs that are shell commands written as prose
keep their program's name as written. Synthetic documents in that shape."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.rules.common import _sentence
from tests.helpers import facts

EXERCISES = """# Cluster drills

## Task : 1

  Switch to: **widgetctl profile use staging**
  Rotate the signing key of the gateway and keep the old one for a day.

**Solution :**

1. widgetctl profile use staging
2. widgetctl key rotate gateway --keep-old=24h

**Note:**
1. Docs - https://example.com/docs/keys
2. The old key stays valid until it expires.

## Task : 2

Print the names of the idle gateways, one per line.

**Solution :**
widgetctl gateway list --idle --output=name
widgetctl gateway list --idle --output=name | sort -u

## Task : 3
Count the queues that hold dead letters.

**Solution :**
widgetctl queue list --dead-letters | wc -l
"""


def test_task_under_a_number_heading_is_asked_and_its_listed_solution_answers() -> None:
    notes = facts(build_deck(EXERCISES, "drills.md").notes)
    by_front = {n.front: n.back for n in notes}
    assert by_front == {
        # The "Label: value" line keeps its own line (one task alone is no set's
        # boilerplate: see test_build_exam_task_spec_lines).
        "Switch to: widgetctl profile use staging\nRotate the signing key of the gateway "
        "and keep the old one for a day.": "1. widgetctl profile use staging\n"
        "2. widgetctl key rotate gateway --keep-old=24h",
        "Print the names of the idle gateways, one per line.": (
            "widgetctl gateway list --idle --output=name\n"
            "widgetctl gateway list --idle --output=name | sort -u"
        ),
        "Count the queues that hold dead letters.": ("widgetctl queue list --dead-letters | wc -l"),
    }


def test_no_card_asks_the_label_or_the_note() -> None:
    fronts = [n.front for n in facts(build_deck(EXERCISES, "drills.md").notes)]
    assert not [f for f in fronts if "Solution" in f or "note" in f.lower()]


NEAR_MISS = """# Practice

## Task 1

Print the idle gateways.

```bash
widgetctl gateway list --idle
```

## Task 2

Count the queues.

```bash
widgetctl queue list | wc -l
```
"""


def test_number_headings_without_a_solution_label_ask_nothing_new() -> None:
    # No "Solution" label: the code under the task may be the task's own example;
    # the rule does not claim the section.
    fronts = [n.front for n in facts(build_deck(NEAR_MISS, "practice.md").notes)]
    assert "Print the idle gateways." not in fronts
    assert "Count the queues." not in fronts


CODE_SOLUTION = """# Pointers

## Exercise 1

Complete the program so that it prints 10 and then 20.

```c
int *p;
int a = 10, b = 20;
/* 1 */
printf("%d\\n", *p);
```

**Solution**

```c
p = &a;
p = &b;
```
"""


def test_code_solution_under_a_number_heading_answers_the_task_and_its_code() -> None:
    (note,) = facts(build_deck(CODE_SOLUTION, "pointers.md").notes)
    assert note.front == (
        "Complete the program so that it prints 10 and then 20.\n"
        'int *p;\nint a = 10, b = 20;\n/* 1 */\nprintf("%d\\n", *p);'
    )
    assert note.back == "p = &a;\np = &b;"


def test_a_back_written_as_a_command_keeps_its_program_in_lower_case() -> None:
    assert _sentence("widgetctl top gateways -l tier=edge --sort-by=cpu") == (
        "widgetctl top gateways -l tier=edge --sort-by=cpu"
    )
    assert _sentence("restart the gateway first.") == "Restart the gateway first."

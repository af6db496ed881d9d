"""Whole answers: a FAQ question about something going wrong
whose answer states the cause first and the fix in a later paragraph (a definition-list
FAQ, ``Question?`` then ``: answer`` with more paragraphs and code indented under it; a
bold question; a question heading). Read from synthetic documents that have the shapes
and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_DEFINITION_FAQ = """# Gadget FAQ

A few questions new users ask.

Why does the gadget fail with "quota exceeded" on start?
: The gadget counts every cached bundle against the quota of the account that runs it.

  ```text
  quota exceeded: 512 of 512 bundles
  ```

  To resolve, purge the cache with `gadget cache purge`. See the [cache][] page.

Why isn't the gadget watcher noticing edits?
: By default the watcher may miss edits when:

  - the files sit on a network share
  - the files sit on a removable drive

  In these cases, instead of native events, use the `--scan-every` flag,
  for example `--scan-every 2s`.

Why is my gadget label missing a value?
: Labels are filled in while the gadget renders its panels.
  Until a panel renders, its labels hold nothing.

  If a header needs a label before its panel renders, you can force rendering
  by reading the panel first:

  ```text
  {{ $unused := .Panel }}
  {{ .Label "name" }}
  ```

  Other methods force rendering too. See the next question.

Why does the gadget use two config files?
: The first file holds the defaults shipped with the gadget, the second your own overrides.

  Both are read at start.

[cache]: /cache/
"""

_BOLD_AND_HEADING_FAQ = """# Widget troubleshooting

## Start-up

**Why does widgetd not start after an upgrade?**

The upgrade leaves the old socket file behind, and widgetd refuses to bind over it.

Remove the stale socket with `rm /run/widgetd.sock`, then start widgetd again.

## Why are widgets not drawn on old screens?

Old screens report no colour depth, so widgetd draws nothing until it knows one.

Set `WIDGET_DEPTH=8` in the environment before starting widgetd.
"""


def _backs(text: str, name: str) -> dict[str, str]:
    deck = build_deck(text, f"{name}.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_definition_faq_answer_keeps_the_fix_after_the_error_it_quotes() -> None:
    backs = _backs(_DEFINITION_FAQ, "gadget-faq")
    back = backs['Why does the gadget fail with "quota exceeded" on start?']
    assert back == (
        "The gadget counts every cached bundle against the quota of the account that runs it.\n"
        "quota exceeded: 512 of 512 bundles\n"
        "To resolve, purge the cache with `gadget cache purge`."
    )


def test_definition_faq_answer_keeps_the_fix_after_the_cases_it_lists() -> None:
    backs = _backs(_DEFINITION_FAQ, "gadget-faq")
    back = backs["Why isn't the gadget watcher noticing edits?"]
    assert back.endswith(
        "In these cases, instead of native events, use the `--scan-every` flag, "
        "for example `--scan-every 2s`."
    )
    assert "• the files sit on a removable drive" in back


def test_definition_faq_answer_keeps_the_fix_and_its_code_not_the_pointer_after() -> None:
    backs = _backs(_DEFINITION_FAQ, "gadget-faq")
    back = backs["Why is my gadget label missing a value?"]
    assert back == (
        "Labels are filled in while the gadget renders its panels. Until a panel renders, "
        "its labels hold nothing.\n"
        "If a header needs a label before its panel renders, you can force rendering by "
        "reading the panel first:\n"
        "{{ $unused := .Panel }}\n"
        '{{ .Label "name" }}'
    )


def test_question_about_no_problem_keeps_its_first_paragraph_only() -> None:
    # Nothing goes wrong, nothing to fix: the detail after the answer stays off the card.
    backs = _backs(_DEFINITION_FAQ, "gadget-faq")
    assert backs["Why does the gadget use two config files?"] == (
        "The first file holds the defaults shipped with the gadget, the second your own overrides."
    )


def test_bold_and_heading_problem_questions_keep_their_fix() -> None:
    backs = _backs(_BOLD_AND_HEADING_FAQ, "widget-troubleshooting")
    assert backs["Why does widgetd not start after an upgrade?"] == (
        "The upgrade leaves the old socket file behind, and widgetd refuses to bind over it.\n"
        "Remove the stale socket with `rm /run/widgetd.sock`, then start widgetd again."
    )
    assert backs["Why are widgets not drawn on old screens?"] == (
        "Old screens report no colour depth, so widgetd draws nothing until it knows one.\n"
        "Set `WIDGET_DEPTH=8` in the environment before starting widgetd."
    )


_NAMED_PARTS = """# Sorting notes

## Explain merge sort and quick sort.

Merge sort and quick sort are divide-and-conquer sorting algorithms that split the input
and sort the parts recursively.

### Merge sort (top-down):

Merge sort splits the list in halves and merges the sorted halves. It needs extra
memory for the merge.

### Quick sort (Hoare):

Quick sort partitions the list around a pivot and sorts each side in place. Its worst
case is quadratic.

### Summary:

- Merge sort is stable.
- Quick sort is usually faster in memory.

## Explain heaps.

A heap is a tree kept in an array where every parent orders before its children.

### Binary heap:

A binary heap gives each parent two children.

### Fibonacci heap:

A Fibonacci heap keeps a forest of trees.
"""


def test_question_naming_two_things_keeps_each_named_sub_section_first_sentence() -> None:
    backs = _backs(_NAMED_PARTS, "sorting")
    assert backs["Explain merge sort and quick sort."] == (
        "Merge sort and quick sort are divide-and-conquer sorting algorithms that split the "
        "input and sort the parts recursively.\n"
        "• Merge sort (top-down): Merge sort splits the list in halves and merges the sorted "
        "halves.\n"
        "• Quick sort (Hoare): Quick sort partitions the list around a pivot and sorts each "
        "side in place."
    )


def test_question_naming_one_thing_keeps_its_opening_only() -> None:
    # "Explain heaps." names one thing: its sub-sections are kinds of it, not the parts
    # of a question asking about several.
    backs = _backs(_NAMED_PARTS, "sorting")
    assert backs["Explain heaps."] == (
        "A heap is a tree kept in an array where every parent orders before its children."
    )

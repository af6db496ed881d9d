"""An exercise set whose numbered task headings are each followed by a block of example
calls, hint bullets and the solution code, read from a synthetic
document that has the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote, NoteType

_SET = (
    "---\ntitle: Sequence drills\n---\n\n"
    "### 1. Write a function that counts the odd numbers in a list of integers\n\n"
    "```python\n# Example\ncount_odd([1, 2, 3])  # 2\ncount_odd([])  # 0\n```\n\n"
    "- The remainder of a division by 2 tells odd from even\n"
    "- A generator inside `sum` counts without a temporary list\n\n"
    "```python\ndef count_odd(values):\n    return sum(1 for v in values if v % 2)\n```\n\n"
    "**Notes**\n\nAn empty list has no odd number in it.\n\n"
    "---\n\n"
    "### 2. Write a function that doubles every item of a tuple of numbers\n\n"
    "- A comprehension builds the new tuple in one pass\n\n"
    "```python\ndef doubled(items):\n    return tuple(2 * i for i in items)\n```\n\n"
    "```python\ndef doubled(items):\n    return tuple(map(lambda i: i * 2, items))\n```\n\n"
    "---\n\n"
    "### 3. Write a function that tells whether a word reads the same backwards\n\n"
    "```python\n# Examples\nsame_backwards('level')  # True\n"
    "same_backwards('lever')  # False\n```\n\n"
    "- Slicing with a step of -1 reverses a string\n\n"
    "```python\ndef same_backwards(word):\n    return word == word[::-1]\n```\n"
)


def _notes(text: str) -> list[FactNote]:
    deck = build_deck(text, "drills.md")
    return [n for n in deck.notes if isinstance(n, FactNote)]


def test_each_task_is_one_card_asking_the_task_and_its_example_calls() -> None:
    fronts = [n.front for n in _notes(_SET)]
    assert fronts == [
        "Write a function that counts the odd numbers in a list of integers\n"
        "# Example\ncount_odd([1, 2, 3])  # 2\ncount_odd([])  # 0",
        "Write a function that doubles every item of a tuple of numbers",
        "Write a function that tells whether a word reads the same backwards\n"
        "# Examples\nsame_backwards('level')  # True\nsame_backwards('lever')  # False",
    ]


def test_the_back_is_the_hints_and_the_solution_never_the_example_calls() -> None:
    backs = [n.back for n in _notes(_SET)]
    assert backs == [
        "• The remainder of a division by 2 tells odd from even\n"
        "• A generator inside `sum` counts without a temporary list\n"
        "def count_odd(values):\n    return sum(1 for v in values if v % 2)",
        "• A comprehension builds the new tuple in one pass\n"
        "def doubled(items):\n    return tuple(2 * i for i in items)\n\n"
        "def doubled(items):\n    return tuple(map(lambda i: i * 2, items))",
        "• Slicing with a step of -1 reverses a string\n"
        "def same_backwards(word):\n    return word == word[::-1]",
    ]


def test_a_lone_task_without_example_calls_is_no_exercise() -> None:
    # One numbered heading over bullets and code is a section like any other: its list
    # keeps its own card (bullets and code alone need two such tasks to make a set).
    lone = "### 2." + _SET.split("### 2.")[1].split("---")[0]
    notes = _notes(lone)
    assert [n.type for n in notes] == [NoteType.LIST]
    assert notes[0].back == "• A comprehension builds the new tuple in one pass"


def test_a_lone_task_with_example_calls_is_an_exercise() -> None:
    lone = _SET.split("---\n\n### 2.")[0]
    notes = _notes(lone)
    assert [(n.type, n.front.split("\n")[0]) for n in notes] == [
        (NoteType.FACT, "Write a function that counts the odd numbers in a list of integers")
    ]
    assert notes[0].back.endswith("return sum(1 for v in values if v % 2)")

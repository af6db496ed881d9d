"""An interview collection that numbers each question as a list item of its own, puts
a difficulty badge (an image) under it, then folds the answer away in a ``<details>``
whose summary only says "Show Answer" (once with its ``<summary>`` left unopened). The
question is the block before the fold: the item, or a one-line paragraph. Each document
is synthetic: the shape of real pages, none of their words."""

from __future__ import annotations

from pathlib import Path

from quizkit.build.builder import build_deck, build_decks
from quizkit.notes import FactNote

BADGED = """## Technical

1. What is a hive frame?

![Easy](https://example.org/badges/easy.svg)

<details> <summary> <b> Show Answer </b> </summary>

<blockquote>

- A hive frame is a wooden rectangle that holds a sheet of comb.
- Frames hang side by side inside the hive body.
</blockquote>

</details>

---

2. How do you calm a colony before opening the same hive twice a day?

![Medium](https://example.org/badges/medium.svg)

<details><summary><b> Show Answer</b></summary>

<blockquote>

Puff cool smoke at the entrance and wait a minute before lifting the lid.

</blockquote>

</details>

---

3. "Where would you place a new apiary?"

![Easy](https://example.org/badges/easy.svg)

<details><b>Show Answer</b></summary>

<blockquote>

On dry ground sheltered from the wind, with water close by.

</blockquote>

</details>

---

4. What does a queen excluder do?

![Hard](https://example.org/badges/hard.svg)

<details> <summary> <b> Show Answer </b> </summary>

<blockquote>

It keeps the queen out of the honey supers while the workers pass through.

</blockquote>

</details>
"""


def _facts(text: str) -> list[tuple[str, str]]:
    deck = build_deck(text, "hives.md")
    return [(n.front, n.back) for n in deck.notes if isinstance(n, FactNote)]


def test_each_numbered_question_is_asked_over_its_show_answer_fold() -> None:
    assert _facts(BADGED) == [
        (
            "What is a hive frame?",
            "• A hive frame is a wooden rectangle that holds a sheet of comb.\n"
            "• Frames hang side by side inside the hive body.",
        ),
        (
            "How do you calm a colony before opening the same hive twice a day?",
            "Puff cool smoke at the entrance and wait a minute before lifting the lid.",
        ),
        (
            "Where would you place a new apiary?",
            "On dry ground sheltered from the wind, with water close by.",
        ),
        (
            "What does a queen excluder do?",
            "It keeps the queen out of the honey supers while the workers pass through.",
        ),
    ]


def test_no_question_is_reported_missed_and_none_empty(tmp_path: Path) -> None:
    page = tmp_path / "hives.md"
    page.write_text(
        BADGED + "\n![Badge](https://example.org/b.svg)\n\n"
        "<details><summary>Show Answer</summary>\n\nStray text.\n\n</details>\n",
        encoding="utf-8",
    )
    lines: list[str] = []
    build_decks([page], root=tmp_path, report=lines.append)
    assert [line for line in lines if "made no card" in line] == []


PARAGRAPH = """## Quick checks

### Check 1
Why do bees fan their wings at the hive entrance?

<details><summary><b>Show Answer</b></summary>

To cool the hive and evaporate water from the nectar.
</details>

### Check 2
Which caste lays the eggs?

<details><summary><b>Show Answer</b></summary>

The queen.
</details>
"""


def test_a_one_line_question_paragraph_is_asked_over_its_fold() -> None:
    assert _facts(PARAGRAPH) == [
        (
            "Why do bees fan their wings at the hive entrance?",
            "To cool the hive and evaporate water from the nectar.",
        ),
        ("Which caste lays the eggs?", "The queen."),
    ]


TASKS = """## Exercises

Tasks:

- Install the hive scale under the stand.
- Record the weight of the hive every evening.

<details><summary>Solution</summary>

```sh
hivescale install --stand north
hivescale log --every evening
```

</details>

1. Paint the hive body white.

<details><summary>Solution</summary>

```sh
hivepaint --colour white
```

</details>
"""


def test_tasks_before_a_solution_stay_exercises() -> None:
    # Near misses: a list of several tasks, and one numbered task that asks no question,
    # are exercises asked under their section, as before.
    assert _facts(TASKS) == [
        (
            "Exercises:\n• Install the hive scale under the stand.\n"
            "• Record the weight of the hive every evening.",
            "hivescale install --stand north\nhivescale log --every evening",
        ),
        ("Exercises: Paint the hive body white.", "hivepaint --colour white"),
    ]

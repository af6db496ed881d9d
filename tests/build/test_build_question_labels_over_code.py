"""A "Question:" label over code under a numbered question heading, numbered summary
questions, a card shown twice and footnote marks under a table, each read from a
synthetic document that has the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

LABELLED_CODE = """# Crate queries

### 1. How do you find the heaviest widget in each crate?

**Question:**
```sql
-- widgets(id, crate_id, weight)
```

**Answer:**
```sql
SELECT crate_id, MAX(weight) FROM widgets GROUP BY crate_id;
```

### 2. How do you list the crates without widgets?

**Question:**
```sql
-- crates(id, label)
```

**Answer:**
```sql
SELECT id FROM crates WHERE id NOT IN (SELECT crate_id FROM widgets);
```

## How do you count the widgets of each crate?

**Q:**
```sql
-- widgets(id, crate_id)
```
**A:**
```sql
SELECT crate_id, COUNT(*) FROM widgets GROUP BY crate_id;
```
"""


def test_question_and_answer_labels_over_code_reach_no_card() -> None:
    notes = facts(build_deck(LABELLED_CODE, "crates.md").notes)
    # The question's code is shown on the front, the answer's code is the back; neither
    # "Question:" / "Q:" nor "Answer:" / "A:" reaches a card.
    assert [(n.front, n.back) for n in notes] == [
        (
            "How do you find the heaviest widget in each crate?\n-- widgets(id, crate_id, weight)",
            "SELECT crate_id, MAX(weight) FROM widgets GROUP BY crate_id;",
        ),
        (
            "How do you list the crates without widgets?\n-- crates(id, label)",
            "SELECT id FROM crates WHERE id NOT IN (SELECT crate_id FROM widgets);",
        ),
        (
            "How do you count the widgets of each crate?\n-- widgets(id, crate_id)",
            "SELECT crate_id, COUNT(*) FROM widgets GROUP BY crate_id;",
        ),
    ]


NUMBERED_SUMMARIES = """# Spinner puzzles

<details>
<summary>1. What does this print?</summary>

```python
print(spin(2))
```

Answer: `4`

</details>

<details>
<summary>2. What does this print?</summary>

```python
print(spin(3))
```

**Answer:**

`9`

</details>

<details>
<summary>3) Why does a spinner square its input?</summary>

#### Spinners

Because a spinner turns twice per step.

</details>

<details>
<summary>4. What is a spinner?</summary>

#### Spinners

A toy that turns on an axis.

</details>

<details>
<summary>5. Is 1.5 turns a full spin?</summary>

#### Spinners

No, a full spin is two turns.

</details>
"""


def test_numbered_summary_questions_are_asked_without_their_number() -> None:
    notes = facts(build_deck(NUMBERED_SUMMARIES, "spinners.md").notes)
    # The two "What does this print?" differ by the code each shows, not by a number;
    # the heading that opens every answer alike ("Spinners") titles none of them.
    assert [(n.front, n.back) for n in notes] == [
        ("What does this print?\nprint(spin(2))", "`4`"),
        ("What does this print?\nprint(spin(3))", "`9`"),
        ("Why does a spinner square its input?", "Because a spinner turns twice per step."),
        ("What is a spinner?", "A toy that turns on an axis."),
        ("Is 1.5 turns a full spin?", "No, a full spin is two turns."),
    ]


TWICE_SHOWN = """# Run a gadget as another owner

## Set the owner

The `owner` field names the account the gadget runs as.

Start the gadget:

```shell
gadgetctl start -f owner-demo.conf
```

Open a console on the running gadget:

```shell
gadgetctl console owner-demo
```

In the console, print the owner:

```shell
whoami
```

### Groups of the owner

The `groups` field adds groups to the owner.

Start the gadget again:

```shell
gadgetctl start -f groups-demo.conf
```

Open a console on the running gadget:

```shell
gadgetctl console owner-demo
```

In the console, print the groups:

```shell
groups
```
"""


def test_a_card_shown_twice_in_a_deck_is_one_note_at_its_first_place() -> None:
    notes = facts(build_deck(TWICE_SHOWN, "owners.md").notes)
    console = [n for n in notes if n.back == "gadgetctl console owner-demo"]
    # The same step in two sections asks the same card once, at its first place and id.
    assert [(n.id, n.front) for n in console] == [
        (
            "set-the-owner/how-do-you-open-a-console-on-the-running-gadget",
            "How do you open a console on the running gadget?",
        )
    ]


FOOTNOTED_TABLE = r"""# Gadget makers

| | Yearly Sales * | Stars† | Warranty ¹ |
|---|---|---|---|
| Acme | 1.2 million | 4.5 | 2 years |
| Bolt | 300,000 | 4.1† | 1 year |

\* Yearly sales as of March 2024

† Stars from the maker's own shop

¹ Parts only
"""


def test_footnote_marks_a_line_under_the_table_explains_reach_no_card() -> None:
    notes = facts(build_deck(FOOTNOTED_TABLE, "makers.md").notes)
    # The mark reaches no card; the note a header's mark points at joins that column's
    # answers, without the column's own name.
    assert [(n.front, n.back) for n in notes] == [
        ("Gadget makers, Acme: yearly sales?", "1.2 million (as of March 2024)"),
        ("Gadget makers, Acme: stars?", "4.5 (from the maker's own shop)"),
        ("Gadget makers, Acme: warranty?", "2 years (parts only)"),
        ("Gadget makers, Bolt: yearly sales?", "300,000 (as of March 2024)"),
        ("Gadget makers, Bolt: stars?", "4.1 (from the maker's own shop)"),
        ("Gadget makers, Bolt: warranty?", "1 year (parts only)"),
    ]


def _fenced_under_html(fence: str) -> str:
    return f"""# Spinner answers

<details>
<summary>What does spin return for two?</summary>
<p>
{fence}js
spin(2)
{fence}
</p>
It returns 4.
</details>
"""


def test_a_fence_right_under_an_html_line_of_an_answer_is_code_either_fence() -> None:
    # Without a blank line CommonMark reads the fence as the <p> block's raw text: its
    # ``` or ~~~ lines reached the back (and the last check dropped the card).
    for fence in ("```", "~~~"):
        notes = facts(build_deck(_fenced_under_html(fence), "spin.md").notes)
        assert [(n.front, n.back) for n in notes] == [
            ("What does spin return for two?", "spin(2)\nIt returns 4.")
        ], fence

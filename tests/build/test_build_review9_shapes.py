"""Shapes left by the held-out review9 (a question heading and its code written inside
a ``<summary>``, ...), each read from a synthetic document that has the shape and none
of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

SUMMARY_HEADINGS = """# Lua puzzles

Open a question to see its answer.

<details>
<summary>
    <h3>1. What does this print? <span class="level-tag easy">Easy <span>&#127793;</span></span>

```lua
local t = {}
t[1] = "one"
print(#t)
```

</h3>
</summary>

Answer: It prints `1`.

The table has one item in its array part.

</details>

<details>
<summary>
  <h4>2. What does this print?</h4> <span class="badge">Hard &#9889;</span>

```lua
print(10 // 3)
```

- A: 3
- B: 3.33

</summary>

Answer:

```text
3
```

Floor division drops the fraction.

</details>
"""


def test_a_heading_inside_a_summary_asks_with_its_code_and_the_body_answers() -> None:
    notes = facts(build_deck(SUMMARY_HEADINGS, "lua.md").notes)
    assert [(n.front, n.back) for n in notes] == [
        (
            '1. What does this print?\nlocal t = {}\nt[1] = "one"\nprint(#t)',
            "It prints `1`.\nThe table has one item in its array part.",
        ),
        (
            "2. What does this print?\nprint(10 // 3)\n\u2022 A: 3\n\u2022 B: 3.33",
            "3\nFloor division drops the fraction.",
        ),
    ]
    # The question's line is where its summary opened.
    assert [n.origin.line for n in notes if n.origin] == [6, 25]


def test_label_spans_and_their_emoji_never_reach_a_card() -> None:
    for note in facts(build_deck(SUMMARY_HEADINGS, "lua.md").notes):
        text = note.front + note.back
        for residue in ("Easy", "Hard", "\N{SEEDLING}", "\N{HIGH VOLTAGE SIGN}", "<", "&#"):
            assert residue not in text

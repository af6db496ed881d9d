"""A question heading and its code written inside a ``<summary>``, challenge and plan divs,
matrix marks and label spans, each read from a synthetic document that has the shape and
none of the reviewed wording."""

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

<details>
<summary>
  <h3>3. Write a function that doubles a number. <div class="level-tag">Expert &#128640;</div>

</h3>
</summary>
Answer:

```lua
function double(n) return n * 2 end
```

</details>
"""


def test_a_heading_inside_a_summary_asks_with_its_code_and_the_body_answers() -> None:
    notes = facts(build_deck(SUMMARY_HEADINGS, "lua.md").notes)
    assert [(n.front, n.back) for n in notes] == [
        (
            'What does this print?\nlocal t = {}\nt[1] = "one"\nprint(#t)',
            "It prints `1`.\nThe table has one item in its array part.",
        ),
        (
            "What does this print?\nprint(10 // 3)\n\u2022 A: 3\n\u2022 B: 3.33",
            "3\nFloor division drops the fraction.",
        ),
        (
            "Write a function that doubles a number.",
            "function double(n) return n * 2 end",
        ),
    ]
    # The author's numbering goes (issue #12): the two "What does this print?" differ by
    # the code they show. The origin is the question heading's line, under its <summary>.
    assert [n.origin.line for n in notes if n.origin] == [6, 25, 48]


def test_label_spans_and_their_emoji_never_reach_a_card() -> None:
    for note in facts(build_deck(SUMMARY_HEADINGS, "lua.md").notes):
        text = note.front + note.back
        for residue in (
            "Easy",
            "Hard",
            "Expert",
            "\N{ROCKET}",
            "\N{SEEDLING}",
            "\N{HIGH VOLTAGE SIGN}",
            "<",
            "&#",
        ):
            assert residue not in text


LESSON_DIVS = """---
title: Knots
---

:::::::::::::::::::::::::::::::::::::: objectives

- Tie a reef knot.

::::::::::::::::::::::::::::::::::::::::::::::::::

:::::::::::::::::::::::::::::::::::::: questions

- How do I join two ropes?

::::::::::::::::::::::::::::::::::::::::::::::::::

## Joining ropes

A reef knot joins two ropes of the same thickness.

::::::::::::::::::::::::::::::::::::::  challenge

## Left Over Right

You tie left over right, then left over right again.

```text
left/right, left/right
```

1. A reef knot
2. A granny knot

:::::::::::::::  solution

## Solution

Option 2: repeating the same crossing makes a granny knot.

A reef knot needs the second crossing the other way round.

:::::::::::::::::::::::::

::::::::::::::::::::::::::::::::::::::::::::::::::

:::::::::::::::::::::::::::::::::::::: keypoints

- A reef knot crosses left over right, then right over left.
- A granny knot slips under load.

::::::::::::::::::::::::::::::::::::::::::::::::::
"""


def test_a_challenge_div_asks_its_heading_prompt_and_options_and_its_solution_answers() -> None:
    notes = facts(build_deck(LESSON_DIVS, "knots.md").notes)
    challenge = next(n for n in notes if n.front.startswith("Left Over Right"))
    assert challenge.front == (
        "Left Over Right\nYou tie left over right, then left over right again.\n"
        "left/right, left/right\n1. A reef knot\n2. A granny knot"
    )
    # The solution is kept whole: the author folded all of it away as the answer.
    assert challenge.back == (
        "Option 2: repeating the same crossing makes a granny knot.\n"
        "A reef knot needs the second crossing the other way round."
    )


def test_plan_divs_make_no_card_and_key_points_stand_alone() -> None:
    notes = facts(build_deck(LESSON_DIVS, "knots.md").notes)
    text = "\n".join(n.front + "\n" + n.back for n in notes)
    assert "Tie a reef knot" not in text
    assert "How do I join two ropes" not in text
    assert ":::" not in text
    points = [n for n in notes if "granny knot slips" in n.back]
    assert len(points) == 1
    assert "Option 2" not in points[0].back
    assert "reef knot crosses left over right" in points[0].back


MARKED_MATRIX = """# Kettle makers compared

Mark key:

- ✅ Built in and ready
- 🔷 Works with an add-on from the community
- ⛔ Not available

|          | Acme [_(Site)_][acme] | Brewco [_(Site)_][brewco] |
| -------- | --------------------- | ------------------------- |
| Whistle  | ✅                    | 🔷                        |
| Timer    | ⛔<sup>2</sup>        | ✅                        |
| Stars    | [![][s-acme]][gh-acme] | [![][s-brewco]][gh-brewco] |
| Reviews  | (none)                | [Review][brewco-review]   |

[acme]: https://acme.example
[brewco]: https://brewco.example
[s-acme]: https://img.example/acme.svg
[s-brewco]: https://img.example/brewco.svg
[gh-acme]: https://git.example/acme
[gh-brewco]: https://git.example/brewco
[brewco-review]: https://reviews.example/brewco
"""


def test_matrix_marks_answer_with_the_legend_words_and_header_links_are_dropped() -> None:
    notes = facts(build_deck(MARKED_MATRIX, "kettles.md").notes)
    answers = {n.front: n.back for n in notes if n.front.endswith("?")}
    assert answers["Brewco: whistle?"] == "Works with an add-on from the community"
    assert answers["Acme: timer?"] == "Not available"
    assert answers["Acme: whistle?"] == "Built in and ready"
    for note in notes:
        assert "Site" not in note.front
        assert "2" not in note.back


def test_matrix_rows_of_only_badges_and_links_make_no_card() -> None:
    notes = build_deck(MARKED_MATRIX, "kettles.md").notes
    assert not [n for n in notes if "stars" in n.id or "reviews" in n.id]
    assert len([n for n in notes if "whistle" in n.id]) == 2


HEADING_ANSWERS = """# Garden questions

#### What is the difference between a rake and a hoe?

A rake gathers loose leaves and smooths the soil.

A hoe cuts weeds at the root and breaks up crusted ground.

#### What does this shorthand expand to?

Question:

```
plant(rose) x3
```

Answer:

```
plant(rose); plant(rose); plant(rose)
```

#### Why water early?

Less water is lost to the sun in the morning.
"""


def test_a_difference_question_keeps_both_paragraphs() -> None:
    notes = facts(build_deck(HEADING_ANSWERS, "garden.md").notes)
    (note,) = [n for n in notes if "rake and a hoe" in n.front]
    assert note.back == (
        "A rake gathers loose leaves and smooths the soil.\n"
        "A hoe cuts weeds at the root and breaks up crusted ground."
    )


def test_question_and_answer_labels_over_code_split_front_and_back() -> None:
    notes = facts(build_deck(HEADING_ANSWERS, "garden.md").notes)
    (note,) = [n for n in notes if "shorthand" in n.front]
    assert note.front == "What does this shorthand expand to?\nplant(rose) x3"
    assert note.back == "plant(rose); plant(rose); plant(rose)"


ANNOUNCED_CODE = """# Lamp FAQ

## How can I see why the lamp flickers?

Turn on the lamp's trace output; to trace one bulb only, run the following command.

```sh
lamp --trace bulb 2
```

If the lamp is slow to start, time its bulbs instead.

```sh
lamp --timings
```

## Does the lamp dim?

Yes, with the dial.
"""


def test_a_sentence_announcing_code_keeps_that_code_in_the_answer() -> None:
    notes = facts(build_deck(ANNOUNCED_CODE, "lamp.md").notes)
    (note,) = [n for n in notes if "flickers" in n.front]
    assert note.back == (
        "Turn on the lamp's trace output; to trace one bulb only, run the following command.\n"
        "lamp --trace bulb 2\n"
        "If the lamp is slow to start, time its bulbs instead.\n"
        "lamp --timings"
    )


TYPED_SESSION = """# Reach the mail relay

## Look the relay up

Open a shell in the helper pod, then run `dig relay.local`:

```shell
[ admin@helper-7f9c:/ ]$ dig relay.local
;; ANSWER SECTION:
relay.local. 30 IN A 10.1.2.3
```

Then restart the relay:

```shell
relayctl restart --now
```
"""


def test_a_step_whose_sentence_names_the_typed_command_makes_no_how_question() -> None:
    notes = facts(build_deck(TYPED_SESSION, "relay.md").notes)
    assert not [n for n in notes if "dig" in n.front + n.back]
    # A step that does not say its command still asks for it.
    assert [(n.front, n.back) for n in notes if "relayctl" in n.back] == [
        ("How do you restart the relay?", "relayctl restart --now")
    ]


PLAIN_SUMMARY = """# Kettles

<details>
<summary>
What is a kettle?
</summary>

A pot for boiling water.

</details>
"""


def test_a_plain_summary_over_several_lines_asks_once() -> None:
    (note,) = facts(build_deck(PLAIN_SUMMARY, "kettles.md").notes)
    assert (note.front, note.back) == ("What is a kettle?", "A pot for boiling water.")

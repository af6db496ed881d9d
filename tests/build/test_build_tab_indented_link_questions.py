"""Questions as link-labelled bullet items whose answer is indented with tabs, credits
sections, quoted exercise tasks and TeX math spans, each read from a synthetic document
that has the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.text import clean
from quizkit.notes import FactNote

TAB_INDENTED_ANSWERS = (
    "# Pottery questions\n"
    "\n"
    "## Clay\n"
    "\n"
    "- [What is wedging?](https://example.org/wedging)\n"
    "\t<details>\n"
    "\t\t<summary>Answer</summary>\n"
    "\n"
    "\tWedging kneads clay to push out air pockets before it is thrown.<br />\n"
    "\tTrapped air can burst a pot in the kiln.\n"
    "\n"
    "  \t```text\n"
    "\tknead -> cut -> slam\n"
    "\t```\n"
    "\t</details>\n"
    "\n"
    "- [Why is a glaze fired twice?](https://example.org/glaze)\n"
    "  \t<details>\n"
    "\t\t<summary>Answer</summary>\n"
    "\n"
    "\t>The first firing hardens the **bisque**; the second melts the _glaze_ onto it.\n"
    "\t</details>\n"
    "\n"
    "## Authors\n"
    "\n"
    "- Questions compiled by: A. Potter\n"
    "- Answered by: B. Glazer\n"
)


def test_tab_indented_answers_of_link_questions_make_cards() -> None:
    deck = build_deck(TAB_INDENTED_ANSWERS, "pottery.md")
    facts = {n.front: n for n in deck.notes if isinstance(n, FactNote)}
    wedging = facts["Clay: What is wedging?"]
    assert wedging.back.startswith(
        "Wedging kneads clay to push out air pockets before it is thrown."
    )
    assert "Trapped air can burst a pot in the kiln." in wedging.back
    assert "<br" not in wedging.back
    glaze = facts["Clay: Why is a glaze fired twice?"]
    # A spaces-then-tab indent is the same column: the quoted Markdown is read, not kept raw.
    assert glaze.back == "The first firing hardens the bisque; the second melts the glaze onto it."
    # The fence opened with spaces then a tab closes on its tab-indented fence: the
    # code is the answer's, and the next question is not swallowed.
    assert wedging.back.endswith("knead -> cut -> slam")


def test_credits_section_makes_no_card() -> None:
    deck = build_deck(TAB_INDENTED_ANSWERS, "pottery.md")
    assert not [
        n
        for n in deck.notes
        if isinstance(n, FactNote) and ("Potter" in n.back or "Authors" in n.front)
    ]


NUMBERED_EXERCISES = """# Chapter 7 solutions

## 7.2-1

> Explain why a heap keeps its smallest key at the root.

Every parent key is at most its children's keys, so no key below the root is smaller.

See the Rust demo.

**Proof sketch.** Follow any path down from the root: the keys never decrease.

## 7.2-2

> Give the height of a heap of $n$ keys.

A heap is a complete binary tree, so its height is the floor of lg n.

## 7.2-3

> Show the heap of Figure 7.3 after one insertion.

- **Insert:** the new key 9 goes to the last leaf.

## 7.2-4

> Tabulate the parent of each index of a heap of six keys.

$$
\\begin{array}{cc}
i & parent \\\\
2 & 1
\\end{array}
$$
"""


def test_quoted_task_under_an_exercise_number_is_the_front() -> None:
    deck = build_deck(NUMBERED_EXERCISES, "heaps.md")
    facts = {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}
    back = facts["7.2-1: Explain why a heap keeps its smallest key at the root."]
    assert back.startswith("Every parent key is at most its children's keys")
    assert "Follow any path down from the root" in back
    assert "demo" not in back  # a pointer to code elsewhere
    # The bold label inside the answer is no card of its own.
    assert not [f for f in facts if "Proof sketch" in f]
    # A task about a figure absent from the document, or solved by a table drawn in
    # TeX, makes no card (nor do the labels of its answer).
    assert not [f for f in facts if f.startswith(("7.2-3", "7.2-4", "Insert"))]


def test_tex_math_reads_as_text_and_a_tex_table_is_left_out() -> None:
    deck = build_deck(NUMBERED_EXERCISES, "heaps.md")
    facts = {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}
    assert "7.2-2: Give the height of a heap of n keys." in facts


def test_tex_math_spans_become_text() -> None:
    assert clean(r"if $v.d \le u.d$ then $\text{GRAY}$ edge $(u, v)$") == (
        "if v.d ≤ u.d then GRAY edge (u, v)"
    )
    assert clean("before $$\n\\begin{array}{c|c}\na & b\n\\end{array}\n$$ after") == (
        "before after"
    )
    # Dollars that open no math: shell variables, prices.
    assert clean("echo $HOME/$USER costs $5 and $6") == "echo $HOME/$USER costs $5 and $6"
    assert clean("run `echo $a$` now") == "run `echo $a$` now"


FOOTNOTED_CELLS = """# Kettles compared

## Heating

| Kettle | Heating |
|---|---|
| **Steel** | The steel kettle boils a litre in three minutes. [_\\(1\\)_](kettles.md#notes)__ |
| **Glass** | The glass kettle boils a litre in four minutes. [2](kettles.md#notes) |
| **Stone** | The stone kettle keeps water warm for an hour. |
"""


def test_a_link_labelled_only_by_a_number_is_a_footnote_reference_and_is_dropped() -> None:
    deck = build_deck(FOOTNOTED_CELLS, "kettles.md")
    backs = [n.back for n in deck.notes if isinstance(n, FactNote)]
    assert "The steel kettle boils a litre in three minutes." in backs
    assert "The glass kettle boils a litre in four minutes." in backs
    assert not [b for b in backs if "(1)" in b or "__" in b or b.endswith("2")]

"""Interview notes written as plain marked lines: "Q. …" over "A. …", "Q1 - …" over
"Ans - …", "Q1) …", "Q 1 : …" over a numbered "A 1 : …", and numbered questions whose
answer is labelled on the item's next line ("1. What is X?" / "Answer: …") or in a
paragraph of its own after the item ("Ans : …"). Each is the author's question, its
marks and labels gone from the card. A "Q." line over lettered options is a multiple
choice, never a question answered by its first option. Each document is synthetic:
the shape of real pages, none of their words."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

ANSWERS = [
    ("What is a bobbin?", "The spool that holds the weft thread inside the shuttle."),
    ("What does a heddle do?", "It lifts a warp thread so the shuttle can pass under it."),
    ("Why is the warp sized?", "Starch stiffens the threads so they fray less on the loom."),
]


def _facts(text: str) -> list[tuple[str, str]]:
    deck = build_deck(text, "loom.md")
    return [(n.front, n.back) for n in deck.notes if isinstance(n, FactNote)]


def _page(question: str, answer: str, between: str) -> str:
    pairs = [
        f"{question.replace('N', str(n))} {asked}{between}{answer.replace('N', str(n))} {said}"
        for n, (asked, said) in enumerate(ANSWERS, 1)
    ]
    return "# Loom interview\n\n" + "\n\n".join(pairs) + "\n"


def test_dot_marked_lines_are_a_question_and_its_answer() -> None:
    assert _facts(_page("Q.", "A.", "\n")) == ANSWERS
    assert _facts(_page("Q.", "A.", "\n\n")) == ANSWERS


def test_dash_and_bracket_marks_are_question_marks() -> None:
    assert _facts(_page("QN -", "Ans -", "\n")) == ANSWERS
    assert _facts(_page("QN)", "Ans:", "\n")) == ANSWERS


def test_a_numbered_answer_label_leaves_the_back() -> None:
    assert _facts(_page("QN :", "AN :", "\n")) == ANSWERS
    assert _facts(_page("Q N :", "A N :", "\n\n")) == ANSWERS


def test_numbered_questions_answered_under_a_label() -> None:
    assert _facts(_page("N.", "Answer:", "\n")) == ANSWERS
    assert _facts(_page("N.", "Ans :", "\n\n")) == ANSWERS


# Near-miss: a "Q." question over lettered options, answered below.
OPTIONS = """# Loom quiz

Q. Which part lifts the warp?
A. The bobbin
B. The heddle
C. The reed
"""


def test_lettered_options_are_no_answer() -> None:
    assert not [back for _, back in _facts(OPTIONS) if back.startswith("The bobbin")]


# Near-miss: a numbered task set over its lettered parts; "a." asks, it answers nothing.
TASK_PARTS = """# Loom tutorial

Q4. The following questions are about the loom in the museum's weaving room.

a. Why does its reed have fewer dents than a modern one?
Its cloth was coarser, so fewer warp threads passed through each inch.
"""


def test_a_lettered_part_under_a_task_is_no_answer() -> None:
    for text in (TASK_PARTS, TASK_PARTS.replace("\na. Why", "\nA. Why")):
        assert not [
            front for front, _ in _facts(text) if front.startswith("The following questions")
        ]

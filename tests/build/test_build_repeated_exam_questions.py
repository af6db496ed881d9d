"""A practice exam asking one question twice, answered alike and explained in other
words, makes one card at its first place, never two told apart by "(Question 3)"; one
front asked twice with different answers still keeps both."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts


def _question(number: int, stem: str, answer: str, explanation: str) -> str:
    return f"""## Question {number}
**Topic:** Pruning

### Question
{stem}

### Answer Options

Fill in the blank: __

**Correct Answer: {answer}**

### Explanation
{explanation}

"""


EXAM = "# Orchard Practice Exam\n\n" + "".join(
    (
        _question(
            1,
            "To cut a branch back to its collar, use the __.",
            "pruning saw",
            "A pruning saw cuts cleanly through wood thicker than a thumb.",
        ),
        _question(
            2,
            "To tie a young tree to its stake, use a __.",
            "tree tie",
            "A tree tie holds the trunk without cutting into the bark.",
        ),
        _question(
            3,
            "To cut a branch back to its collar, use the __.",
            "pruning saw",
            "Its teeth leave a clean cut the collar can heal over.",
        ),
    )
)


def test_a_question_asked_twice_with_one_answer_is_one_card() -> None:
    cards = {n.front: n.back for n in facts(build_deck(EXAM, "exam.md").notes)}
    saw = [front for front in cards if "branch back to its collar" in front]
    assert saw == ["To cut a branch back to its collar, use the __."]
    assert cards[saw[0]] == (
        "pruning saw\nA pruning saw cuts cleanly through wood thicker than a thumb."
    )


def test_a_question_asked_twice_with_other_answers_keeps_both() -> None:
    text = EXAM.replace(
        "**Correct Answer: pruning saw**\n\n### Explanation\nIts teeth",
        "**Correct Answer: lopper**\n\n### Explanation\nIts teeth",
    )
    cards = {n.front: n.back for n in facts(build_deck(text, "exam.md").notes)}
    assert sum("branch back to its collar" in front for front in cards) == 2


def test_one_question_answered_by_more_code_after_one_line_keeps_both() -> None:
    # Two steps opening on one command go on with other code: two steps, not one answer
    # explained twice.
    text = EXAM.replace(
        "A pruning saw cuts cleanly through wood thicker than a thumb.", "saw --cut collar"
    ).replace("Its teeth leave a clean cut the collar can heal over.", "saw --cut stub")
    cards = {n.front: n.back for n in facts(build_deck(text, "exam.md").notes)}
    assert sum("branch back to its collar" in front for front in cards) == 2

"""One vocabulary of answer and question labels (``markdown.ANSWER_NAMES``,
``ANSWER_KINDS``, ``ANSWER_LETTER``, ``QUESTION_NAMES``): the builder's sets and patterns
and the last check's all derive from it, so a label read in one place is read in every
place. Synthetic documents, none of any reviewed wording."""

from __future__ import annotations

import pytest

from quizkit.build.builder import build_deck
from quizkit.build.lastcheck import drop_reason
from quizkit.notes import FactNote, NoteType
from tests.helpers import facts


def _bakery(label: str) -> str:
    return f"""# Bakery interview

## Bread

### 1. What does kneading do?

#### {label}:

Kneading develops the gluten network.

### 2. What does proofing do?

**{label}**

Proofing lets the dough rise before baking.
"""


# "Ans" and "Answer in short" were labels on a bold line only; as a heading under the
# question they left the question without its card.
@pytest.mark.parametrize("label", ["Answer", "Ans", "Answer in short", "Short answer", "Solution"])
def test_every_answer_label_opens_the_answer_as_a_heading_and_as_a_bold_line(label: str) -> None:
    cards = {n.front: n.back for n in facts(build_deck(_bakery(label), "bakery.md").notes)}
    assert cards == {
        "What does kneading do?": "Kneading develops the gluten network.",
        "What does proofing do?": "Proofing lets the dough rise before baking.",
    }


@pytest.mark.parametrize("back", ["Answer:", "Ans:", "Solution", "Explanation:", "Question:", "Q:"])
def test_a_back_that_is_only_an_answer_label_is_dropped(back: str) -> None:
    note = FactNote(id="n", type=NoteType.FACT, front="What is mulch?", back=back)
    assert drop_reason(note) == "the back is only a label"


@pytest.mark.parametrize("label", ["Answer", "Ans", "Solution", "Explanation", "Question", "Q"])
def test_an_answer_label_left_on_a_long_back_is_a_fault(label: str) -> None:
    back = f"{label}: Mulch keeps the soil moist and cool."
    note = FactNote(id="n", type=NoteType.FACT, front="What is mulch for?", back=back)
    assert drop_reason(note) == "an answer label left on the back"

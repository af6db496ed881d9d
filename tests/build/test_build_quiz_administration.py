"""A quiz's own administration (an "Answer Key Summary" table of question numbers,
difficulties and topics, a "Scoring Guide", a "Self-Assessment Checklist") tells how the
quiz is marked, not what it asks: no card. The quiz's questions keep theirs."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

DOC = """\
# Quiz: Docker Basics

## Questions

### Question 1: Logs

Which command shows a container's logs?

**Answer:** `docker logs <container>`

## Answer Key Summary

| Question | Answer | Difficulty | Topic |
|----------|--------|------------|-------|
| 1 | B | Easy | Logging |
| 2 | A | Medium | Naming |

## Scoring Guide

**MCQ (Questions 1-7):**
- 1 point per correct answer
- Maximum: 7 points
"""


def test_a_quiz_answer_key_and_scoring_make_no_card() -> None:
    fronts = [n.front for n in facts(build_deck(DOC, "quiz.md").notes)]
    assert not any("Answer Key" in front or "Scoring" in front for front in fronts)
    assert any("logs" in front for front in fronts)

"""The question labels read from one vocabulary (markdown.QUESTION_NAMES): "Q:" is the
"Question:" label wherever the parser or the rules read one."""

from __future__ import annotations

import pytest

from quizkit.build.markdown import QUESTION_LABEL_LINE, question_text


@pytest.mark.parametrize("label", ["Question:", "**Q:**", "Q.", "(Question)", "q"])
def test_a_label_alone_on_its_line(label: str) -> None:
    assert QUESTION_LABEL_LINE.match(label)


@pytest.mark.parametrize("line", ["Question: what runs?", "Quiz:", "Questions", "Q1:"])
def test_no_label_line(line: str) -> None:
    assert not QUESTION_LABEL_LINE.match(line)


def test_a_numbered_question_loses_either_label() -> None:
    assert question_text("3. Q: What is a Pod?") == "What is a Pod?"
    assert question_text("4. Question: **What is a Service?") == "What is a Service?"
    assert question_text("5. **Question:** Explain a Pod.") == "Explain a Pod."

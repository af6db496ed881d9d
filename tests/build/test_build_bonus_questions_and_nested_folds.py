"""A question the author sets apart as one more ("**Bonus question:** …?", "Extra
question: …?") is asked without that label, answered by what follows it; a fold nested in
an answer's fold ("<summary>Why it matters</summary>") is part of that answer, its summary
titling it, never dropped. A fold that only groups questions keeps them apart. Synthetic
documents."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

_BONUS = """# Lesson 4 — Watermarks

## Stage 1 — bounded out-of-orderness

Assign event-time timestamps from `event.timestamp` and a 2s bound.

**Bonus question:** What's the trade-off when picking the out-of-orderness bound?

> *Answer:* Too small: late events are dropped. Too large: windows fire late.

## Quiz

1. **Extra question:** What happens to an event later than the allowed lateness?
    <details>
    <summary>Answer</summary>

    It goes to the side output.
    </details>
"""

_NESTED = """# Watermark quiz

## Questions

- What does a watermark mark?

  <details>
    <summary>Answer</summary>

    The event time up to which the stream is complete.

    <details>
      <summary>Why it matters</summary>

      Windows fire when the watermark passes their end.

    </details>
  </details>
"""

_GROUPED = """# Stream quiz

<details>
  <summary>Questions</summary>

  <details>
  <summary>Question 1</summary>

  What is a watermark?

  <details>
  <summary>Answer</summary>

  A marker of event-time progress in the stream.
  </details>
  </details>

  <details>
  <summary>Question 2</summary>

  What is a window?

  <details>
  <summary>Answer</summary>

  A finite slice of the stream that is aggregated together.
  </details>
  </details>
</details>
"""


def _cards(text: str) -> dict[str, str]:
    return {n.front: n.back for n in facts(build_deck(text, "doc.md").notes)}


def test_a_bonus_question_is_asked_without_its_label() -> None:
    cards = _cards(_BONUS)
    assert cards["What's the trade-off when picking the out-of-orderness bound?"] == (
        "Too small: late events are dropped. Too large: windows fire late."
    )
    assert not [f for f in cards if "onus question" in f]


def test_an_extra_question_over_its_fold_is_asked_without_its_label() -> None:
    cards = _cards(_BONUS)
    assert cards["What happens to an event later than the allowed lateness?"] == (
        "It goes to the side output."
    )


def test_a_fold_nested_in_an_answer_stays_in_it() -> None:
    cards = _cards(_NESTED)
    assert cards["Questions: What does a watermark mark?"] == (
        "The event time up to which the stream is complete.\n"
        "Why it matters:\n"
        "Windows fire when the watermark passes their end."
    )


def test_folds_grouping_questions_keep_them_apart_near_miss() -> None:
    backs = list(_cards(_GROUPED).values())
    assert "A marker of event-time progress in the stream." in backs
    assert "A finite slice of the stream that is aggregated together." in backs

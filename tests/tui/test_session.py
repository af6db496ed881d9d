"""The study session without a terminal: keys, queues, repeats, undo, caps, typed answers."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import quizkit
from quizkit.errors import ManifestError, UsageError
from quizkit.session import Command, Phase, StudySession, command_for_key, typing_fits
from quizkit.store import Collection
from tests.helpers import FakeClock
from tests.tui.helpers import FACTS, SCENARIO, easiness, log_of


def session(col: Collection, clock: FakeClock, **kwargs: Any) -> StudySession:
    return StudySession(col.learner("ann"), clock=clock, **kwargs)


@pytest.mark.parametrize(
    ("key", "command"),
    [
        ("enter", Command.REVEAL),
        ("space", Command.REVEAL),
        *[(str(q), Command.GRADE) for q in range(6)],
        *[(k, Command.GRADE) for k in "ahgeAHGE"],
        ("q", Command.QUIT),
        ("u", Command.UNDO),
        ("t", Command.TOGGLE_TYPING),
        ("x", None),
        ("6", None),
        ("escape", None),
    ],
)
def test_keys_of_the_design(key: str, command: Command | None) -> None:
    assert command_for_key(key) is command


@pytest.mark.parametrize(("key", "grade"), [("a", 1), ("h", 3), ("g", 4), ("e", 5), ("0", 0)])
def test_letter_and_digit_keys_grade(
    col: Collection, clock: FakeClock, study_db: Path, key: str, grade: int
) -> None:
    s = session(col, clock)
    assert s.press(key)
    assert log_of(study_db) == [(FACTS[0], grade, "new", False)]


def test_reveal_then_enter_grades_good_and_the_session_ends(
    col: Collection, clock: FakeClock, study_db: Path
) -> None:
    s = session(col, clock)
    shown = []
    while s.phase is not Phase.DONE:
        assert s.card is not None
        shown.append(s.card.id)
        assert s.phase is Phase.QUESTION
        s.press("space")
        # press() moved the phase on; mypy keeps the narrowing of the assert above.
        assert s.phase is Phase.ANSWER  # type: ignore[comparison-overlap]
        clock.tick(5)
        s.press("enter")
    assert shown == list(FACTS)
    assert [(card, grade) for card, grade, _, _ in log_of(study_db)] == [(c, 4) for c in FACTS]
    assert not s.press("g")  # nothing to grade after the end


def test_again_brings_the_card_back_the_same_day_until_good(
    col: Collection, clock: FakeClock, study_db: Path
) -> None:
    s = session(col, clock)
    s.press("a")  # the first card, graded Again
    assert s.counts.repeat == 1
    shown = []
    while s.phase is not Phase.DONE:
        assert s.card is not None
        shown.append((s.card.id, s.card.queue))
        clock.tick(61)
        s.press("g")
    # A minute after the Again it is ready again, ahead of the new cards.
    assert shown == [(FACTS[1], "new"), (FACTS[0], "repeat"), (FACTS[2], "new")]
    assert log_of(study_db)[2] == (FACTS[0], 4, "repeat", False)
    summary = s.summary()
    assert (summary.reviewed, summary.right, summary.new, summary.repeats) == (4, 3, 3, 1)
    assert summary.share_right == 0.75


def test_undo_puts_the_card_back_and_forgets_its_state(
    col: Collection, clock: FakeClock, study_db: Path
) -> None:
    s = session(col, clock)
    s.press("e")
    assert s.card is not None
    assert s.card.id == FACTS[1]
    assert s.press("u")
    assert s.card is not None
    assert s.card.id == FACTS[0]
    assert s.phase is Phase.QUESTION
    assert s.answered == 0
    assert easiness(study_db, FACTS[0]) is None
    assert log_of(study_db) == [(FACTS[0], 5, "new", True)]
    assert not s.press("u")
    assert "nothing to undo" in s.message
    s.press("h")
    assert easiness(study_db, FACTS[0]) == 2360


def test_new_caps_new_cards_this_session_without_changing_the_learner(
    col: Collection, clock: FakeClock
) -> None:
    s = session(col, clock, new_cards=1)
    assert s.counts.new == 1
    s.press("g")
    assert s.phase is Phase.DONE
    assert col.learner("ann").new_per_day == 20
    again = session(col, clock, new_cards=5)
    assert again.card is not None
    assert again.card.id == FACTS[1]


def test_new_zero_means_reviews_only(col: Collection, clock: FakeClock) -> None:
    s = session(col, clock, new_cards=0)
    assert s.phase is Phase.DONE
    assert s.summary().reviewed == 0
    assert s.summary().share_right is None


def test_limit_caps_the_answers_of_the_session(col: Collection, clock: FakeClock) -> None:
    s = session(col, clock, limit=2)
    assert s.left == 2
    s.press("g")
    assert s.left == 1
    assert s.progress == 0.5
    s.press("g")
    assert s.phase is Phase.DONE
    assert s.summary().left_today == 1


def test_bad_caps_and_unknown_deck_are_usage_errors(col: Collection, clock: FakeClock) -> None:
    with pytest.raises(UsageError, match="--new"):
        session(col, clock, new_cards=-1)
    with pytest.raises(UsageError, match="--limit"):
        session(col, clock, limit=0)
    with pytest.raises(UsageError, match="no deck 'nope'"):
        session(col, clock, deck="nope")


def test_typed_answer_is_graded_and_can_be_overridden(
    col: Collection, clock: FakeClock, study_db: Path
) -> None:
    s = session(col, clock)
    assert not s.wants_text()
    s.press("t")
    assert s.typing
    assert s.wants_text()
    clock.tick(3)
    result = s.submit("30000-32767")
    assert result is not None
    assert result.correct is True
    assert result.grade == 5  # right within ten seconds: easy
    assert s.phase is Phase.FEEDBACK
    assert easiness(study_db, FACTS[0]) == 2600
    s.press("3")  # the learner found it hard after all
    assert easiness(study_db, FACTS[0]) == 2360
    assert log_of(study_db) == [(FACTS[0], 5, "new", True), (FACTS[0], 3, "new", False)]
    assert s.card is not None
    assert s.card.id == FACTS[1]
    clock.tick(30)
    wrong = s.submit("NodePort")
    assert wrong is not None
    assert wrong.correct is False
    assert wrong.grade == 1
    assert wrong.expected == "ClusterIP"
    s.press("enter")  # accept and go on
    assert s.card is not None
    assert s.card.id == FACTS[2]
    assert not s.wants_text()  # a sentence-long tip is not typed out


def test_empty_typed_answer_reveals(col: Collection, clock: FakeClock, study_db: Path) -> None:
    s = session(col, clock, typing=True)
    assert s.submit("  ") is None
    assert s.phase is Phase.ANSWER
    assert log_of(study_db) == []


def test_typing_fits_short_facts_and_scenarios(col: Collection) -> None:
    assert typing_fits(col.card(FACTS[0]))
    assert not typing_fits(col.card(FACTS[2]))


def test_time_spent_counts_at_most_a_minute_per_card(col: Collection, clock: FakeClock) -> None:
    s = session(col, clock)
    clock.tick(5)
    s.press("g")
    clock.tick(3600)  # walked away
    s.press("g")
    summary = s.summary()
    assert summary.time_spent.total_seconds() == 65
    assert summary.tomorrow == 2
    assert summary.streak_days == 1


@pytest.fixture
def scenario_col(tmp_path: Path, study_deck: Path) -> Iterator[Collection]:
    with quizkit.open(tmp_path / "scenario.db") as col:
        col.import_decks([study_deck])
        yield col


def _failing_scenarios(message: str) -> types.ModuleType:
    module = types.ModuleType("quizkit.scenarios")

    def grade_scenario(card: object, response: str) -> object:
        raise ManifestError(message)

    vars(module).update(grade_scenario=grade_scenario)
    return module


@pytest.mark.parametrize("broken", ["missing", "raises"])
def test_scenario_grader_failure_falls_back_to_self_grading(
    scenario_col: Collection,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    broken: str,
) -> None:
    fake = None if broken == "missing" else _failing_scenarios("cannot evaluate web")
    monkeypatch.setitem(sys.modules, "quizkit.scenarios", fake)
    s = session(scenario_col, clock, limit=4)
    for _ in range(3):
        s.press("g")
    assert s.card is not None
    assert s.card.id == SCENARIO
    assert s.wants_text()
    assert not s.wants_editor()
    assert s.submit("yes") is None
    assert s.phase is Phase.ANSWER
    assert "grade it yourself" in s.message
    if broken == "raises":
        assert "cannot evaluate web" in s.message
    s.press("e")
    # press() moved the phase on; mypy keeps the narrowing of the assert above.
    assert s.phase is Phase.DONE  # type: ignore[comparison-overlap]
    assert log_of(tmp_path / "scenario.db")[-1] == (SCENARIO, 5, "new", False)


def test_scenario_graded_by_the_evaluator(scenario_col: Collection, clock: FakeClock) -> None:
    pytest.importorskip("quizkit.scenarios", reason="the scenario grader is not installed")
    s = session(scenario_col, clock)
    for _ in range(3):
        s.press("g")
    assert s.card is not None
    assert s.card.id == SCENARIO
    # The Service selects app=web but no pod has that label: nothing answers.
    result = s.submit("no")
    assert result is not None
    assert result.correct is True
    assert "no-endpoints" in result.feedback
    assert s.phase is Phase.FEEDBACK

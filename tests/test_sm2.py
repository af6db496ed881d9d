"""SM-2 exactly as DESIGN.md states it: both oracles, grade checking, an exact reference."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizkit import sm2
from quizkit.clock import LATEST_DUE
from quizkit.errors import GradeError, QuizkitError


def run(grades: list[int]) -> list[sm2.State]:
    state, out = sm2.new(), []
    for grade in grades:
        state = sm2.review(state, grade)
        out.append(state)
    return out


def test_new_card_state() -> None:
    assert sm2.new() == sm2.State(repetitions=0, easiness=Decimal("2.5"), interval=0)


def test_oracle_5554325_intervals_and_easiness() -> None:
    states = run([5, 5, 5, 4, 3, 2, 5])
    assert [s.interval for s in states] == [1, 6, 17, 48, 135, 1, 1]
    assert [s.easiness for s in states] == [
        Decimal(x) for x in ("2.6", "2.7", "2.8", "2.8", "2.66", "2.66", "2.76")
    ]
    assert [s.repetitions for s in states] == [1, 2, 3, 4, 5, 0, 1]


def test_oracle_554455_last_interval_is_350_not_the_float_351() -> None:
    assert run([5, 5, 4, 4, 5, 5])[-1].interval == 350


def test_easiness_is_exact_and_float_convertible() -> None:
    state = run([5, 5, 4, 4, 5, 5])[-1]
    assert isinstance(state.easiness, Decimal)
    assert float(state.easiness) == pytest.approx(2.9)
    assert state.easiness_milli == 2900


def test_easiness_never_below_1_3() -> None:
    state = sm2.new()
    for _ in range(20):
        state = sm2.review(state, 3)
    assert state.easiness == Decimal("1.3")


def test_fail_resets_repetitions_keeps_easiness() -> None:
    before = run([5, 5, 5])[-1]
    after = sm2.review(before, 0)
    assert after == sm2.State(0, before.easiness, 1)


@pytest.mark.parametrize("grade", [-1, 6, 2.0, 4.5, "4", None, True, False, [4]])
def test_grade_outside_int_0_to_5_is_refused(grade: object) -> None:
    with pytest.raises(GradeError) as err:
        sm2.review(sm2.new(), grade)  # type: ignore[arg-type]  # the wrong type is the input
    assert isinstance(err.value, QuizkitError)
    assert "0 to 5" in str(err.value)


def reference(grades: list[int]) -> list[tuple[int, Fraction, int]]:
    """SM-2 over exact rationals, written independently of quizkit.sm2."""
    n, ef, interval, out = 0, Fraction(5, 2), 0, []
    for q in grades:
        if q >= 3:
            interval = 1 if n == 0 else 6 if n == 1 else math.ceil(interval * ef)
            n += 1
            ef = max(
                Fraction(13, 10),
                ef + Fraction(1, 10) - (5 - q) * (Fraction(8, 100) + (5 - q) * Fraction(2, 100)),
            )
        else:
            n, interval = 0, 1
        out.append((n, ef, interval))
    return out


@settings(max_examples=300)
@given(st.lists(st.integers(min_value=0, max_value=5), min_size=1, max_size=60))
def test_matches_exact_rational_reference(grades: list[int]) -> None:
    got = [(s.repetitions, Fraction(s.easiness), s.interval) for s in run(grades)]
    assert got == reference(grades)


# -- one whole answer: sm2.step -------------------------------------------------

DAY = dt.date(2026, 11, 22)


def test_step_on_a_new_card_is_new_and_introduces_it_today() -> None:
    done = sm2.step(None, 4, DAY)
    assert done.kind == "new"
    assert done.before == sm2.new()
    assert done.after == sm2.review(sm2.new(), 4)
    assert done.due == DAY + dt.timedelta(days=1)
    assert done.record == sm2.Record(
        state=done.after,
        due=done.due,
        lapses=0,
        reviews=1,
        introduced_on=DAY,
        last_study_day=DAY,
        relearn=False,
    )


def test_step_follows_the_oracle_on_each_due_day() -> None:
    record, day, intervals = None, DAY, []
    for grade in [5, 5, 5, 4, 3, 2, 5]:
        done = sm2.step(record, grade, day)
        intervals.append(done.after.interval)
        assert done.due == day + dt.timedelta(days=done.after.interval)
        record, day = done.record, done.due
    assert intervals == [1, 6, 17, 48, 135, 1, 1]
    assert record is not None
    assert record.state.easiness == Decimal("2.76")
    assert (record.reviews, record.lapses, record.introduced_on) == (7, 1, DAY)


def test_a_second_answer_the_same_day_is_a_repeat_that_moves_no_schedule() -> None:
    first = sm2.step(None, 2, DAY)
    assert first.relearn
    again = sm2.step(first.record, 4, DAY)
    assert again.kind == "repeat"
    assert again.before == again.after == first.after
    assert again.due == first.due
    assert not again.lapsed
    # Only "comes back today" changes; the schedule and its counts stay.
    assert again.record == dataclasses.replace(first.record, relearn=False)
    assert sm2.step(again.record, 1, DAY).record.relearn


@pytest.mark.parametrize(
    ("grades", "lapses"),
    [
        ([2], 0),  # a new card failed: not learned yet, so nothing lapsed
        ([4, 2], 1),  # a learned card failed
        ([4, 2, 1], 1),  # failed again before it was relearned: repetitions were 0
        ([4, 2, 4, 0], 2),
        ([4, 3, 5], 0),
    ],
)
def test_a_lapse_is_a_failed_review_of_a_learned_card(grades: list[int], lapses: int) -> None:
    record, day = None, DAY
    for grade in grades:
        record = sm2.step(record, grade, day).record
        day += dt.timedelta(days=1)
    assert record is not None
    assert record.lapses == lapses


def test_an_interval_past_the_calendar_end_is_shortened_to_end_on_it() -> None:
    prior = sm2.Record(
        state=sm2.State(5, Decimal("2.5"), 400),
        due=LATEST_DUE - dt.timedelta(days=30),
        lapses=0,
        reviews=5,
        introduced_on=DAY,
        last_study_day=LATEST_DUE - dt.timedelta(days=430),
        relearn=False,
    )
    today = LATEST_DUE - dt.timedelta(days=30)
    done = sm2.step(prior, 5, today)
    assert done.after.interval == 30
    assert done.due == LATEST_DUE
    assert done.record.state == done.after


def test_step_checks_the_grade() -> None:
    with pytest.raises(GradeError):
        sm2.step(None, 6, DAY)


answers_on_days = st.lists(
    st.tuples(st.integers(min_value=0, max_value=5), st.integers(min_value=0, max_value=9)),
    max_size=40,
)


@settings(max_examples=300)
@given(answers_on_days)
def test_replay_is_review_on_scheduled_answers_and_ignores_repeats(
    answers: list[tuple[int, int]],
) -> None:
    """Folding ``step`` gives plain SM-2 over each day's first answer; the lapses and
    reviews count those answers; the last answer of the day decides ``relearn``."""
    day, dated = DAY, []
    for grade, gap in answers:
        day += dt.timedelta(days=gap)
        dated.append((grade, day))
    record = sm2.replay(dated)
    if not dated:
        assert record is None
        return
    assert record is not None
    firsts = [g for i, (g, d) in enumerate(dated) if i == 0 or dated[i - 1][1] != d]
    state = sm2.new()
    lapses = 0
    for grade in firsts:
        lapses += grade < 3 and state.repetitions > 0
        state = sm2.review(state, grade)
    assert record.state == state
    assert record.reviews == len(firsts)
    assert record.lapses == lapses
    assert record.introduced_on == dated[0][1]
    assert record.last_study_day == dated[-1][1]
    # The last answer's day is the last scheduled one (a repeat shares its day).
    assert record.due == dated[-1][1] + dt.timedelta(days=state.interval)
    assert record.relearn == (dated[-1][0] < 4)

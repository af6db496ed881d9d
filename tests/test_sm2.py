"""SM-2 exactly as DESIGN.md states it: both oracles, grade checking, an exact reference."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizkit import sm2
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
        sm2.review(sm2.new(), grade)  # type: ignore[arg-type]
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

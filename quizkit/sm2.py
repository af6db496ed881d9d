"""SM-2, exactly as DESIGN.md specifies it: a pure function of a state and a grade.

The easiness factor is held as a :class:`~decimal.Decimal` with two decimal
places: every SM-2 step changes it by a multiple of 0.01, so it never picks up
binary-float error (a float EF turns the 350-day interval of the oracle into 351).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

from quizkit.errors import GradeError

__all__ = ["INITIAL_EASINESS", "MIN_EASINESS", "State", "check_grade", "new", "review"]

INITIAL_EASINESS = Decimal("2.5")
MIN_EASINESS = Decimal("1.3")


@dataclass(frozen=True, slots=True)
class State:
    """The SM-2 state of one learner's card.

    ``easiness`` is exact; ``float(state.easiness)`` gives the usual number.
    ``interval`` is in days; a new card has ``repetitions == 0`` and ``interval == 0``.
    """

    repetitions: int = 0
    easiness: Decimal = INITIAL_EASINESS
    interval: int = 0

    @property
    def easiness_milli(self) -> int:
        """The easiness in integer thousandths, as the store keeps it."""
        return int(self.easiness * 1000)

    @classmethod
    def from_milli(cls, repetitions: int, easiness_milli: int, interval: int) -> State:
        return cls(repetitions, Decimal(easiness_milli) / 1000, interval)


def new() -> State:
    """The state of a card that was never reviewed."""
    return State()


def check_grade(grade: object) -> int:
    """Return ``grade`` if it is an int in 0..5, else raise :class:`GradeError`.

    ``bool`` is refused although it is an ``int`` subclass: ``True`` as a grade
    is always a caller's mistake.
    """
    if isinstance(grade, bool) or not isinstance(grade, int):
        raise GradeError(f"grade must be an integer from 0 to 5, not {grade!r}")
    if not 0 <= grade <= 5:
        raise GradeError(f"grade must be an integer from 0 to 5, not {grade}")
    return grade


def review(state: State, grade: int) -> State:
    """Return the state after answering with ``grade`` (0..5).

    ``q >= 3``: the interval becomes 1, then 6, then ``ceil(I * EF)`` with the EF
    held before this answer; repetitions grow by one; EF moves by
    ``0.1 - (5-q)(0.08 + (5-q)·0.02)``, never below 1.3.
    ``q < 3``: repetitions restart at 0, the interval is 1, EF is unchanged.
    """
    q = check_grade(grade)
    if q < 3:
        return State(0, state.easiness, 1)
    if state.repetitions == 0:
        interval = 1
    elif state.repetitions == 1:
        interval = 6
    else:
        interval = math.ceil(state.interval * state.easiness)
    miss = 5 - q
    delta = Decimal("0.1") - miss * (Decimal("0.08") + miss * Decimal("0.02"))
    easiness = max(MIN_EASINESS, state.easiness + delta)
    return State(state.repetitions + 1, easiness, interval)

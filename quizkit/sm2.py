"""SM-2, exactly as DESIGN.md specifies it: pure functions of a state and a grade.

:func:`review` is the SM-2 formula (DESIGN.md's contract); :func:`step` is one
whole answer as the store keeps it (py-fsrs's ``review_card`` shape: the prior
record in, the new record and the log row's values out, no I/O). The store only
writes a :class:`Step`, and undo rebuilds a card's record by folding the same
:func:`step` over the answers that remain (:func:`replay`), so every rule of an
answer (same-day repeats, lapses, relearning, the calendar's end) is written
once, here.

The easiness factor is held as a :class:`~decimal.Decimal` with two decimal
places: every SM-2 step changes it by a multiple of 0.01, so it never picks up
binary-float error (a float EF turns the 350-day interval of the oracle into 351).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Literal

from quizkit.clock import cap_interval
from quizkit.errors import GradeError

__all__ = [
    "INITIAL_EASINESS",
    "MIN_EASINESS",
    "Record",
    "State",
    "Step",
    "StepKind",
    "check_grade",
    "new",
    "replay",
    "review",
    "step",
]

INITIAL_EASINESS = Decimal("2.5")
MIN_EASINESS = Decimal("1.3")
# The terms of the easiness change, parsed once: an answer is on every study step.
_DELTA_BASE = Decimal("0.1")
_DELTA_MISS = Decimal("0.08")
_DELTA_MISS2 = Decimal("0.02")


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
    delta = _DELTA_BASE - miss * (_DELTA_MISS + miss * _DELTA_MISS2)
    easiness = max(MIN_EASINESS, state.easiness + delta)
    return State(state.repetitions + 1, easiness, interval)


# What an answer was: a card's first, a scheduled review, or a same-day repeat.
StepKind = Literal["new", "review", "repeat"]


@dataclass(frozen=True, slots=True)
class Record:
    """Everything kept of one learner's card between answers (a ``review_states`` row,
    less the time of the last answer, which the store takes from the clock).

    ``last_study_day`` is the day of the last *scheduled* answer (new or review);
    ``relearn``: graded below 4 that day and not 4 or more since, so the card
    comes back as a same-day repeat.
    """

    state: State
    due: dt.date
    lapses: int
    reviews: int
    introduced_on: dt.date
    last_study_day: dt.date
    relearn: bool


@dataclass(frozen=True, slots=True)
class Step:
    """One answer, worked out: what the log row records and the record it leaves.

    ``before`` and ``after`` are the SM-2 states around the answer (equal for a
    repeat, which moves no schedule); ``due`` is the card's due day after it;
    ``lapsed``: a review of a card already learned (``repetitions > 0``) failed
    (grade below 3); ``record`` is what the store keeps afterwards.
    """

    kind: StepKind
    grade: int
    today: dt.date
    before: State
    after: State
    due: dt.date
    relearn: bool
    lapsed: bool
    record: Record


def step(prior: Record | None, grade: int, today: dt.date) -> Step:
    """Answer a card with ``grade`` on study day ``today``; ``prior`` None: a new card.

    - A second answer on the day of the card's last scheduled answer is a
      same-day repeat (DESIGN.md: logged, but it changes no schedule); it only
      sets ``relearn`` (graded below 4: the card comes back again today).
    - Otherwise :func:`review` gives the new state; an interval that would pass
      the calendar's last day is shortened to end on it (and kept so); the card
      is due ``today`` + interval. A failed review of a learned card is a lapse.
    """
    q = check_grade(grade)
    relearn = q < 4
    if prior is not None and prior.last_study_day == today:
        return Step(
            kind="repeat",
            grade=q,
            today=today,
            before=prior.state,
            after=prior.state,
            due=prior.due,
            relearn=relearn,
            lapsed=False,
            record=replace(prior, relearn=relearn),
        )
    before = prior.state if prior is not None else new()
    after = review(before, q)
    interval = cap_interval(today, after.interval)
    if interval != after.interval:
        after = replace(after, interval=interval)
    due = today + dt.timedelta(days=after.interval)
    lapsed = prior is not None and q < 3 and before.repetitions > 0
    record = Record(
        state=after,
        due=due,
        lapses=(prior.lapses if prior is not None else 0) + (1 if lapsed else 0),
        reviews=(prior.reviews if prior is not None else 0) + 1,
        introduced_on=prior.introduced_on if prior is not None else today,
        last_study_day=today,
        relearn=relearn,
    )
    return Step(
        kind="review" if prior is not None else "new",
        grade=q,
        today=today,
        before=before,
        after=after,
        due=due,
        relearn=relearn,
        lapsed=lapsed,
        record=record,
    )


def replay(answers: Iterable[tuple[int, dt.date]], prior: Record | None = None) -> Record | None:
    """The record after answering ``(grade, study day)`` pairs in order, from ``prior``
    (None: a new card, and None again when there are no answers)."""
    record = prior
    for grade, today in answers:
        record = step(record, grade, today).record
    return record

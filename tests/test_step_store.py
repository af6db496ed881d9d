"""The store writes what :func:`quizkit.sm2.step` works out, and undo rebuilds with it.

Random grades on random days go through a real :class:`~quizkit.store.Learner`
(on each backend); the stored record and every log row must equal the fold of
``step`` over the same answers, and after undoing some of them, the fold over
the answers kept.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from quizkit import sm2
from quizkit.store import Collection
from quizkit.store.tables import cards, learners, review_log, review_states
from tests.helpers import MORNING

CARD = "demo/clusterip/default"
_names = itertools.count()

answers = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=5),  # grade
        st.integers(min_value=0, max_value=20),  # days since the answer before
        st.integers(min_value=0, max_value=23),  # and hours (the day rolls over at 04:00)
    ),
    min_size=1,
    max_size=12,
)


def stored_record(col: Collection, learner: str) -> tuple[sm2.Record, dt.datetime] | None:
    """The learner's record of ``CARD`` as stored, with the time of its last answer."""
    s = review_states.c
    query = (
        select(review_states)
        .join(cards, cards.c.id == s.card_id)
        .join(learners, learners.c.id == s.learner_id)
        .where(learners.c.name == learner, cards.c.key == CARD)
    )
    with col.engine.connect() as conn:
        row = conn.execute(query).first()
    if row is None:
        return None
    record = sm2.Record(
        sm2.State.from_milli(row.repetitions, row.easiness_milli, row.interval),
        row.due,
        row.lapses,
        row.reviews,
        row.introduced_on,
        row.last_study_day,
        row.relearn,
    )
    return record, row.last_review_at


def log_rows(col: Collection, learner: str) -> list[tuple[Any, ...]]:
    g = review_log.c
    query = (
        select(
            g.kind,
            g.grade,
            g.study_day,
            g.repetitions_before,
            g.easiness_milli_before,
            g.interval_before,
            g.repetitions_after,
            g.easiness_milli_after,
            g.interval_after,
            g.due_after,
        )
        .join(learners, learners.c.id == g.learner_id)
        .where(learners.c.name == learner)
        .order_by(g.id)
    )
    with col.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(query)]


@pytest.mark.slow
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(answers, st.data())
def test_the_store_keeps_the_fold_of_step_and_undo_folds_again(
    col: Collection, given_answers: list[tuple[int, int, int]], data: st.DataObject
) -> None:
    name = f"fold-{next(_names)}"
    learner = col.learner(name, timezone="UTC")
    now, dated, steps, record = MORNING, [], [], None
    for grade, days, hours in given_answers:
        now += dt.timedelta(days=days, hours=hours)
        today = learner.today(now)
        result = learner.answer(CARD, grade=grade, now=now)
        done = sm2.step(record, grade, today)
        steps.append(done)
        record = done.record
        dated.append((grade, today, now))
        assert (result.interval, result.due, result.repeat) == (
            done.after.interval,
            done.due,
            done.kind == "repeat",
        )
    assert stored_record(col, name) == (record, now.replace(tzinfo=None))
    expected_log = [
        (
            s.kind,
            s.grade,
            s.today,
            s.before.repetitions,
            s.before.easiness_milli,
            s.before.interval,
            s.after.repetitions,
            s.after.easiness_milli,
            s.after.interval,
            s.due,
        )
        for s in steps
    ]
    assert log_rows(col, name) == expected_log

    undone = data.draw(st.integers(min_value=0, max_value=len(dated)), label="undone")
    for _ in range(undone):
        assert learner.undo(now=now, card_id=CARD) is not None
    kept = dated[: len(dated) - undone]
    rebuilt = sm2.replay((grade, day) for grade, day, _ in kept)
    expected = (rebuilt, kept[-1][2].replace(tzinfo=None)) if rebuilt is not None else None
    assert stored_record(col, name) == expected

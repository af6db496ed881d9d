"""The statements of a study step, built once.

A study step runs the same few statements over and over. Built once (values as
bind parameters), they skip SQLAlchemy's statement construction on every call
and hit its compiled-statement cache.

Kept apart from :mod:`quizkit.store.learner` so that importing the learner
(the study session does, and ``quizkit --help`` imports that) does not import
SQLAlchemy.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, Integer, and_, bindparam, case, func, insert, not_, select, update

from quizkit.store.collection import card_select
from quizkit.store.tables import cards, review_log, review_states

__all__ = [
    "INSERT_LOG",
    "INSERT_STATE",
    "REVIEW_STATE",
    "UPDATE_STATE",
    "QueueStatements",
    "queue_statements",
    "state_query",
]


@dataclass(frozen=True, slots=True)
class QueueStatements:
    repeat: Any
    due: Any
    introduced: Any
    new: Any
    count_due: Any
    count_repeat: Any
    count_unseen: Any


@functools.cache
def queue_statements(by_deck: bool) -> QueueStatements:
    """The queue queries.

    Parameters: ``learner_id``, ``today``, ``deck_id`` (``by_deck`` only) and, for
    ``new``, ``new_limit`` (the learner's new cards per day).
    """
    learner = bindparam("learner_id", type_=Integer)
    today = bindparam("today", type_=Date)
    where_deck = [cards.c.deck_id == bindparam("deck_id", type_=Integer)] if by_deck else []
    answered = (
        select(review_log.c.card_id)
        .where(
            review_log.c.learner_id == learner,
            review_log.c.study_day == today,
            review_log.c.undone.is_(False),
        )
        .scalar_subquery()
    )
    # Not a card whose fact or whose sibling was answered today.
    seen_facts = select(cards.c.fingerprint).where(cards.c.id.in_(answered)).correlate(None)
    seen_notes = select(cards.c.note_id).where(cards.c.id.in_(answered)).correlate(None)
    fresh = [cards.c.fingerprint.not_in(seen_facts), cards.c.note_id.not_in(seen_notes)]
    mine = and_(review_states.c.card_id == cards.c.id, review_states.c.learner_id == learner)
    state_join = card_select().join(review_states, mine)
    live = [cards.c.retired.is_(False), *where_deck]
    repeating = and_(review_states.c.relearn.is_(True), review_states.c.last_study_day == today)
    introduced = select(func.count()).where(
        review_states.c.learner_id == learner, review_states.c.introduced_on == today
    )
    count_states = (
        select(func.count())
        .select_from(review_states.join(cards, cards.c.id == review_states.c.card_id))
        .where(review_states.c.learner_id == learner, *live)
    )
    return QueueStatements(
        repeat=state_join.add_columns(review_states.c.last_review_at)
        .where(*live, repeating)
        .order_by(review_states.c.last_review_at, cards.c.id)
        .limit(1),
        # Facts answered today as lists here: every due card of the earliest day is
        # checked before the sort, and one list is cheaper than a probe per card.
        due=state_join.where(*live, review_states.c.due <= today, not_(repeating), *fresh)
        .order_by(review_states.c.due, cards.c.deck_id, cards.c.position, cards.c.ord)
        .limit(1),
        introduced=introduced,
        new=card_select().where(cards.c.id == _first_new(learner, today, by_deck, introduced)),
        count_due=count_states.where(review_states.c.due <= today, not_(repeating), *fresh),
        count_repeat=count_states.where(repeating),
        count_unseen=select(func.count())
        .select_from(cards.outerjoin(review_states, mine))
        .where(*live, review_states.c.card_id.is_(None), *fresh),
    )


def _answered_today(learner: Any, today: Any, same: str, candidate: Any) -> Any:
    """EXISTS: a card with the ``candidate``'s fact (or note) was answered today.

    For one candidate: the few cards sharing its fingerprint (or note), each
    probed in ix_review_log_card_day, instead of listing every card answered
    today. (Nested EXISTS, so that the planner takes the cards first.)
    """
    other = cards.alias("seen")
    answered = (
        select(1)
        .where(
            review_log.c.card_id == other.c.id,
            review_log.c.learner_id == learner,
            review_log.c.study_day == today,
            review_log.c.undone.is_(False),
        )
        .correlate(other)
        .exists()
    )
    return (
        select(1).where(other.c[same] == candidate.c[same], answered).correlate(candidate).exists()
    )


def _first_new(learner: Any, today: Any, by_deck: bool, introduced: Any) -> Any:
    """The id of the first new card in deck order (scalar subquery), or NULL.

    Shaped for SQLite's planner, which walks ix_cards_deck_position (deck,
    retired, position, ord) in order and stops at the first hit:

    - ``retired IS NOT 1``: with ``retired IS 0`` SQLite takes retired for a
      constant, drops it from the ORDER BY, and sorts every card instead;
    - the checks that need a card's row (fact or sibling answered today) are
      guarded by "no state yet", so they run after the state probe: each card
      the learner already met costs one index step and one probe, not a row read;
    - those checks probe the few cards sharing the candidate's fact or note
      (one candidate is usually all it takes), instead of listing the facts and
      notes of every card answered today on each call.
    """
    candidate = cards.alias("candidate")
    unmet = review_states.c.card_id.is_(None)
    where_deck = [candidate.c.deck_id == bindparam("deck_id", type_=Integer)] if by_deck else []
    mine = and_(review_states.c.card_id == candidate.c.id, review_states.c.learner_id == learner)
    return (
        select(candidate.c.id)
        .select_from(candidate.outerjoin(review_states, mine))
        .where(
            # Only while today's new cards are fewer than ``new_limit``.
            introduced.correlate(None).scalar_subquery() < bindparam("new_limit", type_=Integer),
            candidate.c.retired.is_not(True),
            *where_deck,
            unmet,
            case((unmet, ~_answered_today(learner, today, "fingerprint", candidate))),
            case((unmet, ~_answered_today(learner, today, "note_id", candidate))),
        )
        .order_by(candidate.c.deck_id, candidate.c.retired, candidate.c.position, candidate.c.ord)
        .limit(1)
        .correlate(None)
        .scalar_subquery()
    )


THIS_STATE = and_(
    review_states.c.learner_id == bindparam("b_learner", type_=Integer),
    review_states.c.card_id == bindparam("b_card", type_=Integer),
)
UPDATE_STATE = update(review_states).where(THIS_STATE)
REVIEW_STATE = UPDATE_STATE.values(
    lapses=review_states.c.lapses + bindparam("b_lapsed", type_=Integer),
    reviews=review_states.c.reviews + 1,
)
INSERT_STATE = insert(review_states)
INSERT_LOG = insert(review_log)


@functools.cache
def state_query(lock: bool) -> Any:
    """One learner's state of one card (``b_learner``, ``b_card``); ``lock``: FOR UPDATE."""
    query = select(review_states).where(THIS_STATE)
    return query.with_for_update() if lock else query

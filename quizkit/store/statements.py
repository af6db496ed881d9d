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

from sqlalchemy import Date, Integer, and_, bindparam, func, insert, not_, select, update

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
    fresh = [
        cards.c.fingerprint.not_in(select(cards.c.fingerprint).where(cards.c.id.in_(answered))),
        cards.c.note_id.not_in(select(cards.c.note_id).where(cards.c.id.in_(answered))),
    ]
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
        due=state_join.where(*live, review_states.c.due <= today, not_(repeating), *fresh)
        .order_by(review_states.c.due, cards.c.deck_id, cards.c.position, cards.c.ord)
        .limit(1),
        introduced=introduced,
        new=card_select()
        .outerjoin(review_states, mine)
        # Only while today's new cards are fewer than ``new_limit`` (one round trip).
        .where(introduced.correlate(None).scalar_subquery() < bindparam("new_limit", type_=Integer))
        # Written so that SQLite walks ix_cards_deck_position (deck, retired,
        # position, ord) in order and stops at the first new card: with
        # ``retired IS 0`` it would take retired for a constant, drop it from
        # the ORDER BY, and sort every card of the collection on each call.
        .where(cards.c.retired.is_not(True), *where_deck, review_states.c.card_id.is_(None), *fresh)
        .order_by(cards.c.deck_id, cards.c.retired, cards.c.position, cards.c.ord)
        .limit(1),
        count_due=count_states.where(review_states.c.due <= today, not_(repeating), *fresh),
        count_repeat=count_states.where(repeating),
        count_unseen=select(func.count())
        .select_from(cards.outerjoin(review_states, mine))
        .where(*live, review_states.c.card_id.is_(None), *fresh),
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

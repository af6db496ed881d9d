"""The statements of a study step, built once.

A study step runs the same few statements over and over. Built once (values as
bind parameters), they skip SQLAlchemy's statement construction on every call
and hit its compiled-statement cache.

The learner runs them; the new-card marks' own statements are in
:mod:`quizkit.store.marks`, the card columns in :mod:`quizkit.store.rows`.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Date,
    DateTime,
    Integer,
    String,
    and_,
    bindparam,
    case,
    func,
    insert,
    not_,
    select,
    update,
)

from quizkit.store.marks import (
    ADVANCE_MARKS,
    FIRST_MARK,
    first_unmet,
    introduced_today,
    search_start,
)
from quizkit.store.rows import CARD_COLUMNS
from quizkit.store.tables import cards, decks, learners, notes, review_log, review_states

__all__ = [
    "ANY_DECK",
    "CARD_AND_STATE",
    "DECK_BY_SLUG",
    "INSERT_LOG",
    "INSERT_STATE",
    "LEARNER_BY_NAME",
    "RECORD_COLUMNS",
    "UPDATE_STATE",
    "QueueStatements",
    "named",
    "queue_statements",
    "state_query",
]


# What opening a learner's queue reads first: is any deck imported, the learner
# by name (``b_name``), a deck's row id by its slug (``b_slug``).
ANY_DECK: Any = select(decks.c.id).limit(1)
LEARNER_BY_NAME: Any = select(learners).where(learners.c.name == bindparam("b_name", type_=String))
DECK_BY_SLUG: Any = select(decks.c.id).where(decks.c.slug == bindparam("b_slug", type_=String))


@dataclass(frozen=True, slots=True)
class QueueStatements:
    next: Any
    introduced: Any
    count_due: Any
    count_repeat: Any
    count_unseen: Any


@functools.cache
def queue_statements(by_deck: bool) -> QueueStatements:
    """The queue queries.

    Parameters: ``learner_id``, ``today``, ``deck_id`` (``by_deck`` only) and, for
    ``next``, ``new_limit`` (the learner's new cards per day) and ``ready_by`` (a
    same-day repeat last answered by then is served first).

    ``next`` is the whole queue in one statement (one round trip per study step):
    the card, with the learner's state of it (``state_card_id`` NULL for a new
    card; ``relearn`` and ``last_study_day`` tell a same-day repeat).
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
    state_join = cards.join(review_states, mine)
    live = [cards.c.retired.is_(False), *where_deck]
    repeating = and_(review_states.c.relearn.is_(True), review_states.c.last_study_day == today)
    introduced = introduced_today(learner, today)
    count_states = (
        select(func.count())
        .select_from(review_states.join(cards, cards.c.id == review_states.c.card_id))
        .where(review_states.c.learner_id == learner, *live)
    )
    # Each queue's first card; the longest-waiting repeat twice: served first once it
    # is ready, last (rather than nothing) when it is not. Ties go by the state's card
    # (the same id as the card's): the repeat index holds it on SQLite (a table keyed
    # by learner and card), so the order is read, not sorted.
    first_repeat = (
        select(cards.c.id)
        .select_from(state_join)
        .where(*live, repeating)
        .order_by(review_states.c.last_review_at, review_states.c.card_id)
        .limit(1)
    )
    ready_repeat = first_repeat.where(
        review_states.c.last_review_at <= bindparam("ready_by", type_=DateTime)
    )
    # Facts answered today as lists here: every due card of the earliest day is
    # checked before the sort, and one list is cheaper than a probe per card.
    due = (
        select(cards.c.id)
        .select_from(state_join)
        .where(*live, review_states.c.due <= today, not_(repeating), *fresh)
        .order_by(review_states.c.due, cards.c.deck_id, cards.c.position, cards.c.ord)
        .limit(1)
    )
    new = _first_new(learner, today, by_deck, introduced)
    # COALESCE evaluates its arguments only until one is not NULL (documented by
    # PostgreSQL, and so in SQLite): a due review spares the new-card search.
    chosen = func.coalesce(
        *(arm.correlate(None).scalar_subquery() for arm in (ready_repeat, due, new, first_repeat))
    )
    return QueueStatements(
        next=select(
            *CARD_COLUMNS,
            review_states.c.card_id.label("state_card_id"),
            review_states.c.relearn,
            review_states.c.last_study_day,
        )
        .select_from(
            cards.join(notes, notes.c.id == cards.c.note_id)
            .join(decks, decks.c.id == cards.c.deck_id)
            .outerjoin(review_states, mine)
        )
        .where(cards.c.id == chosen),
        introduced=introduced,
        count_due=count_states.where(review_states.c.due <= today, not_(repeating), *fresh),
        count_repeat=count_states.where(repeating),
        count_unseen=select(func.count())
        .select_from(cards.outerjoin(review_states, mine))
        .where(*live, review_states.c.card_id.is_(None), *fresh),
    )


def _first_new(learner: Any, today: Any, by_deck: bool, introduced: Any) -> Any:
    """The next new card (its id), if any: decks take turns (below), each in its order.

    Deck by deck, the first card with no
    state and no fact or sibling answered today, from the deck's new-card mark
    on: an index seek to the mark, then a state probe per card, so that neither
    the cards the learner already met nor those buried today cost a step. The
    fact and sibling checks probe the few cards sharing the candidate's fact or
    note, and are guarded by "no state yet" so that they run only for an unmet
    candidate.

    ``OFFSET 0`` keeps the per-deck query a subquery (SQLite would otherwise
    flatten it and evaluate each deck's lookup twice). Every deck's first card is
    looked up (one index seek each), then the turn picks one.
    """
    candidate = cards.alias("candidate")
    deck = decks.alias("deck")
    first_in_deck = (
        first_unmet(candidate, learner, today)
        .where(
            candidate.c.deck_id == deck.c.id,
            candidate.c.position >= func.coalesce(search_start(deck, learner, today), 0),
        )
        .correlate(deck)
        .scalar_subquery()
    )
    where_deck = [deck.c.id == bindparam("deck_id", type_=Integer)] if by_deck else []
    # New cards of several decks take turns: the decks after the one that gave the
    # day's last new card come first (then from the first deck again), so a first
    # session meets every deck instead of spending the day's new cards on the first.
    # One look at the end of today's log, not a count per deck: a long session stays
    # as fast as a short one.
    met = cards.alias("met")
    last_deck = (
        select(met.c.deck_id)
        .select_from(review_log.join(met, met.c.id == review_log.c.card_id))
        .where(
            review_log.c.learner_id == learner,
            review_log.c.study_day == today,
            review_log.c.kind == "new",
            review_log.c.undone.is_(False),
        )
        .order_by(review_log.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    per_deck = (
        select(first_in_deck.label("first"), deck.c.id)
        .select_from(deck)
        .where(*where_deck)
        .offset(0)
        .subquery("per_deck")
    )
    after_last = case((per_deck.c.id > func.coalesce(last_deck, 0), 0), else_=1)
    return (
        select(per_deck.c.first)
        .where(
            per_deck.c.first.is_not(None),
            # Only while today's new cards are fewer than ``new_limit``.
            introduced.scalar_subquery() < bindparam("new_limit", type_=Integer),
        )
        .order_by(after_last, per_deck.c.id)
        .limit(1)
    )


THIS_STATE = and_(
    review_states.c.learner_id == bindparam("b_learner", type_=Integer),
    review_states.c.card_id == bindparam("b_card", type_=Integer),
)
# A learner's record of a card: the columns an answer writes besides the keys.
RECORD_COLUMNS = (
    "repetitions",
    "easiness_milli",
    "interval",
    "due",
    "lapses",
    "reviews",
    "introduced_on",
    "last_study_day",
    "last_review_at",
    "relearn",
)


def _values(table: Any, names: Sequence[str]) -> dict[str, Any]:
    """Every named column set from the bind parameter of its name: one fixed
    statement, compiled once (on SQLite, the text :mod:`quizkit.store.driver` runs)."""
    return {name: bindparam(name, type_=table.c[name].type) for name in names}


UPDATE_STATE = (
    update(review_states).where(THIS_STATE).values(_values(review_states, RECORD_COLUMNS))
)
INSERT_STATE = insert(review_states).values(
    _values(review_states, ("learner_id", "card_id", *RECORD_COLUMNS))
)
INSERT_LOG = insert(review_log).values(
    _values(review_log, [c.name for c in review_log.columns if c.name != "id"])
)


# A card by its key (``b_key``): its row id, retired flag, side and text, and
# ``b_learner``'s state of it (``state_card_id`` NULL when the learner has none):
# what answering needs.
CARD_AND_STATE: Any = (
    select(
        cards.c.id.label("card_id"),
        cards.c.retired,
        cards.c.ord,
        notes.c.type,
        notes.c.front,
        notes.c.back,
        review_states.c.card_id.label("state_card_id"),
        review_states.c.repetitions,
        review_states.c.easiness_milli,
        review_states.c.interval,
        review_states.c.due,
        review_states.c.lapses,
        review_states.c.reviews,
        review_states.c.introduced_on,
        review_states.c.last_study_day,
        review_states.c.relearn,
    )
    .select_from(
        cards.join(notes, notes.c.id == cards.c.note_id).outerjoin(
            review_states,
            and_(
                review_states.c.card_id == cards.c.id,
                review_states.c.learner_id == bindparam("b_learner", type_=Integer),
            ),
        )
    )
    .where(cards.c.key == bindparam("b_key", type_=String))
)


@functools.cache
def state_query(lock: bool) -> Any:
    """One learner's state of one card (``b_learner``, ``b_card``); ``lock``: FOR UPDATE."""
    query = select(review_states).where(THIS_STATE)
    return query.with_for_update() if lock else query


def named() -> dict[str, Any]:
    """The statements that run by name (:func:`quizkit.store.driver.execute`): a study
    step's, and the ``sqlite3`` read path's. :mod:`quizkit.store.readgen` compiles
    them for SQLite."""
    chosen: dict[str, Any] = {
        "any_deck": ANY_DECK,
        "learner_by_name": LEARNER_BY_NAME,
        "deck_by_slug": DECK_BY_SLUG,
        "card_and_state": CARD_AND_STATE,
        "insert_state": INSERT_STATE,
        "update_state": UPDATE_STATE,
        "insert_log": INSERT_LOG,
        "advance_marks": ADVANCE_MARKS,
        "first_mark": FIRST_MARK,
    }
    for by_deck in (False, True):
        queries = queue_statements(by_deck)
        suffix = "_by_deck" if by_deck else ""
        for field in ("next", "count_due", "count_repeat", "count_unseen"):
            chosen[field + suffix] = getattr(queries, field)
    # The day's new cards are counted over every deck either way.
    chosen["introduced"] = queue_statements(False).introduced
    return chosen

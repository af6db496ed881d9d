"""The new-card marks: where a learner's next new card of a deck can be, at the earliest.

The new-card query seeks to a deck's mark instead of stepping over every card
the learner already met. A mark (a ``new_card_marks`` row, per learner and deck)
holds this invariant:

- every live card of the deck below ``position`` has a review state of the learner;
- on study day ``day``, every live card below ``day_position`` has a state, or
  its fact or its sibling was answered that day (it is buried until tomorrow).

The marks are lower bounds, never a change of order: a mark that is too low only
costs a few steps, one too high would hide a card. So every event that could
leave an unmet card below a mark moves the mark, in the same transaction:

- :func:`new_card_answered`: the deck's marks walk up from where they are (a
  step or two), or from the deck's start when the learner has no mark yet;
- :func:`answer_undone`: every mark of the learner forgets its ``day`` (cards
  the undone answer buried are not buried any more);
- :func:`card_new_again`: an undo took a card's only answer back, so
  ``position`` comes back down to it;
- :func:`cards_placed`: an import added, moved or restored cards of a deck from
  a position on; every learner's mark of that deck walks again from there (or
  from where it was, if lower) and forgets its ``day``.

A mark also counts the learner's new cards of its deck: ``introduced_count`` of
them were first answered on ``introduced_day``, and none on a later day. So the
day's new cards (the daily limit) are a sum over the learner's marks, one row
per deck, instead of a count over every state introduced that day (which grew
with each new card of a long session). :func:`new_card_answered` adds one, or
starts the count of a later day; :func:`card_new_again` takes one back. Asked
for a day before a mark's ``introduced_day`` (a clock or time zone set back),
:func:`introduced_today` counts the states instead, as before the marks kept it.

Migration ``0004`` computes the marks of a database from before them. The
statements are built once, at import (values as bind parameters).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    Integer,
    and_,
    bindparam,
    case,
    func,
    insert,
    literal,
    select,
    update,
)

from quizkit.store.driver import execute
from quizkit.store.tables import cards, new_card_marks, review_log, review_states

__all__ = [
    "ADVANCE_MARKS",
    "FIRST_MARK",
    "answer_undone",
    "card_new_again",
    "cards_placed",
    "first_unmet",
    "introduced_today",
    "new_card_answered",
    "search_start",
]


def _start(today: Any) -> Any:
    """Where a mark says the search may start on ``today``: the day's position on the
    mark's own day, else the plain one."""
    marks = new_card_marks
    return case((marks.c.day == today, marks.c.day_position), else_=marks.c.position)


def search_start(deck: Any, learner: Any, today: Any) -> Any:
    """The ``learner``'s mark of ``deck`` (a correlated table) on ``today``: NULL when none."""
    marks = new_card_marks
    return (
        select(_start(today))
        .where(marks.c.deck_id == deck.c.id, marks.c.learner_id == learner)
        .correlate(deck)
        .scalar_subquery()
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


def first_unmet(candidate: Any, learner: Any, today: Any | None, column: str = "id") -> Any:
    """The first live ``candidate`` card (its ``column``) with no state from ``learner``.

    With ``today``: and whose fact and sibling were not answered that day. Add
    the deck and position conditions with ``.where``.
    """
    unmet = review_states.c.card_id.is_(None)
    mine = and_(review_states.c.card_id == candidate.c.id, review_states.c.learner_id == learner)
    fresh = (
        [
            case((unmet, ~_answered_today(learner, today, "fingerprint", candidate))),
            case((unmet, ~_answered_today(learner, today, "note_id", candidate))),
        ]
        if today is not None
        else []
    )
    return (
        select(candidate.c[column])
        .select_from(candidate.outerjoin(review_states, mine))
        .where(candidate.c.retired.is_(False), unmet, *fresh)
        .order_by(candidate.c.position, candidate.c.ord)
        .limit(1)
    )


def _mark_at(deck_id: Any, learner: Any, start: Any, today: Any | None = None) -> Any:
    """Where a mark belongs: the first unmet card's position from ``start`` on.

    With ``today``, unmet and not buried that day. Past the deck's last card
    when there is none.
    """
    walker = cards.alias("walker")
    first = first_unmet(walker, learner, today, "position").where(
        walker.c.deck_id == deck_id, walker.c.position >= start
    )
    end = select(func.coalesce(func.max(walker.c.position) + 1, 0)).where(
        walker.c.deck_id == deck_id, walker.c.retired.is_(False)
    )
    return func.coalesce(first.scalar_subquery(), end.scalar_subquery())


def _mark_statements() -> tuple[Any, Any]:
    """Move the marks of the answered card's deck up (``b_learner``, ``b_card``, ``b_today``).

    The UPDATE walks from the current marks (a step or two when they are up to
    date); when there is no mark yet, the INSERT walks from the deck's start, once.
    """
    learner = bindparam("b_learner", type_=Integer)
    today = bindparam("b_today", type_=Date)
    answered = cards.alias("answered")
    deck_of_card = select(answered.c.deck_id).where(
        answered.c.id == bindparam("b_card", type_=Integer)
    )
    marks = new_card_marks
    # SET expressions see the row as it was: today's walk starts from the old marks.
    day_start = _start(today)
    # The card counts on its day: one more on the mark's day, the first of a later
    # day; an answer dated before the mark's day leaves that day's count as it is.
    later = marks.c.introduced_day > today
    advance = (
        update(marks)
        .where(marks.c.learner_id == learner, marks.c.deck_id == deck_of_card.scalar_subquery())
        .values(
            position=_mark_at(marks.c.deck_id, learner, marks.c.position),
            day=today,
            day_position=_mark_at(marks.c.deck_id, learner, day_start, today),
            introduced_day=case((later, marks.c.introduced_day), else_=today),
            introduced_count=case(
                (later, marks.c.introduced_count),
                (marks.c.introduced_day == today, marks.c.introduced_count + 1),
                else_=1,
            ),
        )
    )
    first = insert(marks).from_select(
        [
            "deck_id",
            "learner_id",
            "position",
            "day",
            "day_position",
            "introduced_day",
            "introduced_count",
        ],
        select(
            answered.c.deck_id,
            learner,
            _mark_at(answered.c.deck_id, learner, 0),
            today,
            _mark_at(answered.c.deck_id, learner, 0, today),
            today,
            literal(1, Integer),
        ).where(answered.c.id == bindparam("b_card", type_=Integer)),
    )
    return advance, first


def introduced_today(learner: Any, today: Any) -> Any:
    """How many of ``learner``'s cards were first answered on ``today``: the counts of
    the learner's marks of that day (a row per deck, read by its learner index), or,
    when a mark has counted a later day already, the states introduced on ``today``,
    counted."""
    marks = new_card_marks
    counted = select(func.count()).where(
        review_states.c.learner_id == learner, review_states.c.introduced_on == today
    )
    on_today = case((marks.c.introduced_day == today, marks.c.introduced_count), else_=0)
    return select(
        case(
            (func.max(marks.c.introduced_day) > today, counted.scalar_subquery()),
            else_=func.coalesce(func.sum(on_today), 0),
        ).label("introduced")
    ).where(marks.c.learner_id == learner)


ADVANCE_MARKS, FIRST_MARK = _mark_statements()
_LOWER = (
    update(new_card_marks)
    .where(
        new_card_marks.c.learner_id == bindparam("b_learner", type_=Integer),
        new_card_marks.c.deck_id == bindparam("b_deck", type_=Integer),
    )
    .values(
        position=case(
            (
                new_card_marks.c.position > bindparam("b_position", type_=Integer),
                bindparam("b_position", type_=Integer),
            ),
            else_=new_card_marks.c.position,
        ),
        introduced_count=new_card_marks.c.introduced_count
        - case((new_card_marks.c.introduced_day == bindparam("b_day", type_=Date), 1), else_=0),
    )
)
_RECOMPUTE = (
    update(new_card_marks)
    .where(new_card_marks.c.deck_id == bindparam("b_deck", type_=Integer))
    .values(
        position=_mark_at(
            new_card_marks.c.deck_id,
            new_card_marks.c.learner_id,
            case(
                (
                    new_card_marks.c.position < bindparam("b_from", type_=Integer),
                    new_card_marks.c.position,
                ),
                else_=bindparam("b_from", type_=Integer),
            ),
        ),
        day=None,
    )
)
_FORGET_DAY = (
    update(new_card_marks)
    .where(new_card_marks.c.learner_id == bindparam("b_learner", type_=Integer))
    .values(day=None)
)
_PLACE = select(cards.c.deck_id, cards.c.position).where(
    cards.c.id == bindparam("b_card", type_=Integer)
)


def new_card_answered(
    conn: Connection | sqlite3.Connection, learner_id: int, card_id: int, today: dt.date
) -> None:
    """A new card (row id ``card_id``) got its first answer on ``today``: its deck's
    marks move up. Call it after the answer's log row is written, so that the day's
    mark also passes the card's sibling and same-fact cards."""
    params = {"b_learner": learner_id, "b_card": card_id, "b_today": today}
    if execute(conn, "advance_marks", ADVANCE_MARKS, params).rowcount == 0:
        execute(conn, "first_mark", FIRST_MARK, params)


def answer_undone(conn: Connection, learner_id: int) -> None:
    """An answer of the learner was taken back: what it buried today is not buried any more."""
    conn.execute(_FORGET_DAY, {"b_learner": learner_id})


def card_new_again(conn: Connection, learner_id: int, card_id: int, introduced: dt.date) -> None:
    """The learner's only answer to a card, given on ``introduced``, was taken back: the
    card is new again, its deck's mark must not be past it, and it no longer counts
    among that day's new cards."""
    deck_id, position = conn.execute(_PLACE, {"b_card": card_id}).one()
    conn.execute(
        _LOWER,
        {"b_learner": learner_id, "b_deck": deck_id, "b_position": position, "b_day": introduced},
    )


def cards_placed(conn: Connection, deck_id: int, from_position: int) -> None:
    """An import added, moved or restored cards of a deck from ``from_position`` on: a
    card may now be unmet below any learner's mark of that deck."""
    conn.execute(_RECOMPUTE, {"b_deck": deck_id, "b_from": from_position})

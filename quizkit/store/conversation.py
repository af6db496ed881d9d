"""Chat conversations and daily reminders, kept in the database.

A chat user's conversation (the card on screen, whether its answer is shown,
the chosen deck, typed answers on or off) is a row of ``conversations``, so a
restarted bot, or several bot workers behind one database, carry on where the
last message left it. Every card shown gets a new *screen* number; an answer
names the screen it answers, and is recorded only if that screen is still the
one on show, checked and cleared in the answer's own transaction
(:meth:`Learner.answer`'s ``guard``): two workers handling two messages of one
user at once never record two answers to one card, nor an answer meant for one
card against the next.

Reminders: ``reminders.next_at`` is the next instant a learner wants to hear
about due cards (their hour, in their time zone); :func:`learners_due` reads
the learners whose instant has come through its index and moves each one on
to the next day, in one transaction, so two workers polling at once do not
both remind the same learner.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, DateTime, and_, bindparam, case, func, insert, select, update

from quizkit.clock import check_aware, timezone_of
from quizkit.errors import NotOnScreenError, UsageError
from quizkit.store.engine import db_errors, retries, write
from quizkit.store.queue import naive_utc
from quizkit.store.tables import cards, conversations, decks, learners, reminders, review_log
from quizkit.store.types import AnswerResult

if TYPE_CHECKING:
    from quizkit.store.collection import Collection
    from quizkit.store.learner import Learner

__all__ = [
    "DUE_REMINDERS",
    "ChatState",
    "DaySummary",
    "Reminder",
    "answer_on_screen",
    "chat_state",
    "day_summary",
    "learners_due",
    "next_reminder",
    "reveal",
    "set_choices",
    "set_reminder",
    "show",
]


@dataclass(frozen=True, slots=True)
class ChatState:
    """One user's conversation. ``card`` is the id of the card on screen (None: none)."""

    screen: int = 0
    card: str | None = None
    revealed: bool = False
    shown_at: dt.datetime | None = None  # aware, UTC
    deck: str | None = None  # None: every deck
    typing: bool = False
    summary_day: dt.date | None = None


@dataclass(frozen=True, slots=True)
class DaySummary:
    """One study day's answers: all of them, those graded 3 or more, new cards, repeats."""

    answers: int
    right: int
    new: int
    repeats: int


@dataclass(frozen=True, slots=True)
class Reminder:
    """A learner to remind now, with what waits for them today."""

    learner: str
    due: int
    new: int
    repeat: int

    @property
    def cards(self) -> int:
        return self.due + self.new + self.repeat


def _naive_utc(now: dt.datetime) -> dt.datetime:
    return naive_utc(check_aware(now))


_STATE = select(
    conversations.c.screen,
    conversations.c.revealed,
    conversations.c.shown_at,
    conversations.c.typing,
    conversations.c.summary_day,
    cards.c.key.label("card_key"),
    decks.c.slug,
).select_from(
    conversations.outerjoin(cards, cards.c.id == conversations.c.card_id).outerjoin(
        decks, decks.c.id == conversations.c.deck_id
    )
)


def _state_in(conn: Connection, learner_id: int) -> ChatState:
    row = conn.execute(_STATE.where(conversations.c.learner_id == learner_id)).first()
    if row is None:
        return ChatState()
    shown = row.shown_at.replace(tzinfo=dt.UTC) if row.shown_at is not None else None
    return ChatState(
        screen=int(row.screen),
        card=row.card_key,
        revealed=bool(row.revealed),
        shown_at=shown,
        deck=row.slug,
        typing=bool(row.typing),
        summary_day=row.summary_day,
    )


def chat_state(learner: Learner) -> ChatState:
    """The learner's conversation as stored (a new one when they never chatted)."""
    with db_errors(learner.collection.url), learner.collection.engine.connect() as conn:
        return _state_in(conn, learner.id)


def _lock_row(conn: Connection, learner_id: int) -> Any:
    """The learner's conversation row, created if missing, locked until commit.

    SQLite's write transactions already take turns (``BEGIN IMMEDIATE``); on
    PostgreSQL ``FOR UPDATE`` makes two workers of one user take turns here.
    """
    query = select(conversations).where(conversations.c.learner_id == learner_id)
    if conn.dialect.name == "postgresql":
        query = query.with_for_update()
    row = conn.execute(query).first()
    if row is None:
        conn.execute(
            insert(conversations).values(
                learner_id=learner_id, screen=0, revealed=False, typing=False
            )
        )
        row = conn.execute(query).one()
    return row


def _write_state(learner: Learner, values: dict[str, Any], *, next_screen: bool) -> ChatState:
    """Update the learner's conversation row with ``values`` (one transaction)."""
    with db_errors(learner.collection.url):
        for attempt in retries():  # two first messages of a new user race to insert
            with attempt, write(learner.collection.engine) as conn:
                row = _lock_row(conn, learner.id)
                if next_screen:
                    values = {**values, "screen": int(row.screen) + 1}
                where = conversations.c.learner_id == learner.id
                conn.execute(update(conversations).where(where).values(**values))
                state = _state_in(conn, learner.id)
    return state


def show(learner: Learner, card_id: str | None, now: dt.datetime) -> ChatState:
    """Put ``card_id`` (None: no card) on the learner's screen, as a new screen."""
    card_db_id = None
    if card_id is not None:
        with db_errors(learner.collection.url), learner.collection.engine.connect() as conn:
            card_db_id = conn.execute(select(cards.c.id).where(cards.c.key == card_id)).scalar()
        if card_db_id is None:
            raise UsageError(f"no card {card_id!r}")
    values = {"card_id": card_db_id, "revealed": False, "shown_at": _naive_utc(now)}
    return _write_state(learner, values, next_screen=True)


def reveal(learner: Learner, screen: int) -> bool:
    """Mark the answer of screen ``screen`` shown; False when that card is gone."""
    where = and_(
        conversations.c.learner_id == learner.id,
        conversations.c.screen == screen,
        conversations.c.card_id.is_not(None),
    )
    with db_errors(learner.collection.url), write(learner.collection.engine) as conn:
        done = conn.execute(update(conversations).where(where).values(revealed=True))
    return bool(done.rowcount)


_UNSET: Any = object()


def set_choices(
    learner: Learner,
    *,
    deck: str | None = _UNSET,
    typing: bool = _UNSET,
    summary_day: dt.date | None = _UNSET,
) -> ChatState:
    """Store the user's choices that are given (``deck`` None: every deck)."""
    values: dict[str, Any] = {}
    if deck is not _UNSET:
        values["deck_id"] = None
        if deck is not None:
            with db_errors(learner.collection.url), learner.collection.engine.connect() as conn:
                values["deck_id"] = learner.collection.deck_id(conn, deck)
    if typing is not _UNSET:
        values["typing"] = bool(typing)
    if summary_day is not _UNSET:
        values["summary_day"] = summary_day
    return _write_state(learner, values, next_screen=False)


def answer_on_screen(
    learner: Learner,
    state: ChatState,
    *,
    grade: int | None = None,
    response: str | None = None,
    now: dt.datetime,
) -> AnswerResult:
    """Answer the card of ``state`` if its screen is still on show; take it off screen.

    The check and the answer are one transaction: raises
    :class:`NotOnScreenError` (and records nothing) when another message
    already answered it or put another card on screen.
    """
    if state.card is None:
        raise NotOnScreenError("no card on screen")

    def guard(conn: Connection) -> None:
        row = _lock_row(conn, learner.id)
        if int(row.screen) != state.screen or row.card_id is None:
            raise NotOnScreenError(f"card {state.card} is no longer on screen")
        where = conversations.c.learner_id == learner.id
        # No card and no time shown: answered, its successor not on screen yet.
        values = {"card_id": None, "revealed": False, "shown_at": None}
        conn.execute(update(conversations).where(where).values(**values))

    elapsed = now - state.shown_at if state.shown_at is not None else None
    return learner.answer(
        state.card, grade=grade, response=response, now=now, elapsed=elapsed, guard=guard
    )


def day_summary(learner: Learner, day: dt.date) -> DaySummary:
    """The learner's answers on study day ``day`` (undone ones not counted)."""
    query = select(
        func.count(),
        func.coalesce(func.sum(case((review_log.c.grade >= 3, 1), else_=0)), 0),
        func.coalesce(func.sum(case((review_log.c.kind == "new", 1), else_=0)), 0),
        func.coalesce(func.sum(case((review_log.c.kind == "repeat", 1), else_=0)), 0),
    ).where(
        review_log.c.learner_id == learner.id,
        review_log.c.study_day == day,
        review_log.c.undone.is_(False),
    )
    with db_errors(learner.collection.url), learner.collection.engine.connect() as conn:
        answers, right, new, repeats = conn.execute(query).one()
    return DaySummary(int(answers), int(right), int(new), int(repeats))


# -- reminders ------------------------------------------------------------------


def next_reminder(hour: int, tz: dt.tzinfo | None, now: dt.datetime) -> dt.datetime:
    """The first instant after ``now`` when the clock in ``tz`` shows ``hour``:00 (UTC).

    Computed on the local calendar, so a daylight-saving change keeps the
    reminder at the same local hour.
    """
    local = check_aware(now).astimezone(tz)
    zone = local.tzinfo if tz is None else tz
    candidate = dt.datetime.combine(local.date(), dt.time(hour), tzinfo=zone)
    if candidate <= now:
        candidate = dt.datetime.combine(
            local.date() + dt.timedelta(days=1), dt.time(hour), tzinfo=zone
        )
    return candidate.astimezone(dt.UTC)


def _check_hour(hour: int | None) -> None:
    if hour is not None and (
        isinstance(hour, bool) or not isinstance(hour, int) or not 0 <= hour <= 23
    ):
        raise UsageError(
            f"reminder hour must be a whole number 0-23, or None for off; not {hour!r}"
        )


def set_reminder(learner: Learner, hour: int | None, now: dt.datetime) -> dt.datetime | None:
    """Remind the learner daily at ``hour`` (0-23, their time zone); None: never.

    Returns the next reminder instant (UTC), None when reminders are off.
    """
    _check_hour(hour)
    where = reminders.c.learner_id == learner.id
    with db_errors(learner.collection.url):
        for attempt in retries():
            with attempt, write(learner.collection.engine) as conn:
                if hour is None:
                    conn.execute(reminders.delete().where(where))
                    return None
                next_at = next_reminder(hour, timezone_of(learner.timezone), now)
                values = {"hour": hour, "next_at": _naive_utc(next_at)}
                if not conn.execute(update(reminders).where(where).values(**values)).rowcount:
                    conn.execute(insert(reminders).values(learner_id=learner.id, **values))
    return next_at


# Who is due for a reminder at ``b_now``: a range read on ix_reminders_next_at.
DUE_REMINDERS = (
    select(reminders.c.learner_id, reminders.c.hour, learners.c.name, learners.c.timezone)
    .select_from(reminders.join(learners, learners.c.id == reminders.c.learner_id))
    .where(reminders.c.next_at <= bindparam("b_now", type_=DateTime))
    .order_by(reminders.c.next_at)
)


def learners_due(collection: Collection, now: dt.datetime, prefix: str = "") -> list[Reminder]:
    """The learners to remind now, each with today's due, new and repeat cards.

    Claims the reminders whose time has come (a range read on
    ``ix_reminders_next_at``) and moves each to the same hour of the learner's
    next day in the same transaction, so a reminder is handed out once even to
    several workers. Learners with nothing to study are claimed but not listed.
    ``prefix`` (``"telegram:"``) claims only the learners whose names start with
    it: each network's bot claims its own users' reminders.
    """
    query = DUE_REMINDERS
    if prefix:
        query = query.where(learners.c.name.startswith(prefix, autoescape=True))
    with db_errors(collection.url), write(collection.engine) as conn:
        if conn.dialect.name == "postgresql":
            # Another worker's claim in flight: skip its rows rather than wait for them.
            query = query.with_for_update(of=reminders, skip_locked=True)
        claimed = conn.execute(query, {"b_now": _naive_utc(now)}).all()
        for row in claimed:
            next_at = next_reminder(int(row.hour), timezone_of(row.timezone), now)
            conn.execute(
                update(reminders)
                .where(reminders.c.learner_id == row.learner_id)
                .values(next_at=_naive_utc(next_at))
            )
    out = []
    for row in claimed:
        counts = collection.learner(row.name).counts(now=now)
        if counts.due + counts.new + counts.repeat:
            out.append(Reminder(row.name, counts.due, counts.new, counts.repeat))
    return out

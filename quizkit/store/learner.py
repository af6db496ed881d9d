"""One learner's view of the collection: what to study next, answers, statistics.

Queues, in the order :meth:`Learner.next_card` serves them:

1. same-day repeats whose last answer is at least a minute old,
2. reviews that are due (oldest first),
3. new cards, up to the learner's daily limit, the decks taking turns (each in
   its own order),
4. same-day repeats answered less than a minute ago (rather than nothing).

Reviews and new cards skip any card whose fact (normalized front and back) or
whose sibling (the other side of the same note) was already studied that study
day, so two documents stating one fact never ask it twice in a day.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, and_, case, delete, func, select, update

from quizkit import sm2
from quizkit.clock import check_aware, study_day, timezone_of, utcnow
from quizkit.cloze import in_full
from quizkit.errors import ManifestError, QuizkitError, UnknownCardError, UsageError
from quizkit.grading import Verdict, grade_list, grade_text
from quizkit.inputs import MAX_ID_CHARS, MAX_RESPONSE_BYTES, check_text, one_line
from quizkit.notes import NoteType
from quizkit.store import marks
from quizkit.store import statements as st
from quizkit.store.driver import execute
from quizkit.store.engine import db_errors, read_once, retries, write
from quizkit.store.queue import REPEAT_DELAY, naive_utc, queue_of
from quizkit.store.rows import card_from_row, card_select, card_sides, check_found
from quizkit.store.statements import queue_statements, state_query
from quizkit.store.tables import cards, learners, review_log, review_states
from quizkit.store.types import (
    AnswerResult,
    Card,
    CardSchedule,
    LoggedAnswer,
    Progress,
    QueueCounts,
    Stats,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from contextlib import AbstractContextManager

    from quizkit.store.collection import Collection
    from quizkit.store.direct import StepConnections

__all__ = ["Learner", "QueueCounts"]

# A century of daily activity: more than any heatmap shows, and the calendar
# (1970 onwards) never runs out below it.
_MAX_ACTIVITY_DAYS = 36_600
# What parsing and evaluating a hostile answer may raise besides QuizkitError
# (integers over 4,300 digits, nesting past the recursion limit, wrong shapes).
_EVALUATOR_FAILURES = (
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    AttributeError,
    RecursionError,
    OverflowError,
)
# A right typed answer given this fast counts as "easy" (5), otherwise "good" (4).
QUICK_ANSWER = dt.timedelta(seconds=10)


class Learner:
    """A learner of a :class:`~quizkit.store.collection.Collection` (see ``Collection.learner``)."""

    def __init__(
        self, collection: Collection, learner_id: int, name: str, new_per_day: int, tz: str | None
    ) -> None:
        self.collection = collection
        self.id = learner_id
        self.name = name
        self.new_per_day = new_per_day
        self.timezone = tz
        self._tz = timezone_of(tz)

    def __repr__(self) -> str:
        return f"<quizkit.Learner {self.name!r}>"

    def today(self, now: dt.datetime | None = None) -> dt.date:
        """The learner's current study day (rolls over at 04:00 local time)."""
        return study_day(now or utcnow(), self._tz)

    # -- queues --------------------------------------------------------------

    def _params(
        self, conn: Connection | sqlite3.Connection, deck: str | None, today: dt.date
    ) -> dict[str, Any]:
        """Values for :func:`~quizkit.store.statements.queue_statements`."""
        params: dict[str, Any] = {"learner_id": self.id, "today": today}
        if deck is not None:
            params["deck_id"] = self.collection.deck_id(conn, deck)
        return params

    def _introduced(self, conn: Connection, today: dt.date) -> int:
        params = {"learner_id": self.id, "today": today}
        return int(conn.execute(queue_statements(False).introduced, params).scalar_one())

    def next_card(self, deck: str | None = None, now: dt.datetime | None = None) -> Card | None:
        """The card to study now, or None when nothing is left today."""
        now = check_aware(now) if now is not None else utcnow()
        today = self.today(now)
        steps = self.collection.steps
        with db_errors(self.collection.url):
            if steps is not None:
                with steps.read() as raw:
                    row = self._next_row(raw, deck, today, now)
            else:
                with read_once(self.collection.engine) as conn:
                    row = self._next_row(conn, deck, today, now)
        return None if row is None else card_from_row(row, queue_of(row, today))

    def _next_row(
        self,
        conn: Connection | sqlite3.Connection,
        deck: str | None,
        today: dt.date,
        now: dt.datetime,
    ) -> Any:
        """The row of ``queue_statements().next`` (None: nothing left today)."""
        params = self._params(conn, deck, today)
        params["new_limit"] = self.new_per_day
        params["ready_by"] = naive_utc(now) - REPEAT_DELAY
        by_deck = deck is not None
        name = "next_by_deck" if by_deck else "next"
        return execute(conn, name, queue_statements(by_deck).next, params).first()

    def counts(self, deck: str | None = None, now: dt.datetime | None = None) -> QueueCounts:
        """How many reviews are due, new cards allowed and repeats pending today."""
        now = check_aware(now) if now is not None else utcnow()
        today = self.today(now)
        with db_errors(self.collection.url), self.collection.engine.connect() as conn:
            params = self._params(conn, deck, today)
            queries = queue_statements(deck is not None)
            due = conn.execute(queries.count_due, params).scalar_one()
            repeat = conn.execute(queries.count_repeat, params).scalar_one()
            unseen = conn.execute(queries.count_unseen, params).scalar_one()
            introduced = conn.execute(queries.introduced, params).scalar_one()
        return QueueCounts.of(
            due=int(due),
            repeat=int(repeat),
            unseen=int(unseen),
            introduced=int(introduced),
            new_per_day=self.new_per_day,
        )

    # -- answering -----------------------------------------------------------

    def answer(
        self,
        card_id: str,
        grade: int | None = None,
        response: str | None = None,
        now: dt.datetime | None = None,
        elapsed: dt.timedelta | None = None,
        guard: Callable[[Connection], None] | None = None,
    ) -> AnswerResult:
        """Record one answer: a self-assessed ``grade`` (0..5), a typed ``response``, or both.

        A ``response`` is graded automatically (right → 4, or 5 when ``elapsed`` is
        under ten seconds; wrong → 1); a ``grade`` given as well overrides that
        grade. The answer and its log row are one transaction. ``guard``, when
        given, runs first in that transaction: whatever it raises cancels the
        answer (a chat bot checks there that the card is still on screen).
        """
        if grade is None and response is None:
            raise UsageError("an answer needs a grade (0-5) or a response")
        check_text(card_id, "card id", max_chars=MAX_ID_CHARS, single_line=True)
        if grade is not None:
            sm2.check_grade(grade)
        if response is not None:
            # Before grading: a huge or undecodable chat message costs nothing.
            check_text(response, "response", max_bytes=MAX_RESPONSE_BYTES)
        if elapsed is not None and (
            not isinstance(elapsed, dt.timedelta) or elapsed < dt.timedelta(0)
        ):
            raise UsageError(f"elapsed must be a timedelta of 0 or more, not {elapsed!r}")
        now = check_aware(now) if now is not None else utcnow()
        verdict: Verdict | None = None
        if response is not None:
            # Graded before the write transaction: the evaluator may take a while.
            verdict = grade_response(self.collection.card(card_id), response)
        if grade is None:
            assert verdict is not None
            quick = elapsed is not None and elapsed <= QUICK_ANSWER
            grade = (5 if quick else 4) if verdict.correct else 1
        today = self.today(now)
        # A guard is handed SQLAlchemy's connection: its answer takes the engine's.
        steps = self.collection.steps if guard is None else None
        with db_errors(self.collection.url):
            for attempt in retries():
                with attempt, self._write_transaction(steps) as conn:
                    if guard is not None:
                        assert isinstance(conn, Connection)
                        guard(conn)
                    back, card_db_id, prior = self._card_and_state(conn, card_id)
                    done = sm2.step(prior, grade, today)
                    self._write(conn, card_db_id, done, response, verdict, now, elapsed)
        expected: str | list[str] = verdict.expected if verdict else back
        feedback = verdict.feedback if verdict else ""
        return AnswerResult(
            card=card_id,
            correct=verdict.correct if verdict else None,
            grade=grade,
            interval=done.after.interval,
            due=done.due,
            expected=expected,
            feedback=feedback,
            repeat=done.kind == "repeat",
        )

    def _write_transaction(
        self, steps: StepConnections | None
    ) -> AbstractContextManager[Connection | sqlite3.Connection]:
        """One write transaction: on the study step's own connection when there is one."""
        return steps.write() if steps is not None else write(self.collection.engine)

    def _card_and_state(
        self, conn: Connection | sqlite3.Connection, card_id: str
    ) -> tuple[str, int, sm2.Record | None]:
        """The card's back (as asked: a reverse card's is the note's front, a cloze
        card's the words it hides), its row id
        and this learner's record of it (None: a new card).

        One statement; on PostgreSQL the state is read again, locked (FOR UPDATE
        cannot lock the missing side of an outer join), or for a new card the
        learner is locked: moving the new-card mark reads other cards' states, so
        one learner's new answers and undos take turns rather than move it on
        stale reads.
        """
        key = {"b_key": card_id, "b_learner": self.id}
        found = execute(conn, "card_and_state", st.CARD_AND_STATE, key)
        row = check_found(found.first(), card_id)
        card_db_id = int(row.card_id)
        state = row if row.state_card_id is not None else None
        if _on_postgresql(conn):
            assert isinstance(conn, Connection)
            key = {"b_learner": self.id, "b_card": card_db_id}
            state = conn.execute(st.state_query(lock=True), key).first()
            if state is None:
                _lock_learner(conn, self.id)
        back = card_sides(NoteType(row.type), row.ord, row.front, row.back)[1]
        return back, card_db_id, _record_of(state) if state is not None else None

    def _write(
        self,
        conn: Connection | sqlite3.Connection,
        card_db_id: int,
        done: sm2.Step,
        response: str | None,
        verdict: Verdict | None,
        now: dt.datetime,
        elapsed: dt.timedelta | None,
    ) -> None:
        """Store one answer worked out by :func:`quizkit.sm2.step`: the card's record and
        the log row, and after a new card's first answer the deck's new-card marks."""
        key = {"b_learner": self.id, "b_card": card_db_id}
        at = naive_utc(now)
        values = {**_record_values(done.record), "last_review_at": at}
        if done.kind == "new":
            state = {"learner_id": self.id, "card_id": card_db_id, **values}
            execute(conn, "insert_state", st.INSERT_STATE, state)
        else:
            execute(conn, "update_state", st.UPDATE_STATE, {**key, **values})
        execute(
            conn,
            "insert_log",
            st.INSERT_LOG,
            {
                "learner_id": self.id,
                "card_id": card_db_id,
                "reviewed_at": at,
                "study_day": done.today,
                "kind": done.kind,
                "grade": done.grade,
                "response": response,
                "correct": verdict.correct if verdict else None,
                "elapsed_ms": int(elapsed.total_seconds() * 1000) if elapsed is not None else None,
                "repetitions_before": done.before.repetitions,
                "easiness_milli_before": done.before.easiness_milli,
                "interval_before": done.before.interval,
                "repetitions_after": done.after.repetitions,
                "easiness_milli_after": done.after.easiness_milli,
                "interval_after": done.after.interval,
                "due_after": done.due,
                "undone": False,
            },
        )
        if done.kind == "new":
            marks.new_card_answered(conn, self.id, card_db_id, done.today)

    def undo(self, now: dt.datetime | None = None, card_id: str | None = None) -> Card | None:
        """Take back this learner's last answer; return its card (None if nothing to undo).

        With ``card_id``, the last answer to that card only: a study screen undoing its
        own answer never takes back one a bot gave meanwhile for the same learner.
        The log row stays (the log is append-only) but is marked undone, and the
        card's state is rebuilt from the answers before it.
        """
        now = check_aware(now) if now is not None else utcnow()
        if card_id is not None:
            check_text(card_id, "card id", max_chars=MAX_ID_CHARS, single_line=True)
        with db_errors(self.collection.url), write(self.collection.engine) as conn:
            if conn.dialect.name == "postgresql":
                _lock_learner(conn, self.id)
            query = select(review_log).where(
                review_log.c.learner_id == self.id, review_log.c.undone.is_(False)
            )
            if card_id is not None:
                card_db_id = conn.execute(select(cards.c.id).where(cards.c.key == card_id)).scalar()
                if card_db_id is None:
                    raise UnknownCardError(f"no card {card_id!r}")
                query = query.where(review_log.c.card_id == card_db_id)
            newest = query.order_by(review_log.c.id.desc()).limit(1)
            last = conn.execute(newest).first()
            if last is None:
                return None
            if conn.dialect.name == "postgresql":
                # Wait for an answer to this card in flight; then take back the
                # newest answer to it, so that the answers kept are those before it.
                key = {"b_learner": self.id, "b_card": last.card_id}
                conn.execute(state_query(lock=True), key)
                last = conn.execute(newest.where(review_log.c.card_id == last.card_id)).one()
            conn.execute(update(review_log).where(review_log.c.id == last.id).values(undone=True))
            marks.answer_undone(conn, self.id)
            self._rebuild_state(conn, last.card_id)
            row = conn.execute(card_select().where(cards.c.id == last.card_id)).one()
        return card_from_row(row, "review")

    def _rebuild_state(self, conn: Connection, card_db_id: int) -> None:
        history = conn.execute(
            select(review_log)
            .where(
                review_log.c.learner_id == self.id,
                review_log.c.card_id == card_db_id,
                review_log.c.undone.is_(False),
            )
            .order_by(review_log.c.id)
        ).all()
        where = and_(review_states.c.learner_id == self.id, review_states.c.card_id == card_db_id)
        if not history:
            # New again: the deck's new-card mark must not be past it, nor count it.
            introduced = conn.execute(select(review_states.c.introduced_on).where(where)).scalar()
            conn.execute(delete(review_states).where(where))
            if introduced is not None:
                marks.card_new_again(conn, self.id, card_db_id, introduced)
            return
        # The same step as answering, folded over the answers that remain.
        record = sm2.replay((h.grade, h.study_day) for h in history)
        assert record is not None  # there was at least one answer
        values = {**_record_values(record), "last_review_at": history[-1].reviewed_at}
        conn.execute(update(review_states).where(where).values(**values))

    # -- statistics ----------------------------------------------------------

    def stats(self, now: dt.datetime | None = None, activity_days: int = 365) -> Stats:
        """Due today, reviews, retention (last 30 days), streak, 7-day forecast, activity."""
        if (
            isinstance(activity_days, bool)
            or not isinstance(activity_days, int)
            or not 0 <= activity_days <= _MAX_ACTIVITY_DAYS
        ):
            raise UsageError(
                f"activity_days must be a whole number from 0 to {_MAX_ACTIVITY_DAYS}, "
                f"not {activity_days!r}"
            )
        now = check_aware(now) if now is not None else utcnow()
        today = self.today(now)
        counted = and_(review_log.c.learner_id == self.id, review_log.c.undone.is_(False))
        with db_errors(self.collection.url), self.collection.engine.connect() as conn:
            live_states = (
                select(review_states.c.due)
                .select_from(review_states.join(cards, cards.c.id == review_states.c.card_id))
                .where(review_states.c.learner_id == self.id, cards.c.retired.is_(False))
                .subquery()
            )
            horizon = today + dt.timedelta(days=6)
            by_day: dict[dt.date, int] = dict(
                conn.execute(
                    select(live_states.c.due, func.count())
                    .where(live_states.c.due <= horizon)
                    .group_by(live_states.c.due)
                ).all()
            )
            forecast = {today + dt.timedelta(days=i): 0 for i in range(7)}
            for day, n in by_day.items():
                forecast[max(day, today)] += int(n)
            activity = {
                day: int(n)
                for day, n in conn.execute(
                    select(review_log.c.study_day, func.count())
                    .where(
                        counted, review_log.c.study_day > today - dt.timedelta(days=activity_days)
                    )
                    .group_by(review_log.c.study_day)
                )
            }
            total = conn.execute(select(func.count()).where(counted)).scalar_one()
            passed, graded = conn.execute(
                select(
                    func.coalesce(func.sum(case((review_log.c.grade >= 3, 1), else_=0)), 0),
                    func.count(),
                ).where(
                    counted,
                    review_log.c.kind != "repeat",
                    review_log.c.study_day > today - dt.timedelta(days=30),
                )
            ).one()
            new_today = self._introduced(conn, today)
        streak = 0
        day = today if activity.get(today) else today - dt.timedelta(days=1)
        while activity.get(day):
            streak += 1
            day -= dt.timedelta(days=1)
        return Stats(
            learner=self.name,
            today=today,
            due_today=forecast[today],
            new_today=new_today,
            reviews_today=activity.get(today, 0),
            reviews_total=int(total),
            retention=round(int(passed) / int(graded), 4) if graded else None,
            streak_days=streak,
            forecast=forecast,
            activity=activity,
        )

    # -- progress ------------------------------------------------------------

    def progress(self, cards: Iterable[int]) -> Progress:
        """The learner's schedule of each of ``cards`` studied, and the log of their answers.

        ``cards`` are row ids, as in :attr:`ExportNote.cards`; cards never studied
        have no schedule. Undone answers are left out; the rest come in the order
        they were given.
        """
        wanted = set(cards)
        schedules: dict[int, CardSchedule] = {}
        answers: list[LoggedAnswer] = []
        with db_errors(self.collection.url), self.collection.engine.connect() as conn:
            for row in conn.execute(
                select(review_states).where(review_states.c.learner_id == self.id)
            ):
                if row.card_id in wanted:
                    schedules[int(row.card_id)] = CardSchedule(
                        interval=int(row.interval),
                        easiness_milli=int(row.easiness_milli),
                        due=row.due,
                        reviews=int(row.reviews),
                        lapses=int(row.lapses),
                    )
            for row in conn.execute(
                select(review_log)
                .where(review_log.c.learner_id == self.id, review_log.c.undone.is_(False))
                .order_by(review_log.c.id)
            ):
                if row.card_id in schedules:
                    answers.append(
                        LoggedAnswer(
                            card=int(row.card_id),
                            reviewed_at=row.reviewed_at,
                            kind=row.kind,
                            grade=int(row.grade),
                            interval_before=int(row.interval_before),
                            interval_after=int(row.interval_after),
                            easiness_milli_after=int(row.easiness_milli_after),
                            elapsed_ms=row.elapsed_ms,
                        )
                    )
        return Progress(schedules, tuple(answers))


def _record_of(row: Any) -> sm2.Record:
    """The :class:`~quizkit.sm2.Record` of a ``review_states`` row."""
    return sm2.Record(
        state=sm2.State.from_milli(row.repetitions, row.easiness_milli, row.interval),
        due=row.due,
        lapses=row.lapses,
        reviews=row.reviews,
        introduced_on=row.introduced_on,
        last_study_day=row.last_study_day,
        relearn=bool(row.relearn),
    )


def _record_values(record: sm2.Record) -> dict[str, Any]:
    """A record as the columns of its ``review_states`` row (all but the keys and the
    time of the last answer)."""
    return {
        "repetitions": record.state.repetitions,
        "easiness_milli": record.state.easiness_milli,
        "interval": record.state.interval,
        "due": record.due,
        "lapses": record.lapses,
        "reviews": record.reviews,
        "introduced_on": record.introduced_on,
        "last_study_day": record.last_study_day,
        "relearn": record.relearn,
    }


def _on_postgresql(conn: Connection | sqlite3.Connection) -> bool:
    return not isinstance(conn, sqlite3.Connection) and conn.dialect.name == "postgresql"


def _lock_learner(conn: Connection, learner_id: int) -> None:
    """PostgreSQL: hold the learner's row until commit (SQLite writers already take turns).

    FOR NO KEY UPDATE: it excludes the other new answers and undos of the learner,
    not the key-share locks that inserting a log or state row takes on it (a plain
    FOR UPDATE would make a review answer wait for an undo waiting for that answer's
    state row: a deadlock).
    """

    query = select(learners.c.id).where(learners.c.id == learner_id)
    conn.execute(query.with_for_update(key_share=True))


def grade_response(card: Card, response: str) -> Verdict:
    """Grade a typed answer: scenario cards by the evaluator, lists item by item
    (any order), the rest by text; a cloze card's feedback ends with its whole sentence."""
    if card.type is NoteType.SCENARIO:
        # Late: the scenario grader (YAML, the evaluator's loader) takes about 0.1 s to
        # import, which a learner who never answers a scenario card does not pay
        # (pinned by a test).
        from quizkit.scenarios import grade_scenario

        try:
            return grade_scenario(card, response)
        except QuizkitError:
            raise
        except _EVALUATOR_FAILURES as exc:
            # The answer is a chat message run through YAML and the evaluator: a
            # shape they do not survive is refused in one line, never a crash of
            # the bot (and nothing is saved: grading runs before the write).
            raise ManifestError(
                f"this answer could not be graded ({type(exc).__name__}: "
                f"{one_line(str(exc))[:200]}); nothing was saved"
            ) from exc
    if card.type is NoteType.LIST:
        return grade_list(response, card.back)
    verdict = grade_text(response, card.back)
    if card.type is NoteType.CLOZE:
        # The verdict names the hidden words; the sentence they complete follows.
        return replace(verdict, feedback=f"{verdict.feedback}\n{in_full(card.text)}")
    return verdict

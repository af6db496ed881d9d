"""New-card marks: a hint that lets the queue skip cards already met, never a change of order.

The marks (``new_card_marks``) only say where the search for a learner's next
new card may start. These tests hold them to that: the queue with marks is the
queue without them, whatever mix of answers, undos, edits and days came before,
and every mark is a true lower bound.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy import delete, insert, select, update

import quizkit
from quizkit.deckfile import Deck, FactNote, Note, NoteType
from quizkit.store import Collection
from quizkit.store.learner import Learner
from quizkit.store.tables import new_card_marks, review_log, review_states
from tests.helpers import MORNING, assert_marks_are_lower_bounds

T = TypeVar("T")
MINUTE = dt.timedelta(minutes=1)
DAY = dt.timedelta(days=1)


def fact(note_id: str, front: str, back: str, reverse: bool = False) -> Note:
    return FactNote(id=note_id, type=NoteType.FACT, front=front, back=back, reverse=reverse)


def alpha_notes(n: int) -> list[Note]:
    # Every third note has a reverse card (a sibling); note 4 states beta's note 2 fact.
    notes = [
        fact(f"a{i}", f"Alpha question {i}?", f"answer {i}", reverse=i % 3 == 0) for i in range(n)
    ]
    notes[4] = fact("a4", "Shared question?", "shared answer")
    return notes


def beta_notes(n: int) -> list[Note]:
    notes = [fact(f"b{i}", f"Beta question {i}?", f"beta answer {i}") for i in range(n)]
    notes[2] = fact("b2", "Shared question?", "shared answer")
    return notes


def deck(slug: str, notes: list[Note]) -> Deck:
    return Deck(slug=slug, title=slug.title(), notes=tuple(notes))


def without_marks(col: Collection, read: Callable[[], T]) -> T:
    """``read()`` as if no mark said where new cards start (each search from its
    deck's first card); the marks are put back afterwards. Their counts of the
    day's new cards stay: those are kept, not hints (held true by
    ``assert_marks_are_lower_bounds``)."""
    with col.engine.begin() as conn:
        saved = [r._asdict() for r in conn.execute(select(new_card_marks))]
        conn.execute(update(new_card_marks).values(position=0, day=None, day_position=0))
    try:
        return read()
    finally:
        with col.engine.begin() as conn:
            conn.execute(delete(new_card_marks))
            if saved:
                conn.execute(insert(new_card_marks), saved)


def check(col: Collection, me: Learner, now: dt.datetime) -> None:
    assert_marks_are_lower_bounds(col, me)
    for only in (None, "alpha", "beta"):
        with_marks = me.next_card(deck=only, now=now)
        plain = without_marks(col, functools.partial(me.next_card, deck=only, now=now))
        assert with_marks == plain, only


@pytest.mark.parametrize("seed", range(6))
def test_marks_never_change_what_comes_next(db_url: str, seed: int) -> None:
    """Random answers, undos, out-of-order answers, edits and days: same queue as without marks."""
    rng = random.Random(seed)
    alpha, beta = alpha_notes(14), beta_notes(8)
    removed: list[Note] = []
    fresh = 0
    with quizkit.open(db_url) as col:
        col.import_loaded([deck("alpha", alpha), deck("beta", beta)])
        me = col.learner("ann", new_per_day=rng.choice([5, 50]))
        now = MORNING
        answered: list[str] = []
        for _ in range(45):
            op = rng.choices(
                ["study", "answer_any", "undo", "undo_card", "edit", "minutes", "day"],
                weights=[10, 2, 2, 1, 2, 2, 1],
            )[0]
            if op == "study":
                card = me.next_card(deck=rng.choice([None, "alpha", "beta"]), now=now)
                if card is not None:
                    me.answer(card.id, grade=rng.choice([1, 3, 4, 5, 5]), now=now)
                    answered.append(card.id)
            elif op == "answer_any":  # a bot answering a card it chose itself
                note = rng.choice(alpha)
                me.answer(f"alpha/{note.id}", grade=5, now=now)
                answered.append(f"alpha/{note.id}")
            elif op == "undo":
                me.undo(now=now)
            elif op == "undo_card" and answered:
                me.undo(now=now, card_id=rng.choice(answered))
            elif op == "edit":
                change = rng.choice(["insert", "remove", "move", "restore"])
                if change == "insert":
                    fresh += 1
                    new = fact(
                        f"new{fresh}", f"Inserted {fresh}?", f"inserted {fresh}", fresh % 2 == 0
                    )
                    alpha.insert(rng.randrange(len(alpha) + 1), new)
                elif change == "remove" and len(alpha) > 3:
                    removed.append(alpha.pop(rng.randrange(len(alpha))))
                elif change == "move":
                    alpha.insert(rng.randrange(len(alpha)), alpha.pop(rng.randrange(len(alpha))))
                elif change == "restore" and removed:
                    alpha.insert(rng.randrange(len(alpha) + 1), removed.pop())
                col.import_loaded([deck("alpha", alpha), deck("beta", beta)])
                live = {f"alpha/{n.id}" for n in alpha} | {f"beta/{n.id}" for n in beta}
                answered = [a for a in answered if a.split(":")[0] in live]
            elif op == "minutes":
                now += rng.choice([1, 2, 30]) * MINUTE
            else:
                now += DAY
            check(col, me, now)


def plain_notes(n: int) -> list[Note]:
    return [fact(f"p{i}", f"Plain {i}?", f"plain {i}") for i in range(n)]


def study_new(me: Learner, n: int) -> list[str]:
    """Answer the next ``n`` cards of deck "plain" (each "good"); their ids."""
    ids = []
    for _ in range(n):
        card = me.next_card(deck="plain", now=MORNING)
        assert card is not None
        me.answer(card.id, grade=5, now=MORNING)
        ids.append(card.id)
    return ids


def marks_of(col: Collection) -> list[tuple[Any, ...]]:
    """(position, day, day_position) of every mark."""
    with col.engine.connect() as conn:
        marks = new_card_marks.c
        return [
            tuple(r) for r in conn.execute(select(marks.position, marks.day, marks.day_position))
        ]


def test_answering_in_order_moves_the_mark_with_the_learner(col: Collection) -> None:
    col.import_loaded([deck("plain", plain_notes(6))])
    me = col.learner("ann")
    assert study_new(me, 4) == [f"plain/p{i}" for i in range(4)]
    assert marks_of(col) == [(4, MORNING.date(), 4)]


def test_a_note_inserted_before_the_mark_comes_next(col: Collection) -> None:
    notes = plain_notes(6)
    col.import_loaded([deck("plain", notes)])
    me = col.learner("ann")
    study_new(me, 3)
    notes.insert(1, fact("early", "Inserted early?", "early"))
    notes.append(fact("late", "Appended?", "late"))
    col.import_loaded([deck("plain", notes)])
    assert marks_of(col) == [(1, None, 3)]  # walked again from the inserted note
    card = me.next_card(deck="plain", now=MORNING)
    assert card is not None
    assert (card.id, card.queue) == ("plain/early", "new")


def test_an_undone_first_answer_makes_the_card_new_again(col: Collection) -> None:
    col.import_loaded([deck("plain", plain_notes(4))])
    me = col.learner("ann")
    study_new(me, 3)
    me.undo(now=MORNING, card_id="plain/p0")
    assert marks_of(col)[0][:2] == (0, None)
    card = me.next_card(deck="plain", now=MORNING)
    assert card is not None
    assert (card.id, card.queue) == ("plain/p0", "new")


def test_new_card_query_seeks_to_the_mark(db_path: Path, sqlite_col: Collection) -> None:
    """SQLite plan: an index range from the mark (position>?), not a walk from the deck's start."""
    from quizkit.store.statements import queue_statements

    statement = queue_statements(False).next.compile(dialect=sqlite_col.engine.dialect)
    params = statement.construct_params(
        {"learner_id": 1, "today": MORNING.date(), "new_limit": 20, "ready_by": MORNING}
    )
    values = [str(params[name]) for name in statement.positiontup or []]
    with sqlite3.connect(db_path) as conn:
        plan = " | ".join(
            str(r[-1]) for r in conn.execute(f"EXPLAIN QUERY PLAN {statement}", values)
        )
    assert "ix_cards_deck_position (deck_id=? AND retired=? AND position>?)" in plan
    assert "ix_review_states_repeat" in plan


def test_a_database_from_before_the_marks_upgrades_and_keeps_its_queue(
    db_url: str, deck_file: Path
) -> None:
    from alembic import command
    from alembic.config import Config

    with quizkit.open(db_url) as col:
        col.import_decks([deck_file])
        me = col.learner("ann")
        first = me.next_card(now=MORNING)
        assert first is not None
        me.answer(first.id, grade=5, now=MORNING)
        config = Config()
        config.set_main_option(
            "script_location", str(Path(quizkit.__file__).parent / "store" / "migrations")
        )
        with col.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0003")
    with quizkit.open(db_url) as col:  # upgrades to the newest schema on open
        assert marks_of(col) == [(1, None, 0)]  # computed by the migration
        me = col.learner("ann")
        second = me.next_card(now=MORNING)
        assert second is not None
        assert second.id == "demo/clusterip/default"
        me.answer(second.id, grade=5, now=MORNING)
        third = me.next_card(now=MORNING + MINUTE)
        assert third is not None
        assert third.id == "demo/tips/interview"


def introduced_on(col: Collection, me: Learner, day: dt.date) -> int:
    """The learner's states first answered on ``day``, counted one by one."""
    with col.engine.connect() as conn:
        states = select(review_states.c.introduced_on).where(review_states.c.learner_id == me.id)
        return sum(1 for (first,) in conn.execute(states) if first == day)


def test_the_days_new_cards_are_counted_on_the_marks_across_decks_undos_and_days(
    db_url: str,
) -> None:
    """The daily limit reads the marks' counts: equal to the states introduced that day,
    after answers in two decks, an undo, a later day, and a clock set back a day."""
    with quizkit.open(db_url) as col:
        col.import_loaded([deck("alpha", plain_notes(6)), deck("beta", beta_notes(6))])
        me = col.learner("ann", new_per_day=4)
        day1 = me.today(MORNING)
        for _ in range(3):
            card = me.next_card(now=MORNING)
            assert card is not None
            me.answer(card.id, grade=5, now=MORNING)
        assert me.counts(now=MORNING).new == 4 - 3 == 4 - introduced_on(col, me, day1)
        undone = me.undo(now=MORNING)
        assert undone is not None
        assert me.counts(now=MORNING).new == 2
        assert me.stats(now=MORNING).new_today == 2
        tomorrow = MORNING + DAY
        while (card := me.next_card(now=tomorrow)) is not None:  # the two reviews, four new
            me.answer(card.id, grade=5, now=tomorrow)
        assert introduced_on(col, me, me.today(tomorrow)) == 4
        assert me.counts(now=tomorrow).new == 0
        # Back on the first day (a clock or time zone set back): its own two count.
        assert introduced_on(col, me, day1) == 2
        assert me.counts(now=MORNING).new == 2
        card = me.next_card(now=MORNING)
        assert card is not None
        assert card.queue == "new"
        me.answer(card.id, grade=5, now=MORNING)
        assert me.counts(now=MORNING).new == 1
        assert me.counts(now=tomorrow).new == 0
        assert_marks_are_lower_bounds(col, me)


def test_a_database_from_before_the_counts_upgrades_with_them(db_url: str) -> None:
    """A database at 0007 (marks without counts, the repeat index over every state)
    keeps its states, log and day's count through the upgrade to the newest schema."""
    from alembic import command
    from alembic.config import Config

    with quizkit.open(db_url) as col:
        col.import_loaded([deck("alpha", plain_notes(6)), deck("beta", beta_notes(6))])
        me = col.learner("ann", new_per_day=5)
        yesterday = MORNING - DAY
        for now in (yesterday, yesterday, MORNING, MORNING, MORNING):
            card = me.next_card(now=now)
            assert card is not None
            me.answer(card.id, grade=2 if now == MORNING else 5, now=now)  # 2: repeats
        before = (me.counts(now=MORNING), me.next_card(now=MORNING), me.stats(now=MORNING))
        config = Config()
        config.set_main_option(
            "script_location", str(Path(quizkit.__file__).parent / "store" / "migrations")
        )
        with col.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0007")
            if conn.dialect.name == "sqlite":  # the states' table as 0007 made it
                (made,) = conn.exec_driver_sql(
                    "SELECT sql FROM sqlite_master WHERE name = 'review_states'"
                ).one()
                assert "WITHOUT ROWID" not in made
            log = conn.execute(select(review_log).order_by(review_log.c.id)).all()
            states = conn.execute(select(review_states).order_by(review_states.c.card_id)).all()
    with quizkit.open(db_url) as col:  # upgrades to the newest schema on open
        me = col.learner("ann")
        with col.engine.connect() as conn:
            assert conn.execute(select(review_log).order_by(review_log.c.id)).all() == log
            order = review_states.c.card_id
            assert conn.execute(select(review_states).order_by(order)).all() == states
            counts = conn.execute(
                select(
                    new_card_marks.c.deck_id,
                    new_card_marks.c.introduced_day,
                    new_card_marks.c.introduced_count,
                ).order_by(new_card_marks.c.deck_id)
            ).all()
        # Yesterday's two came back as reviews first: one new card today, one yesterday.
        assert [(day, n) for _, day, n in counts] == [(MORNING.date(), 1), (yesterday.date(), 1)]
        assert_marks_are_lower_bounds(col, me)
        assert (me.counts(now=MORNING), me.next_card(now=MORNING), me.stats(now=MORNING)) == before
        assert me.counts(now=MORNING).new == 5 - 1


def test_sqlite_keeps_states_by_their_key_and_indexes_only_the_repeats(
    db_path: Path, sqlite_col: Collection
) -> None:
    with sqlite3.connect(db_path) as conn:
        schema = dict(
            conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'review_states'"
                " AND sql IS NOT NULL"
            ).fetchall()
        )
    assert schema["review_states"].rstrip().endswith("WITHOUT ROWID")
    assert schema["ix_review_states_repeat"].endswith(
        "(learner_id, last_study_day, last_review_at) WHERE relearn IS 1"
    )
    assert sorted(schema) == ["ix_review_states_due", "ix_review_states_repeat", "review_states"]


def test_the_days_count_reads_only_the_learners_marks(
    db_path: Path, sqlite_col: Collection
) -> None:
    """SQLite plan: the learner's marks by their index (not every learner's), the states
    only in the fallback, along the learner's key."""
    from quizkit.store.statements import queue_statements

    statement = queue_statements(False).introduced.compile(dialect=sqlite_col.engine.dialect)
    params = statement.construct_params({"learner_id": 1, "today": MORNING.date()})
    values = [str(params[name]) for name in statement.positiontup or []]
    with sqlite3.connect(db_path) as conn:
        plan = [str(r[-1]) for r in conn.execute(f"EXPLAIN QUERY PLAN {statement}", values)]
    assert plan == [
        "SEARCH new_card_marks USING INDEX ix_new_card_marks_learner (learner_id=?)",
        "SCALAR SUBQUERY 1",
        "SEARCH review_states USING PRIMARY KEY (learner_id=?)",
    ]

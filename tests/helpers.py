"""What the tests share besides fixtures: the demo deck, fixed clocks, raw-SQL readers, checks.

Fixtures live in the ``conftest.py`` files and import from here; test modules import from
here (or from their package's ``helpers.py``), never from a conftest or another test module.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select, text

from quizkit.cloze import reveal
from quizkit.notes import ClozeNote, FactNote, Note, ScenarioNote
from quizkit.store import Collection
from quizkit.store.learner import Learner
from quizkit.store.tables import cards, new_card_marks, review_log, review_states
from quizkit.store.types import Card

DEMO_DECK = """\
quizkit: 1
deck: demo
title: Demo deck
source: data/demo.md
notes:
  - id: nodeport/port-range
    type: fact
    front: "NodePort: port range?"
    back: "30000–32767"
    tags: [nodeport]
  - id: clusterip/default
    type: fact
    front: "Which Service type is the default?"
    back: ClusterIP
    reverse: true
  - id: tips/interview
    type: tip
    front: "Interview tip: what does a NodePort Service create internally?"
    back: A ClusterIP; external traffic enters via the NodePort first.
"""

# 09:00 UTC on a Sunday: well after the 04:00 rollover in UTC (TZ=UTC in the tests).
MORNING = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)

PG_URL = os.environ.get("QUIZKIT_TEST_DATABASE_URL", "")
# The store suite runs on SQLite always, and on PostgreSQL too when a server is given.
BACKENDS = ["sqlite", *(["postgresql"] if PG_URL else [])]


class FakeClock:
    """An aware clock that moves only when told to."""

    def __init__(self, start: dt.datetime = MORNING) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def tick(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


def rows(col: Collection, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    """Run raw SQL against a collection's database (for assertions only)."""
    with col.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


def state_of(col: Collection, learner: str, card_key: str) -> tuple[int, int, int, str] | None:
    found = rows(
        col,
        "SELECT s.repetitions, s.easiness_milli, s.interval, s.due FROM review_states s "
        "JOIN cards c ON c.id = s.card_id JOIN learners l ON l.id = s.learner_id "
        "WHERE l.name = :learner AND c.key = :key",
        learner=learner,
        key=card_key,
    )
    if not found:
        return None
    reps, ef, interval, due = found[0]
    return reps, ef, interval, str(due)


def all_facts(notes: Iterable[Note]) -> list[FactNote]:
    """The notes, each checked to be a question and answer (where nothing else may be built)."""
    found = list(notes)
    assert all(isinstance(n, FactNote) for n in found), [n.id for n in found]
    return [n for n in found if isinstance(n, FactNote)]


def facts(notes: Iterable[Note]) -> list[FactNote]:
    """The questions and answers among ``notes``."""
    return [n for n in notes if isinstance(n, FactNote)]


def clozes(notes: Iterable[Note]) -> list[ClozeNote]:
    """The cloze notes among ``notes``."""
    return [n for n in notes if isinstance(n, ClozeNote)]


def scenarios(notes: Iterable[Note]) -> list[ScenarioNote]:
    """The scenario notes among ``notes``."""
    return [n for n in notes if isinstance(n, ScenarioNote)]


def card_texts(note: Note) -> tuple[str, ...]:
    """Every text of a note that reaches a card, whatever its kind (a cloze as written)."""
    match note:
        case FactNote():
            return (note.front, note.back)
        case ClozeNote():
            return (reveal(note.text),)
        case ScenarioNote():
            return (note.prompt,)


def fact(note: Note) -> FactNote:
    """``note``, checked to be a question and answer."""
    assert isinstance(note, FactNote), f"{note.id} is a {type(note).__name__}"
    return note


def scenario(note: Note) -> ScenarioNote:
    """``note``, checked to be a scenario."""
    assert isinstance(note, ScenarioNote), f"{note.id} is a {type(note).__name__}"
    return note


def cloze(note: Note) -> ClozeNote:
    """``note``, checked to be a cloze."""
    assert isinstance(note, ClozeNote), f"{note.id} is a {type(note).__name__}"
    return note


def next_card(me: Learner, now: dt.datetime, deck: str | None = None) -> Card:
    """The learner's next card where the test expects one: a None fails here, by name."""
    card = me.next_card(deck=deck, now=now)
    assert card is not None, f"{me.name} has nothing to study at {now}"
    return card


def assert_marks_are_lower_bounds(col: Collection, me: Learner) -> None:
    """Below ``position`` every live card is met; below ``day_position`` met or buried that
    day; ``introduced_count`` of the deck's cards were first answered on ``introduced_day``
    and none later; every deck with a state of the learner has a mark."""
    with col.engine.connect() as conn:
        all_cards = conn.execute(
            select(
                cards.c.id,
                cards.c.deck_id,
                cards.c.position,
                cards.c.retired,
                cards.c.fingerprint,
                cards.c.note_id,
            )
        ).all()
        met = set(
            conn.execute(
                select(review_states.c.card_id).where(review_states.c.learner_id == me.id)
            ).scalars()
        )
        log = conn.execute(
            select(review_log.c.card_id, review_log.c.study_day).where(
                review_log.c.learner_id == me.id, review_log.c.undone.is_(False)
            )
        ).all()
        marks = conn.execute(
            select(new_card_marks).where(new_card_marks.c.learner_id == me.id)
        ).all()
        introduced = conn.execute(
            select(cards.c.deck_id, review_states.c.introduced_on)
            .select_from(review_states.join(cards, cards.c.id == review_states.c.card_id))
            .where(review_states.c.learner_id == me.id)
        ).all()
    by_id = {c.id: c for c in all_cards}
    assert {deck for deck, _ in introduced} <= {m.deck_id for m in marks}
    for mark in marks:
        days = [day for deck, day in introduced if deck == mark.deck_id]
        if days:
            assert mark.introduced_day is not None, mark
            assert mark.introduced_day >= max(days), mark
        assert mark.introduced_count == days.count(mark.introduced_day), (mark, days)
        answered = [by_id[card_id] for card_id, day in log if day == mark.day]
        facts = {c.fingerprint for c in answered}
        notes = {c.note_id for c in answered}
        for c in all_cards:
            if c.deck_id != mark.deck_id or c.retired:
                continue
            if c.position < mark.position:
                assert c.id in met, (mark, c)
            if mark.day is not None and c.position < mark.day_position:
                buried = c.fingerprint in facts or c.note_id in notes
                assert c.id in met or buried, (mark, c)


# Two cloze notes: one with an origin, one with a hint and two deletions.
CLOZE_DECK = """\
quizkit: 1
deck: cz
title: Cloze deck
notes:
  - id: nodeport/allocation/default-range
    type: cloze
    text: "the control plane allocates a port from a range (default: {{c1::30000-32767}})"
    tags: [nodeport]
    origin: {document: service.md, section: NodePort, line: 12}
  - id: ports/target
    type: cloze
    text: "By default {{c1::`targetPort`::field}} is set to the same value as {{c2::`port`}}."
"""

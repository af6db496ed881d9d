"""The values the store hands out: frozen dataclasses, never ORM rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from quizkit.grading import takes_typed_answer
from quizkit.notes import Ask, NoteType, Origin

__all__ = [
    "AnswerResult",
    "Card",
    "CardSchedule",
    "DeckInfo",
    "DeckReport",
    "ExportNote",
    "ImportReport",
    "LoggedAnswer",
    "Progress",
    "QueueCounts",
    "Stats",
]


@dataclass(frozen=True, slots=True)
class Card:
    """One card as a learner sees it.

    ``id`` is ``DECK/NOTE-ID`` (``:reverse`` appended for a reverse card, ``:cN``
    for card ``N`` of a cloze note). A cloze card's ``front`` is its sentence
    with the hidden words as ``[...]`` (or ``[hint]``), ``back`` the hidden words,
    ``cloze`` its number and ``text`` the whole sentence as the document has it.
    ``queue`` says why it is shown now: ``new``, ``review`` or ``repeat``
    (a same-day repeat of a card graded below 4).
    """

    id: str
    deck: str
    note_id: str
    type: NoteType
    front: str
    back: str
    reverse: bool = False
    tags: tuple[str, ...] = ()
    origin: Origin | None = None
    ask: Ask | None = None
    prompt: str = ""
    manifests: str = ""
    request: Mapping[str, str] = field(default_factory=dict)
    service: str = ""
    queue: str = "new"
    cloze: int | None = None
    text: str = ""

    @property
    def typed(self) -> bool:
        """Whether this card is quizzed by a typed answer: scenarios, short one-line
        facts and cloze gaps. Other cards are self-graded on screen (a typed reply
        to them is still graded by :meth:`Learner.answer`)."""
        return takes_typed_answer(self.type.value, self.back)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "deck": self.deck,
            "type": self.type.value,
            "front": self.front,
            "back": self.back,
            "note": self.note_id,
            "reverse": self.reverse,
            "tags": list(self.tags),
            "queue": self.queue,
            "source": self.origin.describe() if self.origin else None,
            "typed": self.typed,
        }
        if self.type is NoteType.CLOZE:
            data["cloze"] = self.cloze
            data["text"] = self.text
        if self.type is NoteType.SCENARIO:
            from quizkit.scenarios import visible_request

            request = visible_request(self)  # a url card's target is its answer
            data["ask"] = self.ask.value if self.ask else None
            data["prompt"] = self.prompt
            data["manifests"] = self.manifests
            data["request"] = request
            if self.ask is Ask.REASON:
                from quizkit.scenarios import REASON_CODES

                data["choices"] = list(REASON_CODES)
        return data


@dataclass(frozen=True, slots=True)
class AnswerResult:
    """What one answer did. ``correct`` is None for a self-graded answer.

    ``repeat`` is True for a same-day repeat: logged, but the schedule
    (``interval``, ``due``) is the one the day's first answer set.
    """

    card: str
    correct: bool | None
    grade: int
    interval: int
    due: dt.date
    expected: str | list[str]
    feedback: str
    repeat: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "card": self.card,
            "correct": self.correct,
            "grade": self.grade,
            "interval": self.interval,
            "due": self.due.isoformat(),
            "expected": self.expected,
            "feedback": self.feedback,
            "repeat": self.repeat,
        }


@dataclass(frozen=True, slots=True)
class DeckReport:
    """What one import did to one deck. ``replaced`` is the source the deck was last
    imported from when this import came from another one (a different document that
    makes a deck of the same slug): "" otherwise."""

    deck: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    retired: int = 0
    replaced: str = ""


@dataclass(frozen=True, slots=True)
class ImportReport:
    """Notes added, updated, unchanged and retired by one import, in total and per deck."""

    decks: tuple[DeckReport, ...] = ()

    @property
    def added(self) -> int:
        return sum(d.added for d in self.decks)

    @property
    def updated(self) -> int:
        return sum(d.updated for d in self.decks)

    @property
    def unchanged(self) -> int:
        return sum(d.unchanged for d in self.decks)

    @property
    def retired(self) -> int:
        return sum(d.retired for d in self.decks)


@dataclass(frozen=True, slots=True)
class DeckInfo:
    slug: str
    title: str
    source: str
    notes: int
    cards: int
    retired_notes: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "deck": self.slug,
            "title": self.title,
            "source": self.source,
            "notes": self.notes,
            "cards": self.cards,
            "retired_notes": self.retired_notes,
        }


@dataclass(frozen=True, slots=True)
class Stats:
    learner: str
    today: dt.date
    due_today: int
    new_today: int
    reviews_today: int
    reviews_total: int
    retention: float | None
    streak_days: int
    forecast: dict[dt.date, int]
    activity: dict[dt.date, int]

    def to_dict(self) -> dict[str, Any]:
        return {
            "learner": self.learner,
            "due_today": self.due_today,
            "reviews_today": self.reviews_today,
            "reviews_total": self.reviews_total,
            "retention": self.retention,
            "streak_days": self.streak_days,
            "forecast": {day.isoformat(): n for day, n in sorted(self.forecast.items())},
        }


@dataclass(frozen=True, slots=True)
class QueueCounts:
    """What is left today: due reviews, new cards still allowed, same-day repeats."""

    due: int
    new: int
    repeat: int

    @classmethod
    def of(
        cls, *, due: int, repeat: int, unseen: int, introduced: int, new_per_day: int
    ) -> QueueCounts:
        """The counts from the queue's four queries: new cards are the unseen ones,
        up to what the learner's daily limit leaves after today's ``introduced``."""
        allowed = max(0, new_per_day - introduced)
        return cls(due, min(unseen, allowed), repeat)


@dataclass(frozen=True, slots=True)
class ExportNote:
    """A live note with its live cards, as an export reads them (see ``Collection.export_notes``).

    ``text`` is what the note stores as its first side: a fact's front, a cloze
    note's text in cloze syntax (``{{c1::...}}``), a scenario's prompt. ``cards``
    pairs each live card's number (0 forward, 1 reverse, a cloze card's number)
    with its row id, the key of :meth:`Learner.progress`, in number order. A
    scenario note carries its scenario; other notes leave those fields empty.
    """

    deck: str
    note_id: str
    type: NoteType
    text: str
    back: str
    tags: tuple[str, ...]
    origin: Origin | None
    cards: tuple[tuple[int, int], ...]
    ask: Ask | None = None
    prompt: str = ""
    manifests: str = ""
    request: Mapping[str, str] = field(default_factory=dict)
    service: str = ""


@dataclass(frozen=True, slots=True)
class CardSchedule:
    """A learner's SM-2 state of one card: interval (days), ease (x1000), due date, counts."""

    interval: int
    easiness_milli: int
    due: dt.date
    reviews: int
    lapses: int


@dataclass(frozen=True, slots=True)
class LoggedAnswer:
    """One answer in a learner's review log (not undone); ``reviewed_at`` is naive UTC.

    ``kind`` is the queue it was answered from (``new``, ``review`` or ``repeat``).
    """

    card: int  # the card's row id, as in ExportNote.cards
    reviewed_at: dt.datetime
    kind: str
    grade: int
    interval_before: int
    interval_after: int
    easiness_milli_after: int
    elapsed_ms: int | None


@dataclass(frozen=True, slots=True)
class Progress:
    """A learner's progress on some cards: each studied card's schedule, and the log of
    their answers in the order given."""

    schedules: Mapping[int, CardSchedule]
    answers: tuple[LoggedAnswer, ...]

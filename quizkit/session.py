"""The study session: queue, reveal, grade, typed answers, undo and the end summary.

No terminal here: the prompt-toolkit screen and the piped line protocol in
:mod:`quizkit.tui` both feed key names and typed text into one
:class:`StudySession` and draw what it holds. Time comes from an injected
clock, so tests run a whole session on a fake one.

States of the card on show (``StudySession.phase``)::

    QUESTION --Enter/Space--> ANSWER --grade--> next card's QUESTION
    QUESTION --grade-------------------------> next card's QUESTION (grading unseen is allowed)
    QUESTION --typed answer--> FEEDBACK --Enter/Space--> next card's QUESTION
                                        --grade (override)--> next card's QUESTION
    any --u--> QUESTION of the card answered last;  any --q--> DONE;  no cards left --> DONE

Every answer is written by :meth:`Learner.answer` at once (one transaction), so
quitting or Ctrl-C at any moment never loses an answer already given.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from quizkit.errors import QuizkitError, UnknownCardError, UsageError
from quizkit.notes import Ask, NoteType
from quizkit.store.learner import Learner, QueueCounts
from quizkit.store.types import AnswerResult, Card
from quizkit.words import plural

__all__ = [
    "GRADE_KEYS",
    "GRADE_NAMES",
    "KEYS",
    "Clock",
    "Command",
    "Entry",
    "Phase",
    "StudySession",
    "Summary",
    "command_for_key",
    "schedule_text",
    "typing_fits",
]

Clock = Callable[[], dt.datetime]

# Idle time beyond this per card is not "time spent" (a learner who walks away
# mid-card has not studied for an hour), as in Anki.
MAX_COUNTED_TIME = dt.timedelta(seconds=60)


class Phase(StrEnum):
    QUESTION = "question"
    ANSWER = "answer"
    FEEDBACK = "feedback"
    DONE = "done"


class Command(StrEnum):
    REVEAL = "reveal"  # Enter/Space: show the answer, or (answer shown) grade Good
    GRADE = "grade"
    UNDO = "undo"
    TOGGLE_TYPING = "toggle-typing"
    QUIT = "quit"


# The keys of DESIGN.md (contract) plus u (undo) and t (typed-answer mode).
GRADE_KEYS: dict[str, int] = {
    **{str(q): q for q in range(6)},
    "a": 1,  # Again
    "h": 3,  # Hard
    "g": 4,  # Good
    "e": 5,  # Easy
}
KEYS: dict[str, Command] = {
    "enter": Command.REVEAL,
    "space": Command.REVEAL,
    **dict.fromkeys(GRADE_KEYS, Command.GRADE),
    "u": Command.UNDO,
    "t": Command.TOGGLE_TYPING,
    "q": Command.QUIT,
}
# Enter or Space on a revealed answer: Anki's default, "Good".
_DEFAULT_GRADE = 4
GRADE_NAMES = {0: "Blackout", 1: "Again", 2: "Wrong", 3: "Hard", 4: "Good", 5: "Easy"}


def schedule_text(result: AnswerResult) -> str:
    """What an answer did to the schedule: ``Good (4): next in 6 days (2026-11-28)``."""
    grade = f"{GRADE_NAMES[result.grade]} ({result.grade})"
    if result.repeat or result.grade < 4:
        later = "again later today" if result.grade < 4 else "done for today"
        if not result.repeat:
            later += f", then in {plural(result.interval, 'day')}"
        return f"{grade}: {later}"
    return f"{grade}: next in {plural(result.interval, 'day')} ({result.due.isoformat()})"


def command_for_key(key: str) -> Command | None:
    """The command a key name (``"enter"``, ``"space"``, ``"g"``, ``"3"``...) stands for."""
    return KEYS.get(key.lower() if len(key) == 1 else key)


def typing_fits(card: Card) -> bool:
    """Whether typing the answer is a fair test (:attr:`Card.typed`): short one-line
    facts and cloze gaps, and all scenarios."""
    return card.typed


@dataclass(frozen=True, slots=True)
class Entry:
    """One answer given in this session (kept so that undo can put the card back)."""

    card: Card
    result: AnswerResult
    response: str | None
    elapsed: dt.timedelta


@dataclass(frozen=True, slots=True)
class Summary:
    """The end of a session: what was done, and what tomorrow holds."""

    reviewed: int
    right: int
    new: int
    repeats: int
    time_spent: dt.timedelta
    tomorrow: int
    streak_days: int
    left_today: int
    # What would help when nothing is left: new cards beyond today's limit, other
    # decks with cards today (only when studying one deck), the next day with cards due.
    new_waiting: int = 0
    other_decks: tuple[str, ...] = ()
    next_due: dt.date | None = None

    @property
    def share_right(self) -> float | None:
        """Share of answers graded 3 or more (SM-2's pass mark); None when nothing was answered."""
        return self.right / self.reviewed if self.reviewed else None


_NO_LIMIT = 1_000_000_000


def _has_cards(learner: Learner, deck: str, now: dt.datetime) -> bool:
    counts = learner.counts(deck=deck, now=now)
    return counts.due + counts.new + counts.repeat > 0


class StudySession:
    """One sitting of study for one learner.

    ``new_cards`` caps the new cards this session introduces (it may also go
    beyond the learner's daily limit: asking for ``--new 30`` means thirty);
    ``limit`` caps the answers in this session. ``clock`` returns aware datetimes.
    """

    def __init__(
        self,
        learner: Learner,
        *,
        clock: Clock,
        deck: str | None = None,
        new_cards: int | None = None,
        limit: int | None = None,
        typing: bool = False,
    ) -> None:
        if new_cards is not None and new_cards < 0:
            raise UsageError(f"--new must be a whole number >= 0, not {new_cards}")
        if limit is not None and limit < 1:
            raise UsageError(f"--limit must be a whole number >= 1, not {limit}")
        self.clock = clock
        self.deck = deck
        self.limit = limit
        self.typing = typing
        # Esc closed the answer field of the card on show (until the next card).
        self.keys_mode = False
        self.phase = Phase.QUESTION
        self.card: Card | None = None
        self.result: AnswerResult | None = None
        self.response: str | None = None
        self.message = ""
        self.history: list[Entry] = []
        self.counts = QueueCounts(0, 0, 0)
        self._learner = learner
        self._started = clock()
        self._shown_at = self._started
        self._time_spent = dt.timedelta()
        if new_cards is not None:
            # A private copy of the learner whose daily allowance ends this session's
            # new cards: the store then keeps its queues and counts consistent with it,
            # and the learner's stored setting is left alone.
            introduced = learner.stats(now=self._started).new_today
            self._learner = Learner(
                learner.collection,
                learner.id,
                learner.name,
                introduced + new_cards,
                learner.timezone,
            )
        if deck is not None:
            self._learner.counts(deck=deck, now=self._started)  # an unknown deck fails here
        self._advance()

    # -- what the screen shows -----------------------------------------------

    @property
    def learner(self) -> Learner:
        return self._learner

    @property
    def answered(self) -> int:
        return len(self.history)

    @property
    def left(self) -> int:
        """Cards still to show in this session (counting the one on screen)."""
        if self.phase is Phase.DONE:
            return 0
        # The store's counts include the card on show until it is answered.
        queued = self.counts.due + self.counts.new + self.counts.repeat
        if self.limit is not None:
            queued = min(queued, self.limit - self.answered)
        return max(queued, 1 if self.card is not None else 0)

    @property
    def progress(self) -> float:
        """Share of this session done, 0..1."""
        total = self.answered + self.left
        return self.answered / total if total else 1.0

    def wants_text(self) -> bool:
        """Whether the card on show takes a typed answer now: scenarios always, short
        facts with typing on; never once the learner left the field (Esc)."""
        if self.card is None or self.phase is not Phase.QUESTION or self.keys_mode:
            return False
        if self.card.type is NoteType.SCENARIO:
            return True
        return self.typing and typing_fits(self.card)

    def mode_note(self) -> str:
        """A line saying how the card on show is answered, when that is not what the
        learner asked for (typing on, yet keys act), so keys are never taken as text
        nor text as keys without the screen saying which."""
        card = self.card
        if card is None or self.phase is not Phase.QUESTION:
            return ""
        if self.keys_mode:
            return "keys mode: the answer field is closed (Tab opens it)"
        if self.typing and not self.wants_text():
            kind = "a list" if card.type is NoteType.LIST else f"a {card.type.value}"
            if card.type is NoteType.FACT:
                kind = "a long fact"
            return f"typing on, but {kind} is self-graded: keys grade it"
        return ""

    def leave_field(self) -> None:
        """Esc: close the answer field of this card, so the keys work again."""
        if self.wants_text():
            self.keys_mode = True

    def open_field(self) -> None:
        """Tab: back into the answer field closed with Esc."""
        self.keys_mode = False

    def wants_editor(self) -> bool:
        """Whether the typed answer is an edited manifest (a ``fix`` scenario)."""
        return self.wants_text() and self.card is not None and self.card.ask is Ask.FIX

    # -- input ---------------------------------------------------------------

    def press(self, key: str) -> bool:
        """Act on one key; False when the key means nothing now."""
        command = command_for_key(key)
        if command is None or self.phase is Phase.DONE:
            return False
        if command is Command.QUIT:
            self.quit()
        elif command is Command.UNDO:
            return self.undo() is not None
        elif command is Command.TOGGLE_TYPING:
            self.toggle_typing()
        elif command is Command.REVEAL:
            scenario = self.card is not None and self.card.type is NoteType.SCENARIO
            if self.phase is Phase.QUESTION and self.keys_mode and scenario:
                self.open_field()  # a scenario has no stored answer: back to the field
            elif self.phase is Phase.QUESTION:
                self.reveal()
            elif self.phase is Phase.ANSWER:
                self.grade(_DEFAULT_GRADE)
            else:
                self._advance()
        else:
            self.grade(GRADE_KEYS[key.lower()])
        return True

    def reveal(self) -> None:
        if self.phase is Phase.QUESTION and self.card is not None:
            self.phase = Phase.ANSWER
            self.message = ""

    def toggle_typing(self) -> bool:
        if self.card is not None and self.card.type is NoteType.SCENARIO:
            # Scenarios are always answered in words: the toggle cannot apply to them.
            self.message = "scenario cards always take a typed answer; Esc leaves the field"
            return self.typing
        self.typing = not self.typing
        self.keys_mode = False
        self.message = "typed answers on" if self.typing else "typed answers off"
        return self.typing

    def grade(self, grade: int) -> AnswerResult:
        """Grade the card on show: a first answer, or an override of an automatic grade."""
        card = self._require_card()
        if self.phase is Phase.FEEDBACK:
            # The automatic grade is already saved: take it back and save the learner's.
            entry = self.history.pop()
            self._learner.undo(now=self.clock(), card_id=card.id)
            result = self._learner.answer(
                card.id,
                grade=grade,
                response=entry.response,
                now=self.clock(),
                elapsed=entry.elapsed,
            )
            self.history.append(Entry(card, result, entry.response, entry.elapsed))
            self.result = result
            self._advance()
            was = entry.result.grade
            self.message = f"saved: {schedule_text(result)} (instead of {GRADE_NAMES[was]} ({was}))"
            return result
        now = self.clock()
        elapsed = self._elapsed(now)
        try:
            result = self._learner.answer(card.id, grade=grade, now=now, elapsed=elapsed)
        except UnknownCardError:
            self._skip_retired(card)
            raise
        self._record(card, result, None, elapsed)
        self._advance()
        self.message = f"saved: {schedule_text(result)}"
        return result

    def submit(self, text: str) -> AnswerResult | None:
        """A typed answer, graded automatically; None when it needs the learner's grade.

        An empty answer to a fact card just reveals it (as in Anki). When the
        scenario grader cannot grade (it fails, or is not installed), the message
        says why and the learner grades by hand.
        """
        card = self._require_card()
        if self.phase is not Phase.QUESTION:
            return None
        if not text.strip() and card.type is not NoteType.SCENARIO:
            self.reveal()
            return None
        now = self.clock()
        elapsed = self._elapsed(now)
        try:
            result = self._learner.answer(card.id, response=text, now=now, elapsed=elapsed)
        except UnknownCardError:
            self._skip_retired(card)
            raise
        except (QuizkitError, ImportError) as exc:
            if card.type is not NoteType.SCENARIO:
                raise
            self.phase = Phase.ANSWER
            self.message = f"could not grade this answer automatically ({exc}); grade it yourself"
            return None
        self._record(card, result, text, elapsed)
        self.phase = Phase.FEEDBACK
        self.result = result
        self.response = text
        self.message = ""
        return result

    def undo(self) -> Card | None:
        """Take back the last answer of this session and show its card again."""
        if not self.history:
            self.message = "nothing to undo in this session"
            return None
        entry = self.history.pop()
        self._learner.undo(now=self.clock(), card_id=entry.card.id)
        self.card = entry.card
        self.phase = Phase.QUESTION
        self.keys_mode = False
        self.result = None
        self.response = None
        self.message = f"undone: {entry.card.front}"
        self._shown_at = self.clock()
        self._refresh_counts()
        return entry.card

    def quit(self) -> None:
        self.phase = Phase.DONE
        self.card = None

    def summary(self) -> Summary:
        """The numbers for the end screen (reads tomorrow's load and the streak now)."""
        now = self.clock()
        stats = self._learner.stats(now=now)
        tomorrow = stats.today + dt.timedelta(days=1)
        counts = self._learner.counts(deck=self.deck, now=now)
        left = counts.due + counts.new + counts.repeat
        waiting = 0
        others: tuple[str, ...] = ()
        if not left:
            # The same learner without a daily limit: how many new cards wait.
            unlimited = Learner(
                self._learner.collection,
                self._learner.id,
                self._learner.name,
                _NO_LIMIT,
                self._learner.timezone,
            )
            waiting = unlimited.counts(deck=self.deck, now=now).new
            if self.deck is not None:
                others = tuple(
                    info.slug
                    for info in self._learner.collection.decks()
                    if info.slug != self.deck and _has_cards(self._learner, info.slug, now)
                )
        later = [day for day, n in sorted(stats.forecast.items()) if n and day > stats.today]
        return Summary(
            reviewed=len(self.history),
            right=sum(1 for e in self.history if e.result.grade >= 3),
            # A card shown as new that another session of the learner answered first
            # is a same-day repeat here: one card introduced, counted once.
            new=sum(1 for e in self.history if e.card.queue == "new" and not e.result.repeat),
            repeats=sum(1 for e in self.history if e.result.repeat),
            time_spent=self._time_spent,
            tomorrow=stats.forecast.get(tomorrow, 0),
            streak_days=stats.streak_days,
            left_today=left,
            new_waiting=waiting,
            other_decks=others,
            next_due=later[0] if later else None,
        )

    # -- internals -----------------------------------------------------------

    def _require_card(self) -> Card:
        if self.card is None or self.phase is Phase.DONE:
            raise UsageError("no card on show: the session is over")
        return self.card

    def _record(
        self, card: Card, result: AnswerResult, response: str | None, elapsed: dt.timedelta
    ) -> None:
        self.history.append(Entry(card, result, response, elapsed))
        self.result = result
        self._time_spent += min(max(elapsed, dt.timedelta()), MAX_COUNTED_TIME)
        self._refresh_counts()

    def _elapsed(self, now: dt.datetime) -> dt.timedelta:
        # A clock set back (NTP, a suspended laptop) must not make an answer negative.
        return max(now - self._shown_at, dt.timedelta())

    def _skip_retired(self, card: Card) -> None:
        """The card on show left the collection (an import retired it, or it was
        never there): show the next one, so the session is not stuck on it; the
        caller re-raises the error, which says why nothing was saved."""
        if self.card is card:
            self._advance()

    def _refresh_counts(self) -> None:
        self.counts = self._learner.counts(deck=self.deck, now=self.clock())

    def _advance(self) -> None:
        """Show the next card, or end the session."""
        self.response = None
        self.message = ""
        if self.limit is not None and self.answered >= self.limit:
            self.quit()
            return
        now = self.clock()
        card = self._learner.next_card(deck=self.deck, now=now)
        if card is None:
            self.quit()
            return
        self.card = card
        self.phase = Phase.QUESTION
        self.keys_mode = False
        self._shown_at = now
        self._refresh_counts()

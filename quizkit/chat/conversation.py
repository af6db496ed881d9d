"""The conversation engine: one call per incoming message, for any chat network.

``Conversation(col).handle(user, text, now=...)`` returns the replies to send.
Commands start with ``/``; any other text answers the card on screen. Buttons
send words tagged with the screen they belong to (``good #17``): a press meant
for a card that is no longer on screen is refused in one friendly line, and so
is text sent (``now``) before the card on screen was shown. Nothing is kept in
memory: the conversation lives in the database (:mod:`quizkit.store.conversation`),
so a restarted bot, or another worker, carries on.

How text answers a card (the card on screen, its answer shown or not)::

    scenario card          any text (or a button) is the answer, graded by the evaluator;
                           "skip" / Don't know: graded wrong, the evaluator's answer shown
    show (or an empty one) shows the answer (self-graded cards)
    typing on, short fact  text is a typed answer, graded automatically
    again hard good easy,  grade (also a h g e); without looking at the answer too,
    0-5                    as in the terminal quiz
    other text             shows the answer beside it: grade yourself
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from quizkit.chat.cards import (
    GRADE_BUTTONS,
    answer_blocks,
    card_buttons,
    front_blocks,
    takes_text,
)
from quizkit.chat.reply import Block, Button, Paragraph, Reply
from quizkit.clock import check_aware, utcnow
from quizkit.errors import GradeError, NotOnScreenError, UnknownCardError, UsageError
from quizkit.notes import Ask, NoteType
from quizkit.session import Clock
from quizkit.store.collection import Collection
from quizkit.store.conversation import (
    ChatState,
    Reminder,
    answer_on_screen,
    chat_state,
    day_summary,
    reveal,
    set_choices,
    set_reminder,
    show,
)
from quizkit.store.learner import Learner
from quizkit.store.types import AnswerResult, Card
from quizkit.words import plural

__all__ = ["GRADE_NAMES", "HELP", "REAL_TIME", "Conversation", "reminder_reply"]

# A message's time this close to the real clock is real time (see Conversation).
REAL_TIME = dt.timedelta(minutes=5)

GRADE_NAMES = {0: "Blackout", 1: "Again", 2: "Wrong", 3: "Hard", 4: "Good", 5: "Easy"}
# Words that grade, as in the terminal quiz: names, their first letters, digits.
_GRADE_WORDS: dict[str, int] = {
    **{label.lower(): grade for label, grade in GRADE_BUTTONS},
    **{label[0].lower(): grade for label, grade in GRADE_BUTTONS},
    **{str(q): q for q in range(6)},
}
_TAGGED = re.compile(r"\A(\S+) #(\d+)\Z")
_FENCED = re.compile(r"\A```[\w-]*[ \t]*\n(.*?)\n?```\s*\Z", re.DOTALL)

HELP = """\
quizkit: spaced repetition, a few minutes a day.
/next  the card to study now
/stats  due today, reviews, retention, streak
/decks  the decks; /deck SLUG studies one, /deck all every deck
/new N  at most N new cards a day
/typing on|off  type the answers of short facts
/remind HOUR [ZONE]  a daily word when cards are due (/remind off)
/undo  take back your last answer
/help  this list
Answer with the buttons, or type: show, again, hard, good, easy (or 0-5)."""

_STALE = Reply.line(
    "That answer was for a card that is no longer on screen, so I did not count it.",
    Button("Show my card", "/next"),
)


def _when(result: AnswerResult) -> str:
    """What the answer did to the card's schedule, in a few words."""
    head = f"{GRADE_NAMES[result.grade]} ({result.grade})"
    if result.grade < 4:
        later = "again later today"
        if not result.repeat:
            later += f", then in {plural(result.interval, 'day')}"
        return f"{head}: {later}."
    if result.repeat:
        return f"{head}: done for today."
    return f"{head}: next in {plural(result.interval, 'day')} ({result.due.isoformat()})."


def _unfence(text: str) -> str:
    """A manifest sent as a fenced code block, without its fence."""
    found = _FENCED.match(text.strip())
    return found.group(1) if found else text.strip("\n")


def reminder_reply(reminder: Reminder) -> Reply:
    """The message for a learner that :meth:`Collection.learners_due` lists."""
    parts = [
        f"{n} {word}"
        for n, word in ((reminder.due, "due"), (reminder.new, "new"), (reminder.repeat, "repeat"))
        if n
    ]
    return Reply.line(
        f"{plural(reminder.cards, 'card')} waiting for you today ({', '.join(parts)}).",
        Button("Study now", "/next"),
    )


class Conversation:
    """Chat with learners of ``collection``: :meth:`handle` one message at a time.

    Holds no conversation state itself, so one instance serves every user, from
    any number of threads, and several processes may share the database.

    A message's ``now`` is when it *arrived*; a card goes on screen when the
    engine shows it, and text that arrived before that moment was not meant for
    it, however late a busy worker gets to the text. ``clock`` gives that moment
    (a test passes its own). By default it is the real time when the message's
    ``now`` is the real time (within :data:`REAL_TIME`), and the message's ``now``
    itself otherwise: a simulated clock (tests, replays) is followed as it is.
    """

    def __init__(self, collection: Collection, clock: Clock | None = None) -> None:
        self.collection = collection
        self.clock = clock
        self._commands: dict[str, Callable[[Learner, str, dt.datetime], list[Reply]]] = {
            "/start": self._start,
            "/help": self._help,
            "/next": self._next_command,
            "/stats": self._stats,
            "/decks": self._decks,
            "/deck": self._deck,
            "/new": self._new,
            "/undo": self._undo,
            "/typing": self._typing,
            "/remind": self._remind,
        }

    def handle(self, user: str, text: str, now: dt.datetime | None = None) -> list[Reply]:
        """The replies to one message (or button press) ``text`` from ``user``.

        ``now`` is when the message arrived (an aware datetime; default: now);
        text sent before the card on screen was shown does not answer it.
        A mistake of the user's (an unknown deck, a bad number) is answered in
        one line; database errors (:class:`~quizkit.StoreError`) are raised.
        """
        now = check_aware(now) if now is not None else utcnow()
        if not isinstance(text, str):
            raise UsageError(f"a message is text, not {type(text).__name__}")
        learner = self.collection.learner(user)
        stripped = text.strip()
        try:
            if stripped.startswith("/"):
                return self._command(learner, stripped, now)
            return self._answer(learner, text, now)
        except NotOnScreenError:
            return [_STALE]
        except (UsageError, GradeError, UnknownCardError) as exc:
            return [Reply.line(str(exc))]

    # -- commands ------------------------------------------------------------------

    def _command(self, learner: Learner, text: str, now: dt.datetime) -> list[Reply]:
        name, _, arg = text.partition(" ")
        # Telegram appends the bot's name in groups: /next@quizkit_bot.
        name = name.split("@", 1)[0].lower()
        handler = self._commands.get(name)
        if handler is None:
            return [Reply.line(f"I do not know {name}; /help lists what I do.")]
        return handler(learner, arg.strip(), now)

    def _help(self, learner: Learner, arg: str, now: dt.datetime) -> list[Reply]:
        return [Reply.line(HELP, Button("Next card", "/next"))]

    def _start(self, learner: Learner, arg: str, now: dt.datetime) -> list[Reply]:
        return [Reply.line(HELP), *self._next_command(learner, arg, now)]

    def _next_command(self, learner: Learner, arg: str, now: dt.datetime) -> list[Reply]:
        """The card on screen again (never skipped), or the next one.

        An empty collection gets the bundled decks first, as ``quizkit next`` does.
        """
        if self.collection.is_empty():
            self.collection.import_decks(None)
        state = chat_state(learner)
        if state.card is not None:
            try:
                return [self._card_reply(self.collection.card(state.card), state)]
            except UnknownCardError:  # retired by an import meanwhile
                pass
        return self._next(learner, state, now)

    def _stats(self, learner: Learner, arg: str, now: dt.datetime) -> list[Reply]:
        stats = learner.stats(now=now)
        state = chat_state(learner)
        counts = learner.counts(deck=state.deck, now=now)
        retention = f"{stats.retention:.0%}" if stats.retention is not None else "-"
        tomorrow = stats.forecast.get(stats.today + dt.timedelta(days=1), 0)
        lines = [
            f"Left today: {counts.due} due, {counts.new} new, {plural(counts.repeat, 'repeat')}"
            + (f" (deck {state.deck})" if state.deck else ""),
            f"Reviewed today: {stats.reviews_today}; all time: {stats.reviews_total}",
            f"Retention (30 days): {retention}; streak: {plural(stats.streak_days, 'day')}",
            f"Tomorrow: {plural(tomorrow, 'card')} due",
        ]
        return [Reply.line("\n".join(lines), Button("Next card", "/next"))]

    def _decks(self, learner: Learner, arg: str, now: dt.datetime) -> list[Reply]:
        decks = self.collection.decks()
        if not decks:
            return [Reply.line("No decks yet: /start imports the bundled ones.")]
        chosen = chat_state(learner).deck
        lines = [
            f"{'▸ ' if d.slug == chosen else ''}{d.slug}: {d.title} ({plural(d.cards, 'card')})"
            for d in decks
        ]
        lines.append(f"Studying: {chosen or 'every deck'}.")
        buttons = [Button(d.slug, f"/deck {d.slug}") for d in decks]
        buttons.append(Button("Every deck", "/deck all"))
        return [Reply.line("\n".join(lines), *buttons)]

    def _deck(self, learner: Learner, arg: str, now: dt.datetime) -> list[Reply]:
        if not arg:
            return self._decks(learner, arg, now)
        slug = None if arg.lower() == "all" else arg
        state = set_choices(learner, deck=slug)
        head = Reply.line(f"Studying {'every deck' if slug is None else 'deck ' + slug}.")
        return [head, *self._next(learner, state, now)]

    def _new(self, learner: Learner, arg: str, now: dt.datetime) -> list[Reply]:
        if not arg.isdigit():
            return [
                Reply.line(
                    "/new takes a whole number of cards a day, e.g. /new 10 "
                    f"(now {learner.new_per_day})."
                )
            ]
        self.collection.learner(learner.name, new_per_day=int(arg))
        return [Reply.line(f"Up to {plural(int(arg), 'new card')} a day from now on.")]

    def _undo(self, learner: Learner, arg: str, now: dt.datetime) -> list[Reply]:
        card = learner.undo(now=now)
        if card is None:
            return [Reply.line("Nothing to undo.")]
        state = show(learner, card.id, self._shown_at(now))
        return [Reply.line("Taken back: answer it again."), self._card_reply(card, state)]

    def _typing(self, learner: Learner, arg: str, now: dt.datetime) -> list[Reply]:
        if arg.lower() not in ("", "on", "off"):
            return [Reply.line("/typing on or /typing off")]
        typing = not chat_state(learner).typing if not arg else arg.lower() == "on"
        set_choices(learner, typing=typing)
        if typing:
            return [Reply.line("Typed answers on: type the answer of short facts.")]
        return [Reply.line("Typed answers off: show the answer, then grade yourself.")]

    def _remind(self, learner: Learner, arg: str, now: dt.datetime) -> list[Reply]:
        words = arg.split()
        if words == ["off"]:
            set_reminder(learner, None, now)
            return [Reply.line("Reminders off.")]
        if not words or not words[0].isdigit() or len(words) > 2:
            return [Reply.line("/remind HOUR [ZONE], e.g. /remind 8 Europe/Berlin; /remind off")]
        if len(words) == 2:  # the zone is the learner's: study days roll over there too
            learner = self.collection.learner(learner.name, timezone=words[1])
        set_reminder(learner, int(words[0]), now)
        zone = learner.timezone or "the server's time zone"
        return [
            Reply.line(
                f"Every day at {int(words[0]):02d}:00 ({zone}) I tell you when cards are due."
            )
        ]

    def _shown_at(self, now: dt.datetime) -> dt.datetime:
        """When a card goes on screen: never before the message that shows it."""
        if self.clock is not None:
            return max(now, check_aware(self.clock()))
        real = utcnow()
        return max(now, real) if abs(real - now) <= REAL_TIME else now

    # -- cards -----------------------------------------------------------------------

    def _next(self, learner: Learner, state: ChatState, now: dt.datetime) -> list[Reply]:
        """Put the next card on screen; with none left, the day's summary (once a day)."""
        card = learner.next_card(deck=state.deck, now=now)
        shown = show(learner, card.id if card is not None else None, self._shown_at(now))
        if card is not None:
            return [self._card_reply(card, shown)]
        today = learner.today(now)
        if state.summary_day == today:
            return [Reply.line("Nothing left to study today; /stats shows what comes next.")]
        set_choices(learner, summary_day=today)
        return [self._summary(learner, today, now)]

    def _summary(self, learner: Learner, today: dt.date, now: dt.datetime) -> Reply:
        done = day_summary(learner, today)
        stats = learner.stats(now=now)
        tomorrow = stats.forecast.get(today + dt.timedelta(days=1), 0)
        if done.answers:
            first = (
                f"Done for today: {plural(done.answers, 'answer')} ({done.new} new, "
                f"{plural(done.repeats, 'repeat')}), {done.right / done.answers:.0%} right."
            )
        else:
            first = "Nothing to study now: you are done for today."
        streak = plural(stats.streak_days, "day")
        second = f"Tomorrow: {plural(tomorrow, 'card')} due. Streak: {streak}."
        return Reply((Paragraph(first, strong=True), Paragraph(second)))

    def _card_reply(self, card: Card, state: ChatState) -> Reply:
        blocks = front_blocks(card)
        if card.type is not NoteType.SCENARIO:
            if state.revealed:
                blocks += answer_blocks(card)
            elif takes_text(card, state.typing):
                blocks.append(Paragraph("Type your answer, or show it."))
        return Reply(tuple(blocks), card_buttons(card, state.screen, state.revealed))

    def _answer(self, learner: Learner, text: str, now: dt.datetime) -> list[Reply]:
        state = chat_state(learner)
        stripped = text.strip()
        tagged = _TAGGED.match(stripped)
        if tagged is not None:
            word: str | None = tagged.group(1).lower()
            if state.card is None or int(tagged.group(2)) != state.screen:
                raise NotOnScreenError(stripped)
        else:
            word = None
            if state.card is None and state.screen and state.shown_at is None:
                # Another message answered the card; the next is on its way.
                raise NotOnScreenError(stripped)
            if state.card is None:
                return [
                    Reply.line("No card on screen: /next shows one.", Button("Next card", "/next"))
                ]
            if state.shown_at is not None and now < state.shown_at:
                raise NotOnScreenError(stripped)  # sent before the card on screen was shown
        assert state.card is not None
        try:
            card = self.collection.card(state.card)
        except UnknownCardError:
            head = Reply.line("That card was taken out of its deck; here is the next one.")
            return [head, *self._next(learner, state, now)]
        if card.type is NoteType.SCENARIO:
            response = "" if (word or stripped.lower()) == "skip" else (word or _unfence(text))
            return self._answered(learner, card, state, now, response=response)
        said = word if word is not None else stripped.lower()
        if said in ("show", ""):  # an empty message shows the answer, as Enter does
            if not reveal(learner, state.screen):
                raise NotOnScreenError(stripped)
            return [self._card_reply(card, replace(state, revealed=True))]
        if word is None and not state.revealed and takes_text(card, state.typing):
            return self._answered(learner, card, state, now, response=stripped)
        grade = _GRADE_WORDS.get(said)
        if grade is not None:
            return self._answered(learner, card, state, now, grade=grade)
        buttons = card_buttons(card, state.screen, True)
        if state.revealed or word is not None:
            return [Reply.line("Grade it: again, hard, good or easy (or 0-5).", *buttons)]
        if not reveal(learner, state.screen):
            raise NotOnScreenError(stripped)
        blocks = (
            Paragraph(f"You said: {stripped}"),
            *answer_blocks(card),
            Paragraph("Grade yourself:"),
        )
        return [Reply(blocks, buttons)]

    def _answered(
        self,
        learner: Learner,
        card: Card,
        state: ChatState,
        now: dt.datetime,
        *,
        grade: int | None = None,
        response: str | None = None,
    ) -> list[Reply]:
        """Record the answer (if its screen is still on show), then the verdict and next card."""
        result = answer_on_screen(learner, state, grade=grade, response=response, now=now)
        return [self._verdict(card, result, response), *self._next(learner, state, now)]

    def _verdict(self, card: Card, result: AnswerResult, response: str | None) -> Reply:
        blocks: list[Block] = []
        if result.correct is not None:
            blocks.append(Paragraph("✅ Right" if result.correct else "❌ Not quite", strong=True))
            if response and card.ask is not Ask.FIX:
                blocks.append(Paragraph(f"Your answer: {response}"))
            expected = (
                " | ".join(result.expected)
                if isinstance(result.expected, list)
                else result.expected
            )
            blocks.append(Paragraph(f"Expected: {expected}"))
            if result.feedback:
                blocks.append(Paragraph(result.feedback))
        blocks.append(Paragraph(_when(result), strong=result.correct is None))
        return Reply(tuple(blocks))

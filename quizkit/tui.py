"""``quizkit study``: the daily quiz in a terminal (prompt-toolkit), or over a pipe.

The screen and the line protocol are two shells around one
:class:`~quizkit.session.StudySession`; neither decides anything about cards
or grades. prompt-toolkit is imported inside the functions that draw the
screen: the line protocol, used over a pipe, never loads it.

The line protocol, used when stdin or stdout is not a terminal: quizkit prints
each card as plain text, then reads one line at a time:

=================  ==========================================================
``(empty line)``   show the answer; on a shown answer grade Good (4);
                   after a typed answer's verdict go on to the next card
``0``-``5``        grade directly; ``a`` ``h`` ``g`` ``e`` = Again 1, Hard 3,
                   Good 4, Easy 5 (after a verdict: override its grade)
``u``              undo the last answer of this session
``q`` or EOF       save and quit (every answer is saved the moment it is given)
``=TEXT``          typed answer TEXT (``=`` keeps ``=5`` or ``=a`` from being keys)
``<<``             a multi-line typed answer (a fixed manifest) up to a line ``.``
any other text     a typed answer, graded automatically
=================  ==========================================================
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import signal
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TextIO

from quizkit.cloze import in_full
from quizkit.errors import QuizkitError
from quizkit.inputs import MAX_RESPONSE_BYTES
from quizkit.notes import Ask, NoteType
from quizkit.session import (
    GRADE_KEYS,
    Command,
    Phase,
    StudySession,
    Summary,
    command_for_key,
    schedule_text,
)
from quizkit.words import plural

if TYPE_CHECKING:
    from prompt_toolkit.application import Application
    from prompt_toolkit.formatted_text import StyleAndTextTuples
    from prompt_toolkit.input import Input
    from prompt_toolkit.lexers import Lexer
    from prompt_toolkit.output import Output

    from quizkit.cli.context import Context
    from quizkit.store.types import AnswerResult, Card

__all__ = [
    "body_fragments",
    "build_app",
    "footer_fragments",
    "header_fragments",
    "highlight_yaml",
    "render_summary",
    "run_lines",
    "run_screen",
    "run_study",
]

ASK_HINTS = {
    Ask.REACHABLE: "Does the request arrive? Answer yes or no.",
    Ask.ENDPOINT: "Which pod and container port answer it? e.g. web-0:8080, or none.",
    Ask.URL: "Type a URL (or HOST:PORT) that reaches the Service from this origin.",
    Ask.REASON: "Why? Answer with the evaluator's reason code.",
    Ask.FIX: "Edit the manifest so that the request arrives.",
}

# -- command line -------------------------------------------------------------


def run_study(args: argparse.Namespace, ctx: Context) -> int:
    """The ``study`` command: open the collection, study, print the summary."""
    out = ctx.out
    command = ctx.command_name()
    with ctx.open() as col:
        first_run = ""
        if col.is_empty():
            report = col.import_decks(None)
            # Two sessions starting at once both find the database empty; only the
            # one whose import added the cards says so.
            if report.added:
                cards = sum(d.cards for d in col.decks())
                first_run = (
                    f"First run: imported {plural(len(report.decks), 'bundled deck')} "
                    f"({cards} cards). Tomorrow `{command} study` picks up where you stop."
                )
        session = StudySession(
            col.learner(ctx.learner_name()),
            clock=ctx.clock,
            deck=args.deck,
            new_cards=args.new,
            limit=args.limit or None,
        )
        interrupted = False
        screen = sys.stdin.isatty() and out.isatty()
        if first_run and screen:
            session.message = first_run  # on the first card, not after the screen closes
        elif first_run:
            print(first_run, file=out)
        try:
            if screen:
                interrupted = run_screen(session)
            else:
                run_lines(session, sys.stdin, out)
        except KeyboardInterrupt:
            interrupted = True
        print(render_summary(session.summary(), command, args.deck), file=out)
    if interrupted:
        print("Interrupted: every answer given is saved.", file=out)
        return 130
    return 0


# -- shared text --------------------------------------------------------------


def _duration(spent: dt.timedelta) -> str:
    seconds = round(spent.total_seconds())
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    return f"{minutes} min {seconds:02d} s"


def _hints(summary: Summary, command: str, deck: str | None) -> list[str]:
    """What would give the learner something to study when nothing is left today."""
    lines = []
    if summary.new_waiting:
        on_deck = f" --deck {deck}" if deck else ""
        lines.append(
            f"{plural(summary.new_waiting, 'new card')} beyond today's limit: "
            f"`{command} study{on_deck} --new {min(summary.new_waiting, 10)}` takes some now."
        )
    if summary.other_decks:
        lines.append(
            f"Cards today in {', '.join(summary.other_decks)}: "
            f"`{command} study --deck {summary.other_decks[0]}`."
        )
    if summary.next_due is not None and not summary.tomorrow:
        lines.append(f"Next cards due on {summary.next_due.strftime('%a %d %b')}.")
    return lines


def render_summary(summary: Summary, command: str = "quizkit", deck: str | None = None) -> str:
    """The end of a session in a few short lines (60 columns)."""
    if summary.reviewed == 0 and summary.left_today == 0:
        lines = ["Nothing to study now: you are done for today."]
    elif summary.reviewed == 0:
        lines = ["Nothing answered this time."]
    else:
        share = summary.share_right or 0.0
        lines = [
            f"Reviewed {plural(summary.reviewed, 'card')} "
            f"({summary.new} new, {plural(summary.repeats, 'repeat')}): "
            f"{share:.0%} right in {_duration(summary.time_spent)}.",
        ]
    lines.append(
        f"Tomorrow: {plural(summary.tomorrow, 'card')} due. "
        f"Streak: {plural(summary.streak_days, 'day')}."
    )
    if summary.left_today:
        on_deck = f" --deck {deck}" if deck else ""
        lines.append(
            f"{plural(summary.left_today, 'card')} left today: run `{command} study{on_deck}`."
        )
    else:
        lines += _hints(summary, command, deck)
    return "\n".join(lines)


_next_due = schedule_text


def _expected(result: AnswerResult) -> str:
    if isinstance(result.expected, list):
        return " | ".join(result.expected)
    return result.expected


def _ask_hint(ask: Ask) -> str:
    if ask is not Ask.REASON:
        return ASK_HINTS[ask]
    try:
        from quizkit.scenarios import REASON_CODES
    except ImportError:  # the scenario module is optional here: the hint just gets shorter
        return ASK_HINTS[ask]
    return f"{ASK_HINTS[ask]} One of: {', '.join(REASON_CODES)}."


def _hanging(label: str, text: str) -> str:
    """``label`` then ``text``, later lines indented three spaces like the transcript."""
    first, *rest = text.splitlines() or [""]
    return "\n".join([label + first, *("   " + line for line in rest)])


def _request(card: Card) -> str:
    from quizkit.scenarios import visible_request

    request = visible_request(card)  # a url card's target is its answer: never shown
    to = request.get("to") or f"Service {request.get('service', '?')}"
    return f"from {request.get('from', '?')} to {to} ({request.get('protocol', 'TCP')})"


# -- the line protocol --------------------------------------------------------


def run_lines(session: StudySession, infile: TextIO, out: TextIO) -> None:
    """Drive ``session`` with the line protocol (module docstring) until it ends."""

    def say(text: str = "") -> None:
        print(text, file=out, flush=True)

    shown: list[tuple[str, int]] = []  # the card last printed, as (id, answers before it)

    def show_card(card: Card) -> None:
        shown[:] = [(card.id, session.answered)]
        c = session.counts
        say(
            f"[{session.answered + 1}/{session.answered + session.left}] {card.deck} · "
            f"new {c.new} · due {c.due} · repeat {c.repeat}"
        )
        if card.type is NoteType.SCENARIO:
            ask = card.ask or Ask.REACHABLE
            say(f"Q ({ask.value}): {card.front}")
            say(f"   request: {_request(card)}")
            say("   manifest:")
            for line in card.manifests.rstrip("\n").splitlines():
                say(f"   | {line}")
            say(f"   {_ask_hint(ask)}" + (" Send it as << ... ." if ask is Ask.FIX else ""))
        else:
            say(f"Q: {card.front}" + (" (again)" if card.queue == "repeat" else ""))
        if card.origin is not None:
            say(f"   source: {card.origin.describe()}")

    def show_answer(card: Card) -> None:
        say(_hanging("A: ", card.back or "(no stored answer: grade yourself)"))
        if card.type is NoteType.CLOZE:
            say(f"   {in_full(card.text)}")

    def typed(text: str) -> None:
        if session.phase is Phase.FEEDBACK:
            session.press("enter")  # text after a verdict answers the next card
            if session.card is None:
                return
            show_card(session.card)
        if session.phase is not Phase.QUESTION:
            say("!! the answer is shown: grade it with 0-5 or a/h/g/e")
            return
        card = session.card
        result = session.submit(text)
        if result is None:
            if session.message:
                say(f"!! {session.message}")
            if card is not None:
                show_answer(card)
            return
        if result.correct is not None:
            say(
                "=> right"
                if result.correct
                else _hanging("=> wrong; expected: ", _expected(result))
            )
        for line in result.feedback.splitlines():
            say(f"   {line}")
        say(f"=> {_next_due(result)}")

    def key(name: str) -> None:
        phase, answered = session.phase, session.answered
        command = command_for_key(name)
        if not session.press(name):
            say(f"!! {session.message}" if command is Command.UNDO else f"!! unknown key {name!r}")
            return
        if command is Command.UNDO:
            say(f"<< {session.message}")
            assert session.card is not None
            show_card(session.card)
        elif command is Command.TOGGLE_TYPING:
            say(f"-- {session.message}")
        elif session.phase is Phase.ANSWER and phase is Phase.QUESTION:
            assert session.card is not None
            show_answer(session.card)
        elif session.answered != answered or (phase is Phase.FEEDBACK and command is Command.GRADE):
            entry = session.history[-1]
            if phase is Phase.QUESTION:
                show_answer(entry.card)  # graded without looking: still show it
            say(f"=> {_next_due(entry.result)}")

    # One more than the limit: a cut line is refused even after its leading "=".
    lines = _bounded_lines(infile, MAX_RESPONSE_BYTES + 1)
    while session.phase is not Phase.DONE:
        card = session.card
        assert card is not None
        if session.phase is Phase.QUESTION and shown != [(card.id, session.answered)]:
            show_card(card)
        raw = next(lines, None)
        if raw is None:
            session.quit()  # EOF: everything answered is saved already
            break
        line = raw.rstrip("\r\n").strip()
        try:
            if line == "<<":
                block: list[str] = []
                size = 0
                for more in lines:
                    if more.rstrip("\r\n") == ".":
                        break
                    if size <= MAX_RESPONSE_BYTES:  # past it, the answer is refused anyway
                        block.append(more.rstrip("\r\n"))
                        size += len(block[-1]) + 1
                else:
                    # Input ended inside the block: a cut-off manifest is not an answer.
                    say("!! the input ended before the line . that closes <<; nothing was answered")
                    session.quit()
                    break
                typed("\n".join(block))
            elif line.startswith("="):
                typed(line[1:])
            elif not line and card.type is NoteType.SCENARIO and session.phase is Phase.QUESTION:
                # A scenario has no answer to reveal: an empty answer is "I don't know",
                # graded wrong with the evaluator's answer shown, as on the screen.
                typed("")
            elif not line:
                key("enter")
            elif command_for_key(line) is not None:
                key(line)
            elif len(line) == 1 and line.isdigit():
                # 6-9 look like grades, not answers: refuse them rather than grade
                # the card as a wrong typed answer.
                say(f"!! {line} is not a grade: grades are 0-5 (send ={line} to answer {line})")
            else:
                typed(line)
        except QuizkitError as exc:
            # The store refused (e.g. a locked database): nothing was saved, so say
            # so and let the learner try the same step again.
            say(f"!! {exc}")


def _bounded_lines(infile: TextIO, limit: int) -> Iterator[str]:
    """The lines of ``infile``, each cut after ``limit + 1`` characters.

    A cut line is still over the answer size limit, so it is refused as too
    long; the rest of it is read and dropped in pieces, so a 50 MB line never
    sits in memory whole.
    """
    while True:
        line = infile.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith("\n"):
            rest = line
            while rest and not rest.endswith("\n"):
                rest = infile.readline(limit)
        yield line


# -- YAML highlighting ----------------------------------------------------------

_YAML_LINE = re.compile(
    r"^(?P<indent>\s*)(?P<dash>(?:-\s+)*)"
    r"(?:(?P<key>[^\s#'\"{}\[\]:][^#:]*?|\"[^\"]*\"|'[^']*')(?P<colon>:)(?=\s|$))?"
    r"(?P<rest>.*)$"
)
_YAML_SCALAR = re.compile(
    r"^(?P<space>\s*)(?P<value>.*?)(?P<comment>\s+#.*)?$",
)
_NUMBER = re.compile(r"^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$")
_CONSTANTS = {"true", "false", "yes", "no", "on", "off", "null", "~"}


def highlight_yaml(line: str) -> StyleAndTextTuples:
    """One line of YAML as prompt-toolkit fragments (keys, strings, numbers, comments).

    A few line-level rules instead of a full parser: manifests in decks are
    plain block YAML, and a wrongly coloured token in a half-edited manifest
    costs nothing, while needing Pygments at run time would.
    """
    stripped = line.strip()
    if stripped.startswith("#"):
        return [("class:yaml.comment", line)]
    if stripped in ("---", "..."):
        return [("class:yaml.separator", line)]
    match = _YAML_LINE.match(line)
    assert match is not None  # the pattern matches every line
    out: StyleAndTextTuples = [("", match["indent"])]
    if match["dash"]:
        out.append(("class:yaml.punct", match["dash"]))
    if match["key"]:
        out.append(("class:yaml.key", match["key"]))
        out.append(("class:yaml.punct", match["colon"]))
    scalar = _YAML_SCALAR.match(match["rest"])
    assert scalar is not None
    value = scalar["value"]
    out.append(("", scalar["space"]))
    if value[:1] in ("'", '"'):
        style = "class:yaml.string"
    elif _NUMBER.match(value):
        style = "class:yaml.number"
    elif value.lower() in _CONSTANTS:
        style = "class:yaml.constant"
    elif value[:1] in ("{", "[", "|", ">"):
        style = "class:yaml.punct"
    else:
        style = "class:yaml.value"
    if value:
        out.append((style, value))
    if scalar["comment"]:
        out.append(("class:yaml.comment", scalar["comment"]))
    return [fragment for fragment in out if fragment[1]]


def _yaml_lexer() -> Lexer:
    from prompt_toolkit.document import Document
    from prompt_toolkit.lexers import Lexer

    class YamlLexer(Lexer):
        def lex_document(self, document: Document) -> Callable[[int], StyleAndTextTuples]:
            lines = document.lines

            def get_line(number: int) -> StyleAndTextTuples:
                return highlight_yaml(lines[number]) if number < len(lines) else []

            return get_line

    return YamlLexer()


# -- the screen ---------------------------------------------------------------

_STYLE = {
    "header": "bold",
    "header.deck": "bold ansicyan",
    "bar.done": "ansigreen",
    "bar.todo": "ansibrightblack",
    "front": "bold",
    "source": "italic ansibrightblack",
    "back": "ansiyellow",
    "rule": "ansibrightblack",
    "right": "bold ansigreen",
    "wrong": "bold ansired",
    "hint": "ansibrightblack",
    "message": "ansimagenta",
    "key": "reverse",
    "feedback": "",
    "yaml.key": "ansiblue bold",
    "yaml.string": "ansigreen",
    "yaml.number": "ansimagenta",
    "yaml.constant": "ansicyan",
    "yaml.comment": "ansibrightblack italic",
    "yaml.punct": "ansibrightblack",
    "yaml.separator": "ansibrightblack",
    "yaml.value": "",
    "answer-label": "bold",
}


def _bar(progress: float, width: int) -> StyleAndTextTuples:
    done = round(progress * width)
    return [("class:bar.done", "█" * done), ("class:bar.todo", "░" * (width - done))]


_WORDS = re.compile(r"\n|[^\S\n]+|[^\s]+")


def _width(text: str) -> int:
    from prompt_toolkit.utils import get_cwidth

    return sum(get_cwidth(ch) for ch in text) if not text.isascii() else len(text)


def wrap_fragments(fragments: StyleAndTextTuples, width: int | None) -> StyleAndTextTuples:
    """``fragments`` with line breaks at spaces so that no line is wider than ``width``.

    prompt-toolkit wraps at the last column, in the middle of a word (`no` /
    `-such-port`, `10.` / `244.0.10`); here a line breaks before the word that does
    not fit, and only a word wider than the whole line is cut.
    """
    if width is None or width < 1:
        return fragments
    out: StyleAndTextTuples = []
    column = 0
    line_start = 0

    def newline() -> None:
        nonlocal column, line_start
        while len(out) > line_start and not out[-1][1].strip():
            out.pop()  # no trailing spaces: they would wrap into a blank line
        out.append(("", "\n"))
        column, line_start = 0, len(out)

    for style, text, *_ in fragments:
        for token in _WORDS.findall(text):
            if token == "\n":
                out.append((style, token))
                column, line_start = 0, len(out)
                continue
            size = _width(token)
            if token.isspace():
                if column + size <= width:
                    out.append((style, token))
                    column += size
                continue
            if column and column + size > width:
                newline()
            while size > width:  # a word longer than the line: cut it
                out.append((style, token[:width]))
                token = token[width:]
                size = _width(token)
                newline()
            if token:
                out.append((style, token))
                column += size
    return out


def header_fragments(session: StudySession, width: int = 60) -> StyleAndTextTuples:
    """Deck, counts and progress in two lines that fit ``width`` columns (at least 60):
    a long deck slug is shortened so the new, due, repeat and left counts stay."""
    c = session.counts
    deck = session.deck or (session.card.deck if session.card else "all decks")
    total = session.answered + session.left
    counts = f"  new {c.new} · due {c.due} · repeat {c.repeat} · left {session.left}"
    room = max(8, width - len(counts))
    if len(deck) > room:
        deck = deck[: room - 1] + "…"
    done = f" {session.answered}/{total}"
    bar = max(10, min(30, width - len(done)))
    return [
        ("class:header.deck", deck),
        ("class:header", counts),
        ("", "\n"),
        *_bar(session.progress, bar),
        ("class:header", done),
    ]


def body_fragments(session: StudySession, width: int | None = None) -> StyleAndTextTuples:
    """The card: question, source, then the answer or verdict; a scenario's manifest last,
    wrapped at spaces to ``width`` columns (None: not wrapped).

    The manifest goes last so that the question, the verdict and the evaluator's path
    are on screen without scrolling, however long the manifest is. After a ``fix``
    answer it is the learner's manifest, the one the verdict is about.
    """
    return wrap_fragments(_body(session), width)


def _body(session: StudySession) -> StyleAndTextTuples:
    card = session.card
    if card is None:
        return []
    label = "(again) " if card.queue == "repeat" else ""
    out: StyleAndTextTuples = [("class:hint", label), ("class:front", card.front), ("", "\n")]
    if card.origin is not None:
        out += [("class:source", f"from {card.origin.describe()}"), ("", "\n")]
    scenario = card.type is NoteType.SCENARIO
    if scenario:
        out += [("class:hint", f"request {_request(card)}"), ("", "\n")]
        if session.phase is Phase.QUESTION:
            out += [("class:answer-label", _ask_hint(card.ask or Ask.REACHABLE)), ("", "\n")]
    if session.phase is Phase.ANSWER:
        out += [("class:rule", "─" * 20), ("", "\n")]
        back = card.back or "(no stored answer for this card: grade yourself)"
        out += [("class:back", back), ("", "\n")]
        if card.type is NoteType.CLOZE:
            out += [("class:source", in_full(card.text)), ("", "\n")]
    elif session.phase is Phase.FEEDBACK and session.result is not None:
        result = session.result
        out += [("class:rule", "─" * 20), ("", "\n")]
        if session.response is not None and "\n" not in session.response:
            out += [("class:hint", "you: "), ("", session.response), ("", "\n")]
        if result.correct:
            out += [("class:right", "✓ right"), ("", "\n")]
        else:
            out += [("class:wrong", "✗ wrong"), ("class:hint", " · expected: ")]
            out += [("class:back", _expected(result)), ("", "\n")]
        if result.feedback:
            out += [("class:feedback", result.feedback), ("", "\n")]
        out += [("class:hint", _next_due(result)), ("", "\n")]
    if scenario and not session.wants_editor():  # the editor holds it while fixing
        manifests = card.manifests
        submitted = session.phase is Phase.FEEDBACK and card.ask is Ask.FIX
        if submitted and session.response is not None:
            manifests = session.response
            out += [("", "\n"), ("class:answer-label", "your manifest:")]
        out += [("", "\n")]
        for line in manifests.rstrip("\n").splitlines():
            out += [*highlight_yaml(line), ("", "\n")]
    return out


def footer_fragments(
    session: StudySession, scroll: str = "", width: int = 60
) -> StyleAndTextTuples:
    """The keys that work now, in one line of at most ``width`` columns.

    ``scroll`` is the arrow hint of a card taller than the screen: ``↓`` at its top,
    ``↑`` at its end, ``↑↓`` in between, empty when it fits. Keys are listed most
    useful first; the last ones give way on a narrow screen.
    """
    card = session.card
    scenario = card is not None and card.type is NoteType.SCENARIO
    if session.wants_editor():
        scroll = ""  # the arrows move in the editor
        pairs = [("Alt-Enter", "submit"), ("Esc", "keys"), ("Ctrl-S", "submit")]
    elif session.wants_text():
        extra = [] if scenario else [("Ctrl-T", "typing off")]
        pairs = [("Enter", "check"), ("Esc", "keys"), *extra, ("Ctrl-C", "quit")]
    elif session.phase is Phase.ANSWER:
        pairs = [("a", "again"), ("h", "hard"), ("g/Enter", "good"), ("e", "easy")]
    elif session.phase is Phase.FEEDBACK:
        pairs = [("Enter", "next"), ("0-5", "override"), ("u", "undo"), ("q", "quit")]
    elif session.keys_mode:
        pairs = [("Tab", "answer"), ("0-5", "grade"), ("u", "undo"), ("q", "quit")]
        if not scenario:
            pairs.insert(1, ("Space", "show"))
    else:
        typing = "typing off" if session.typing else "type"
        pairs = [("Space", "show"), ("0-5", "grade"), ("t", typing), ("u", "undo"), ("q", "quit")]
    if scroll:
        pairs.append((scroll, "more"))
    while len(pairs) > 1 and sum(len(k) + len(w) + 3 for k, w in pairs) > width:
        pairs.pop(-2 if scroll else -1)
    out: StyleAndTextTuples = []
    for key, what in pairs:
        out += [("class:key", key), ("class:hint", f" {what}  ")]
    return out


def message_fragments(session: StudySession, width: int | None = None) -> StyleAndTextTuples:
    """The session's last message and, when keys act although typing is on, a line
    saying so."""
    lines = [line for line in (session.message, session.mode_note()) if line]
    return wrap_fragments([("class:message", "\n".join(lines))], width)


def build_app(
    session: StudySession, input: Input | None = None, output: Output | None = None
) -> Application[bool]:
    """The study screen over ``session``; ``run()`` returns True when interrupted (Ctrl-C)."""
    from prompt_toolkit.application import Application, get_app
    from prompt_toolkit.filters import Condition
    from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
    from prompt_toolkit.layout import (
        ConditionalContainer,
        HSplit,
        Layout,
        ScrollablePane,
        Window,
    )
    from prompt_toolkit.layout.controls import FormattedTextControl
    from prompt_toolkit.layout.dimension import Dimension
    from prompt_toolkit.layout.margins import ScrollbarMargin
    from prompt_toolkit.layout.mouse_handlers import MouseHandlers
    from prompt_toolkit.layout.screen import Screen, WritePosition
    from prompt_toolkit.output import ColorDepth
    from prompt_toolkit.styles import Style
    from prompt_toolkit.widgets import TextArea

    typing_line = Condition(lambda: session.wants_text() and not session.wants_editor())
    editing = Condition(session.wants_editor)
    keys_active = ~(typing_line | editing)

    def columns() -> int:
        return max(20, get_app().output.get_size().columns)

    # The body is wrapped one column short of the screen: room for the scroll bar.
    body = Window(
        FormattedTextControl(
            lambda: body_fragments(session, columns() - 1), focusable=True, show_cursor=False
        ),
        wrap_lines=True,
    )
    # Where the last drawing left the card: rows below the pane (0: it fits) and
    # the scroll offset, for the scroll bar and the footer's arrow hint.
    scroll_state = {"end": 0, "at": 0}

    def overflowing() -> bool:
        return scroll_state["end"] > 0

    def scroll_hint() -> str:
        end, at = scroll_state["end"], scroll_state["at"]
        if end <= 0:
            return ""
        return "↓" if at <= 0 else "↑" if at >= end else "↑↓"

    class Pane(ScrollablePane):
        """A scrollable pane that never scrolls past its content's end.

        prompt-toolkit clamps the scroll only while a window inside has the focus;
        here the answer line outside it often has.
        """

        def write_to_screen(
            self,
            screen: Screen,
            mouse_handlers: MouseHandlers,
            write_position: WritePosition,
            parent_style: str,
            erase_bg: bool,
            z_index: int | None,
        ) -> None:
            width = write_position.width - 1
            content = self.content.preferred_height(width, self.max_available_height).preferred
            end = max(0, content - write_position.height)
            self.vertical_scroll = max(0, min(self.vertical_scroll, end))
            scroll_state.update(end=end, at=self.vertical_scroll)
            super().write_to_screen(
                screen, mouse_handlers, write_position, parent_style, erase_bg, z_index
            )

    pane = Pane(
        HSplit([body]),
        keep_cursor_visible=False,
        keep_focused_window_visible=False,
        show_scrollbar=Condition(overflowing),
        # prompt-toolkit draws both arrows whatever the position (a "v" still shown
        # at the end); the footer's `↑ more` / `↓ more` says which way there is more.
        display_arrows=False,
    )
    last_card: list[object] = [None]

    def sync() -> None:
        """Focus what the card on show needs, after every key."""
        if session.phase is Phase.DONE:
            if app.is_running:
                app.exit(result=False)
            return
        card = session.card
        key = (card.id if card else None, session.answered)
        if key != last_card[0]:
            last_card[0] = key
            pane.vertical_scroll = 0
            if session.wants_editor() and card is not None:
                editor.text = card.manifests
        if session.wants_editor():
            app.layout.focus(editor)
        elif session.wants_text():
            app.layout.focus(answer_line)
        else:
            app.layout.focus(body)

    def guarded(action: Callable[[], object]) -> None:
        try:
            action()
        except QuizkitError as exc:
            # Nothing was saved (the store refused): show why and stay on the card.
            session.message = str(exc)
        sync()

    def accept_line(buffer: Any) -> bool:
        guarded(lambda: session.submit(buffer.text))
        return False  # clear the line

    answer_line = TextArea(
        multiline=False, prompt="answer> ", accept_handler=accept_line, style="class:answer"
    )
    editor = TextArea(
        multiline=True,
        lexer=_yaml_lexer(),
        line_numbers=True,
        height=Dimension(min=5, preferred=16),
    )
    # A scroll bar without the arrows TextArea(scrollbar=True) draws: both stay on
    # whatever the position, like the card's (see the pane above).
    editor.window.right_margins = [ScrollbarMargin(display_arrows=False)]

    kb = KeyBindings()

    def bind_key(name: str, *keys: str) -> None:
        @kb.add(*keys, filter=keys_active)
        def _(event: KeyPressEvent) -> None:
            guarded(lambda: session.press(name))

    bind_key("enter", "enter")
    bind_key("space", " ")
    for key in [*GRADE_KEYS, "u", "t", "q"]:
        bind_key(key, key)

    @kb.add("c-t", filter=typing_line | editing)
    def _(event: KeyPressEvent) -> None:
        guarded(session.toggle_typing)

    # Esc leaves the answer field or the editor, so the keys work again; Tab (or
    # Space on a scenario) goes back. Alt-Enter arrives as Esc, Enter: the editor's
    # binding for it is longer, so it still wins when Enter follows at once.
    @kb.add("escape", filter=typing_line | editing)
    def _(event: KeyPressEvent) -> None:
        guarded(session.leave_field)

    @kb.add("tab", filter=keys_active)
    def _(event: KeyPressEvent) -> None:
        guarded(session.open_field)

    @kb.add("c-z")
    def _(event: KeyPressEvent) -> None:
        # Ctrl-Z suspends as in any terminal program (never a ^Z in the answer).
        if hasattr(signal, "SIGTSTP"):
            event.app.suspend_to_background()

    @kb.add("escape", "enter", filter=editing)
    @kb.add("c-s", filter=editing)
    def _(event: KeyPressEvent) -> None:
        guarded(lambda: session.submit(editor.text))

    # Scrolling works beside the answer line too (a scenario's manifest can be long);
    # only the manifest editor keeps these keys for itself.
    @kb.add("pagedown", filter=~editing)
    @kb.add("down", filter=~editing)
    @kb.add("j", filter=keys_active)
    def _(event: KeyPressEvent) -> None:
        step = 10 if event.key_sequence[0].key == "pagedown" else 1
        pane.vertical_scroll += step

    @kb.add("pageup", filter=~editing)
    @kb.add("up", filter=~editing)
    @kb.add("k", filter=keys_active)
    def _(event: KeyPressEvent) -> None:
        step = 10 if event.key_sequence[0].key == "pageup" else 1
        pane.vertical_scroll = max(0, pane.vertical_scroll - step)

    # Ctrl-D is end of input, as in a shell and in the line protocol: save and quit like
    # q, wherever it would delete no character (the keys, or an empty answer line; the
    # manifest editor keeps it for deleting).
    answer_empty = Condition(lambda: not answer_line.text)

    @kb.add("c-d", filter=keys_active | (typing_line & answer_empty))
    def _(event: KeyPressEvent) -> None:
        guarded(session.quit)

    @kb.add("c-c")
    def _(event: KeyPressEvent) -> None:
        # Every answer is already saved: Ctrl-C only ends the session.
        session.quit()
        event.app.exit(result=True)

    root = HSplit(
        [
            Window(FormattedTextControl(lambda: header_fragments(session, columns())), height=2),
            Window(height=1, char="─", style="class:rule"),
            pane,
            ConditionalContainer(answer_line, filter=typing_line),
            ConditionalContainer(editor, filter=editing),
            Window(
                FormattedTextControl(lambda: message_fragments(session, columns())),
                height=Dimension(max=3),
                wrap_lines=True,
            ),
            Window(
                FormattedTextControl(lambda: footer_fragments(session, scroll_hint(), columns())),
                height=1,
            ),
        ]
    )
    app: Application[bool] = Application(
        layout=Layout(root, focused_element=body),
        key_bindings=kb,
        style=Style.from_dict(_STYLE),
        full_screen=True,
        # NO_COLOR (no-color.org) keeps bold, italic and reverse, which still mark
        # keys, sources and grades; prompt-toolkit honours it only for outputs it creates.
        color_depth=ColorDepth.DEPTH_1_BIT if os.environ.get("NO_COLOR") else None,
        input=input,
        output=output,
    )
    # Short escape timeouts: Alt-Enter arrives as Escape, Enter in one read. A lone
    # Esc (leave the answer line) must not wait a second for a key to pair with:
    # prompt-toolkit's default would read Esc then `u` as Alt-U (upper-case a word).
    app.ttimeoutlen = 0.05
    app.timeoutlen = 0.1
    sync()
    return app


def run_screen(
    session: StudySession, input: Input | None = None, output: Output | None = None
) -> bool:
    """Run the study screen until the session ends; True when interrupted with Ctrl-C."""
    if session.phase is Phase.DONE:
        return False
    return bool(build_app(session, input=input, output=output).run())

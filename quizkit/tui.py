"""``quizkit study``: the daily quiz in a terminal (prompt-toolkit), or over a pipe.

The screen and the line protocol are two shells around one
:class:`~quizkit.session.StudySession`; neither decides anything about cards
or grades. prompt-toolkit is imported inside functions only, so ``import
quizkit.tui`` (done by the CLI at start-up) stays cheap.

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
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from quizkit.clock import utcnow
from quizkit.cloze import in_full
from quizkit.deckfile import Ask, NoteType
from quizkit.errors import QuizkitError
from quizkit.session import GRADE_KEYS, Command, Phase, StudySession, Summary, command_for_key

if TYPE_CHECKING:
    from prompt_toolkit.application import Application
    from prompt_toolkit.formatted_text import StyleAndTextTuples
    from prompt_toolkit.input import Input
    from prompt_toolkit.lexers import Lexer
    from prompt_toolkit.output import Output

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

GRADE_NAMES = {0: "Blackout", 1: "Again", 2: "Wrong", 3: "Hard", 4: "Good", 5: "Easy"}

ASK_HINTS = {
    Ask.REACHABLE: "Does the request arrive? Answer yes or no.",
    Ask.ENDPOINT: "Which pod and container port answer it? e.g. web-0:8080, or none.",
    Ask.URL: "Type a URL (or HOST:PORT) that reaches the Service from this origin.",
    Ask.REASON: "Why? Answer with the evaluator's reason code.",
    Ask.FIX: "Edit the manifest so that the request arrives.",
}

# -- command line -------------------------------------------------------------


def run_study(args: argparse.Namespace) -> int:
    """The ``study`` command: open the collection, study, print the summary."""
    from quizkit.cli import _learner_name, _open

    out = sys.stdout
    with _open(args) as col:
        if col.is_empty():
            report = col.import_decks(None)
            cards = sum(d.cards for d in col.decks())
            print(
                f"First run: imported {len(report.decks)} bundled deck"
                f"{'s' if len(report.decks) != 1 else ''} ({cards} cards). "
                "Tomorrow `quizkit study` picks up where you stop.",
                file=out,
            )
        session = StudySession(
            col.learner(_learner_name(args)),
            clock=utcnow,
            deck=args.deck,
            new_cards=args.new,
            limit=args.limit or None,
        )
        interrupted = False
        try:
            if sys.stdin.isatty() and out.isatty():
                interrupted = run_screen(session)
            else:
                run_lines(session, sys.stdin, out)
        except KeyboardInterrupt:
            interrupted = True
        print(render_summary(session.summary()), file=out)
    if interrupted:
        print("Interrupted: every answer given is saved.", file=out)
        return 130
    return 0


# -- shared text --------------------------------------------------------------


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _duration(spent: dt.timedelta) -> str:
    seconds = round(spent.total_seconds())
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    return f"{minutes} min {seconds:02d} s"


def render_summary(summary: Summary) -> str:
    """The end of a session in a few short lines (60 columns)."""
    if summary.reviewed == 0 and summary.left_today == 0:
        lines = ["Nothing to study now: you are done for today."]
    elif summary.reviewed == 0:
        lines = ["Nothing answered this time."]
    else:
        share = summary.share_right or 0.0
        lines = [
            f"Reviewed {_plural(summary.reviewed, 'card')} "
            f"({summary.new} new, {_plural(summary.repeats, 'repeat')}): "
            f"{share:.0%} right in {_duration(summary.time_spent)}.",
        ]
    lines.append(
        f"Tomorrow: {_plural(summary.tomorrow, 'card')} due. "
        f"Streak: {_plural(summary.streak_days, 'day')}."
    )
    if summary.left_today:
        lines.append(f"{_plural(summary.left_today, 'card')} left today: run `quizkit study`.")
    return "\n".join(lines)


def _next_due(result: AnswerResult) -> str:
    grade = f"{GRADE_NAMES[result.grade]} ({result.grade})"
    if result.repeat or result.grade < 4:
        later = "again later today" if result.grade < 4 else "done for today"
        if not result.repeat:
            later += f", then in {_plural(result.interval, 'day')}"
        return f"{grade}: {later}"
    return f"{grade}: next in {_plural(result.interval, 'day')} ({result.due.isoformat()})"


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
    protocol = card.request.get("protocol", "TCP")
    return f"from {card.request.get('from', '?')} to {card.request.get('to', '?')} ({protocol})"


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

    lines = iter(infile)
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
                for more in lines:
                    if more.rstrip("\r\n") == ".":
                        break
                    block.append(more.rstrip("\r\n"))
                typed("\n".join(block))
            elif line.startswith("="):
                typed(line[1:])
            elif not line:
                key("enter")
            elif command_for_key(line) is not None:
                key(line)
            else:
                typed(line)
        except QuizkitError as exc:
            # The store refused (e.g. a locked database): nothing was saved, so say
            # so and let the learner try the same step again.
            say(f"!! {exc}")


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


def header_fragments(session: StudySession) -> StyleAndTextTuples:
    c = session.counts
    deck = session.deck or (session.card.deck if session.card else "all decks")
    total = session.answered + session.left
    return [
        ("class:header.deck", deck),
        ("class:header", f"  new {c.new} · due {c.due} · repeat {c.repeat} · left {session.left}"),
        ("", "\n"),
        *_bar(session.progress, 30),
        ("class:header", f" {session.answered}/{total}"),
    ]


def body_fragments(session: StudySession) -> StyleAndTextTuples:
    """The card: question, source, then the answer or verdict; a scenario's manifest last.

    The manifest goes last so that the question, the verdict and the evaluator's path
    are on screen without scrolling, however long the manifest is.
    """
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
        out += [("", "\n")]
        for line in card.manifests.rstrip("\n").splitlines():
            out += [*highlight_yaml(line), ("", "\n")]
    return out


def footer_fragments(session: StudySession, scrollable: bool = False) -> StyleAndTextTuples:
    """The keys that work now, in one line of at most 60 columns."""

    def keys(*pairs: tuple[str, str]) -> StyleAndTextTuples:
        out: StyleAndTextTuples = []
        for key, what in [*pairs, *([("↑↓", "more")] if scrollable else [])]:
            out += [("class:key", key), ("class:hint", f" {what}  ")]
        return out

    if session.wants_editor():
        scrollable = False  # the arrows move in the editor
        return keys(("Alt-Enter", "submit"), ("Ctrl-S", "submit"), ("Ctrl-C", "quit"))
    if session.wants_text():
        can_toggle = session.card is not None and session.card.type is not NoteType.SCENARIO
        extra = [("Ctrl-T", "typing off")] if can_toggle else []
        return keys(("Enter", "check"), *extra, ("Ctrl-C", "save+quit"))
    if session.phase is Phase.ANSWER:
        return keys(("a", "again"), ("h", "hard"), ("g/Enter", "good"), ("e", "easy"))
    if session.phase is Phase.FEEDBACK:
        return keys(("Enter", "next"), ("0-5", "override"), ("u", "undo"), ("q", "quit"))
    return keys(("Space", "show"), ("0-5", "grade"), ("t", "type"), ("u", "undo"), ("q", "quit"))


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
    from prompt_toolkit.layout.mouse_handlers import MouseHandlers
    from prompt_toolkit.layout.screen import Screen, WritePosition
    from prompt_toolkit.output import ColorDepth
    from prompt_toolkit.styles import Style
    from prompt_toolkit.widgets import TextArea

    typing_line = Condition(lambda: session.wants_text() and not session.wants_editor())
    editing = Condition(session.wants_editor)
    keys_active = ~(typing_line | editing)

    body = Window(
        FormattedTextControl(lambda: body_fragments(session), focusable=True, show_cursor=False),
        wrap_lines=True,
    )

    def overflowing() -> bool:
        # Show the scroll bar only when the card is taller than its room (about the
        # screen less header, rule, input and footer); lines wrap at the width.
        size = get_app().output.get_size()
        width = max(1, size.columns - 1)
        text = "".join(fragment[1] for fragment in body_fragments(session))
        rows = sum(max(1, -(-len(line) // width)) for line in text.split("\n"))
        return rows > size.rows - 7

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
            width = write_position.width - (1 if self.show_scrollbar() else 0)
            content = self.content.preferred_height(width, self.max_available_height).preferred
            end = max(0, content - write_position.height)
            self.vertical_scroll = max(0, min(self.vertical_scroll, end))
            super().write_to_screen(
                screen, mouse_handlers, write_position, parent_style, erase_bg, z_index
            )

    pane = Pane(
        HSplit([body]),
        keep_cursor_visible=False,
        keep_focused_window_visible=False,
        show_scrollbar=Condition(overflowing),
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
        scrollbar=True,
        line_numbers=True,
        height=Dimension(min=5, preferred=16),
    )

    kb = KeyBindings()

    def bind_key(name: str, *keys: str) -> None:
        @kb.add(*keys, filter=keys_active)
        def _(event: KeyPressEvent) -> None:
            guarded(lambda: session.press(name))

    bind_key("enter", "enter")
    bind_key("space", " ")
    for key in [*GRADE_KEYS, "u", "t", "q"]:
        bind_key(key, key)

    @kb.add("c-t", filter=typing_line)
    def _(event: KeyPressEvent) -> None:
        guarded(session.toggle_typing)

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

    @kb.add("c-c")
    def _(event: KeyPressEvent) -> None:
        # Every answer is already saved: Ctrl-C only ends the session.
        session.quit()
        event.app.exit(result=True)

    root = HSplit(
        [
            Window(FormattedTextControl(lambda: header_fragments(session)), height=2),
            Window(height=1, char="─", style="class:rule"),
            pane,
            ConditionalContainer(answer_line, filter=typing_line),
            ConditionalContainer(editor, filter=editing),
            Window(
                FormattedTextControl(lambda: [("class:message", session.message)]),
                height=Dimension(max=2),
                wrap_lines=True,
            ),
            Window(
                FormattedTextControl(lambda: footer_fragments(session, overflowing())), height=1
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
    # Short escape timeout: Alt-Enter arrives as Escape, Enter.
    app.ttimeoutlen = 0.05
    sync()
    return app


def run_screen(
    session: StudySession, input: Input | None = None, output: Output | None = None
) -> bool:
    """Run the study screen until the session ends; True when interrupted with Ctrl-C."""
    if session.phase is Phase.DONE:
        return False
    return bool(build_app(session, input=input, output=output).run())

"""The ``quizkit`` command: a thin layer over the library.

Each command parses its arguments, calls one library function and prints the
result. Any :class:`~quizkit.QuizkitError` becomes one line on stderr and exit
status 2; so do usage errors. ``main(argv) -> int`` so tests call it directly.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import getpass
import json
import os
import shutil
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any, NoReturn

from quizkit import __version__
from quizkit.errors import DeckError, QuizkitError, UsageError
from quizkit.inputs import check_text, encoding_problem, one_line

__all__ = ["build_parser", "command_name", "entry_point", "main"]

EXIT_OK = 0
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so every bad input is one line and exit 2."""

    def error(self, message: str) -> NoReturn:
        # main() prints the "quizkit: error: " prefix; the command's name goes in the hint.
        raise UsageError(f"{message} (see {self.prog} --help)")


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=None))


def _learner_name(args: argparse.Namespace) -> str:
    if args.learner is not None:
        if not args.learner.strip():
            raise UsageError("--learner is empty; give a name, or leave --learner out")
        return str(args.learner)
    env = os.environ.get("QUIZKIT_LEARNER")
    if env:
        # Decoded from bytes with surrogateescape: refuse what is not UTF-8 here, by name.
        return check_text(env, "QUIZKIT_LEARNER")
    try:
        return getpass.getuser()
    except Exception:  # no user name on this system (e.g. a container without passwd)
        return "default"


def command_name(argv0: str | None = None) -> str:
    """How the learner runs quizkit, for messages that say what to run next.

    ``quizkit`` when that is what the shell finds; else the path as typed
    (``.venv/bin/quizkit`` right after the quick start); ``python -m quizkit``.
    """
    argv0 = sys.argv[0] if argv0 is None and sys.argv else (argv0 or "")
    if argv0.endswith("__main__.py"):
        return "python -m quizkit"
    if os.path.basename(argv0) != "quizkit":
        return "quizkit"
    found = shutil.which("quizkit")
    try:
        if found and os.path.samefile(found, argv0):
            return "quizkit"
    except OSError:
        pass
    return argv0


def _open(args: argparse.Namespace) -> Any:
    import quizkit

    if args.db is not None and not args.db.strip():
        raise UsageError("--db is empty; give a file path or an SQLAlchemy URL, or leave it out")
    if args.db is not None and _is_memory(args.db):
        raise UsageError(
            f"--db {args.db} is an in-memory database, forgotten when the command ends; "
            "give a file path such as study.db"
        )
    return quizkit.open(args.db)


def _is_memory(db: str) -> bool:
    """Whether ``db`` names an SQLite in-memory database (``sqlite://``, ``:memory:``)."""
    if db.strip() == ":memory:":
        return True
    if not db.startswith("sqlite"):
        return False
    # Here, not at the top: the CLI starts without SQLAlchemy (quizkit.open loads it next).
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        database = make_url(db).database
    except ArgumentError:
        return False  # quizkit.open says what is wrong with it
    return database in (None, "", ":memory:") or "mode=memory" in db


# -- commands -----------------------------------------------------------------


def _cmd_import(args: argparse.Namespace) -> int:
    with _open(args) as col:
        report = col.import_decks(args.decks or None)
    for deck in report.decks:
        print(
            f"{deck.deck}: {deck.added} added, {deck.updated} updated, "
            f"{deck.unchanged} unchanged, {deck.retired} retired"
        )
    print(
        f"total: {report.added} added, {report.updated} updated, "
        f"{report.unchanged} unchanged, {report.retired} retired"
    )
    return EXIT_OK


def _cmd_decks(args: argparse.Namespace) -> int:
    with _open(args) as col:
        infos = col.decks()
    if args.json:
        _print_json([info.to_json() for info in infos])
        return EXIT_OK
    if not infos:
        print(f"no decks yet: run `{command_name()} import` to add the bundled decks")
        return EXIT_OK
    width = max(len("deck"), *(len(i.slug) for i in infos))
    # A "retired" column only when some deck has retired notes (after a re-import).
    retired = any(i.retired_notes for i in infos)
    rows = [("deck", "notes", "cards", "retired", "title")]
    rows += [(i.slug, str(i.notes), str(i.cards), str(i.retired_notes), i.title) for i in infos]
    for slug, notes, cards, gone, title in rows:
        gone = f"  {gone:>7}" if retired else ""
        print(f"{slug:<{width}}  {notes:>5}  {cards:>5}{gone}  {title}")
    return EXIT_OK


def _cmd_next(args: argparse.Namespace) -> int:
    with _open(args) as col:
        if col.is_empty():
            col.import_decks(None)
        me = col.learner(_learner_name(args))
        card = me.next_card(deck=args.deck)
        counts = me.counts(deck=args.deck)
    if args.json:
        _print_json(
            {"card": card.to_json() if card else None, "due": counts.due, "new": counts.new}
        )
        return EXIT_OK
    if card is None:
        print(f"nothing left to study today ({counts.due} due, {counts.new} new)")
        return EXIT_OK
    print(f"{card.id}  [{card.queue}]")
    print(card.front)
    return EXIT_OK


def _cmd_answer(args: argparse.Namespace) -> int:
    with _open(args) as col:
        me = col.learner(_learner_name(args))
        result = me.answer(args.card_id, grade=args.grade, response=args.response)
    # The answer is committed: a failure from here on must say so, or a script
    # that retries on an error would answer twice.
    try:
        if args.json:
            _print_json(result.to_json())
            return EXIT_OK
        verdict = {True: "right", False: "wrong", None: "self-graded"}[result.correct]
        days = f"{result.interval} day{'' if result.interval == 1 else 's'}"
        when = f"next in {days} on {result.due.isoformat()}"
        if result.repeat:
            when = f"same-day repeat: the schedule stays ({when})"
        print(f"{result.card}: {verdict}, grade {result.grade}, {when}")
        if result.feedback:
            print(result.feedback)
        sys.stdout.flush()  # a full disk shows here, not after this message could be given
    except OSError as exc:
        raise QuizkitError(
            f"the answer was saved (grade {result.grade}), but its result could not be "
            f"printed: {exc.strerror or exc}; do not send it again"
        ) from None
    return EXIT_OK


def _cmd_stats(args: argparse.Namespace) -> int:
    with _open(args) as col:
        me = col.learner(_learner_name(args))
        stats = me.stats()
    if args.json:
        _print_json(stats.to_json())
        return EXIT_OK
    from quizkit.report import render_stats

    width = shutil.get_terminal_size((80, 24)).columns
    print(render_stats(stats, color=_use_color(), width=width))
    return EXIT_OK


def _use_color() -> bool:
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _grade(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"grade must be an integer from 0 to 5, not {text!r}"
        ) from None
    if not 0 <= value <= 5:
        raise argparse.ArgumentTypeError(f"grade must be an integer from 0 to 5, not {value}")
    return value


# -- parser -------------------------------------------------------------------

_Register = Callable[[Any], None]


def _feature_commands() -> list[_Register]:
    """Commands whose modules live beside their feature (each keeps its imports lazy)."""
    from importlib import import_module

    features = [
        ("quizkit.build.cli", "add_build_parser"),
        ("quizkit.study_cli", "add_study_parser"),
        ("quizkit.routing.cli", "add_route_parser"),
        ("quizkit.export_cli", "add_export_parser"),
    ]
    return [getattr(import_module(module), name) for module, name in features]


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="quizkit",
        description="Spaced-repetition decks from technical documents.",
        epilog="Database: --db, else QUIZKIT_DB, else quizkit.db in the user data folder. "
        "Learner: --learner, else QUIZKIT_LEARNER, else your user name.",
    )
    parser.add_argument("--version", action="version", version=f"quizkit {__version__}")
    parser.add_argument("--db", metavar="URL", help="SQLAlchemy URL or file path of the database")
    parser.add_argument("--learner", metavar="NAME", help="who is studying")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    p = sub.add_parser(
        "import",
        help="import deck files into the database",
        description="Import deck files or folders (default: the bundled decks). "
        "Idempotent; prints notes added, updated, unchanged and retired.",
    )
    p.add_argument("decks", nargs="*", metavar="DECK", help="deck file or folder")
    p.set_defaults(func=_cmd_import)

    p = sub.add_parser(
        "decks",
        help="list the decks in the database",
        description="List the decks in the database with note and card counts.",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_cmd_decks)

    p = sub.add_parser(
        "next",
        help="show the next card to study (for scripts)",
        description="Show the next card to study. With --json: "
        '{"card": {...} or null, "due": N, "new": N}.',
    )
    p.add_argument("--deck", metavar="SLUG", help="only this deck")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_cmd_next)

    p = sub.add_parser(
        "answer",
        help="answer one card (for scripts)",
        description="Answer one card with a grade (0-5) or a typed response.",
    )
    p.add_argument("card_id", metavar="CARD_ID", help="DECK/NOTE-ID[:reverse|:cN]")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--grade", type=_grade, metavar="Q", help="self-assessed grade 0-5")
    how.add_argument("--response", metavar="TEXT", help="a typed answer, graded automatically")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_cmd_answer)

    p = sub.add_parser(
        "stats",
        help="due today, forecast, reviews, retention, streak",
        description="Statistics for the learner: due today, a 7-day forecast, "
        "reviews, retention over 30 days and the streak.",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_cmd_stats)

    for register in _feature_commands():
        register(sub)
    return parser


# Arguments that name files: bytes that are not UTF-8 are a valid file name on
# POSIX, so they stay (Path keeps them through surrogateescape). The import
# command's DECK arguments are files too; export's --deck values are slugs.
_PATH_ARGS = frozenset({"file", "sources", "out", "output"})


def _check_arguments(args: argparse.Namespace) -> None:
    """Refuse text arguments that are not UTF-8, by option name, before any work.

    Python decodes argv with surrogateescape, so such bytes arrive as lone
    surrogates that no database can store and no terminal can print.
    """
    for key, value in vars(args).items():
        if key in _PATH_ARGS or (key == "decks" and args.command == "import"):
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                problem = encoding_problem(item)
                if problem is not None:
                    name = "--" + key.replace("_", "-") if key != "card_id" else "CARD_ID"
                    raise UsageError(f"{name} {problem}; pass UTF-8 text")


def _print_anyway(exc: UnicodeError) -> tuple[str | bytes, int]:
    """Codec error handler: an undecodable byte kept by surrogateescape (U+DC80..U+DCFF)
    is written back as that byte, as surrogateescape does; anything else that cannot
    be encoded (a lone surrogate from a manifest) as a backslash escape."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    try:
        return _SURROGATEESCAPE(exc)
    except UnicodeError:
        return codecs.backslashreplace_errors(exc)


_SURROGATEESCAPE = codecs.lookup_error("surrogateescape")


codecs.register_error("quizkit-print", _print_anyway)


@contextlib.contextmanager
def _printable_output() -> Iterator[None]:
    """stdout and stderr that print any text: a lone surrogate (a manifest's
    ``"\\ud800"``) is written as ``\\ud800`` instead of raising mid-output, which
    in JSON is the same character, escaped."""
    saved: list[tuple[Any, str]] = []
    for stream in (sys.stdout, sys.stderr):
        errors = getattr(stream, "errors", None)
        if hasattr(stream, "reconfigure") and errors in ("strict", "surrogateescape"):
            stream.reconfigure(errors="quizkit-print")
            saved.append((stream, errors))
    try:
        yield
    finally:
        for stream, errors in saved:
            stream.reconfigure(errors=errors)


def _error_lines(exc: QuizkitError) -> list[str]:
    """One line per problem: a deck file with several mistakes shows every one."""
    if isinstance(exc, DeckError) and len(exc.problems) > 1:
        return [str(problem) for problem in exc.problems]
    return [str(exc)]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    with _printable_output():
        return _run(argv)


def _run(argv: Sequence[str] | None) -> int:
    try:
        args = build_parser().parse_args(argv)
        _check_arguments(args)
        status: int = args.func(args)
        return status
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    except QuizkitError as exc:
        # One line per problem, whatever the message holds: a name with a newline
        # or a bidi control cannot forge a second line or reorder this one.
        for line in _error_lines(exc):
            print(f"quizkit: error: {one_line(line)}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("quizkit: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # A reader such as `head` closed the pipe: nothing more to say.
        sys.stderr.close()
        return EXIT_OK
    except OSError as exc:
        # Files and databases fail as QuizkitErrors; what is left is mostly the
        # output itself (a full disk under `> file`), which has no file name.
        where = f"{exc.filename}" if exc.filename else "cannot write the output"
        print(f"quizkit: error: {one_line(where)}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE


def entry_point() -> NoReturn:
    sys.exit(main())

"""The ``quizkit`` command: a thin layer over the library.

Each command parses its arguments, calls one library function and prints the
result. Any :class:`~quizkit.QuizkitError` becomes one line on stderr and exit
status 2; so do usage errors. ``main(argv) -> int`` so tests call it directly.

:data:`COMMANDS` is the one list of commands. ``quizkit --help`` lists them from
it without importing any; the module of a command is imported when that command
is chosen (its ``configure`` adds the options and the handler), so starting one
command never loads another's libraries. A handler is ``run(args, ctx) -> int``
with a :class:`~quizkit.cli.context.Context` (database, learner, clock, output).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NoReturn

from quizkit import __version__
from quizkit.cli.context import Context, command_name
from quizkit.cli.streams import printable_output
from quizkit.clock import utcnow
from quizkit.errors import DeckError, QuizkitError, SourceError, UsageError
from quizkit.inputs import encoding_problem, one_line

__all__ = ["COMMANDS", "Command", "Context", "build_parser", "command_name", "entry_point", "main"]

EXIT_OK = 0
EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace, Context], int]


@dataclass(frozen=True)
class Command:
    """One command: its name, where its options and handler are, its line in ``--help``.

    ``configure`` is ``"module:function"``; the function takes the command's
    ``ArgumentParser``, sets its description, adds its options and sets
    ``func`` to the handler (``parser.set_defaults(func=run)``).
    """

    name: str
    configure: str
    help: str


COMMANDS: tuple[Command, ...] = (
    Command(
        "import",
        "quizkit.cli.collection:configure_import",
        "import deck files into the database",
    ),
    Command("decks", "quizkit.cli.collection:configure_decks", "list the decks in the database"),
    Command(
        "next",
        "quizkit.cli.collection:configure_next",
        "show the next card to study (for scripts)",
    ),
    Command("answer", "quizkit.cli.collection:configure_answer", "answer one card (for scripts)"),
    Command(
        "stats",
        "quizkit.cli.collection:configure_stats",
        "due today, forecast, reviews, retention, streak",
    ),
    Command("build", "quizkit.cli.build:configure", "build deck files from Markdown documents"),
    Command(
        "study",
        "quizkit.cli.study:configure",
        "the daily quiz (prompt-toolkit; plain lines when piped)",
    ),
    Command(
        "route",
        "quizkit.cli.route:configure",
        "evaluate a request against Kubernetes Service manifests",
    ),
    Command("export", "quizkit.cli.export:configure", "export decks to other programs (Anki)"),
)


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so every bad input is one line and exit 2."""

    def error(self, message: str) -> NoReturn:
        # main() prints the "quizkit: error: " prefix; the command's name goes in the hint.
        raise UsageError(f"{message} (see {self.prog} --help)")


if TYPE_CHECKING:
    _SubParsers = argparse._SubParsersAction[argparse.ArgumentParser]
else:
    _SubParsers = argparse._SubParsersAction


class _Commands(_SubParsers):
    """The ``COMMAND`` argument: the chosen command's module is imported and its
    options added just before argparse parses the rest of the line with them."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._configured: set[str] = set()  # a parser may parse several command lines

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        # The command's name and the rest of the line; argparse has checked the
        # name against the choices before calling this.
        assert isinstance(values, list)
        name = values[0]
        if name not in self._configured:
            module, function = _BY_NAME[name].configure.split(":")
            getattr(importlib.import_module(module), function)(self.choices[name])
            self._configured.add(name)
        super().__call__(parser, namespace, values, option_string)


_BY_NAME = {command.name: command for command in COMMANDS}


def build_parser() -> argparse.ArgumentParser:
    """The ``quizkit`` parser; a command's own options are added when it is parsed."""
    parser = _Parser(
        prog="quizkit",
        description="Spaced-repetition decks from technical documents.",
        epilog="Database: --db, else QUIZKIT_DB, else quizkit.db in the user data folder. "
        "Learner: --learner, else QUIZKIT_LEARNER, else your user name.",
    )
    parser.add_argument("--version", action="version", version=f"quizkit {__version__}")
    parser.add_argument("--db", metavar="URL", help="SQLAlchemy URL or file path of the database")
    parser.add_argument("--learner", metavar="NAME", help="who is studying")
    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=_Parser, action=_Commands
    )
    sub.required = True
    for command in COMMANDS:
        sub.add_parser(command.name, help=command.help)
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


def _error_lines(exc: QuizkitError) -> list[str]:
    """One line per problem: a deck file with several mistakes shows every one, and a
    build every bad document."""
    if isinstance(exc, DeckError | SourceError) and len(exc.problems) > 1:
        return [str(problem) for problem in exc.problems]
    return [str(exc)]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    with printable_output():
        return _run(argv)


def _run(argv: Sequence[str] | None) -> int:
    try:
        args = build_parser().parse_args(argv)
        _check_arguments(args)
        ctx = Context(db=args.db, learner=args.learner, clock=utcnow, out=sys.stdout)
        handler: Handler = args.func
        return handler(args, ctx)
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

"""The ``quizkit study`` command: its options, then :func:`quizkit.tui.run_study`.

The screen, the line protocol and the session live in :mod:`quizkit.tui`.
"""

from __future__ import annotations

import argparse
import sys

from quizkit.cli.context import Context
from quizkit.errors import QuizkitError
from quizkit.inputs import MAX_COUNT

__all__ = ["configure", "run"]


def _whole_number(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 0, not {value}")
    if value > MAX_COUNT:  # beyond any study day, and beyond a database integer
        raise argparse.ArgumentTypeError(f"expected a whole number <= {MAX_COUNT}, not {value}")
    return value


def configure(p: argparse.ArgumentParser) -> None:
    """``study [--deck SLUG] [--new N] [--limit N]``."""
    p.description = (
        "Study today's cards: reviews that are due, then new cards. "
        "Keys: Enter/Space show the answer (then Enter = Good), 0-5 grade, "
        "a/h/g/e = Again/Hard/Good/Easy, t typed answers on/off, u undo, q save and quit; "
        "in an answer line Esc leaves it (Tab goes back). "
        "With no database yet, the bundled decks are imported first. "
        "When stdin is not a terminal, reads one line per step: empty = show/Good, "
        "a grade key, u, q, =TEXT or any other text = a typed answer, << ... . = several lines "
        "(6-9 alone are refused as grades)."
    )
    p.add_argument("--deck", metavar="SLUG", help="only this deck")
    p.add_argument(
        "--new",
        type=_whole_number,
        metavar="N",
        help="at most N new cards this session (may exceed the daily limit; 0 = reviews only)",
    )
    p.add_argument(
        "--limit", type=_whole_number, metavar="N", help="stop after N answers (0 = no limit)"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    # A piped line that is not UTF-8 must not end the session with a decoding
    # error: its bytes arrive as lone surrogates, and the answer refuses them in
    # one "!!" line, as it refuses any other bad answer.
    reconfigure = getattr(sys.stdin, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="surrogateescape")
    # Imported here, not above: the screen and the store take half a second to
    # load, which `quizkit study --help` has no use for.
    from quizkit.tui import run_study

    try:
        return run_study(args, ctx)
    except BrokenPipeError:
        raise  # a reader such as `head` closed the pipe: `main` ends quietly
    except OSError as exc:
        if exc.filename is not None:
            raise
        # The output failed (a full disk under `> file`): each answer was committed
        # when given, so say that, lest a script replay the session.
        raise QuizkitError(
            f"cannot write the output: {exc.strerror or exc}; every answer given so far is saved"
        ) from exc

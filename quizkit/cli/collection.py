"""The commands on the collection: ``import``, ``decks``, ``next``, ``answer``, ``stats``.

Each opens the collection, calls one library method and prints the result;
``--json`` prints the contract's keys.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys

from quizkit.cli.context import Context
from quizkit.errors import QuizkitError
from quizkit.inputs import one_line
from quizkit.report import render_stats
from quizkit.store.quickread import next_and_counts
from quizkit.store.types import Card, QueueCounts
from quizkit.words import plural

__all__ = [
    "configure_answer",
    "configure_decks",
    "configure_import",
    "configure_next",
    "configure_stats",
    "run_answer",
    "run_decks",
    "run_import",
    "run_next",
    "run_stats",
]


def configure_import(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Import deck files or folders (default: the bundled decks). "
        "Idempotent; prints notes added, updated, unchanged and retired."
    )
    parser.add_argument("decks", nargs="*", metavar="DECK", help="deck file or folder")
    parser.set_defaults(func=run_import)


def run_import(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open() as col:
        report = col.import_decks(args.decks or None)
    for deck in report.decks:
        print(
            f"{deck.deck}: {deck.added} added, {deck.updated} updated, "
            f"{deck.unchanged} unchanged, {deck.retired} retired",
            file=ctx.out,
        )
        if deck.replaced:
            print(
                f"quizkit: warning: deck {deck.deck!r} was imported from "
                f"{one_line(deck.replaced)}; this import from another source replaced it "
                "(retired notes keep their progress if they come back)",
                file=sys.stderr,
            )
    print(
        f"total: {report.added} added, {report.updated} updated, "
        f"{report.unchanged} unchanged, {report.retired} retired",
        file=ctx.out,
    )
    return 0


def configure_decks(parser: argparse.ArgumentParser) -> None:
    parser.description = "List the decks in the database with note and card counts."
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(func=run_decks)


def run_decks(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open() as col:
        infos = col.decks()
    if args.json:
        ctx.print_json([info.to_dict() for info in infos])
        return 0
    if not infos:
        print(
            f"no decks yet: run `{ctx.command_name()} import` to add the bundled decks",
            file=ctx.out,
        )
        return 0
    width = max(len("deck"), *(len(i.slug) for i in infos))
    # A "retired" column only when some deck has retired notes (after a re-import).
    retired = any(i.retired_notes for i in infos)
    rows = [("deck", "notes", "cards", "retired", "title")]
    rows += [(i.slug, str(i.notes), str(i.cards), str(i.retired_notes), i.title) for i in infos]
    for slug, notes, cards, gone, title in rows:
        gone = f"  {gone:>7}" if retired else ""
        print(f"{slug:<{width}}  {notes:>5}  {cards:>5}{gone}  {title}", file=ctx.out)
    return 0


def configure_next(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        'Show the next card to study. With --json: {"card": {...} or null, "due": N, "new": N}.'
    )
    parser.add_argument("--deck", metavar="SLUG", help="only this deck")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(func=run_next)


def run_next(args: argparse.Namespace, ctx: Context) -> int:
    now = ctx.clock()
    found = _read_next(args, ctx, now)
    if found is None:
        with ctx.open() as col:
            if col.is_empty():
                col.import_decks(None)
            me = col.learner(ctx.learner_name())
            found = me.next_card(deck=args.deck, now=now), me.counts(deck=args.deck, now=now)
    card, counts = found
    if args.json:
        ctx.print_json(
            {"card": card.to_dict() if card else None, "due": counts.due, "new": counts.new}
        )
        return 0
    if card is None:
        print(f"nothing left to study today ({counts.due} due, {counts.new} new)", file=ctx.out)
        return 0
    print(f"{card.id}  [{card.queue}]", file=ctx.out)
    print(card.front, file=ctx.out)
    return 0


def _read_next(
    args: argparse.Namespace, ctx: Context, now: dt.datetime
) -> tuple[Card | None, QueueCounts] | None:
    """The card and counts read without SQLAlchemy, when the database allows it
    (:mod:`quizkit.store.quickread`); None: open the collection as usual, which
    creates, imports, migrates or says what is wrong."""
    if ctx.db is not None and not ctx.db.strip():
        return None
    try:
        learner = ctx.learner_name()
    except QuizkitError:
        return None
    return next_and_counts(ctx.db, learner, args.deck, now)


def configure_answer(parser: argparse.ArgumentParser) -> None:
    parser.description = "Answer one card with a grade (0-5) or a typed response."
    parser.add_argument("card_id", metavar="CARD_ID", help="DECK/NOTE-ID[:reverse|:cN]")
    how = parser.add_mutually_exclusive_group(required=True)
    how.add_argument("--grade", type=_grade, metavar="Q", help="self-assessed grade 0-5")
    how.add_argument("--response", metavar="TEXT", help="a typed answer, graded automatically")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(func=run_answer)


def run_answer(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open() as col:
        me = col.learner(ctx.learner_name())
        result = me.answer(args.card_id, grade=args.grade, response=args.response, now=ctx.clock())
    # The answer is committed: a failure from here on must say so, or a script
    # that retries on an error would answer twice.
    try:
        if args.json:
            ctx.print_json(result.to_dict())
            return 0
        verdict = {True: "right", False: "wrong", None: "self-graded"}[result.correct]
        when = f"next in {plural(result.interval, 'day')} on {result.due.isoformat()}"
        if result.repeat:
            when = f"same-day repeat: the schedule stays ({when})"
        print(f"{result.card}: {verdict}, grade {result.grade}, {when}", file=ctx.out)
        if result.feedback:
            print(result.feedback, file=ctx.out)
        ctx.out.flush()  # a full disk shows here, not after this message could be given
    except OSError as exc:
        raise QuizkitError(
            f"the answer was saved (grade {result.grade}), but its result could not be "
            f"printed: {exc.strerror or exc}; do not send it again"
        ) from exc
    return 0


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


def configure_stats(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Statistics for the learner: due today, a 7-day forecast, "
        "reviews, retention over 30 days and the streak."
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(func=run_stats)


def run_stats(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open() as col:
        me = col.learner(ctx.learner_name())
        stats = me.stats(now=ctx.clock())
    if args.json:
        ctx.print_json(stats.to_dict())
        return 0
    width = shutil.get_terminal_size((80, 24)).columns
    print(render_stats(stats, color=ctx.use_color(), width=width), file=ctx.out)
    return 0

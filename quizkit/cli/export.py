"""The ``quizkit export anki`` command: options, then :meth:`Collection.export_anki`.

The export itself (:mod:`quizkit.anki`, genanki) loads inside ``export_anki``, so
``quizkit export anki --help`` does not load it.
"""

from __future__ import annotations

import argparse

from quizkit.cli.context import Context
from quizkit.words import plural

__all__ = ["configure", "run_anki"]


def configure(p: argparse.ArgumentParser) -> None:
    """``export anki -o FILE.apkg [--deck SLUG]... [--with-scheduling]``."""
    p.description = "Export decks to other programs."
    formats = p.add_subparsers(dest="export_format", metavar="FORMAT")
    formats.required = True
    a = formats.add_parser(
        "anki",
        help="write an Anki package (.apkg)",
        description="Write an Anki package (.apkg) of the decks (default: all). "
        "Re-exporting and re-importing updates the notes in Anki and never duplicates them. "
        "With --with-scheduling the learner's progress goes along; tick "
        '"Include reviews" in Anki\'s import dialog to keep it.',
    )
    a.add_argument(
        "-o", "--output", required=True, metavar="FILE.apkg", help="the package to write"
    )
    a.add_argument(
        "--deck",
        action="append",
        dest="decks",
        metavar="SLUG",
        help="only this deck (repeat for more)",
    )
    a.add_argument(
        "--with-scheduling",
        action="store_true",
        help="include the learner's (--learner) intervals, ease, due dates and review history",
    )
    a.set_defaults(func=run_anki)


def run_anki(args: argparse.Namespace, ctx: Context) -> int:
    learner = ctx.learner_name() if args.with_scheduling else None
    with ctx.open() as col:
        result = col.export_anki(
            args.output, decks=args.decks, learner=learner, with_scheduling=args.with_scheduling
        )
    print(
        f"wrote {result.path}: {plural(result.notes, 'note')}, {plural(result.cards, 'card')} "
        f"from {plural(len(result.decks), 'deck')} ({', '.join(result.decks)})",
        file=ctx.out,
    )
    if result.learner is not None:
        print(
            f"progress of {result.learner}: {plural(result.scheduled, 'card')} scheduled, "
            f"{plural(result.reviews, 'review')}; "
            'tick "Include reviews" in Anki\'s import dialog to keep it',
            file=ctx.out,
        )
    return 0

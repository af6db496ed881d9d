"""Registration of ``quizkit export anki``: argparse only, so building the CLI stays fast.

The export itself (genanki, the store) loads when the command runs.
"""

from __future__ import annotations

import argparse
from typing import Any

__all__ = ["add_export_parser"]


def add_export_parser(subparsers: Any) -> None:
    """Register ``quizkit export anki -o FILE.apkg [--deck SLUG]... [--with-scheduling]``."""
    p = subparsers.add_parser(
        "export",
        help="export decks to other programs (Anki)",
        description="Export decks to other programs.",
    )
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
    a.set_defaults(func=_cmd_export_anki)


def _cmd_export_anki(args: argparse.Namespace) -> int:
    from quizkit.cli import _learner_name, _open

    learner = _learner_name(args) if args.with_scheduling else None
    with _open(args) as col:
        result = col.export_anki(
            args.output, decks=args.decks, learner=learner, with_scheduling=args.with_scheduling
        )
    print(
        f"wrote {result.path}: {_count(result.notes, 'note')}, {_count(result.cards, 'card')} "
        f"from {_count(len(result.decks), 'deck')} ({', '.join(result.decks)})"
    )
    if result.learner is not None:
        print(
            f"progress of {result.learner}: {_count(result.scheduled, 'card')} scheduled, "
            f"{_count(result.reviews, 'review')}; "
            'tick "Include reviews" in Anki\'s import dialog to keep it'
        )
    return 0


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"

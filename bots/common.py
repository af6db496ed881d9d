"""What both reference bots share: opening the collection, the reminder loop, arguments."""

from __future__ import annotations

import argparse
import asyncio
import logging
from collections.abc import Awaitable, Callable

import quizkit.aio
from quizkit.chat import Reply, reminder_reply

log = logging.getLogger("quizkit.bots")
# How often the bots ask the database who is due for a reminder.
REMINDER_POLL_S = 60.0


def arguments(description: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--db", help="database URL or file (default: QUIZKIT_DB, then quizkit's)")
    parser.add_argument(
        "--processes",
        type=int,
        default=quizkit.aio.DEFAULT_PROCESSES,
        help="worker processes that handle the messages "
        f"(default {quizkit.aio.DEFAULT_PROCESSES}; 0: threads in the bot's process)",
    )
    parser.add_argument(
        "--threads",
        type=int,
        default=quizkit.aio.DEFAULT_THREADS,
        help="with --processes 0: threads that handle the messages",
    )
    return parser


async def open_collection(
    db: str | None, threads: int, processes: int = quizkit.aio.DEFAULT_PROCESSES
) -> quizkit.aio.AsyncCollection:
    """The collection, with the bundled decks imported into an empty one.

    Worker processes by default: the event loop then never waits for the GIL
    (see the README's "Writing a bot", "Measured").
    """
    col = await quizkit.aio.open(db, threads=threads, processes=processes)
    if await col.is_empty():
        await col.import_decks(None)
    return col


async def remind_forever(
    col: quizkit.aio.AsyncCollection,
    prefix: str,
    send: Callable[[str, Reply], Awaitable[None]],
    every: float = REMINDER_POLL_S,
) -> None:
    """Every ``every`` seconds, send the reminders due to this network's users.

    ``prefix`` (``telegram:``) claims this network's learners only, so bots of
    several networks can share a database; ``send`` gets the address after the
    prefix. Several workers may run this: each reminder is handed to one of them
    (see ``Collection.learners_due``).
    """
    while True:
        try:
            for due in await col.learners_due(prefix=prefix):
                await send(due.learner.removeprefix(prefix), reminder_reply(due))
        except Exception:  # a failed round is logged; the next one tries again
            log.exception("reminders failed")
        await asyncio.sleep(every)

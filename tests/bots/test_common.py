"""The reminder loop both reference bots run."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from bots.common import remind_forever
from quizkit.aio import AsyncCollection
from quizkit.chat import Reply
from quizkit.store import Collection
from quizkit.store.conversation import set_reminder
from tests.chat.helpers import Pool


@pytest.mark.parametrize("pool", [{"threads": 1}, {"processes": 1}], ids=["threads", "processes"])
def test_the_loop_sends_its_networks_reminders_once(chat_col: Collection, pool: Pool) -> None:
    past = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)  # so the reminders are due now
    set_reminder(chat_col.learner("telegram:7"), 8, past)
    set_reminder(chat_col.learner("xmpp:a@example.org"), 8, past)
    sent: list[tuple[str, str]] = []

    async def main() -> None:
        acol = AsyncCollection(chat_col, **pool)

        async def send(user: str, reply: Reply) -> None:
            sent.append((user, reply.text))

        loop = asyncio.create_task(remind_forever(acol, "telegram:", send, every=0.01))
        for _ in range(3000):  # the first round, however slow the machine
            if sent:
                break
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.1)  # more rounds: the reminder was claimed, it is not sent again
        loop.cancel()
        await acol.close()

    asyncio.run(main())
    assert sent == [("7", "6 cards waiting for you today (6 new).")]

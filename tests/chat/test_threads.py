"""One Collection shared by threads, and quizkit.aio over it: with threads and with processes."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import quizkit
import quizkit.aio
from quizkit.store import Collection
from tests.chat.helpers import Pool
from tests.helpers import MORNING, rows

THREADS = 8
LEARNERS = 6
CARDS = 24


@pytest.fixture
def big_col(db_url: str, tmp_path: Path) -> Iterator[Collection]:
    notes = "".join(
        f'  - id: fact/{i}\n    type: fact\n    front: "Question {i}?"\n    back: "Answer {i}"\n'
        for i in range(CARDS)
    )
    path = tmp_path / "big.yaml"
    path.write_text(f"quizkit: 1\ndeck: big\ntitle: Big\nnotes:\n{notes}", encoding="utf-8")
    with quizkit.open(db_url) as col:
        col.import_decks([path])
        yield col


def test_threads_by_learners_share_one_collection_and_lose_nothing(big_col: Collection) -> None:
    """Every thread answers for every learner: thread t takes the cards t, t+8, t+16."""
    errors: list[BaseException] = []
    start = threading.Barrier(THREADS)

    def work(t: int) -> None:
        start.wait()
        try:
            for n in range(LEARNERS):
                me = big_col.learner(f"learner-{n}", new_per_day=CARDS)
                for i in range(t, CARDS, THREADS):
                    me.answer(f"big/fact/{i}", grade=4, now=MORNING)
        except BaseException as exc:  # collected, reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    ((answers, pairs),) = rows(
        big_col, "SELECT COUNT(*), COUNT(DISTINCT learner_id * 1000 + card_id) FROM review_log"
    )
    assert (answers, pairs) == (LEARNERS * CARDS, LEARNERS * CARDS)
    ((states,),) = rows(big_col, "SELECT COUNT(*) FROM review_states")
    assert states == LEARNERS * CARDS
    for n in range(LEARNERS):
        assert big_col.learner(f"learner-{n}").next_card(now=MORNING) is None


# The two kinds of quizkit.aio pool: 4 threads, or 2 worker processes.
POOLS = [pytest.param({"threads": 4}, id="threads"), pytest.param({"processes": 2}, id="processes")]


@pytest.mark.parametrize("pool", POOLS)
def test_aio_serves_many_conversations_at_once(big_col: Collection, pool: Pool) -> None:
    async def main() -> list[str]:
        acol = quizkit.aio.AsyncCollection(big_col, **pool)
        # A simulated morning: the cards go on screen at the messages' own time.
        conv = quizkit.aio.AsyncConversation(acol)
        users = [f"chat:{n}" for n in range(20)]
        await asyncio.gather(*(conv.handle(u, "/next", now=MORNING) for u in users))
        await asyncio.gather(*(conv.handle(u, "show", now=MORNING) for u in users))
        done = await asyncio.gather(*(conv.handle(u, "good", now=MORNING) for u in users))
        await acol.close()
        return [replies[0].text for replies in done]

    verdicts = asyncio.run(main())
    assert verdicts == ["Good (4): next in 1 day (2026-11-23)."] * 20
    ((answers, learners),) = rows(
        big_col, "SELECT COUNT(*), COUNT(DISTINCT learner_id) FROM review_log"
    )
    assert (answers, learners) == (20, 20)


@pytest.mark.parametrize("pool", POOLS)
def test_aio_library_calls(db_url: str, deck_file: Path, pool: Pool) -> None:
    async def main() -> tuple[str | None, int, int]:
        async with await quizkit.aio.open(db_url, **pool) as acol:
            await acol.import_decks([deck_file])
            me = await acol.learner("async")
            card = await me.next_card(now=MORNING)
            assert card is not None
            result = await me.answer(card.id, grade=5, now=MORNING)
            counts = await me.counts(now=MORNING)
            return card.id, result.interval, counts.new

    assert asyncio.run(main()) == ("demo/nodeport/port-range", 1, 3)

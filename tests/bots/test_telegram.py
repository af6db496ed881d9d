"""The Telegram bot's handlers, fed aiogram's own Update objects; the Bot API is a recorder."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncGenerator, Iterator
from typing import Any

import pytest

pytest.importorskip("aiogram", reason="the telegram extra is not installed")

from aiogram import Bot, Dispatcher
from aiogram.client.session.base import BaseSession
from aiogram.methods import AnswerCallbackQuery, SendMessage, TelegramMethod
from aiogram.types import CallbackQuery, Chat, InlineKeyboardMarkup, Message, Update, User

from bots.telegram import make_router, send
from quizkit.aio import AsyncCollection, AsyncConversation
from quizkit.chat import Button, CodeBlock, Paragraph, Reply
from quizkit.store import Collection
from tests.chat.helpers import FACT_RANGE, log_of

USER = User(id=42, is_bot=False, first_name="Ann")
CHAT = Chat(id=42, type="private")
SENT = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)


class Recorder(BaseSession):
    """A Bot API session that records each call and answers as Telegram would."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[TelegramMethod[Any]] = []

    async def make_request(
        self, bot: Bot, method: TelegramMethod[Any], timeout: int | None = None
    ) -> Any:
        self.calls.append(method)
        if isinstance(method, SendMessage):
            return Message(message_id=len(self.calls), date=SENT, chat=CHAT, text=method.text)
        return True

    async def stream_content(self, *args: Any, **kwargs: Any) -> AsyncGenerator[bytes, None]:
        yield b""

    async def close(self) -> None:
        return None

    def sent(self) -> list[SendMessage]:
        return [c for c in self.calls if isinstance(c, SendMessage)]


class TelegramHarness:
    def __init__(self, col: Collection) -> None:
        self.loop = asyncio.new_event_loop()
        self.acol = AsyncCollection(col, threads=2)
        self.session = Recorder()
        self.bot = Bot("42:TEST-TOKEN", session=self.session)
        self.dispatcher = Dispatcher()
        self.dispatcher.include_router(make_router(AsyncConversation(self.acol)))
        self.updates = 0

    def feed(self, **update: Any) -> list[SendMessage]:
        self.updates += 1
        before = len(self.session.sent())
        self.loop.run_until_complete(
            self.dispatcher.feed_update(self.bot, Update(update_id=self.updates, **update))
        )
        return self.session.sent()[before:]

    def text(self, text: str) -> list[SendMessage]:
        message = Message(message_id=self.updates, date=SENT, chat=CHAT, from_user=USER, text=text)
        return self.feed(message=message)

    def press(self, data: str) -> list[SendMessage]:
        shown = Message(message_id=1, date=SENT, chat=CHAT, text="card")
        query = CallbackQuery(
            id=str(self.updates), from_user=USER, chat_instance="c", data=data, message=shown
        )
        return self.feed(callback_query=query)

    def close(self) -> None:
        self.loop.run_until_complete(self.acol.close())
        self.loop.close()


@pytest.fixture
def tg(chat_col: Collection) -> Iterator[TelegramHarness]:
    harness = TelegramHarness(chat_col)
    yield harness
    harness.close()


def buttons(message: SendMessage) -> list[tuple[str, str | None]]:
    markup = message.reply_markup
    if markup is None:
        return []
    assert isinstance(markup, InlineKeyboardMarkup)
    return [(b.text, b.callback_data) for row in markup.inline_keyboard for b in row]


def test_next_sends_the_card_as_html_with_an_inline_keyboard(tg: TelegramHarness) -> None:
    (message,) = tg.text("/next")
    assert message.chat_id == 42
    assert message.parse_mode == "HTML"
    assert "<b>NodePort: port range?</b>" in message.text
    assert buttons(message) == [("Show answer", "show #1")]


def test_buttons_reveal_and_grade_and_the_press_is_answered(
    tg: TelegramHarness, chat_col: Collection
) -> None:
    tg.text("/next")
    (shown,) = tg.press("show #1")
    assert isinstance(tg.session.calls[-2], AnswerCallbackQuery)
    assert "30000–32767" in shown.text
    assert [label for label, _ in buttons(shown)] == ["Again", "Hard", "Good", "Easy"]
    verdict, following = tg.press("good #1")
    assert verdict.text.startswith("<b>Good (4): next in 1 day")
    assert buttons(verdict) == []
    assert "Which Service type is the default?" in following.text
    assert log_of(chat_col) == [(FACT_RANGE, 4, None)]
    (stale,) = tg.press("again #1")
    assert stale.text.startswith("That answer was for a card that is no longer on screen")


def test_a_scenario_escapes_its_prompt_and_sends_the_manifest_as_code(tg: TelegramHarness) -> None:
    tg.text("/next")
    for _ in range(3):
        tg.text("good")
    (card,) = tg.text("/next")
    assert "curl http://&lt;NodeIP&gt;:30080/" in card.text
    assert '<pre><code class="language-yaml">apiVersion: v1' in card.text
    assert [label for label, _ in buttons(card)] == ["Yes", "No", "Don't know"]


def test_a_long_reply_is_split_with_the_keyboard_under_the_last_part() -> None:
    session = Recorder()
    bot = Bot("42:TEST-TOKEN", session=session)
    manifest = "".join(f"key{i}: value <{i}>\n" for i in range(600))
    reply = Reply(
        (Paragraph("Long one"), CodeBlock(manifest, "yaml")), (Button("Good", "good #1"),)
    )
    asyncio.run(send(bot, 42, [reply]))
    parts = session.sent()
    assert len(parts) >= 3
    assert all(len(p.text) <= 4096 for p in parts)
    assert [buttons(p) for p in parts] == [[]] * (len(parts) - 1) + [[("Good", "good #1")]]

"""A Telegram bot on aiogram: quizkit's conversation engine behind the Bot API.

Start: ``TELEGRAM_BOT_TOKEN=123:abc python -m bots.telegram --db study.db``

Users are learners ``telegram:<user id>``. Replies are sent as Bot API HTML
(split at 4,096 characters), buttons as an inline keyboard under the last
part; a button press is answered (so the client stops its spinner) and
handled as the text in its data.
"""

from __future__ import annotations

import asyncio
import os
import sys

from aiogram import Bot, Dispatcher, F, Router
from aiogram.enums import ParseMode
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from bots.common import arguments, open_collection, remind_forever
from quizkit.aio import AsyncConversation
from quizkit.chat import Button, Reply
from quizkit.chat.render import telegram_html
from quizkit.clock import utcnow

PREFIX = "telegram:"
# Buttons per keyboard row: grade buttons fit four abreast on a phone.
ROW = 4


def keyboard(buttons: tuple[Button, ...]) -> InlineKeyboardMarkup | None:
    """Buttons as an inline keyboard, four to a row (None: no buttons)."""
    if not buttons:
        return None
    keys = [InlineKeyboardButton(text=b.label, callback_data=b.data) for b in buttons]
    return InlineKeyboardMarkup(
        inline_keyboard=[keys[i : i + ROW] for i in range(0, len(keys), ROW)]
    )


async def send(bot: Bot, chat_id: int | str, replies: list[Reply]) -> None:
    """Each reply as one or more HTML messages; its buttons under the last one."""
    for reply in replies:
        parts = telegram_html(reply)
        for n, text in enumerate(parts):
            markup = keyboard(reply.buttons) if n == len(parts) - 1 else None
            await bot.send_message(chat_id, text, parse_mode=ParseMode.HTML, reply_markup=markup)


def make_router(conv: AsyncConversation) -> Router:
    """The bot's handlers: text messages and button presses."""
    router = Router(name="quizkit")

    @router.message(F.text)
    async def on_text(message: Message, bot: Bot) -> None:
        if message.from_user is None or message.text is None:
            return  # a channel post: nobody to teach
        now = utcnow()  # arrival: text sent before a card was shown does not answer it
        replies = await conv.handle(f"{PREFIX}{message.from_user.id}", message.text, now=now)
        await send(bot, message.chat.id, replies)

    @router.callback_query(F.data)
    async def on_button(query: CallbackQuery, bot: Bot) -> None:
        now = utcnow()
        await query.answer()
        assert query.data is not None
        replies = await conv.handle(f"{PREFIX}{query.from_user.id}", query.data, now=now)
        chat_id = query.message.chat.id if query.message is not None else query.from_user.id
        await send(bot, chat_id, replies)

    return router


async def run(token: str, db: str | None, threads: int, processes: int) -> None:
    col = await open_collection(db, threads, processes)
    bot = Bot(token)
    dispatcher = Dispatcher()
    dispatcher.include_router(make_router(AsyncConversation(col)))

    async def remind(user: str, reply: Reply) -> None:
        await send(bot, int(user), [reply])

    reminders = asyncio.create_task(remind_forever(col, PREFIX, remind))
    try:
        await dispatcher.start_polling(bot)
    finally:
        reminders.cancel()
        await bot.session.close()
        await col.close()


def main(argv: list[str] | None = None) -> int:
    args = arguments("quizkit's Telegram bot (set TELEGRAM_BOT_TOKEN)").parse_args(argv)
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    if not token:
        print(
            "bots.telegram: set TELEGRAM_BOT_TOKEN to the token @BotFather gave you",
            file=sys.stderr,
        )
        return 2
    asyncio.run(run(token, args.db, args.threads, args.processes))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""An XMPP bot on slixmpp: quizkit's conversation engine behind any Jabber server.

Start: ``XMPP_PASSWORD=secret python -m bots.xmpp --db study.db --jid quiz@example.org``

Users are learners ``xmpp:<bare JID>``. XMPP chat messages are plain text, so
replies are rendered with :func:`quizkit.chat.render.plain`: buttons become a
last line saying what to type (``Reply: again · hard · good · easy``). One
user's messages are handled one after another, in the order they arrived.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections import defaultdict
from typing import Any

import slixmpp

from bots.common import arguments, open_collection, remind_forever
from quizkit.aio import AsyncCollection, AsyncConversation
from quizkit.chat import Reply
from quizkit.chat.render import plain
from quizkit.clock import utcnow

PREFIX = "xmpp:"
log = logging.getLogger("quizkit.bots.xmpp")


class QuizBot(slixmpp.ClientXMPP):
    """Answers every chat message with the conversation engine's replies."""

    def __init__(self, jid: str, password: str, conv: AsyncConversation, plaintext: bool) -> None:
        # plaintext: log in without TLS (a loopback test server has no certificate).
        config = {"feature_mechanisms": {"unencrypted_scram": True}} if plaintext else None
        super().__init__(jid, password, plugin_config=config)
        self.conv = conv
        self.ready = asyncio.Event()
        # One lock per user: their messages are answered in the order they came.
        self._turns: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)
        self.add_event_handler("session_start", self._start)
        self.add_event_handler("message", self._message)

    async def _start(self, _event: Any) -> None:
        self.send_presence()
        await self.get_roster()
        self.ready.set()

    async def _message(self, msg: Any) -> None:
        if msg["type"] not in ("chat", "normal") or not msg["body"]:
            return
        now = utcnow()  # arrival: text sent before a card was shown does not answer it
        sender = msg["from"].bare
        async with self._turns[sender]:
            try:
                replies = await self.conv.handle(f"{PREFIX}{sender}", msg["body"], now=now)
            except Exception:
                log.exception("could not handle a message from %s", sender)
                replies = [Reply.line("Sorry, that went wrong on my side; please try again.")]
            for reply in replies:
                self.tell(sender, reply)

    def tell(self, user: str, reply: Reply) -> None:
        self.send_message(mto=slixmpp.JID(user), mbody=plain(reply), mtype="chat")


async def run(args: Any, password: str) -> None:
    col: AsyncCollection = await open_collection(args.db, args.threads, args.processes)
    bot = QuizBot(args.jid, password, AsyncConversation(col), args.plaintext)
    bot.connect(args.host, args.port)

    async def remind(user: str, reply: Reply) -> None:
        bot.tell(user, reply)

    reminders = asyncio.create_task(remind_forever(col, PREFIX, remind))
    try:
        await bot.disconnected
    finally:
        reminders.cancel()
        await col.close()


def main(argv: list[str] | None = None) -> int:
    parser = arguments("quizkit's XMPP bot (set XMPP_PASSWORD)")
    parser.add_argument("--jid", required=True, help="the bot's account, e.g. quiz@example.org")
    parser.add_argument("--host", help="server address (default: from the JID's DNS)")
    parser.add_argument("--port", type=int, help="server port (with --host)")
    parser.add_argument(
        "--plaintext", action="store_true", help="log in without TLS (a loopback test server only)"
    )
    args = parser.parse_args(argv)
    password = os.environ.get("XMPP_PASSWORD", "")
    if not password:
        print("bots.xmpp: set XMPP_PASSWORD to the bot account's password", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(run(args, password))
    return 0


if __name__ == "__main__":
    sys.exit(main())

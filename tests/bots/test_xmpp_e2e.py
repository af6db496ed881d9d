"""End to end: the XMPP bot on a real Prosody server, a real client studying ten cards.

The server comes from ``.ci/prosody.sh`` (which ``.ci/run`` starts): it sets
``QUIZKIT_TEST_XMPP=HOST:PORT:DOMAIN`` with accounts ``quizbot`` and ``learner``.
Without it the test is skipped, except in CI (``QUIZKIT_REQUIRE_XMPP=1``), where a
skip would hide that the bot was never tried: there it fails.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import quizkit
from tests.chat.helpers import CHAT_DECK, FACT_DEFAULT, FACT_RANGE, FIX, REACHABLE, TIP, URL, WEB
from tests.chat.helpers import log_of as chat_log

if TYPE_CHECKING:  # the extra may be missing: then the module is skipped below
    from slixmpp import Message as XmppMessage
    from slixmpp import Presence

ROOT = Path(__file__).resolve().parents[2]
SERVER = os.environ.get("QUIZKIT_TEST_XMPP", "")
WAIT_S = 30.0

if not SERVER:
    if os.environ.get("QUIZKIT_REQUIRE_XMPP") == "1":
        pytest.fail(
            "QUIZKIT_REQUIRE_XMPP=1 but QUIZKIT_TEST_XMPP is not set: .ci/run must start Prosody",
            pytrace=False,
        )
    pytest.skip(
        'no XMPP server: run `env=$(bash .ci/prosody.sh start /tmp/xmpp); eval "$env"` first',
        allow_module_level=True,
    )
slixmpp = pytest.importorskip("slixmpp", reason="the xmpp extra is not installed")

HOST, PORT, DOMAIN = SERVER.split(":")
BOT = f"quizbot@{DOMAIN}"
LEARNER = f"learner@{DOMAIN}"
# Four more facts after the chat deck's six cards: ten cards to study.
EXTRA = "".join(
    f'  - id: extra/{n}\n    type: fact\n    front: "Extra question {n}?"\n    back: "Extra {n}"\n'
    for n in range(4)
)


class Bot:
    """The bot as a separate process, started and killed like a real deployment."""

    def __init__(self, db: Path, log: Path) -> None:
        self.db = db
        self.log = log
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        command = [
            sys.executable, "-m", "bots.xmpp", "--db", str(self.db), "--jid", BOT,
            "--host", HOST, "--port", PORT, "--plaintext",
        ]  # fmt: skip
        env = {**os.environ, "XMPP_PASSWORD": "quizbot-pw"}
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=out)

    def kill(self) -> None:
        """SIGKILL: no goodbye, as when a machine or a container dies."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)


@pytest.fixture
def bot(tmp_path: Path) -> Iterator[Bot]:
    deck = tmp_path / "chat.yaml"
    deck.write_text(CHAT_DECK + EXTRA, encoding="utf-8")
    db = tmp_path / "bot.db"
    with quizkit.open(db) as col:
        col.import_decks([deck])
    running = Bot(db, tmp_path / "bot.log")
    running.start()
    yield running
    running.kill()


class Learner:
    """A real XMPP client: sends a message, waits for the bot's answer."""

    def __init__(self) -> None:
        config = {"feature_mechanisms": {"unencrypted_scram": True}}
        self.client = slixmpp.ClientXMPP(LEARNER, "learner-pw", plugin_config=config)
        self.inbox: asyncio.Queue[str] = asyncio.Queue()
        self.ready = asyncio.Event()
        # The bot's presence (the learner subscribes to it): a restart is seen, not guessed.
        self.bot_online = asyncio.Event()
        self.bot_offline = asyncio.Event()
        self.client.add_event_handler("session_start", self._start)
        self.client.add_event_handler("message", self._message)
        self.client.add_event_handler("presence_available", self._presence)
        self.client.add_event_handler("presence_unavailable", self._presence)

    async def _start(self, _event: object) -> None:
        self.client.send_presence()
        self.client.send_presence_subscription(pto=BOT)
        self.ready.set()

    def _presence(self, presence: Presence) -> None:
        if presence["from"].bare != BOT:
            return
        online = presence["type"] != "unavailable"
        (self.bot_online if online else self.bot_offline).set()
        (self.bot_offline if online else self.bot_online).clear()

    async def restart(self, bot: Bot) -> None:
        """Kill the bot once the server has it online; start it again once it is gone."""
        await asyncio.wait_for(self.bot_online.wait(), WAIT_S)
        bot.kill()
        await asyncio.wait_for(self.bot_offline.wait(), WAIT_S)
        bot.start()

    def _message(self, msg: XmppMessage) -> None:
        if msg["from"].bare == BOT and msg["body"]:
            self.inbox.put_nowait(str(msg["body"]))

    async def connect(self) -> None:
        self.client.connect(HOST, int(PORT))
        await asyncio.wait_for(self.ready.wait(), WAIT_S)

    async def ask(self, text: str, until: Callable[[str], bool]) -> list[str]:
        """Send ``text``; the bot's messages up to the first that ``until`` accepts."""
        self.client.send_message(mto=BOT, mbody=text, mtype="chat")
        got: list[str] = []
        while not got or not until(got[-1]):
            got.append(await asyncio.wait_for(self.inbox.get(), WAIT_S))
        return got

    async def close(self) -> None:
        self.client.disconnect()
        await asyncio.wait_for(self.client.disconnected, WAIT_S)


def card(text: str) -> Callable[[str], bool]:
    """A message showing the card whose question contains ``text``."""
    return lambda message: text in message and "Reply:" in message


def says(text: str) -> Callable[[str], bool]:
    return lambda message: text in message


def test_ten_cards_over_xmpp_with_a_restart_lose_no_answer(bot: Bot) -> None:
    async def study() -> list[str]:
        me = Learner()
        await me.connect()
        seen: list[str] = []
        try:
            seen += await me.ask("/new 10", says("Up to 10 new cards a day"))
            seen += await me.ask("/typing on", says("Typed answers on"))
            seen += await me.ask("/next", card("NodePort: port range?"))
            # 1: a typed answer
            seen += await me.ask("30000-32767", card("Which Service type is the default?"))
            # 2: reveal, grade by text
            seen += await me.ask("show", says("Reply: again · hard · good · easy"))
            seen += await me.ask("good", card("What does a NodePort Service create internally?"))
            # 3: a tip is self-graded even with typing on: other text shows the answer
            seen += await me.ask("a ClusterIP", says("Grade yourself"))
            seen += await me.ask("easy", card("curl http://<NodeIP>:30080/"))
            # The bot dies with the scenario on screen and comes back: it carries on.
            await me.restart(bot)
            # 4: a scenario (yes/no), sent while the bot may still be starting
            seen += await me.ask("yes", card("Which URL works?"))
            # 5: a url scenario: any URL that reaches the Service counts
            seen += await me.ask("http://<NodeIP>:30080/", card("Fix the manifest."))
            # 6: a fix, as one multi-line message
            seen += await me.ask(WEB, card("Extra question 0?"))
            # Another restart between two cards: the card on screen stays.
            await me.restart(bot)
            seen += await me.ask("/next", card("Extra question 0?"))
            # 7-10: reveal and grade; the last answer ends the day's queue
            for n in range(4):
                seen += await me.ask("show", says(f"Extra {n}"))
                following = card(f"Extra question {n + 1}?") if n < 3 else says("Tomorrow:")
                seen += await me.ask("good", following)
        finally:
            await me.close()
        return seen

    seen = asyncio.run(study())
    assert any(m.startswith("✅ Right") and "30000–32767" in m for m in seen)
    assert seen[-1].startswith("Done for today: 10 answers (10 new, 0 repeats)")
    with quizkit.open(bot.db) as col:
        log = chat_log(col, "xmpp:" + LEARNER)
    assert [key for key, _, _ in log] == [
        FACT_RANGE, FACT_DEFAULT, TIP, REACHABLE, URL, FIX,
        "chat/extra/0", "chat/extra/1", "chat/extra/2", "chat/extra/3",
    ]  # fmt: skip
    assert [grade for _, grade, _ in log][:3] == [5, 4, 5]  # typed in under 10 s: Easy
    assert [response for _, _, response in log][:6] == [
        "30000-32767",
        None,
        None,
        "yes",
        "http://<NodeIP>:30080/",
        WEB.rstrip("\n"),
    ]
    assert all(grade >= 4 for _, grade, _ in log)

"""The chat tests' deck (facts and scenarios), its card ids, a clock and a user who chats."""

from __future__ import annotations

import datetime as dt
from typing import TypedDict

from quizkit.chat import Conversation, Reply
from quizkit.store import Collection
from tests.helpers import MORNING, rows

WEB = """\
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: NodePort
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 8080
      nodePort: 30080
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: example/web:1
          ports:
            - containerPort: 8080
"""
# The same with the Service selecting pods that do not exist: the `fix` scenario.
BROKEN = WEB.replace("  selector:\n    app: web\n", "  selector:\n    app: wbe\n", 1)


def _indent(text: str) -> str:
    return "".join("      " + line + "\n" for line in text.splitlines())


CHAT_DECK = f"""\
quizkit: 1
deck: chat
title: Chat deck
notes:
  - id: nodeport/range
    type: fact
    front: "NodePort: port range?"
    back: "30000–32767"
  - id: clusterip/default
    type: fact
    front: "Which Service type is the default?"
    back: ClusterIP
  - id: tips/nodeport
    type: tip
    front: "What does a NodePort Service create internally?"
    back: A ClusterIP; external traffic enters via the NodePort first.
  - id: scenario/web/reachable
    type: scenario
    ask: reachable
    prompt: "A client outside the cluster runs: curl http://<NodeIP>:30080/"
    manifests: |
{_indent(WEB)}    request: {{from: external, to: "http://<NodeIP>:30080/"}}
  - id: scenario/web/url
    type: scenario
    ask: url
    prompt: "A client outside the cluster wants to reach Service web. Which URL works?"
    manifests: |
{_indent(WEB)}    request: {{from: external, to: "http://<NodeIP>:30080/secret-target-path"}}
  - id: scenario/web/fix
    type: scenario
    ask: fix
    prompt: "A pod in namespace default runs: curl web:80. Fix the manifest."
    manifests: |
{_indent(BROKEN)}    request: {{from: "pod:default/client", to: "http://web:80/"}}
    service: default/web
"""
# Card ids in the order a learner meets them.
FACT_RANGE = "chat/nodeport/range"
FACT_DEFAULT = "chat/clusterip/default"
TIP = "chat/tips/nodeport"
REACHABLE = "chat/scenario/web/reachable"
URL = "chat/scenario/web/url"
FIX = "chat/scenario/web/fix"


class Pool(TypedDict, total=False):
    """How an AsyncCollection runs the store's calls: a thread pool or worker processes."""

    threads: int
    processes: int


class Clock:
    """Message times: each message a few seconds after the last."""

    def __init__(self, start: dt.datetime = MORNING) -> None:
        self.now = start

    def tick(self, seconds: float = 5) -> dt.datetime:
        self.now += dt.timedelta(seconds=seconds)
        return self.now


class Chat:
    """One user talking to a conversation engine, on a clock.

    A message arrives at the clock's time; the engine puts cards on screen a
    microsecond later (it works after the message arrived).
    """

    def __init__(self, col: Collection, user: str = "telegram:42") -> None:
        self.clock = Clock()
        self.conv = Conversation(col, clock=lambda: self.clock.now + dt.timedelta(microseconds=1))
        self.user = user

    def say(self, text: str, seconds: float = 5) -> list[Reply]:
        return self.conv.handle(self.user, text, now=self.clock.tick(seconds))

    def press(self, reply: Reply, label: str) -> list[Reply]:
        (button,) = [b for b in reply.buttons if b.label == label]
        return self.say(button.data)


def log_of(col: Collection, learner: str = "telegram:42") -> list[tuple[str, int, str | None]]:
    """(card, grade, response) of every answer not undone, oldest first."""
    return [
        (key, grade, response)
        for key, grade, response in rows(
            col,
            "SELECT c.key, g.grade, g.response FROM review_log g JOIN cards c ON c.id = g.card_id "
            "JOIN learners l ON l.id = g.learner_id "
            "WHERE l.name = :name AND g.undone = :no ORDER BY g.id",
            name=learner,
            no=False,
        )
    ]

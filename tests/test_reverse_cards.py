"""Reverse cards: a keyed fact asked the other way expects its key, so it can be typed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import quizkit
from quizkit.store.cardview import reverse_sides

MORNING = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)

DECK = """\
quizkit: 1
deck: rv
title: Reverse cards
notes:
  - id: nodeport/port-range
    type: fact
    front: 'NodePort: port range?'
    back: 30000–32767
    reverse: true
  - id: free-question
    type: fact
    front: Which Service type is reachable only inside the cluster?
    back: ClusterIP
    reverse: true
"""


def test_a_keyed_fact_reversed_asks_its_attribute_and_expects_its_key() -> None:
    assert reverse_sides("NodePort: port range?", "30000–32767") == (
        "Port range: 30000–32767 — which one?",
        "NodePort",
    )


def test_a_front_that_is_no_key_and_attribute_is_swapped_as_it_is() -> None:
    # A question front, a back of several lines, a front with two colons' worth of
    # question: the learner sees the back and grades the front themselves.
    assert reverse_sides("What is a Pod?", "The smallest unit") == (
        "The smallest unit",
        "What is a Pod?",
    )
    assert reverse_sides("Ports: list?", "• 80\n• 443") == ("• 80\n• 443", "Ports: list?")


@pytest.fixture
def deck_file(tmp_path: Path) -> Path:
    path = tmp_path / "rv.yaml"
    path.write_text(DECK, encoding="utf-8")
    return path


def test_typing_the_key_answers_a_reverse_card(db_url: str, deck_file: Path) -> None:
    with quizkit.open(db_url) as col:
        col.import_decks([deck_file])
        card = col.card("rv/nodeport/port-range:reverse")
        assert (card.front, card.back, card.reverse) == (
            "Port range: 30000–32767 — which one?",
            "NodePort",
            True,
        )
        me = col.learner("ann")
        right = me.answer("rv/nodeport/port-range:reverse", response="nodeport", now=MORNING)
        assert (right.correct, right.grade, right.expected) == (True, 4, "NodePort")
        wrong = me.answer("rv/free-question:reverse", response="ClusterIP", now=MORNING)
        # The free question's reverse expects the question itself: typing the key is wrong.
        assert (wrong.correct, wrong.expected) == (
            False,
            "Which Service type is reachable only inside the cluster?",
        )

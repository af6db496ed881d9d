"""An author's question of asking words only ("What Can Go Wrong?") names nothing on a
front alone: the page's subject says what of ("Loom batch: What Can Go Wrong?"); a
question naming its own subject, or one on a page titled only by its kind ("FAQ"),
stays as written."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import all_facts

DOC = """---
title: Loom batch
---

## Rules for batches

A batch runs when every spool it names is free.

## What Can Go Wrong?

Two batches naming the same spool wait for each other until one is cancelled.

## Why do batches wait?

A batch waits while a spool it names is held by another batch.
"""


def _fronts(text: str) -> list[str]:
    return [n.front for n in all_facts(build_deck(text, "loom.md").notes)]


def test_a_question_of_asking_words_only_is_asked_of_the_page_subject() -> None:
    fronts = _fronts(DOC)
    assert "Loom batch: What Can Go Wrong?" in fronts
    assert "Why do batches wait?" in fronts


def test_a_page_titled_only_by_its_kind_gives_no_subject() -> None:
    assert "What Can Go Wrong?" in _fronts(DOC.replace("title: Loom batch", "title: FAQ"))

"""The store: SQLAlchemy models, the Collection and its learners.

Importing it loads SQLAlchemy; ``quizkit`` itself loads the store on first use.
"""

from __future__ import annotations

from quizkit.store.collection import Collection, bundled_decks_dir, open
from quizkit.store.learner import Learner
from quizkit.store.types import (
    AnswerResult,
    Card,
    DeckInfo,
    DeckReport,
    ImportReport,
    QueueCounts,
    Stats,
)

__all__ = [
    "AnswerResult",
    "Card",
    "Collection",
    "DeckInfo",
    "DeckReport",
    "ImportReport",
    "Learner",
    "QueueCounts",
    "Stats",
    "bundled_decks_dir",
    "open",
]

"""The store: SQLAlchemy models, the Collection and its learners.

The names below load lazily, so that importing the light value types
(``quizkit.store.types``) does not import SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizkit._lazy import lazy_names

if TYPE_CHECKING:
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

_HOME = {
    "Collection": "collection",
    "bundled_decks_dir": "collection",
    "open": "collection",
    "Learner": "learner",
    "AnswerResult": "types",
    "Card": "types",
    "DeckInfo": "types",
    "DeckReport": "types",
    "ImportReport": "types",
    "QueueCounts": "types",
    "Stats": "types",
}


__getattr__ = lazy_names(__name__, _HOME)

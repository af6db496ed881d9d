"""The store: SQLAlchemy models, the Collection and its learners.

The names below load SQLAlchemy on first use (the Collection), not when a light
module of the store is imported: ``quizkit next`` reads an up-to-date SQLite
database through ``sqlite3`` alone (:mod:`quizkit.store.quickread`, with the
store's value types, statements as SQLite text and card building), which is
what brings its cold start under ``python -c "import sqlalchemy"``.
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

# The Collection (SQLAlchemy, about 0.5 s) loads on the first use of a name above.
__getattr__ = lazy_names(__name__, "quizkit.store.collection")

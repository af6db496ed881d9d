"""The store: SQLAlchemy models, the Collection and its learners."""

from quizkit.store.collection import Collection, bundled_decks_dir, open
from quizkit.store.learner import Learner, QueueCounts
from quizkit.store.types import AnswerResult, Card, DeckInfo, DeckReport, ImportReport, Stats

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

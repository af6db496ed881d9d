"""quizkit: spaced-repetition decks from technical documents.

The public surface is small and pinned by a test (``tests/test_api.py``).
Heavy modules (the store and SQLAlchemy, the evaluator, prompt-toolkit,
genanki, markdown-it-py) load lazily so ``import quizkit`` and the CLI start fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizkit._lazy import lazy_names
from quizkit.errors import (
    DeckError,
    ExportError,
    GradeError,
    ManifestError,
    QuizkitError,
    SourceError,
    StoreError,
    UnknownCardError,
    UsageError,
)

if TYPE_CHECKING:
    from quizkit.store import AnswerResult, Card, Collection, ImportReport, Learner, open

__version__ = "0.1.0"

__all__ = [
    "AnswerResult",
    "Card",
    "Collection",
    "DeckError",
    "ExportError",
    "GradeError",
    "ImportReport",
    "Learner",
    "ManifestError",
    "QuizkitError",
    "SourceError",
    "StoreError",
    "UnknownCardError",
    "UsageError",
    "__version__",
    "open",
]

__getattr__ = lazy_names(
    __name__,
    dict.fromkeys(
        ("AnswerResult", "Card", "Collection", "ImportReport", "Learner", "open"), "store"
    ),
)

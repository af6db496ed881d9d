"""quizkit: spaced-repetition decks from technical documents.

The public surface is small and pinned by a test (``tests/test_api.py``).
The store's names load on first use (SQLAlchemy), so ``import quizkit`` and the
CLI start fast; see :mod:`quizkit._lazy`.
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

# The names of __all__ not imported above live in the store (SQLAlchemy): loaded on first use.
__getattr__ = lazy_names(__name__, "quizkit.store.collection")

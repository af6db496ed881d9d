"""The one exception tree of quizkit.

Every error quizkit raises on purpose derives from :class:`QuizkitError`, so a
bot can catch one class and the CLI can turn any of them into one line and
exit status 2::

    QuizkitError
    ├── UsageError          a call or command line that cannot be carried out
    ├── GradeError          a grade that is not an int in 0..5
    ├── DeckError           a deck file that does not parse or validate (file, line, field)
    ├── SourceError         a source document that cannot be read or built (file, line)
    ├── ManifestError       Kubernetes manifests or a request the evaluator cannot use
    ├── StoreError          the database: locked, read-only, unreachable, wrong schema
    ├── UnknownCardError    a card id that is not in the collection
    ├── ExportError         an export that cannot be written
    └── NotOnScreenError    a chat answer to a card that is no longer on screen
"""

from __future__ import annotations

from typing import Self

from quizkit.words import plural

__all__ = [
    "DeckError",
    "ExportError",
    "GradeError",
    "ManifestError",
    "NotOnScreenError",
    "QuizkitError",
    "SourceError",
    "StoreError",
    "UnknownCardError",
    "UsageError",
]


class QuizkitError(Exception):
    """Base class of every error quizkit raises on purpose."""


class UsageError(QuizkitError, ValueError):
    """A call or command line that cannot be carried out as given."""


class GradeError(QuizkitError, ValueError):
    """A grade that is not an ``int`` in 0..5."""


class _Located(QuizkitError):
    """An error that points at a place in a file: ``file:line: field: message``."""

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.message = message
        self.file = file
        self.line = line
        self.field = field
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = ""
        if self.file is not None:
            where = self.file if self.line is None else f"{self.file}:{self.line}"
        elif self.line is not None:
            where = f"line {self.line}"
        parts = [p for p in (where, self.field) if p]
        return ": ".join([*parts, self.message])


class _Several(_Located):
    """A located error that stands for every problem found at once.

    ``problems`` holds each problem (each itself an error of the same class); the
    message of the error is the first one, followed by a count of the rest, and the
    CLI prints one line per problem.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        field: str | None = None,
        problems: list[Self] | None = None,
    ) -> None:
        self.problems: list[Self] = problems or []
        super().__init__(message, file=file, line=line, field=field)

    def __str__(self) -> str:
        text = super().__str__()
        extra = len(self.problems) - 1
        if extra > 0:
            text += f" (and {plural(extra, 'more problem')})"
        return text


class DeckError(_Several):
    """A deck file that does not parse or validate (``problems``: every one found)."""


class SourceError(_Several):
    """A source document that cannot be read or built (``problems``: every bad document
    of a build, one each)."""


class ManifestError(_Located):
    """Manifests, an origin or a target that the evaluator cannot use at all."""


class StoreError(QuizkitError):
    """The database cannot be used: locked, read-only, unreachable or of a wrong schema."""


class UnknownCardError(QuizkitError, LookupError):
    """A card id that is not in the collection, or a note id that is not in a deck."""


class ExportError(QuizkitError):
    """An export that cannot be written."""


class NotOnScreenError(QuizkitError):
    """A chat answer to a card that is no longer on the user's screen (``quizkit.chat``)."""

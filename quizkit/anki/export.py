"""The export: read the decks (and a learner's progress), render the notes, write the package."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from quizkit.anki.note import anki_notes
from quizkit.anki.package import write_package
from quizkit.errors import ExportError, UsageError
from quizkit.inputs import check_text

if TYPE_CHECKING:
    from quizkit.store.types import DeckInfo, ExportNote, Progress

__all__ = ["AnkiExport", "ExportSource", "export_collection"]


class LearnerProgress(Protocol):
    """A learner whose progress goes along (a store ``Learner``)."""

    def progress(self, cards: Iterable[int]) -> Progress: ...


class ExportSource(Protocol):
    """What an export reads: a store ``Collection`` (named by its methods, not imported,
    so that the store may import this package and not the other way round)."""

    def decks(self) -> list[DeckInfo]: ...
    def export_notes(self, slugs: Sequence[str]) -> Iterator[ExportNote]: ...
    def find_learner(self, name: str) -> LearnerProgress: ...


@dataclass(frozen=True, slots=True)
class AnkiExport:
    """What an export wrote: the package, its decks, notes and cards.

    ``scheduled`` counts the cards that carry the learner's progress (0 without
    ``with_scheduling``), ``reviews`` the review-log entries written with them.
    """

    path: Path
    decks: tuple[str, ...]
    notes: int
    cards: int
    learner: str | None = None
    scheduled: int = 0
    reviews: int = 0


# The last second a zip entry's date can carry (zip years run 1980..2107).
_LAST_STAMP = 4_354_819_199


def _unix(timestamp: float | dt.datetime | None) -> float:
    if timestamp is None:
        return time.time()
    if isinstance(timestamp, dt.datetime):
        if timestamp.tzinfo is None or timestamp.utcoffset() is None:
            raise UsageError(
                f"timestamp={timestamp.isoformat()} has no time zone; pass an aware datetime"
            )
        stamp = timestamp.timestamp()
    elif isinstance(timestamp, bool) or not isinstance(timestamp, int | float):
        raise UsageError(f"timestamp must be seconds since the epoch, not {timestamp!r}")
    else:
        stamp = timestamp
    # `not 0 <= stamp <= ...` also refuses NaN and infinities.
    if not 0 <= stamp <= _LAST_STAMP:
        raise UsageError(
            f"timestamp must be seconds since the epoch from 0 to {_LAST_STAMP} "
            f"(2107-12-31, the last date a zip file holds), not {timestamp!r}"
        )
    return float(stamp)


def _check_path(path: str | os.PathLike[str]) -> Path:
    if not isinstance(path, str | os.PathLike):
        raise UsageError(f"the package path must be a str or path, not {type(path).__name__}")
    # The package's name is stored as text inside it and by zipfile: UTF-8 only.
    check_text(os.fspath(path), "the package path")
    target = Path(path).expanduser()
    if target.suffix.lower() != ".apkg":
        raise UsageError(
            f"{target}: an Anki package must be named *.apkg (Anki imports only those)"
        )
    if target.is_dir():
        raise ExportError(f"{target}: is a folder; give a file name ending in .apkg")
    parent = target.parent
    if not parent.is_dir():
        raise ExportError(f"{target}: folder {parent} does not exist")
    return target


def _choose_decks(col: ExportSource, decks: Sequence[str] | None) -> list[DeckInfo]:
    """The decks to export: in the order asked, else by slug."""
    infos = {info.slug: info for info in col.decks()}
    if not infos:
        raise ExportError("nothing to export: no decks in the database (run `quizkit import`)")
    if isinstance(decks, str):
        decks = [decks]
    if decks is None:
        return [infos[slug] for slug in sorted(infos)]
    chosen: list[str] = []
    for slug in decks:
        if slug not in infos:
            raise UsageError(f"no deck {slug!r}; decks: {', '.join(sorted(infos))}")
        if slug not in chosen:
            chosen.append(slug)
    if not chosen:
        raise UsageError("no decks chosen; name at least one deck or none for all")
    return [infos[slug] for slug in chosen]


def export_collection(
    col: ExportSource,
    path: str | os.PathLike[str],
    *,
    decks: Sequence[str] | None = None,
    learner: str | None = None,
    with_scheduling: bool = False,
    timestamp: float | dt.datetime | None = None,
) -> AnkiExport:
    """Write ``decks`` (default: every deck) of ``col`` to the Anki package ``path``.

    Retired notes are left out. With ``with_scheduling``, the progress of
    ``learner`` (who must exist) goes with the cards: interval, ease, due date,
    review and lapse counts, and the review log; Anki keeps it when "Include
    reviews" is ticked on import. ``learner`` is ignored without it.
    ``timestamp`` (seconds since the epoch or an aware datetime; default now) is
    the notes' modification time: Anki updates a note it already has only from a
    newer export. The same collection and timestamp give the same bytes.
    The file is written atomically.
    """
    stamp = _unix(timestamp)
    target = _check_path(path)
    chosen = _choose_decks(col, decks)
    student: LearnerProgress | None = None
    if with_scheduling:
        if not learner:
            raise UsageError("with_scheduling needs a learner whose progress to export")
        student = col.find_learner(learner)
    slugs = [info.slug for info in chosen]
    exported = anki_notes(col.export_notes(slugs), {info.slug: info.source for info in chosen})
    progress: Progress | None = None
    if student is not None:
        progress = student.progress(card for note in exported for _, card in note.cards)
    scheduled, logged = write_package(target, chosen, exported, stamp, progress)
    return AnkiExport(
        path=target,
        decks=tuple(slugs),
        notes=len(exported),
        cards=sum(len(n.cards) for n in exported),
        learner=learner if with_scheduling else None,
        scheduled=scheduled,
        reviews=logged,
    )

"""The export: read the decks (and a learner's progress), render the notes, write the package."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizkit.anki.note import gather_notes
from quizkit.anki.package import Review, Schedule, write_package
from quizkit.errors import ExportError, UsageError
from quizkit.inputs import check_text

if TYPE_CHECKING:
    from quizkit.store.collection import Collection

__all__ = ["AnkiExport", "export_collection"]


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


def _choose_decks(col: Collection, decks: Sequence[str] | None) -> tuple[list[str], dict[str, Any]]:
    """The slugs to export (in the order asked, else by slug) and every deck's info."""
    infos = {info.slug: info for info in col.decks()}
    if not infos:
        raise ExportError("nothing to export: no decks in the database (run `quizkit import`)")
    if isinstance(decks, str):
        decks = [decks]
    if decks is None:
        return sorted(infos), infos
    chosen: list[str] = []
    for slug in decks:
        if slug not in infos:
            raise UsageError(f"no deck {slug!r}; decks: {', '.join(sorted(infos))}")
        if slug not in chosen:
            chosen.append(slug)
    if not chosen:
        raise UsageError("no decks chosen; name at least one deck or none for all")
    return chosen, infos


def _learner_id(col: Collection, name: str) -> int:
    from sqlalchemy import select

    from quizkit.store.engine import db_errors
    from quizkit.store.models import learners

    with db_errors(col.url), col.engine.connect() as conn:
        row = conn.execute(select(learners.c.id).where(learners.c.name == name)).first()
        if row is None:
            known = [r[0] for r in conn.execute(select(learners.c.name).order_by(learners.c.name))]
    if row is None:
        choices = ", ".join(known) if known else "none yet"
        raise UsageError(f"no learner {name!r} in this database; learners: {choices}")
    return int(row[0])


def _gather_progress(
    col: Collection, learner_id: int, card_ids: Iterable[int]
) -> tuple[dict[int, Schedule], list[Review]]:
    from sqlalchemy import select

    from quizkit.store.engine import db_errors
    from quizkit.store.models import review_log, review_states

    wanted = set(card_ids)
    states: dict[int, Schedule] = {}
    reviews: list[Review] = []
    with db_errors(col.url), col.engine.connect() as conn:
        for row in conn.execute(
            select(review_states).where(review_states.c.learner_id == learner_id)
        ):
            if row.card_id in wanted:
                states[int(row.card_id)] = Schedule(
                    interval=int(row.interval),
                    easiness_milli=int(row.easiness_milli),
                    due=row.due,
                    reviews=int(row.reviews),
                    lapses=int(row.lapses),
                )
        for row in conn.execute(
            select(review_log)
            .where(review_log.c.learner_id == learner_id, review_log.c.undone.is_(False))
            .order_by(review_log.c.id)
        ):
            if row.card_id in states:
                reviews.append(
                    Review(
                        card_id=int(row.card_id),
                        reviewed_at=row.reviewed_at,
                        kind=row.kind,
                        grade=int(row.grade),
                        interval_before=int(row.interval_before),
                        interval_after=int(row.interval_after),
                        easiness_milli_after=int(row.easiness_milli_after),
                        elapsed_ms=row.elapsed_ms,
                    )
                )
    return states, reviews


def export_collection(
    col: Collection,
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
    slugs, infos = _choose_decks(col, decks)
    learner_id: int | None = None
    if with_scheduling:
        if not learner:
            raise UsageError("with_scheduling needs a learner whose progress to export")
        learner_id = _learner_id(col, learner)
    exported = gather_notes(col, slugs, infos)
    states: dict[int, Schedule] = {}
    reviews: list[Review] = []
    if learner_id is not None:
        card_ids = [cid for note in exported for _, cid in note.cards]
        states, reviews = _gather_progress(col, learner_id, card_ids)

    scheduled, logged = write_package(target, slugs, infos, exported, stamp, states, reviews)
    return AnkiExport(
        path=target,
        decks=tuple(slugs),
        notes=len(exported),
        cards=sum(len(n.cards) for n in exported),
        learner=learner if with_scheduling else None,
        scheduled=scheduled,
        reviews=logged,
    )

"""The package writer: Anki's collection tables for rendered notes, zipped as an ``.apkg``.

It takes plain values (rendered notes, deck titles, the learner's progress) and
knows nothing of quizkit's database. genanki writes the notes and new cards; the
learner's scheduling is then written into the same SQLite, because genanki only
writes new cards. A review's due date is a day number counted from the package's
creation day; Anki's importer shifts it by the difference between the package's
"today" and the target collection's, so a card due in 5 days here is due in 5 days
in Anki. Anki keeps it only when "Include reviews" is ticked in its import dialog.

The same input and timestamp give the same bytes: fixed ids, a fixed creation day,
sorted JSON, and zip entries stamped with the export timestamp.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import json
import os
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from quizkit.anki.fields import deck_id_for, note_guid
from quizkit.anki.model import genanki_models
from quizkit.anki.note import AnkiNote
from quizkit.clock import ROLLOVER_HOUR
from quizkit.errors import ExportError

if TYPE_CHECKING:
    from quizkit.store.types import DeckInfo, Progress

__all__ = ["COLLECTION_CREATED", "write_package"]

# The package's collection "was created" at noon UTC on this day, and its
# creation offset is UTC: Anki then counts its days from this date exactly, and a
# due date D is stored as day number (D - COLLECTION_CREATED).
COLLECTION_CREATED = dt.date(2020, 1, 1)
_CREATED_STAMP = int(
    dt.datetime.combine(COLLECTION_CREATED, dt.time(12), tzinfo=dt.UTC).timestamp()
)

# Anki's card type and queue for a card in review (its "ivl" counts days).
_CARD_TYPE_REVIEW = 2
_QUEUE_REVIEW = 2
# Anki's review-log types.
_REVLOG_LEARN, _REVLOG_REVIEW, _REVLOG_RELEARN = 0, 1, 2
# Anki ignores answer times over its "maximum answer seconds" (60 by default).
_MAX_ANSWER_MS = 60_000


def _deck_names(decks: Sequence[DeckInfo]) -> dict[str, str]:
    """Anki deck names: the titles (Anki matches decks by name), unique among the export."""
    # "::" would nest the deck in Anki; a shared title would merge two decks into one.
    titles = {d.slug: (d.title.strip() or d.slug).replace("::", ":") for d in decks}
    shared = [t for t in titles.values() if list(titles.values()).count(t) > 1]
    return {slug: f"{t} ({slug})" if t in shared else t for slug, t in titles.items()}


def _anki_grade(grade: int) -> int:
    """Anki's answer buttons: 1 Again, 2 Hard, 3 Good, 4 Easy (quizkit's a/h/g/e keys)."""
    if grade < 3:
        return 1
    return {3: 2, 4: 3}.get(grade, 4)


def _write_sqlite(
    db_path: Path,
    decks: Sequence[DeckInfo],
    exported: Sequence[AnkiNote],
    stamp: float,
    progress: Progress | None,
) -> tuple[int, int]:
    """Write the package's collection; return (cards scheduled, review-log entries)."""
    import genanki

    models = genanki_models()
    names = _deck_names(decks)
    anki_decks: dict[str, Any] = {}
    for info in decks:
        slug = info.slug
        description = f"quizkit deck <code>{html.escape(slug, quote=False)}</code>"
        if info.source:
            description += f" from {html.escape(info.source, quote=False)}"
        anki_decks[slug] = genanki.Deck(deck_id_for(slug), names[slug], description=description)
    for position, note in enumerate(exported):
        anki_decks[note.deck].add_note(
            genanki.Note(
                model=models[note.model],
                fields=note.fields,
                tags=note.tags,
                guid=note_guid(note.deck, note.note_id),
                # New cards come in deck order in Anki too.
                due=position,
            )
        )
    package = genanki.Package([anki_decks[d.slug] for d in decks])

    conn = sqlite3.connect(db_path)
    try:
        cursor = conn.cursor()
        package.write_to_db(cursor, stamp, itertools.count(int(stamp * 1000)))
        _set_collection_timing(cursor)
        scheduled, logged = (
            _write_progress(cursor, exported, stamp, progress) if progress else (0, 0)
        )
        conn.commit()
    finally:
        conn.close()
    return scheduled, logged


def _set_collection_timing(cursor: sqlite3.Cursor) -> None:
    """Pin the package's calendar so that review due days mean fixed dates.

    genanki's collection claims no scheduler version, so Anki would upgrade it on
    import and take its creation offset from the importing machine's time zone;
    stating version 2, a UTC creation offset and quizkit's rollover hour (04:00, also
    Anki's default) makes Anki count days from ``COLLECTION_CREATED`` on every machine.
    """
    (conf_json,) = cursor.execute("SELECT conf FROM col").fetchone()
    conf = json.loads(conf_json)
    conf.update({"schedVer": 2, "creationOffset": 0, "rollover": ROLLOVER_HOUR})
    cursor.execute(
        "UPDATE col SET crt = ?, conf = ?", (_CREATED_STAMP, json.dumps(conf, sort_keys=True))
    )


def _write_progress(
    cursor: sqlite3.Cursor,
    exported: Sequence[AnkiNote],
    stamp: float,
    progress: Progress,
) -> tuple[int, int]:
    states = progress.schedules
    if not states:
        return 0, 0
    anki_note_ids = dict(cursor.execute("SELECT guid, id FROM notes").fetchall())
    anki_card_ids: dict[int, int] = {}
    scheduled = 0
    for note in exported:
        nid = anki_note_ids[note_guid(note.deck, note.note_id)]
        for ord_, card_id in note.cards:
            row = cursor.execute(
                "SELECT id FROM cards WHERE nid = ? AND ord = ?", (nid, ord_)
            ).fetchone()
            if row is None:
                continue
            anki_card_ids[card_id] = int(row[0])
            state = states.get(card_id)
            if state is None:
                continue
            cursor.execute(
                "UPDATE cards SET type = ?, queue = ?, due = ?, ivl = ?, factor = ?, "
                "reps = ?, lapses = ?, left = 0, mod = ? WHERE id = ?",
                (
                    _CARD_TYPE_REVIEW,
                    _QUEUE_REVIEW,
                    (state.due - COLLECTION_CREATED).days,
                    max(1, state.interval),
                    state.easiness_milli,
                    state.reviews,
                    state.lapses,
                    int(stamp),
                    int(row[0]),
                ),
            )
            scheduled += 1
    used: set[int] = set()
    logged = 0
    for review in progress.answers:
        cid = anki_card_ids.get(review.card)
        if cid is None:
            continue
        # Anki keys its review log by the answer's time in milliseconds (stored as naive UTC).
        revlog_id = int(review.reviewed_at.replace(tzinfo=dt.UTC).timestamp() * 1000)
        while revlog_id in used:
            revlog_id += 1
        used.add(revlog_id)
        kind = {"new": _REVLOG_LEARN, "repeat": _REVLOG_RELEARN}.get(review.kind, _REVLOG_REVIEW)
        cursor.execute(
            "INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) "
            "VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)",
            (
                revlog_id,
                cid,
                _anki_grade(review.grade),
                review.interval_after,
                review.interval_before,
                review.easiness_milli_after,
                min(max(review.elapsed_ms or 0, 0), _MAX_ANSWER_MS),
                kind,
            ),
        )
        logged += 1
    return scheduled, logged


def _zip_package(db_path: Path, out: IO[bytes], stamp: float) -> None:
    """Zip the collection as Anki expects, with fixed entry metadata (same input, same bytes)."""
    when = time.gmtime(max(stamp, 315_532_800))[:6]  # zip dates start in 1980

    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in (("collection.anki2", db_path.read_bytes()), ("media", b"{}")):
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            # zlib's fastest level: a third of the default's time for a package 5 %
            # larger (20,000 notes: 1.6 MB instead of 1.5 MB).
            archive.writestr(info, data, compresslevel=1)


def write_package(
    target: Path,
    decks: Sequence[DeckInfo],
    notes: Sequence[AnkiNote],
    stamp: float,
    progress: Progress | None = None,
) -> tuple[int, int]:
    """Write the package ``target`` atomically; return (cards scheduled, review-log entries).

    ``decks`` in the order Anki lists them; ``notes`` in the order their new cards
    come; ``stamp`` (seconds since the epoch) is the notes' modification time and
    the zip entries' date; ``progress`` (keyed by the notes' card row ids) becomes
    the cards' scheduling and review log.
    """
    with tempfile.TemporaryDirectory(prefix="quizkit-anki-") as work:
        db_path = Path(work) / "collection.anki2"
        scheduled, logged = _write_sqlite(db_path, decks, notes, stamp, progress)
        try:
            fd, tmp_name = tempfile.mkstemp(
                dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
            )
        except OSError as exc:
            raise ExportError(f"{target}: cannot write: {exc.strerror or exc}") from exc
        try:
            # mkstemp makes the file private; a package is as readable as any document.
            os.fchmod(fd, target.stat().st_mode & 0o777 if target.exists() else 0o644)
            with os.fdopen(fd, "wb") as out:
                _zip_package(db_path, out, stamp)
            os.replace(tmp_name, target)
        except OSError as exc:
            Path(tmp_name).unlink(missing_ok=True)
            raise ExportError(f"{target}: cannot write: {exc.strerror or exc}") from exc
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
    return scheduled, logged

"""The collection: decks, notes and cards in one database, shared by many learners."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import operator
import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType, TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Connection,
    CursorResult,
    Row,
    Table,
    bindparam,
    case,
    func,
    insert,
    select,
    update,
)

from quizkit import __version__, cloze
from quizkit._gc import collector_paused
from quizkit.clock import timezone_of, utcnow
from quizkit.deckfile import Deck, decode_deck, find_deck_files, read_deck_file
from quizkit.errors import DeckError, UsageError
from quizkit.grading import fingerprint, fingerprint_of, normalize
from quizkit.inputs import MAX_ID_CHARS, MAX_NAME_CHARS, check_count, check_learner_name, check_text
from quizkit.notes import ClozeNote, FactNote, Note, NoteType, ScenarioNote, origin_from_payload
from quizkit.store import marks
from quizkit.store import statements as st
from quizkit.store.conversation import Reminder
from quizkit.store.conversation import learners_due as reminders_due
from quizkit.store.direct import StepConnections, step_connections
from quizkit.store.driver import execute
from quizkit.store.engine import db_errors, make_engine, migrate, resolve_url, retries, write
from quizkit.store.learner import Learner
from quizkit.store.rows import CARD_BY_KEY, AnyRow, card_select, checked_card
from quizkit.store.tables import cards, decks, learners, notes
from quizkit.store.types import Card, DeckInfo, DeckReport, ExportNote, ImportReport

if TYPE_CHECKING:
    from quizkit.anki import AnkiExport

__all__ = ["Collection", "bundled_decks_dir", "open"]

_DEFAULT_NEW_PER_DAY = 20


def bundled_decks_dir() -> Path:
    """The decks that ship with quizkit: inside the wheel, or ``decks/`` of a source checkout."""
    packaged = Path(__file__).resolve().parent.parent / "_bundled_decks"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent.parent / "decks"


def open(db: str | os.PathLike[str] | None = None) -> Collection:
    """Open (creating and migrating as needed) the collection at ``db``.

    ``db`` is an SQLAlchemy URL or a file path; None means ``QUIZKIT_DB`` or
    ``quizkit.db`` in the user data directory.
    """
    if db is not None and not isinstance(db, str | os.PathLike):
        raise UsageError(f"db must be a path or an SQLAlchemy URL (str), not {type(db).__name__}")
    if db is not None:
        # SQLite and the drivers take the name as UTF-8 text, without NUL.
        check_text(os.fspath(db), "the database path or URL")
    return Collection(resolve_url(db))


# json.dumps(..., sort_keys=True) builds a new encoder on every call; an import
# encodes one payload per note, so it is built once (same output).
_PAYLOAD_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


# The string encoder that encoder uses (ensure_ascii=False): C, one call per string.
_JSON_STRING = json.encoder.encode_basestring


def _payload(note: Note) -> str:
    """``note.to_payload()`` as stored JSON (keys sorted, ", " and ": " between)."""
    if type(note) is not ScenarioNote:
        # A fact's or cloze note's payload is its origin alone: written out here,
        # the same bytes as the encoder's at a quarter of its time (tests hold
        # them equal), for the plain values an origin holds.
        origin = note.origin
        if origin is None:
            return "{}"
        document, section, line = origin.document, origin.section, origin.line
        if type(document) is str and type(section) is str and (line is None or type(line) is int):
            return (
                f'{{"origin": {{"document": {_JSON_STRING(document)}, '
                f'"line": {"null" if line is None else int.__repr__(line)}, '
                f'"section": {_JSON_STRING(section)}}}}}'
            )
    return _PAYLOAD_JSON.encode(note.to_payload())


_CLOZE, _SCENARIO = NoteType.CLOZE.value, NoteType.SCENARIO.value

# What a note stores besides its identity and place; equal content, unchanged note.
_CONTENT = ("type", "front", "back", "tags", "reverse", "payload")


def _note_content(note: Note) -> tuple[str, str, str, str, bool, str]:
    """The note's ``_CONTENT`` columns: one text column per note holds a fact's
    front, a cloze note's text or a scenario's prompt."""
    tags = " ".join(note.tags)
    # `_value_`, not `.value`: the same str, without the enum property's Python call.
    match note:
        case FactNote():
            return (note.type._value_, note.front, note.back, tags, note.reverse, _payload(note))
        case ClozeNote():
            return (_CLOZE, note.text, "", tags, False, _payload(note))
        case ScenarioNote():
            return (_SCENARIO, note.prompt, "", tags, False, _payload(note))


def _card_fingerprints(note: Note) -> list[tuple[int, str]]:
    """(ord, fingerprint) of each card a note makes: forward, then reverse if asked;
    a cloze note's cards have their cloze numbers as ords."""
    match note:
        case ClozeNote():
            made = (cloze.card_of(note.text, n) for n in cloze.numbers(note.text))
            return [(c.number, fingerprint(c.front, c.back)) for c in made]
        case ScenarioNote():
            body = json.dumps([note.manifests, dict(note.request)], sort_keys=True)
            return [(0, fingerprint(f"{note.prompt}\x1e{body}", note.ask))]
        case FactNote():
            front, back = normalize(note.front), normalize(note.back)
            out = [(0, fingerprint_of(front, back))]
            if note.reverse:
                out.append((1, fingerprint_of(back, front)))
            return out


def card_key(deck: str, note: str, note_type: NoteType, ord_: int) -> str:
    """A card's id: ``DECK/NOTE-ID``, plus ``:reverse`` or a cloze card's ``:cN``."""
    if note_type is NoteType.CLOZE:
        return f"{deck}/{note}:c{ord_}"
    return f"{deck}/{note}" + (":reverse" if ord_ == 1 else "")


def _path(value: object) -> Path:
    if not isinstance(value, str | os.PathLike):
        raise UsageError(f"a deck path must be a str or path, not {type(value).__name__}")
    return Path(value)


class Collection:
    """Decks, notes and cards in one database; :meth:`learner` gives a learner's view.

    Use it as a context manager (``with quizkit.open() as col:``) or call :meth:`close`.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        try:
            with db_errors(url):
                migrate(self.engine)
        except BaseException:
            self.engine.dispose()  # a refused database keeps no pooled connection open
            raise
        # A study step's own sqlite3 connections on an SQLite file (None: SQLAlchemy's).
        self.steps: StepConnections | None = step_connections(url)

    # -- lifecycle -----------------------------------------------------------

    def close(self) -> None:
        if self.steps is not None:
            self.steps.close()
        self.engine.dispose()

    def __enter__(self) -> Collection:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<quizkit.Collection {self.engine.url.render_as_string(hide_password=True)}>"

    # -- decks ---------------------------------------------------------------

    def is_empty(self) -> bool:
        """True when no deck was ever imported."""
        with db_errors(self.url), self.engine.connect() as conn:
            return conn.execute(st.ANY_DECK).first() is None

    def import_decks(self, paths: Iterable[str | os.PathLike[str]] | None = None) -> ImportReport:
        """Import deck files or folders (default: the bundled decks); idempotent.

        Every file is loaded and validated before the database is touched, and the
        whole batch is one transaction: a bad file changes nothing. Notes keep their
        learners' progress across wording edits (identity is the note id); notes
        that vanished from their deck are retired, not deleted.
        """
        if isinstance(paths, str | os.PathLike):
            paths = [paths]  # one path, not an iterable of its characters
        if paths is not None and not isinstance(paths, Iterable):
            raise UsageError(f"paths must be a list of paths, not {type(paths).__name__}")
        chosen = [bundled_decks_dir()] if paths is None else [_path(p) for p in paths]
        files = find_deck_files(chosen)
        if not files:
            raise DeckError(
                "no deck files (*.yaml) found", file=", ".join(str(p) for p in chosen) or "."
            )
        # An unchanged file (its digest is the one stored at its deck's last import)
        # is not parsed: a bot importing its decks at every start pays one read and
        # one hash per file. The digests are checked again inside the transaction.
        contents = [(str(f), read_deck_file(f)) for f in files]
        digests = [file_digest(data) for _, data in contents]
        with db_errors(self.url), self.engine.connect() as conn:
            known: dict[str, str] = dict(
                conn.execute(
                    select(decks.c.content_digest, decks.c.slug).where(
                        decks.c.content_digest.in_(set(digests))
                    )
                ).all()
            )
        with collector_paused():
            sources = []
            for (file, data), digest in zip(contents, digests, strict=True):
                slug = known.get(digest)
                if slug is None:
                    sources.append(_Source(decode_deck(data, file), file, digest))
                else:
                    sources.append(_Source(None, file, digest, slug=slug, data=data))
            return self._import(sources)

    def import_loaded(self, loaded: Sequence[Deck]) -> ImportReport:
        """Import decks that are already loaded (see :meth:`import_decks`)."""
        for deck in loaded:
            if not isinstance(deck, Deck):
                raise UsageError(f"import_loaded takes Deck values, not {type(deck).__name__}")
        with collector_paused():
            return self._import([_Source(deck, deck.path, None) for deck in loaded])

    def _import(self, sources: Sequence[_Source]) -> ImportReport:
        first_file: dict[str, str] = {}
        for source in sources:
            if source.slug in first_file:
                raise DeckError(
                    f"deck slug {source.slug!r} is also used by {first_file[source.slug]}; "
                    "slugs are unique in a collection",
                    file=source.file or None,
                    field="deck",
                )
            first_file[source.slug] = source.file or "<deck>"
        now = utcnow().replace(tzinfo=None)
        with db_errors(self.url), write(self.engine) as conn:
            reports = tuple(_import_source(conn, source, now) for source in sources)
        return ImportReport(reports)

    def decks(self) -> list[DeckInfo]:
        """Every deck in the collection with its note and card counts."""
        live_notes = func.sum(case((notes.c.retired.is_(False), 1), else_=0))
        retired_notes = func.sum(case((notes.c.retired.is_(True), 1), else_=0))
        note_counts = (
            select(
                notes.c.deck_id,
                live_notes.label("live"),
                retired_notes.label("retired"),
            )
            .group_by(notes.c.deck_id)
            .subquery()
        )
        card_counts = (
            select(cards.c.deck_id, func.count().label("n"))
            .where(cards.c.retired.is_(False))
            .group_by(cards.c.deck_id)
            .subquery()
        )
        query = (
            select(
                decks.c.slug,
                decks.c.title,
                decks.c.source,
                func.coalesce(note_counts.c.live, 0),
                func.coalesce(note_counts.c.retired, 0),
                func.coalesce(card_counts.c.n, 0),
            )
            .select_from(
                decks.outerjoin(note_counts, note_counts.c.deck_id == decks.c.id).outerjoin(
                    card_counts, card_counts.c.deck_id == decks.c.id
                )
            )
            .order_by(decks.c.slug)
        )
        with db_errors(self.url), self.engine.connect() as conn:
            return [
                DeckInfo(slug, title, source, int(live), int(n_cards), int(retired))
                for slug, title, source, live, retired, n_cards in conn.execute(query)
            ]

    def deck_id(self, conn: Connection | sqlite3.Connection, slug: str) -> int:
        check_text(slug, "deck", max_chars=MAX_ID_CHARS, single_line=True)
        row = execute(conn, "deck_by_slug", st.DECK_BY_SLUG, {"b_slug": slug}).first()
        if row is None:
            with self.engine.connect() as other:
                known = [r[0] for r in other.execute(select(decks.c.slug).order_by(decks.c.slug))]
            choices = ", ".join(known) if known else "none imported yet (run `quizkit import`)"
            raise UsageError(f"no deck {slug!r}; decks: {choices}")
        return int(row[0])

    # -- cards ---------------------------------------------------------------

    def card(self, card_id: str) -> Card:
        """The card with id ``DECK/NOTE-ID[:reverse]``; retired cards are unknown."""
        with db_errors(self.url), self.engine.connect() as conn:
            return self.card_in(conn, card_id)

    def card_in(self, conn: Connection, card_id: str, queue: str = "review") -> Card:
        check_text(card_id, "card id", max_chars=MAX_ID_CHARS, single_line=True)
        row = conn.execute(CARD_BY_KEY, {"b_key": card_id}).first()
        return checked_card(row, card_id, queue)[0]

    # -- learners ------------------------------------------------------------

    def learner(
        self, name: str, *, new_per_day: int | None = None, timezone: str | None = None
    ) -> Learner:
        """The learner called ``name``, created on first use.

        ``new_per_day`` (default 20) and ``timezone`` (an IANA name; default the
        machine's) are stored when given, so a bot sets them once per learner.
        """
        name = check_learner_name(name)
        if new_per_day is not None:
            check_count(new_per_day, "new_per_day")
        if timezone is not None:
            check_text(timezone, "timezone", max_chars=MAX_NAME_CHARS, single_line=True)
        timezone_of(timezone)  # validate early
        with db_errors(self.url):
            # Most calls find the learner as it is: a plain read, no write lock.
            with self.engine.connect() as conn:
                row = conn.execute(st.LEARNER_BY_NAME, {"b_name": name}).first()
            if row is None or _learner_changes(row, new_per_day, timezone):
                for attempt in retries():
                    with attempt, write(self.engine) as conn:
                        row = self._learner_row(conn, name, new_per_day, timezone)
        assert row is not None  # the last attempt returns a row or raises
        return Learner(self, int(row.id), row.name, int(row.new_per_day), row.timezone)

    def _learner_row(
        self, conn: Connection, name: str, new_per_day: int | None, timezone: str | None
    ) -> Row[Any]:
        row = conn.execute(st.LEARNER_BY_NAME, {"b_name": name}).first()
        if row is None:
            learner_id = _new_id(
                conn.execute(
                    insert(learners).values(
                        name=name,
                        new_per_day=_DEFAULT_NEW_PER_DAY if new_per_day is None else new_per_day,
                        timezone=timezone,
                        created_at=utcnow().replace(tzinfo=None),
                    )
                )
            )
            row = conn.execute(select(learners).where(learners.c.id == learner_id)).one()
        else:
            changes = _learner_changes(row, new_per_day, timezone)
            if changes:
                conn.execute(update(learners).where(learners.c.id == row.id).values(**changes))
                row = conn.execute(select(learners).where(learners.c.id == row.id)).one()
        return row

    def learners_due(self, now: dt.datetime | None = None, prefix: str = "") -> list[Reminder]:
        """The learners to remind now that cards are due (see ``store.conversation``).

        Each learner's reminder hour is set with
        :func:`quizkit.store.conversation.set_reminder` (the chat's ``/remind``);
        a learner is listed once per day, at that hour in their time zone.
        ``prefix`` limits it to learners whose names start with it (one network's).
        """
        return reminders_due(self, now if now is not None else utcnow(), prefix)

    # -- export --------------------------------------------------------------

    def export_notes(self, slugs: Sequence[str]) -> Iterator[ExportNote]:
        """The live notes of the decks ``slugs`` with their live cards, for an export.

        Deck by deck in the order given, each deck in its file's order (the order
        Anki shows new cards in); a note's cards in that order too. Unknown slugs
        give nothing. The rows are read at once; the notes are made as they are
        iterated, straight from the rows, without a :class:`Card` per card: an export
        reads thousands (a test pins them equal to what :meth:`card` gives).
        """
        query = card_select().where(
            decks.c.slug.in_(list(slugs)), cards.c.retired.is_(False), notes.c.retired.is_(False)
        )
        query = query.add_columns(cards.c.position)
        with db_errors(self.url), self.engine.connect() as conn:
            result = conn.execute(query)
            # Rows are read by index: far cheaper than by attribute, for thousands of rows.
            at = {name: i for i, name in enumerate(result.keys())}
            rows = list(result.all())
        i_id, i_ord, i_slug, i_key = at["card_id"], at["ord"], at["slug"], at["note_key"]
        i_position = at["position"]
        if len(slugs) == 1:
            rows.sort(key=operator.itemgetter(i_position, i_ord))
        else:
            deck_rank = {slug: i for i, slug in enumerate(slugs)}
            rows.sort(key=lambda r: (deck_rank[r[i_slug]], r[i_position], r[i_ord]))
        by_note: dict[tuple[str, str], list[tuple[int, int]]] = {}
        firsts: list[AnyRow] = []
        for row in rows:
            key = (row[i_slug], row[i_key])
            note_cards = by_note.get(key)
            if note_cards is None:
                note_cards = by_note[key] = []
                firsts.append(row)
            note_cards.append((int(row[i_ord]), int(row[i_id])))
        del rows  # only the first row of each note is read again
        columns = tuple(at[name] for name in _EXPORT_COLUMNS)
        return (_export_note(row, columns, by_note) for row in firsts)

    def find_learner(self, name: str) -> Learner:
        """The learner called ``name``, who must exist (unlike :meth:`learner`, no creation)."""
        with db_errors(self.url), self.engine.connect() as conn:
            row = conn.execute(select(learners).where(learners.c.name == name)).first()
            if row is None:
                known = [
                    r[0] for r in conn.execute(select(learners.c.name).order_by(learners.c.name))
                ]
        if row is None:
            choices = ", ".join(known) if known else "none yet"
            raise UsageError(f"no learner {name!r} in this database; learners: {choices}")
        return Learner(self, int(row.id), row.name, int(row.new_per_day), row.timezone)

    def export_anki(
        self,
        path: str | os.PathLike[str],
        decks: Sequence[str] | None = None,
        learner: str | None = None,
        with_scheduling: bool = False,
        *,
        timestamp: float | dt.datetime | None = None,
    ) -> AnkiExport:
        """Write an Anki package (.apkg) of ``decks`` (default: all).

        See :func:`quizkit.anki.export_collection`; ``timestamp`` (default now)
        makes the output reproducible.
        """
        from quizkit.anki import export_collection

        return export_collection(
            self,
            path,
            decks=decks,
            learner=learner,
            with_scheduling=with_scheduling,
            timestamp=timestamp,
        )


_EXPORT_COLUMNS = ("slug", "note_key", "type", "front", "back", "tags", "payload")
# A note without a request (every note but a scenario) shares this one, unchanged.
_NO_REQUEST: Mapping[str, str] = MappingProxyType({})
# A dict lookup: a tenth of the time of NoteType(value), once per exported note.
_NOTE_TYPES = {t.value: t for t in NoteType}


def _export_note(
    row: AnyRow, columns: tuple[int, ...], by_note: dict[tuple[str, str], list[tuple[int, int]]]
) -> ExportNote:
    """The :class:`ExportNote` of ``row``, its note's first card (``columns``: where
    ``_EXPORT_COLUMNS`` are in it); ``by_note`` holds every note's cards."""
    i_slug, i_key, i_type, i_front, i_back, i_tags, i_payload = columns
    payload = _payload_of(row[i_payload])
    tags = tuple(row[i_tags].split()) if row[i_tags] else ()
    key = (row[i_slug], row[i_key])
    note_type = _NOTE_TYPES[row[i_type]]
    note = ExportNote(
        deck=key[0],
        note_id=key[1],
        type=note_type,
        text=row[i_front],
        back=row[i_back],
        tags=tags,
        origin=origin_from_payload(payload),
        cards=tuple(by_note.pop(key)),
        request=_NO_REQUEST,
    )
    if note_type is not NoteType.SCENARIO:
        return note
    scenario = ScenarioNote.from_payload(key[1], tags=tags, payload=payload)
    return replace(
        note,
        ask=scenario.ask,
        prompt=scenario.prompt,
        manifests=scenario.manifests,
        request=scenario.request,
        service=scenario.service,
    )


_PAYLOAD_DECODER = json.JSONDecoder()


def _payload_of(text: str) -> dict[str, Any]:
    """``json.loads`` of a stored payload, quicker: payloads are stored without spaces
    around them (``raw_decode`` skips ``loads``'s whitespace handling)."""
    try:
        value, end = _PAYLOAD_DECODER.raw_decode(text)
    except ValueError:
        value, end = json.loads(text), len(text)  # json.loads's own error, if any
    payload: dict[str, Any] = value if end == len(text) else json.loads(text)
    return payload


# The digest covers the rules a file was checked and stored by, as well as its
# bytes: a quizkit whose loader accepts less, or stores notes differently, reads
# every file once more. Bump the number when either changes within a version
# (2: the one-pass loader refuses tags, deep nesting, long integers, NUL text and
# scenarios the evaluator cannot use).
_DIGEST_PREFIX = f"quizkit {__version__} deck import 2\n".encode()


def file_digest(data: bytes) -> str:
    """The digest stored with a deck imported from a file of these bytes."""
    digest = hashlib.sha256(_DIGEST_PREFIX)
    digest.update(data)
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class _Source:
    """One deck of an import: loaded, or (``deck`` None) a file unchanged since its
    deck's last import, whose ``data`` is parsed only if another import changed
    the deck meanwhile."""

    deck: Deck | None
    file: str
    # The file's digest; None for decks loaded by the caller (nothing to compare).
    digest: str | None
    slug: str = ""
    data: bytes = b""

    def __post_init__(self) -> None:
        if self.deck is not None:
            object.__setattr__(self, "slug", self.deck.slug)


def _import_source(conn: Connection, source: _Source, now: dt.datetime) -> DeckReport:
    deck = source.deck
    if deck is None:
        row = conn.execute(
            select(decks.c.id, decks.c.content_digest).where(decks.c.slug == source.slug)
        ).first()
        if row is not None and row.content_digest == source.digest:
            conn.execute(update(decks).where(decks.c.id == row.id).values(imported_at=now))
            live = conn.execute(
                select(func.count())
                .select_from(notes)
                .where(notes.c.deck_id == row.id, notes.c.retired.is_(False))
            ).scalar_one()
            return DeckReport(source.slug, unchanged=int(live))
        # Another import changed the deck since the digests were read.
        deck = decode_deck(source.data, source.file)
    return _import_deck(conn, deck, now, source.digest)


def _learner_changes(
    row: Row[Any], new_per_day: int | None, timezone: str | None
) -> dict[str, Any]:
    """The settings given that differ from the learner's stored ones."""
    changes: dict[str, Any] = {}
    if new_per_day is not None and new_per_day != row.new_per_day:
        changes["new_per_day"] = new_per_day
    if timezone is not None and timezone != row.timezone:
        changes["timezone"] = timezone
    return changes


def _new_id(result: CursorResult[Any]) -> int:
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def _insert_many(
    conn: Connection, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    """INSERT ``rows`` (values of ``columns``: plain str, int, bool or None) in one executemany.

    The statement is SQLAlchemy's, compiled for this connection's dialect; only
    its per-row parameter processing is skipped, which costs more than SQLite's
    own insert work and has nothing to do for such values (bools are ints to
    sqlite3, booleans to psycopg).
    """
    compiled = insert(table).compile(
        dialect=conn.dialect, column_keys=list(columns), for_executemany=True
    )
    if compiled.positional:
        order = [columns.index(key) for key in compiled.positiontup or []]
        if order != list(range(len(columns))):
            pick = operator.itemgetter(*order)
            rows = [pick(row) for row in rows]
        conn.exec_driver_sql(compiled.string, rows)
    else:
        names = [compiled.bind_names[compiled.binds[key]] for key in columns]
        conn.exec_driver_sql(compiled.string, [dict(zip(names, row, strict=True)) for row in rows])


def _import_deck(conn: Connection, deck: Deck, now: dt.datetime, digest: str | None) -> DeckReport:
    row = conn.execute(select(decks.c.id, decks.c.source).where(decks.c.slug == deck.slug)).first()
    # Another document making a deck of the same slug replaces it: worth saying, as
    # the notes it lacks retire (their progress waits, should they come back).
    replaced = (
        row.source
        if row is not None and row.source and deck.source and row.source != deck.source
        else ""
    )
    values = {
        "title": deck.title,
        "source": deck.source,
        "imported_at": now,
        "content_digest": digest,
    }
    if row is None:
        deck_id = _new_id(conn.execute(insert(decks).values(slug=deck.slug, **values)))
    else:
        deck_id = int(row[0])
        conn.execute(update(decks).where(decks.c.id == deck_id).values(**values))

    existing = {
        r.key: r
        for r in conn.execute(
            select(
                *(notes.c[name] for name in _CONTENT),  # first: old[: len(_CONTENT)]
                notes.c.id,
                notes.c.key,
                notes.c.retired,
                notes.c.position,
            ).where(notes.c.deck_id == deck_id)
        ).all()
    }
    added: list[tuple[Any, ...]] = []
    changed: list[dict[str, Any]] = []
    n_updated = n_unchanged = 0
    for position, note in enumerate(deck.notes):
        content = _note_content(note)
        old = existing.pop(note.id, None)
        if old is None:
            added.append((deck_id, note.id, position, *content, False))
            continue
        content_changed = old.retired or tuple(old[: len(_CONTENT)]) != content
        if content_changed:
            n_updated += 1
        else:
            n_unchanged += 1
        if content_changed or old.position != position:
            values = dict(zip(_CONTENT, content, strict=True))
            changed.append({**values, "b_id": old.id, "position": position, "retired": False})
    vanished = [r.id for r in existing.values() if not r.retired]

    if added:
        _insert_many(conn, notes, ("deck_id", "key", "position", *_CONTENT, "retired"), added)
    if changed:
        conn.execute(
            update(notes)
            .where(notes.c.id == bindparam("b_id"))
            .values(
                **{name: bindparam(name) for name in _CONTENT},
                position=bindparam("position"),
                retired=bindparam("retired"),
            ),
            changed,
        )
    if vanished:
        conn.execute(update(notes).where(notes.c.id.in_(vanished)).values(retired=True))

    _sync_cards(conn, deck, deck_id)
    return DeckReport(deck.slug, len(added), n_updated, n_unchanged, len(vanished), replaced)


def _sync_cards(conn: Connection, deck: Deck, deck_id: int) -> None:
    """Make the deck's cards match its live notes: add, update, retire."""
    # .all(): one fetch of every row, not a fetch per row (thousands of notes).
    note_ids: dict[str, int] = dict(
        conn.execute(select(notes.c.key, notes.c.id).where(notes.c.deck_id == deck_id)).all()
    )
    # By card key, not (note, ord): a note that turns from a fact into a cloze note
    # makes new cards (":c1" is not ":reverse") and retires the old ones.
    existing = {
        r.key: r
        for r in conn.execute(
            select(
                cards.c.id,
                cards.c.key,
                cards.c.note_id,
                cards.c.ord,
                cards.c.fingerprint,
                cards.c.position,
                cards.c.retired,
            ).where(cards.c.deck_id == deck_id)
        ).all()
    }
    new_cards: list[tuple[Any, ...]] = []
    changed: list[dict[str, Any]] = []
    # The lowest position where a card was added, moved or restored.
    moved_from = len(deck.notes)
    slug = deck.slug
    for position, note in enumerate(deck.notes):
        note_id = note_ids[note.id]
        for ord_, fp in _card_fingerprints(note):
            key = card_key(slug, note.id, note.type, ord_)
            old = existing.pop(key, None) if existing else None
            if old is None:
                new_cards.append((key, note_id, deck_id, ord_, position, fp, False))
                if position < moved_from:
                    moved_from = position
            elif old.fingerprint != fp or old.position != position or old.retired:
                changed.append({"b_id": old.id, "fingerprint": fp, "position": position})
                if (old.position != position or old.retired) and position < moved_from:
                    moved_from = position
    stale = [r.id for r in existing.values() if not r.retired]
    if new_cards:
        columns = ("key", "note_id", "deck_id", "ord", "position", "fingerprint", "retired")
        _insert_many(conn, cards, columns, new_cards)
    if changed:
        conn.execute(
            update(cards)
            .where(cards.c.id == bindparam("b_id"))
            .values(
                fingerprint=bindparam("fingerprint"), position=bindparam("position"), retired=False
            ),
            changed,
        )
    if stale:
        conn.execute(update(cards).where(cards.c.id.in_(stale)).values(retired=True))
    if moved_from < len(deck.notes):
        marks.cards_placed(conn, deck_id, moved_from)

"""Deck files: the YAML schema, loading with full validation, and a stable dump.

A deck file is the hand-editable middle of the pipeline (``build`` writes it,
``import`` reads it), so loading reports *every* problem with file, line and
field, and dumping is deterministic so that ``decks/`` diffs stay readable.

Loading reads the text into small nodes (:mod:`quizkit.deckyaml`: a line
reader for the YAML the writer emits, the YAML parser's events for any other
text) and checks them note by note. It is safe by construction: nothing is
ever constructed from a tag, and anchors, aliases and tags are refused
before anything could expand.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from quizkit import cloze
from quizkit._gc import collector_paused
from quizkit.deckyaml import NOTE_FIELDS, read_writer_deck
from quizkit.deckyaml import Map as _Map
from quizkit.deckyaml import Node as _Node
from quizkit.deckyaml import Scalar as _Scalar
from quizkit.deckyaml import Seq as _Seq
from quizkit.deckyaml import compose as _compose
from quizkit.errors import DeckError, QuizkitError, UnknownCardError
from quizkit.inputs import read_regular_file, write_files
from quizkit.notes import (
    FACT_TYPES,
    Ask,
    ClozeNote,
    FactNote,
    Note,
    NoteType,
    Origin,
    ScenarioNote,
    checked_fact_note,
)

if TYPE_CHECKING:
    import yaml

__all__ = [
    "FORMAT_VERSION",
    "Ask",
    "ClozeNote",
    "Deck",
    "FactNote",
    "Note",
    "NoteType",
    "Origin",
    "ScenarioNote",
    "decode_deck",
    "dump_deck",
    "dumps_deck",
    "find_deck_files",
    "load_deck",
    "loads_deck",
    "read_deck_file",
]

FORMAT_VERSION = 1

# Matched whole (fullmatch): `$` would also accept a trailing newline.
_SLUG = re.compile(r"[a-z0-9][a-z0-9-]*")
# Note ids are slugs joined by "/": readable, stable, and safe inside a card id.
_NOTE_ID = re.compile(r"[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*")
_TAG = re.compile(r"[^\s,]+")


@dataclass(frozen=True, slots=True)
class Deck:
    slug: str
    title: str
    notes: tuple[Note, ...]
    source: str = ""
    path: str = ""

    def note(self, note_id: str) -> Note:
        """The note ``note_id``; :class:`UnknownCardError` if the deck has none."""
        for note in self.notes:
            if note.id == note_id:
                return note
        raise UnknownCardError(f"deck {self.slug!r} has no note {note_id!r}")


# --------------------------------------------------------------------- loading


_DECK_KEYS = {"quizkit", "deck", "title", "source", "notes"}
_COMMON_KEYS = frozenset({"id", "type", "tags", "origin"})
_FACT_KEYS = _COMMON_KEYS | {"front", "back", "reverse"}
_SCENARIO_KEYS = _COMMON_KEYS | {"ask", "prompt", "manifests", "request", "service", "seed"}
_CLOZE_KEYS = _COMMON_KEYS | {"text"}
# The keys each note type allows (a new type: one line here, one reader below).
_NOTE_KEYS = {NoteType.SCENARIO: _SCENARIO_KEYS, NoteType.CLOZE: _CLOZE_KEYS}
_ORIGIN_KEYS = {"document", "section", "line"}
_REQUEST_KEYS = {"from", "to", "protocol"}


class _Checker:
    """Collects every problem of one deck file instead of stopping at the first."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[DeckError] = []

    def error(self, node: _Node | None, field_: str | None, message: str) -> None:
        line = node.line if node is not None else None
        self.problems.append(DeckError(message, file=self.file, line=line, field=field_))

    def raise_if_any(self) -> None:
        if self.problems:
            first = self.problems[0]
            raise DeckError(
                first.message,
                file=first.file,
                line=first.line,
                field=first.field,
                problems=list(self.problems),
            )


# YAML 1.1's implicit types, as PyYAML's safe loader resolves plain scalars.
_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
# Integers in a deck are versions, line numbers and seeds: 18 digits is plenty,
# and the bound keeps Python's 4,300-digit conversion limit out of reach.
_INT_DIGITS = 18


# The plain scalars YAML reads as null (PyYAML's resolver, as a set).
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})


def _resolve(node: _Scalar) -> str | None:
    """The tag YAML gives a plain scalar (None for quoted ones: always text)."""
    if not node.plain:
        return None
    import yaml

    return str(_resolver().resolve(yaml.ScalarNode, node.value, (True, False)))  # type: ignore[no-untyped-call]


@functools.cache
def _resolver() -> yaml.resolver.Resolver:
    import yaml

    return yaml.resolver.Resolver()


def _mapping(node: _Map) -> Iterator[tuple[str, _Scalar, _Node]]:
    return ((key_node.value, key_node, value_node) for key_node, value_node in node.pairs)


def _string(c: _Checker, node: _Node, field_: str, *, allow_empty: bool = False) -> str:
    if type(node) is not _Scalar or (node.plain and node.value in _NULLS):
        c.error(node, field_, "expected a string")
        return ""
    # Plain scalars that YAML would read as numbers or booleans are still text here
    # (a back of `80` or `Yes` is the string the author wrote).
    value = node.value
    if not allow_empty and (not value or value.isspace()):
        c.error(node, field_, "must not be empty")
    elif "\x00" in value:
        # SQLite would store it and PostgreSQL refuse it: refused everywhere.
        c.error(node, field_, "contains a NUL character (\\0); remove it")
    elif not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            c.error(node, field_, "contains a lone surrogate (an escape like \\ud800); remove it")
    return value


def _bool(c: _Checker, node: _Node, field_: str) -> bool:
    if isinstance(node, _Scalar) and _resolve(node) == _BOOL:
        import yaml

        return bool(yaml.constructor.SafeConstructor.bool_values[node.value.lower()])
    c.error(node, field_, "expected true or false")
    return False


def _int(c: _Checker, node: _Node, field_: str) -> int | None:
    if isinstance(node, _Scalar) and node.plain:
        text = node.value
        # Most integers are plain decimals (line numbers): YAML reads them as int().
        if text.isascii() and text.isdigit() and text[0] != "0" and len(text) <= _INT_DIGITS:
            return int(text)
    if isinstance(node, _Scalar) and _resolve(node) == _INT:
        if sum(ch.isdigit() for ch in node.value) > _INT_DIGITS:
            c.error(node, field_, f"integer too large; at most {_INT_DIGITS} digits")
            return None
        import yaml

        constructor = yaml.constructor.SafeConstructor()
        value = constructor.construct_yaml_int(yaml.ScalarNode(_INT, node.value))
        if isinstance(value, int) and abs(value) < 10**_INT_DIGITS:
            return value
        c.error(node, field_, f"integer too large; at most {_INT_DIGITS} digits")
        return None
    c.error(node, field_, "expected an integer")
    return None


def _nul_line(text: str) -> int:
    return text.count("\n", 0, text.index("\x00")) + 1


def loads_deck(text: str, file: str = "<deck>") -> Deck:
    """Parse and validate deck ``text``; ``file`` names it in error messages."""
    with collector_paused():
        return _loads(text, file, fast=True)


def _loads(text: str, file: str, *, fast: bool, values: bool = True) -> Deck:
    """:func:`loads_deck`: ``fast``, the writer's layout read into values and
    checked (:func:`_writer_deck`; not without ``values``), else the line reader
    or libyaml's parser; otherwise PyYAML's own parser alone."""
    if "\x00" in text:
        raise DeckError(
            "deck file contains NUL bytes; is it a binary file?", file=file, line=_nul_line(text)
        )
    if fast and values:
        deck = _writer_deck(text, file)
        if deck is not None:
            return deck
    c = _Checker(file)
    # The notes are checked as they are composed, their problems kept apart so
    # that the deck's own problems come first, as they come first in the file.
    notes_c = _Checker(file)
    notes: list[Note] = []
    ids: dict[str, int] = {}

    def take_note(index: int, node: _Node) -> None:
        note_id, note = _load_note(notes_c, node, f"notes[{index}]")
        # The id of a note with other mistakes still counts: a file with several
        # mistakes gets every one of them on the first try, a reused id too.
        if note_id in ids:
            notes_c.error(
                node,
                f"notes[{index}].id",
                f"duplicate id {note_id!r} (first used on line {ids[note_id]})",
            )
        elif note_id:
            ids[note_id] = node.line
        if note is not None:
            notes.append(note)

    def restart() -> None:
        # The line reader declined after handing over notes: the parser reads them all.
        notes.clear()
        ids.clear()
        notes_c.problems.clear()

    root = _compose(text, file, take_note, restart=restart, fast=fast)
    if not isinstance(root, _Map):
        c.error(root, None, "a deck file must be a mapping with quizkit, deck, title and notes")
        c.raise_if_any()
    assert isinstance(root, _Map)

    seen: dict[str, _Node] = {}
    for key, key_node, value in _mapping(root):
        if key in seen:
            c.error(key_node, key, "duplicate key")
        seen[key] = value
        if key not in _DECK_KEYS:
            c.error(key_node, key, f"unknown key; expected one of {', '.join(sorted(_DECK_KEYS))}")

    version_node = seen.get("quizkit")
    if version_node is None:
        c.error(root, "quizkit", f"missing; the deck format version is `quizkit: {FORMAT_VERSION}`")
    else:
        version = _int(c, version_node, "quizkit")
        if version is not None and version != FORMAT_VERSION:
            c.error(
                version_node,
                "quizkit",
                f"unsupported deck format {version}; expected {FORMAT_VERSION}",
            )

    slug = ""
    slug_node = seen.get("deck")
    if slug_node is None:
        c.error(root, "deck", "missing; the deck's slug, e.g. `deck: k8s-service-types`")
    else:
        slug = _string(c, slug_node, "deck")
        if slug and not _SLUG.fullmatch(slug):
            c.error(slug_node, "deck", f"{slug!r} is not a slug (lowercase letters, digits, '-')")

    title_node = seen.get("title")
    title = _string(c, title_node, "title") if title_node is not None else ""
    if title_node is None:
        c.error(root, "title", "missing; a human-readable deck title")

    source_node = seen.get("source")
    source = _string(c, source_node, "source") if source_node is not None else ""

    notes_node = seen.get("notes")
    if notes_node is None:
        c.error(root, "notes", "missing; a list of notes")
    elif not isinstance(notes_node, _Seq):
        c.error(notes_node, "notes", "expected a list of notes")
    c.problems.extend(notes_c.problems)
    c.raise_if_any()
    return Deck(slug=slug, title=title, notes=tuple(notes), source=source, path=file)


# ------------------------------------------- the writer's layout, checked as values


def _writer_deck(text: str, file: str) -> Deck | None:
    """The deck of ``text`` when it is in the deck writer's layout and has no
    problem at all; otherwise None, and the nodes' path reads it again.

    A problem needs its line, which plain values do not keep: rather than track
    lines here, any problem declines, and the path that reports problems (every
    one, with its line and field) finds it again. These checks are those of
    :func:`_load_note` and :func:`_loads`, on values; the tests hold the two
    paths to equal decks, and equal refusals, on written and mutated text.
    """
    read = read_writer_deck(text)
    if (
        read is None
        or read.version != FORMAT_VERSION
        or not _SLUG.fullmatch(read.slug)
        or _blank(read.title)
        or (read.source is not None and _blank(read.source))
    ):
        return None
    notes: list[Note] = []
    ids: set[str] = set()
    for row in read.notes:
        note = _writer_note(row)
        if note is None or note.id in ids:
            return None
        ids.add(note.id)
        notes.append(note)
    return Deck(read.slug, read.title, tuple(notes), read.source or "", file)


def _blank(value: str) -> bool:
    """What `_string` refuses as empty (NUL and lone surrogates never reach here)."""
    return not value or value.isspace()


_NOTE_TYPES = {kind.value: kind for kind in NoteType}
_new_fact = checked_fact_note()  # (its type is one of FACT_TYPES, checked here)
_ASKS = {ask.value: ask for ask in Ask}


def _writer_note(row: tuple[Any, ...]) -> Note | None:
    """The note of one row of ``NOTE_FIELDS``, or None if it has any problem."""
    (
        note_id,
        type_,
        ask,
        prompt,
        manifests,
        from_,
        to,
        protocol,
        service,
        seed,
        text,
        front,
        back,
        tags,
        reverse,
        document,
        section,
        line,
    ) = row
    kind = _NOTE_TYPES.get(type_)
    if kind is None or not _NOTE_ID.fullmatch(note_id):
        return None
    origin = None
    if document is not None:
        if _blank(document):
            return None
        origin = Origin(document, section or "", line)
    if kind in FACT_TYPES:
        if (
            not front
            or not back
            or front.isspace()
            or back.isspace()
            or text is not None
            or not _no_scenario_fields(row)
        ):
            return None  # (`_blank`, written out: this runs for most notes)
        return _new_fact(note_id, kind, front, back, tags or (), bool(reverse), origin)
    if front is not None or back is not None or reverse is not None:
        return None
    if kind is NoteType.CLOZE:
        if text is None or _blank(text) or not _no_scenario_fields(row) or cloze.problem(text):
            return None
        return ClozeNote(note_id, text, tags or (), origin)
    scenario_ask = _ASKS.get(ask)
    if (
        scenario_ask is None
        or text is not None
        or prompt is None
        or manifests is None
        or from_ is None
        or _blank(prompt)
        or _blank(manifests)
        or _blank(from_)
        or _blank(to)
        or (protocol is not None and _blank(protocol))
        or (service is not None and _blank(service))
    ):
        return None
    request = {"from": from_, "to": to}
    if protocol is not None:
        request["protocol"] = protocol
    if _scenario_problem(manifests, request) is not None:
        return None
    return ScenarioNote(
        note_id, scenario_ask, prompt, manifests, request, service or "", seed, tags or (), origin
    )


# The fields only a scenario has (ask .. seed in NOTE_FIELDS), all absent.
_SCENARIO_ONLY = slice(NOTE_FIELDS.index("ask"), NOTE_FIELDS.index("seed") + 1)
_NO_SCENARIO_FIELDS = (None,) * len(NOTE_FIELDS[_SCENARIO_ONLY])


def _no_scenario_fields(row: tuple[Any, ...]) -> bool:
    return row[_SCENARIO_ONLY] == _NO_SCENARIO_FIELDS


_E = TypeVar("_E", bound=StrEnum)


def _names(kind: type[StrEnum]) -> str:
    return ", ".join(member.value for member in kind)


class _NoteReader:
    """Reads the fields of one note mapping, recording each problem with its line and
    field (what ``routing.objects.Reader`` is to a manifest's objects).

    Every read records its problem and returns a harmless value, so one note
    reports all its problems; :attr:`ok` says whether it had none.
    """

    __slots__ = ("before", "c", "fields", "keys", "node", "where")

    def __init__(self, c: _Checker, node: _Map, where: str) -> None:
        self.c = c
        self.node = node
        self.where = where
        self.before = len(c.problems)
        self.fields: dict[str, _Node] = {}
        self.keys: dict[str, _Node] = {}
        for key, key_node, value in _mapping(node):
            if key in self.fields:
                c.error(key_node, f"{where}.{key}", "duplicate key")
            self.fields[key] = value
            self.keys[key] = key_node

    @property
    def ok(self) -> bool:
        return len(self.c.problems) == self.before

    def error(self, key: str, message: str, node: _Node | None = None) -> None:
        """A problem of field ``key``, on the line of ``node`` (else of the note)."""
        self.c.error(self.node if node is None else node, f"{self.where}.{key}", message)

    def refuse_unknown(self, allowed: frozenset[str], kind: str) -> None:
        for key in [key for key in self.fields if key not in allowed]:
            self.error(
                key,
                f"unknown key for a {kind} note; expected one of " + ", ".join(sorted(allowed)),
                self.keys[key],
            )

    def string(self, key: str, missing: str | None = None) -> str:
        """Field ``key`` as text; absent: ``""``, and the problem ``missing`` if given."""
        node = self.fields.get(key)
        if node is None:
            if missing is not None:
                self.error(key, missing)
            return ""
        return _string(self.c, node, f"{self.where}.{key}")

    def choice(self, key: str, kind: type[_E], noun: str, default: _E) -> _E:
        """Field ``key`` as a member of ``kind``; required."""
        node = self.fields.get(key)
        if node is None:
            self.error(key, f"missing; one of {_names(kind)}")
            return default
        raw = _string(self.c, node, f"{self.where}.{key}")
        try:
            return kind(raw)
        except ValueError:
            self.error(key, f"{raw!r} is not {noun}; expected one of {_names(kind)}", node)
            return default

    def boolean(self, key: str) -> bool:
        node = self.fields.get(key)
        return False if node is None else _bool(self.c, node, f"{self.where}.{key}")

    def integer(self, key: str) -> int | None:
        node = self.fields.get(key)
        return None if node is None else _int(self.c, node, f"{self.where}.{key}")

    def note_id(self) -> str:
        node = self.fields.get("id")
        if node is None:
            self.error("id", "missing; a stable slug such as `summary/nodeport/port-range`")
            return ""
        note_id = _string(self.c, node, f"{self.where}.id")
        if note_id and not _NOTE_ID.fullmatch(note_id):
            self.error(
                "id",
                f"{note_id!r} is not a note id (lowercase slugs joined by '/', e.g. `a/b-c`)",
                node,
            )
        return note_id

    def tags(self) -> tuple[str, ...]:
        node = self.fields.get("tags")
        if node is None:
            return ()
        if not isinstance(node, _Seq):
            self.error("tags", "expected a list of tags", node)
            return ()
        collected = []
        for i, tag_node in enumerate(node.items):
            tag = _string(self.c, tag_node, f"{self.where}.tags[{i}]")
            if tag and not _TAG.fullmatch(tag):
                self.error(f"tags[{i}]", "a tag has no spaces or commas", tag_node)
            collected.append(tag)
        return tuple(collected)

    def origin(self) -> Origin | None:
        node = self.fields.get("origin")
        return None if node is None else _load_origin(self.c, node, f"{self.where}.origin")

    def request(self) -> dict[str, str]:
        request: dict[str, str] = {}
        node = self.fields.get("request")
        if node is None:
            self.error("request", "missing; e.g. `{from: external, to: http://...}`")
        elif not isinstance(node, _Map):
            self.error("request", "expected a mapping with from and to", node)
        else:
            for key, key_node, value in _mapping(node):
                if key not in _REQUEST_KEYS:
                    self.error(
                        f"request.{key}", "unknown key; expected from, to or protocol", key_node
                    )
                else:
                    request[key] = _string(self.c, value, f"{self.where}.request.{key}")
            for key in ("from", "to"):
                if key not in request:
                    self.error(f"request.{key}", "missing", node)
        return request


def _load_note(c: _Checker, node: _Node, where: str) -> tuple[str, Note | None]:
    """The id read (or "") and the note of one mapping of ``notes``, the note None
    after recording its problems.

    Problems come in the order of the checks, the same for every note type:
    duplicate keys, type, keys the type does not have, id, tags, origin, then
    the type's own fields.
    """
    if not isinstance(node, _Map):
        c.error(node, where, "expected a mapping with id, type, front and back")
        return "", None
    r = _NoteReader(c, node, where)
    # An unknown or missing type is reported, and the note read as a fact for the rest.
    note_type = r.choice("type", NoteType, "a note type", NoteType.FACT)
    allowed = _NOTE_KEYS.get(note_type, _FACT_KEYS)
    r.refuse_unknown(allowed, note_type.value)
    note_id = r.note_id()
    tags = r.tags()
    origin = r.origin()
    if note_type is NoteType.SCENARIO:
        return note_id, _read_scenario(r, note_id, tags, origin)
    if note_type is NoteType.CLOZE:
        return note_id, _read_cloze(r, note_id, tags, origin)
    return note_id, _read_fact(r, note_type, note_id, tags, origin)


def _read_fact(
    r: _NoteReader, note_type: NoteType, note_id: str, tags: tuple[str, ...], origin: Origin | None
) -> FactNote | None:
    missing = "missing; every fact, tip, rule or list note has one"
    front = r.string("front", missing)
    back = r.string("back", missing)
    reverse = r.boolean("reverse")
    if not r.ok:
        return None
    return FactNote(note_id, note_type, front, back, tags=tags, reverse=reverse, origin=origin)


def _read_cloze(
    r: _NoteReader, note_id: str, tags: tuple[str, ...], origin: Origin | None
) -> ClozeNote | None:
    example = "`a range (default: {{c1::30000-32767}})`"
    text = r.string("text", f"missing; a sentence in cloze syntax, e.g. {example}")
    wrong = cloze.problem(text) if text.strip() else None
    if wrong is not None:
        r.error("text", wrong, r.fields["text"])
    if not r.ok:
        return None
    return ClozeNote(note_id, text, tags=tags, origin=origin)


def _load_origin(c: _Checker, node: _Node, where: str) -> Origin | None:
    if not isinstance(node, _Map):
        c.error(node, where, "expected a mapping with document, section and line")
        return None
    document, section, line = "", "", None
    for key, key_node, value in _mapping(node):
        if key == "document":
            document = _string(c, value, f"{where}.document")
        elif key == "section":
            section = _string(c, value, f"{where}.section", allow_empty=True)
        elif key == "line":
            line = _int(c, value, f"{where}.line")
        else:
            c.error(key_node, f"{where}.{key}", "unknown key; expected document, section or line")
    if not document:
        c.error(node, f"{where}.document", "missing")
        return None
    return Origin(document=document, section=section, line=line)


def _read_scenario(
    r: _NoteReader, note_id: str, tags: tuple[str, ...], origin: Origin | None
) -> ScenarioNote | None:
    ask = r.choice("ask", Ask, "an ask", Ask.REACHABLE)
    missing = "missing; every scenario note has one"
    prompt = r.string("prompt", missing)
    manifests = r.string("manifests", missing)
    request = r.request()
    service = r.string("service")
    seed = r.integer("seed")
    if not r.ok:
        return None
    # The evaluator computes a scenario's answer whenever it is graded or exported:
    # a scenario it cannot use is refused here, not at the first export.
    problem = _scenario_problem(manifests, request)
    if problem is not None:
        key, message = problem
        r.error(key, message, r.fields.get(key))
        return None
    return ScenarioNote(
        note_id,
        ask=ask,
        prompt=prompt,
        manifests=manifests,
        request=request,
        service=service,
        seed=seed,
        tags=tags,
        origin=origin,
    )


def _scenario_problem(manifests: str, request: Mapping[str, str]) -> tuple[str, str] | None:
    """(field, message) when the evaluator cannot use a scenario, else None."""
    # Only decks with scenarios load the evaluator.
    from quizkit.routing import load
    from quizkit.routing.request import parse_origin, parse_protocol, parse_target

    checks: list[tuple[str, Callable[[], object]]] = [
        ("request.from", lambda: parse_origin(request["from"])),
        ("request.to", lambda: parse_target(request["to"])),
        ("request.protocol", lambda: parse_protocol(request.get("protocol") or "TCP")),
        ("manifests", lambda: load(manifests)),
    ]
    for key, check in checks:
        try:
            check()
        except QuizkitError as exc:
            return key, f"the evaluator cannot use this scenario: {exc}"
    return None


def load_deck(path: str | Path) -> Deck:
    """Read and validate one deck file."""
    return decode_deck(read_deck_file(path), str(path))


def read_deck_file(path: str | Path) -> bytes:
    """The bytes of a deck file (see :func:`decode_deck`)."""
    try:
        return read_regular_file(path)
    except OSError as exc:
        raise DeckError(f"cannot read deck file: {exc.strerror or exc}", file=str(path)) from exc


def decode_deck(data: bytes, file: str = "<deck>") -> Deck:
    """Decode (UTF-8, an optional BOM) and validate the bytes of a deck file."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DeckError(
            "deck file is not valid UTF-8; save it as UTF-8", file=file, line=line
        ) from exc
    return loads_deck(text, file)


def find_deck_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders into deck files (``*.yaml``/``*.yml``), sorted per folder."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(
                sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
            )
        elif path.exists():  # a FIFO or device too: load_deck refuses it in one line
            found.append(path)
        else:
            raise DeckError("no such file or folder", file=str(path))
    return found


# --------------------------------------------------------------------- dumping


@functools.cache
def _deck_dumper() -> type[yaml.SafeDumper]:
    """Block style, literal blocks for multi-line text, keys in schema order."""
    import yaml

    # libyaml's emitter when PyYAML has it (about 3x faster on big decks, same bytes).
    base: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    dumper: type[yaml.SafeDumper] = type("_DeckDumper", (base,), {})

    def represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
        if "\n" in value:
            return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
        return dumper.represent_scalar("tag:yaml.org,2002:str", value)

    dumper.add_representer(str, represent_str)
    return dumper


def _note_dict(note: Note) -> dict[str, Any]:
    """The note as the deck file writes it: keys in the schema's order."""
    out: dict[str, Any] = {"id": note.id, "type": note.type.value}
    match note:
        case ScenarioNote():
            out["ask"] = note.ask.value
            out["prompt"] = note.prompt
            out["manifests"] = note.manifests
            out["request"] = dict(note.request)
            if note.service:
                out["service"] = note.service
            if note.seed is not None:
                out["seed"] = note.seed
        case ClozeNote():
            out["text"] = note.text
        case FactNote():
            out["front"] = note.front
            out["back"] = note.back
    if note.tags:
        out["tags"] = list(note.tags)
    if isinstance(note, FactNote) and note.reverse:
        out["reverse"] = True
    if note.origin is not None:
        origin: dict[str, Any] = {"document": note.origin.document}
        if note.origin.section:
            origin["section"] = note.origin.section
        if note.origin.line is not None:
            origin["line"] = note.origin.line
        out["origin"] = origin
    return out


def dumps_deck(deck: Deck) -> str:
    """The deck as YAML text; loading it back gives an equal deck (but ``path``)."""
    data: dict[str, Any] = {"quizkit": FORMAT_VERSION, "deck": deck.slug, "title": deck.title}
    if deck.source:
        data["source"] = deck.source
    data["notes"] = [_note_dict(n) for n in deck.notes]
    import yaml

    text: str = yaml.dump(
        data,
        Dumper=_deck_dumper(),
        sort_keys=False,
        allow_unicode=True,
        width=100_000,
        default_flow_style=False,
    )
    return text


def dump_deck(deck: Deck, path: str | Path) -> None:
    """Write ``deck`` to ``path`` atomically (a reader never sees half a file)."""
    write_files([(Path(path), dumps_deck(deck))])

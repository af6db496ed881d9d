"""Export to Anki: an ``.apkg`` package written with genanki, repeatable every week.

What makes a re-export update instead of duplicate, in Anki's own importer terms:

- A note's GUID comes from its stable id (``deck/note-id``), never from its text, so
  Anki recognises an edited note as the same note. Anki replaces a note's fields
  only when the incoming note is newer than its copy, so notes carry the export's
  timestamp (default: now).
- Note types have fixed ids and, above all, fixed field and template *names*: Anki
  compares those names, and a note type whose names changed is imported as a new
  one whose notes then conflict with the old ones and are skipped. Never rename them.
- Decks are matched by name (the deck title) and get a stable id from the slug.
- Anki never changes the scheduling of a card it already has; only new cards take
  the scheduling written here.

Scheduling (``with_scheduling=True``) is written into the package's SQLite after
genanki made it: genanki only writes new cards. A review's due date is a day
number counted from the package's creation day; Anki's importer shifts it by the
difference between the package's "today" and the target collection's, so a card
due in 5 days here is due in 5 days in Anki. Anki keeps it only when "Include
reviews" is ticked in its import dialog.

The same input and timestamp give the same bytes: fixed ids, a fixed creation
day, sorted JSON, and zip entries stamped with the export timestamp.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import re
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizkit.clock import ROLLOVER_HOUR
from quizkit.errors import ExportError, UsageError
from quizkit.inputs import check_text

if TYPE_CHECKING:
    import argparse
    import sqlite3

    from quizkit.routing.result import RouteResult
    from quizkit.store.collection import Collection
    from quizkit.store.types import Card

__all__ = [
    "CLOZE_MODEL_ID",
    "COLLECTION_CREATED",
    "FACT_MODEL_ID",
    "SCENARIO_MODEL_ID",
    "AnkiExport",
    "add_export_parser",
    "deck_id_for",
    "export_collection",
    "note_guid",
    "render_text",
]

# Fixed note type ids: Anki keys note types by id, so they must never change.
# One fact type serves fact, tip, rule and list notes, with an optional reverse card
# switched on by its "Add Reverse" field (like Anki's "Basic (optional reversed
# card)"): a note that gains or loses its reverse card keeps its note type, which
# Anki requires to update it.
FACT_MODEL_ID = 1_716_301_001
SCENARIO_MODEL_ID = 1_716_301_003
# Cloze notes use a note type of Anki's own Cloze kind (one card per cloze number,
# the text in Anki's syntax, which is quizkit's too).
CLOZE_MODEL_ID = 1_716_301_004

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

_GUID_NAMESPACE = "quizkit"
_KIND_LABELS = {"fact": "Fact", "tip": "Tip", "rule": "Rule", "list": "List"}
_ASK_LABELS = {
    "reachable": "Does the request arrive?",
    "endpoint": "Which pod and container port answer?",
    "url": "Which URL reaches the intended Service?",
    "reason": "Why does the request arrive or fail (reason code)?",
    "fix": "What must change in the manifest?",
}

_CSS = """\
.card {
  font-family: -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 20px;
  line-height: 1.45;
  text-align: left;
  color: #1d1d1f;
  background-color: #fff;
  max-width: 44em;
  margin: 0 auto;
  padding: 0 0.6em;
}
.nightMode.card, .night_mode .card { color: #e8e8ea; background-color: #1e1e20; }
.kind {
  font-size: 0.65em;
  letter-spacing: 0.06em;
  text-transform: uppercase;
  color: #6e6e73;
  margin-bottom: 0.4em;
}
.front, .question { font-weight: 600; }
.back, .answer { margin-top: 0.3em; }
.request { margin-top: 0.6em; font-size: 0.85em; }
.path { margin-top: 0.6em; font-size: 0.8em; color: #4a4a4f; }
.nightMode .path, .night_mode .path { color: #b8b8bd; }
.path ol { margin: 0.2em 0; padding-left: 1.4em; }
.source { margin-top: 1.2em; font-size: 0.7em; color: #8e8e93; }
code, pre {
  font-family: "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
  font-size: 0.85em;
  background-color: rgba(127, 127, 127, 0.14);
  border-radius: 4px;
}
code { padding: 0.05em 0.3em; }
pre { padding: 0.6em 0.8em; overflow-x: auto; white-space: pre; line-height: 1.3; }
"""

_SOURCE_BLOCK = '{{#Source}}<div class="source">{{Source}}</div>{{/Source}}'

# Field and template names are part of Anki's identity of a note type: never rename.
_FACT_FIELDS = ["Front", "Back", "Add Reverse", "Kind", "Source", "Quizkit ID"]
_FACT_TEMPLATES = [
    {
        "name": "Forward",
        "qfmt": '<div class="kind">{{Kind}}</div><div class="front">{{Front}}</div>',
        "afmt": '{{FrontSide}}<hr id="answer"><div class="back">{{Back}}</div>' + _SOURCE_BLOCK,
    },
    {
        "name": "Reverse",
        "qfmt": "{{#Add Reverse}}"
        '<div class="kind">{{Kind}} · reverse</div><div class="front">{{Back}}</div>'
        "{{/Add Reverse}}",
        "afmt": '{{FrontSide}}<hr id="answer"><div class="back">{{Front}}</div>' + _SOURCE_BLOCK,
    },
]
_SCENARIO_FIELDS = ["Question", "Request", "Manifest", "Answer", "Path", "Source", "Quizkit ID"]
_SCENARIO_TEMPLATES = [
    {
        "name": "Scenario",
        "qfmt": '<div class="kind">Scenario</div><div class="question">{{Question}}</div>'
        '<div class="request">{{Request}}</div><pre class="manifest">{{Manifest}}</pre>',
        "afmt": '{{FrontSide}}<hr id="answer"><div class="answer">{{Answer}}</div>'
        '{{#Path}}<div class="path">{{Path}}</div>{{/Path}}' + _SOURCE_BLOCK,
    },
]
# Anki's stock Cloze type names its fields "Text" and "Back Extra"; these keep them.
_CLOZE_FIELDS = ["Text", "Back Extra", "Source", "Quizkit ID"]
_CLOZE_TEMPLATES = [
    {
        "name": "Cloze",
        "qfmt": '<div class="kind">Cloze</div><div class="front">{{cloze:Text}}</div>',
        "afmt": '<div class="kind">Cloze</div><div class="front">{{cloze:Text}}</div>'
        '{{#Back Extra}}<div class="back">{{Back Extra}}</div>{{/Back Extra}}' + _SOURCE_BLOCK,
    },
]


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


# ---------------------------------------------------------------- rendering


_INLINE_CODE = re.compile(r"`([^`\n]+)`")
_SLUG_JUNK = re.compile(r"[^\w]+")
_BULLET = re.compile(r"^[•*-]\s+(.*)$")


def _inline_html(text: str) -> str:
    if "`" not in text:  # no inline code: only escaping to do
        return html.escape(text, quote=False)
    out: list[str] = []
    last = 0
    for match in _INLINE_CODE.finditer(text):
        out.append(html.escape(text[last : match.start()], quote=False))
        out.append(f"<code>{html.escape(match.group(1), quote=False)}</code>")
        last = match.end()
    out.append(html.escape(text[last:], quote=False))
    return "".join(out)


def render_text(text: str) -> str:
    """Plain card text as Anki field HTML: escaped, `code` as ``<code>``, lines kept.

    Everything from a document is text, never markup: a ``<script>`` in a note
    shows as the characters ``<script>`` in Anki. Lines that are all bullets
    (``•``, ``-``, ``*``) become a list, other line breaks ``<br>``.
    """
    if "\n" not in text and "`" not in text:
        # One line without code (most fields): no list, no <br>, no <code>.
        return html.escape(text.strip(), quote=False)
    lines = [line.strip() for line in text.replace("\r\n", "\n").strip().split("\n")]
    items = [_BULLET.match(line) for line in lines if line]
    if len(items) > 1 and all(items):
        body = "".join(f"<li>{_inline_html(m.group(1))}</li>" for m in items if m)
        return f"<ul>{body}</ul>"
    return "<br>".join(_inline_html(line) for line in lines)


def _pre_text(text: str) -> str:
    """Text for inside ``<pre>``: escaped, newlines kept as newlines."""
    return html.escape(text.replace("\r\n", "\n").rstrip("\n"), quote=False)


def _tag_part(text: str) -> str:
    """A tag component: Anki tags cannot hold spaces, and ``::`` separates levels."""
    return _SLUG_JUNK.sub("-", text.casefold()).strip("-_") or "untitled"


def note_guid(deck: str, note_id: str) -> str:
    """The Anki GUID of note ``deck/note_id``: stable across wording edits."""
    from genanki.util import guid_for

    guid: str = guid_for(_GUID_NAMESPACE, f"{deck}/{note_id}")
    return guid


def deck_id_for(slug: str) -> int:
    """A stable Anki deck id for ``slug`` (in genanki's recommended range 2**30..2**31)."""
    import hashlib

    digest = hashlib.sha256(f"{_GUID_NAMESPACE}-deck:{slug}".encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:4], "big") % (1 << 30)


def _source(card: Card, deck_source: str) -> str:
    if card.origin is not None:
        return _where(card.origin.document, card.origin.section)
    return deck_source


def _where(document: str, section: str) -> str:
    """A note's source: its document, and its section if any."""
    if section:
        document += f" § {section}"
    return document


def _tags(card: Card) -> list[str]:
    tags = _section_tags(card.deck, card.origin.section if card.origin is not None else "")
    tags.extend(t for t in card.tags if t not in tags)
    return tags


def _section_tags(deck: str, section: str) -> list[str]:
    """The tags every note of ``deck`` from ``section`` carries, before its own."""
    tags = [f"quizkit::{deck}"]
    if section:
        # "Parent › Child" sections become nested tags, which Anki shows as a tree.
        parts = [_tag_part(p) for p in section.split("›") if p.strip()]
        tags.append("::".join(["quizkit", deck, *parts]))
    return tags


def _fact_fields(card: Card, has_reverse: bool, deck_source: str) -> list[str]:
    return [
        render_text(card.front),
        render_text(card.back),
        "y" if has_reverse else "",
        _KIND_LABELS.get(card.type.value, card.type.value.title()),
        html.escape(_source(card, deck_source), quote=False),
        html.escape(f"{card.deck}/{card.note_id}", quote=False),
    ]


def _cloze_fields(card: Card, text: str, deck_source: str) -> list[str]:
    """The note's cloze ``text`` (quizkit's syntax is Anki's) rendered as field HTML."""
    return [
        render_text(text),
        "",
        html.escape(_source(card, deck_source), quote=False),
        html.escape(f"{card.deck}/{card.note_id}", quote=False),
    ]


def _scenario_fields(card: Card, deck_source: str) -> list[str]:
    request = card.request
    question = card.prompt
    ask = card.ask.value if card.ask else ""
    if ask in _ASK_LABELS:
        question = f"{question}\n{_ASK_LABELS[ask]}" if question else _ASK_LABELS[ask]
    from quizkit.scenarios import visible_request

    shown = visible_request(card)  # a url card's target is its answer: not on the front
    parts = [f"from <code>{html.escape(shown.get('from', ''), quote=False)}</code>"]
    if "to" in shown:
        parts.append(f"to <code>{html.escape(shown['to'], quote=False)}</code>")
    elif shown.get("service"):
        parts.append(f"to Service <code>{html.escape(shown['service'], quote=False)}</code>")
    if request.get("protocol"):
        parts.append(f"over {html.escape(request['protocol'], quote=False)}")
    answer, path = _scenario_answer(card)
    return [
        render_text(question),
        "Request: " + " ".join(parts),
        _pre_text(card.manifests),
        answer,
        path,
        html.escape(_source(card, deck_source), quote=False),
        html.escape(f"{card.deck}/{card.note_id}", quote=False),
    ]


def _scenario_answer(card: Card) -> tuple[str, str]:
    """The evaluator's answer and path for a scenario card, as field HTML.

    A scenario's answer is never stored: it is computed here, as when grading.
    """
    from quizkit.errors import ManifestError
    from quizkit.routing import evaluate

    request = card.request
    try:
        result = evaluate(
            card.manifests,
            request.get("from", ""),
            request.get("to", ""),
            request.get("protocol") or "TCP",
        )
    except ManifestError as exc:
        raise ExportError(f"{card.id}: the evaluator cannot use this scenario: {exc}") from None
    return _render_answer(card, result), _render_path(result)


def _verdict(result: RouteResult) -> str:
    if result.reachable is None:
        return "Leaves the cluster"
    return "Yes, it arrives" if result.reachable else "No, it does not arrive"


def _render_answer(card: Card, result: RouteResult) -> str:
    esc = partial(html.escape, quote=False)
    ask = card.ask.value if card.ask else "reachable"
    reason = f"<code>{esc(str(result.reason))}</code>"
    lines: list[str] = []
    if ask == "endpoint":
        endpoint = result.endpoint
        if endpoint is not None and result.reachable:
            who = f"pod <code>{esc(endpoint.pod)}</code>" if endpoint.pod else "endpoint"
            lines.append(f"{who}, port <code>{endpoint.port}</code> ({esc(endpoint.ip)})")
            if len(result.endpoints) > 1:
                choices = ", ".join(
                    f"<code>{esc(e.pod or e.ip)}:{e.port}</code>" for e in result.endpoints
                )
                lines.append(f"kube-proxy picks any of: {choices}")
        else:
            lines.append(f"None: {_verdict(result).lower()} ({reason})")
    elif ask == "url":
        target = card.request.get("to", "")
        service = card.service or result.service or ""
        text = f"For example <code>{esc(target)}</code>"
        if service:
            text += f" (any URL that reaches Service <code>{esc(service)}</code> counts)"
        lines.append(text)
        if not result.reachable:
            lines.append(f"{_verdict(result)} ({reason})")
    elif ask == "reason":
        lines.append(reason)
    else:  # reachable, fix
        lines.append(f"{_verdict(result)} ({reason})")
    if result.detail:
        lines.append(render_text(result.detail))
    if result.errors:
        refused = "".join(f"<li>{esc(str(e))}</li>" for e in result.errors)
        lines.append(f"Refused by the API server:<ul>{refused}</ul>")
    if ask == "fix" and result.reachable:
        lines.append("Nothing to fix: the requirement already holds.")
    return "<br>".join(lines)


def _render_path(result: RouteResult) -> str:
    esc = partial(html.escape, quote=False)
    if not result.hops:
        return ""
    steps = [f"<li>{esc(result.origin or 'client')}</li>"]
    steps.extend(f"<li>{esc(hop.describe())}</li>" for hop in result.hops)
    return f"Path:<ol>{''.join(steps)}</ol>"


# ------------------------------------------------------------------ export


@dataclass(slots=True)
class _Note:
    deck: str
    note_id: str
    model: str  # "fact" | "scenario" | "cloze"
    fields: list[str]
    tags: list[str]
    # (Anki ord, quizkit card db id) of each card the note makes; a cloze card N is
    # Anki's ord N - 1.
    cards: list[tuple[int, int]] = field(default_factory=list)


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


_JSON = json.JSONDecoder()


def _json_loads(text: str) -> Any:
    """``json.loads(text)``, quicker for JSON without surrounding space (as stored)."""
    try:
        value, end = _JSON.raw_decode(text)
    except ValueError:
        return json.loads(text)  # the same value, or json.loads's own error
    return value if end == len(text) else json.loads(text)


def _gather_notes(col: Collection, slugs: Sequence[str], infos: Mapping[str, Any]) -> list[_Note]:
    """The live notes of ``slugs`` in deck order, rendered as Anki fields."""
    from operator import itemgetter

    from quizkit.deckfile import NoteType
    from quizkit.store.engine import db_errors
    from quizkit.store.rows import card_from_row, card_select
    from quizkit.store.tables import cards, decks, notes

    query = card_select().where(
        decks.c.slug.in_(list(slugs)), cards.c.retired.is_(False), notes.c.retired.is_(False)
    )
    query = query.add_columns(cards.c.position)
    with db_errors(col.url), col.engine.connect() as conn:
        result = conn.execute(query)
        # Rows are read by index: far cheaper than by attribute, for thousands of rows.
        at = {name: i for i, name in enumerate(result.keys())}
        rows = list(result.all())
    i_id, i_ord, i_slug, i_key = at["card_id"], at["ord"], at["slug"], at["note_key"]
    i_type, i_front, i_back, i_tags = at["type"], at["front"], at["back"], at["tags"]
    i_payload = at["payload"]
    # Deck order as asked, then the deck file's order: Anki shows new cards this way.
    if len(slugs) == 1:
        rows.sort(key=itemgetter(at["position"], i_ord))
    else:
        deck_rank = {slug: i for i, slug in enumerate(slugs)}
        i_position = at["position"]
        rows.sort(key=lambda r: (deck_rank[r[i_slug]], r[i_position], r[i_ord]))

    by_note: dict[tuple[str, str], list[Any]] = {}
    for row in rows:
        key = (row[i_slug], row[i_key])
        group = by_note.get(key)
        if group is None:
            by_note[key] = [row]
        else:
            group.append(row)
    kinds: dict[str, tuple[NoteType, str]] = {}
    # Per deck, section and tag list: the note's source (as HTML) and tags.
    common: dict[tuple[str, tuple[str, str] | None, str], tuple[str, list[str]]] = {}
    out: list[_Note] = []
    for (slug, note_key), note_rows in by_note.items():
        if note_rows[0][i_type] == NoteType.CLOZE.value:
            card = card_from_row(note_rows[0], "new")
            fields = _cloze_fields(card, note_rows[0][i_front], infos[slug].source)
            ords = [(int(r[i_ord]) - 1, int(r[i_id])) for r in note_rows]
            out.append(_Note(slug, note_key, "cloze", fields, _tags(card), ords))
            continue
        forward = None
        has_reverse = False
        ords = []  # a fact note's cards
        for r in note_rows:
            ord_ = r[i_ord]
            if ord_ == 1:
                has_reverse = True
            elif ord_ != 0:
                continue
            elif forward is None:
                forward = r
            ords.append((int(ord_), int(r[i_id])))
        if forward is None:  # the store retires a note's cards together; Anki needs card 1
            continue
        deck_source = infos[slug].source
        payload = _json_loads(forward[i_payload])
        origin = payload.get("origin")
        where = (origin["document"], origin.get("section", "")) if origin else None
        type_name = forward[i_type]
        kind = kinds.get(type_name)
        if kind is None:
            note_type = NoteType(type_name)
            kind = kinds[type_name] = (
                note_type,
                _KIND_LABELS.get(note_type.value, note_type.value.title()),
            )
        if kind[0] is NoteType.SCENARIO or payload.get("ask"):
            card = card_from_row(forward, "new")
            if card.type is NoteType.SCENARIO:
                model, fields = "scenario", _scenario_fields(card, deck_source)
                ords = [(0, int(forward[i_id]))]
            else:
                model, fields = "fact", _fact_fields(card, has_reverse, deck_source)
            out.append(_Note(slug, note_key, model, fields, _tags(card), ords))
            continue
        # A fact-like note, read straight from its row: what card_from_row and
        # _fact_fields would make of it, without building the Card.
        row_tags = forward[i_tags]
        shared = common.get((slug, where, row_tags))
        if shared is None:
            source = _where(*where) if where is not None else deck_source
            tags = _section_tags(slug, where[1] if where is not None else "")
            tags.extend(t for t in (row_tags.split() if row_tags else ()) if t not in tags)
            shared = common[(slug, where, row_tags)] = (html.escape(source, quote=False), tags)
        fields = [
            render_text(forward[i_front]),
            render_text(forward[i_back]),
            "y" if has_reverse else "",
            kind[1],
            shared[0],
            html.escape(f"{slug}/{note_key}", quote=False),
        ]
        out.append(_Note(slug, note_key, "fact", fields, list(shared[1]), ords))
    return out


@dataclass(frozen=True, slots=True)
class _Schedule:
    interval: int
    easiness_milli: int
    due: dt.date
    reviews: int
    lapses: int


@dataclass(frozen=True, slots=True)
class _Review:
    card_id: int
    reviewed_at: dt.datetime
    kind: str
    grade: int
    interval_before: int
    interval_after: int
    easiness_milli_after: int
    elapsed_ms: int | None


def _gather_progress(
    col: Collection, learner_id: int, card_ids: Iterable[int]
) -> tuple[dict[int, _Schedule], list[_Review]]:
    from sqlalchemy import select

    from quizkit.store.engine import db_errors
    from quizkit.store.models import review_log, review_states

    wanted = set(card_ids)
    states: dict[int, _Schedule] = {}
    reviews: list[_Review] = []
    with db_errors(col.url), col.engine.connect() as conn:
        for row in conn.execute(
            select(review_states).where(review_states.c.learner_id == learner_id)
        ):
            if row.card_id in wanted:
                states[int(row.card_id)] = _Schedule(
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
                    _Review(
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


def _models() -> dict[str, Any]:
    import genanki

    return {
        "fact": genanki.Model(
            FACT_MODEL_ID,
            "quizkit fact",
            fields=[{"name": n} for n in _FACT_FIELDS],
            templates=[dict(t) for t in _FACT_TEMPLATES],
            css=_CSS,
            sort_field_index=0,
        ),
        "scenario": genanki.Model(
            SCENARIO_MODEL_ID,
            "quizkit scenario",
            fields=[{"name": n} for n in _SCENARIO_FIELDS],
            templates=[dict(t) for t in _SCENARIO_TEMPLATES],
            css=_CSS,
            sort_field_index=0,
        ),
        "cloze": genanki.Model(
            CLOZE_MODEL_ID,
            "quizkit cloze",
            fields=[{"name": n} for n in _CLOZE_FIELDS],
            templates=[dict(t) for t in _CLOZE_TEMPLATES],
            css=_CSS,
            model_type=genanki.Model.CLOZE,
            sort_field_index=0,
        ),
    }


def _deck_names(slugs: Sequence[str], infos: Mapping[str, Any]) -> dict[str, str]:
    """Anki deck names: the titles (Anki matches decks by name), unique among the export."""
    # "::" would nest the deck in Anki; a shared title would merge two decks into one.
    titles = {slug: (infos[slug].title.strip() or slug).replace("::", ":") for slug in slugs}
    shared = [t for t in titles.values() if list(titles.values()).count(t) > 1]
    return {slug: f"{t} ({slug})" if t in shared else t for slug, t in titles.items()}


def _anki_grade(grade: int) -> int:
    """Anki's answer buttons: 1 Again, 2 Hard, 3 Good, 4 Easy (quizkit's a/h/g/e keys)."""
    if grade < 3:
        return 1
    return {3: 2, 4: 3}.get(grade, 4)


def _write_sqlite(
    db_path: Path,
    slugs: Sequence[str],
    infos: Mapping[str, Any],
    exported: Sequence[_Note],
    stamp: float,
    states: Mapping[int, _Schedule],
    reviews: Sequence[_Review],
) -> tuple[int, int]:
    """Write the package's collection; return (cards scheduled, review-log entries)."""
    import itertools
    import sqlite3

    import genanki

    models = _models()
    names = _deck_names(slugs, infos)
    anki_decks: dict[str, Any] = {}
    for slug in slugs:
        info = infos[slug]
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
    package = genanki.Package([anki_decks[s] for s in slugs])

    conn = sqlite3.connect(db_path)
    try:
        cursor = conn.cursor()
        package.write_to_db(cursor, stamp, itertools.count(int(stamp * 1000)))
        _set_collection_timing(cursor)
        scheduled, logged = _write_progress(cursor, exported, stamp, states, reviews)
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
    exported: Sequence[_Note],
    stamp: float,
    states: Mapping[int, _Schedule],
    reviews: Sequence[_Review],
) -> tuple[int, int]:
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
    for review in reviews:
        cid = anki_card_ids.get(review.card_id)
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


def _zip_package(db_path: Path, out: Any, stamp: float) -> None:
    """Zip the collection as Anki expects, with fixed entry metadata (same input, same bytes)."""
    when = time.gmtime(max(stamp, 315_532_800))[:6]  # zip dates start in 1980
    import zipfile

    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in (("collection.anki2", db_path.read_bytes()), ("media", b"{}")):
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            # zlib's fastest level: a third of the default's time for a package 5 %
            # larger (20,000 notes: 1.6 MB instead of 1.5 MB).
            archive.writestr(info, data, compresslevel=1)


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
    import tempfile

    stamp = _unix(timestamp)
    target = _check_path(path)
    slugs, infos = _choose_decks(col, decks)
    learner_id: int | None = None
    if with_scheduling:
        if not learner:
            raise UsageError("with_scheduling needs a learner whose progress to export")
        learner_id = _learner_id(col, learner)
    exported = _gather_notes(col, slugs, infos)
    states: dict[int, _Schedule] = {}
    reviews: list[_Review] = []
    if learner_id is not None:
        card_ids = [cid for note in exported for _, cid in note.cards]
        states, reviews = _gather_progress(col, learner_id, card_ids)

    with tempfile.TemporaryDirectory(prefix="quizkit-anki-") as work:
        db_path = Path(work) / "collection.anki2"
        scheduled, logged = _write_sqlite(db_path, slugs, infos, exported, stamp, states, reviews)
        try:
            fd, tmp_name = tempfile.mkstemp(
                dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
            )
        except OSError as exc:
            raise ExportError(f"{target}: cannot write: {exc.strerror or exc}") from None
        try:
            # mkstemp makes the file private; a package is as readable as any document.
            os.fchmod(fd, target.stat().st_mode & 0o777 if target.exists() else 0o644)
            with os.fdopen(fd, "wb") as out:
                _zip_package(db_path, out, stamp)
            os.replace(tmp_name, target)
        except OSError as exc:
            Path(tmp_name).unlink(missing_ok=True)
            raise ExportError(f"{target}: cannot write: {exc.strerror or exc}") from None
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
    return AnkiExport(
        path=target,
        decks=tuple(slugs),
        notes=len(exported),
        cards=sum(len(n.cards) for n in exported),
        learner=learner if with_scheduling else None,
        scheduled=scheduled,
        reviews=logged,
    )


# --------------------------------------------------------------------- CLI


def add_export_parser(subparsers: Any) -> None:
    """Register ``quizkit export anki -o FILE.apkg [--deck SLUG]... [--with-scheduling]``."""
    p = subparsers.add_parser(
        "export",
        help="export decks to other programs (Anki)",
        description="Export decks to other programs.",
    )
    formats = p.add_subparsers(dest="export_format", metavar="FORMAT")
    formats.required = True
    a = formats.add_parser(
        "anki",
        help="write an Anki package (.apkg)",
        description="Write an Anki package (.apkg) of the decks (default: all). "
        "Re-exporting and re-importing updates the notes in Anki and never duplicates them. "
        "With --with-scheduling the learner's progress goes along; tick "
        '"Include reviews" in Anki\'s import dialog to keep it.',
    )
    a.add_argument(
        "-o", "--output", required=True, metavar="FILE.apkg", help="the package to write"
    )
    a.add_argument(
        "--deck",
        action="append",
        dest="decks",
        metavar="SLUG",
        help="only this deck (repeat for more)",
    )
    a.add_argument(
        "--with-scheduling",
        action="store_true",
        help="include the learner's (--learner) intervals, ease, due dates and review history",
    )
    a.set_defaults(func=_cmd_export_anki)


def _cmd_export_anki(args: argparse.Namespace) -> int:
    from quizkit.cli import _learner_name, _open

    learner = _learner_name(args) if args.with_scheduling else None
    with _open(args) as col:
        result = col.export_anki(
            args.output, decks=args.decks, learner=learner, with_scheduling=args.with_scheduling
        )
    print(
        f"wrote {result.path}: {_count(result.notes, 'note')}, {_count(result.cards, 'card')} "
        f"from {_count(len(result.decks), 'deck')} ({', '.join(result.decks)})"
    )
    if result.learner is not None:
        print(
            f"progress of {result.learner}: {_count(result.scheduled, 'card')} scheduled, "
            f"{_count(result.reviews, 'review')}; "
            'tick "Include reviews" in Anki\'s import dialog to keep it'
        )
    return 0


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"

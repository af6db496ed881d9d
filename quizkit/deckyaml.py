"""Deck file text to nodes: the parsing layer under :mod:`quizkit.deckfile`.

The nodes keep what the deck checks need (a scalar's text, whether it was plain
or quoted, and the line of every node) and nothing else: PyYAML's composer
resolves a tag for every scalar in Python and keeps two marks per node, which
made loading a 20,000-note file take 6 to 7 kB per note.

Two readers give the same nodes:

* :func:`read_subset`, a line reader for the YAML that quizkit's own deck writer
  emits (block mappings and sequences, plain and quoted one-line scalars,
  literal block scalars), written with ``str`` methods and compiled patterns.
  Its lines are exact by construction, so every problem is still located. The
  moment the text leaves that subset in any way (flow collections, anchors,
  tags, comments, tabs, a second document, odd indentation, ...) it declines
  and returns None: it never guesses.
* :func:`compose_events`, one pass over the YAML parser's events (libyaml's when
  PyYAML has it, PyYAML's own otherwise), for every other text. Anchors,
  aliases and tags are refused at their event (a deck never needs them;
  refusing them defeats "billion laughs" expansion before anything could
  expand), as are nesting deeper than a deck needs and a second YAML document.

PyYAML stays the reference: the tests hold the line reader's nodes equal to
PyYAML's on every deck the writer can produce, and on mutated text it either
declines or gives PyYAML's nodes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from quizkit.errors import DeckError
from quizkit.inputs import yaml_problem

__all__ = [
    "NOTE_FIELDS",
    "Map",
    "Node",
    "Scalar",
    "Seq",
    "WriterDeck",
    "compose",
    "compose_events",
    "read_subset",
    "read_writer_deck",
]


class Scalar:
    __slots__ = ("line", "plain", "value")

    def __init__(self, value: str, plain: bool, line: int) -> None:
        self.value = value
        self.plain = plain  # unquoted: YAML would resolve it (null, bool, int, ...)
        self.line = line


class Map:
    __slots__ = ("line", "pairs", "pending")

    def __init__(self, line: int) -> None:
        self.line = line
        self.pairs: list[tuple[Scalar, Node]] = []
        self.pending: Scalar | None = None  # a key waiting for its value


class Seq:
    __slots__ = ("count", "items", "line")

    def __init__(self, line: int) -> None:
        self.line = line
        self.items: list[Node] = []
        self.count = 0  # items seen (also those handed to a sink and not kept)


Node = Scalar | Map | Seq

# A deck needs four levels (deck, notes, a note, its origin); a little room for
# mistakes that still deserve a precise message, and a bound for hostile files
# (a 20,000-deep nesting is refused at its 32nd level, before it is read further).
_MAX_DEPTH = 32


def _path(stack: list[Map | Seq]) -> str:
    """The field a composing error is in, from the containers being filled."""
    out = ""
    for container in stack:
        if isinstance(container, Seq):
            out += f"[{container.count}]"
        elif container.pending is not None:
            out += ("." if out else "") + container.pending.value
    return out


def compose_events(
    text: str, file: str, sink: Callable[[int, Node], None], *, fast: bool = True
) -> Node | None:
    """The document's root node; items of the root's `notes` list go to ``sink``.

    Refused on the spot, before anything further is read: anchors and aliases
    (nothing is ever expanded), tags (``!!binary``, custom tags: a deck holds
    text), keys that are not scalars, nesting deeper than ``_MAX_DEPTH``, and a
    second document.
    """
    # PyYAML loads on first use: `quizkit next` and `study` never read a deck file.
    import yaml

    # The C parser when PyYAML was built with libyaml; the pure-Python one otherwise.
    # Both give the same events, so loading gives the same decks and problems.
    parser = getattr(yaml, "CSafeLoader", yaml.SafeLoader) if fast else yaml.SafeLoader
    parser = parser(text)
    try:
        return _compose_events(parser.get_event, file, sink)
    except yaml.MarkedYAMLError as exc:
        where, problem = yaml_problem(exc, text)
        raise DeckError(f"YAML syntax error: {problem}", file=file, line=where) from exc
    except yaml.YAMLError as exc:
        raise DeckError(f"YAML error: {exc}", file=file) from exc
    finally:
        dispose = getattr(parser, "dispose", None)
        if dispose is not None:
            dispose()


def _compose_events(
    get: Callable[[], Any], file: str, sink: Callable[[int, Node], None]
) -> Node | None:
    import yaml

    # One loop over every event of the file: kept flat (the container being
    # filled in a local, no call per node) because it runs half a million times
    # for 20,000 notes.
    stack: list[Map | Seq] = []
    parent: Map | Seq | None = None  # stack[-1]
    streamed: Seq | None = None  # the root's `notes` list
    scalar_event, seq_start, map_start = (
        yaml.ScalarEvent,
        yaml.SequenceStartEvent,
        yaml.MappingStartEvent,
    )
    seq_end, map_end = yaml.SequenceEndEvent, yaml.MappingEndEvent

    def refuse(event: Any, message: str) -> DeckError:
        return DeckError(
            message, file=file, line=event.start_mark.line + 1, field=_path(stack) or None
        )

    get()  # StreamStart
    event = get()
    if isinstance(event, yaml.StreamEndEvent):
        return None
    root: Node | None = None
    while root is None:
        event = get()
        kind = type(event)
        node: Node
        if kind is scalar_event:
            if event.tag is not None or event.anchor is not None:
                raise refuse(event, _no_tags(event.tag) if event.anchor is None else _NO_ANCHORS)
            node = Scalar(event.value, event.implicit[0], event.start_mark.line + 1)
        elif kind is map_end or kind is seq_end:
            node = stack.pop()
            parent = stack[-1] if stack else None
        elif kind is map_start or kind is seq_start:
            if event.tag is not None or event.anchor is not None:
                raise refuse(event, _no_tags(event.tag) if event.anchor is None else _NO_ANCHORS)
            if len(stack) >= _MAX_DEPTH:
                raise refuse(event, f"nested more than {_MAX_DEPTH} levels deep; a deck needs 4")
            line = event.start_mark.line + 1
            if type(parent) is Map and parent.pending is None:
                raise refuse(event, "a key must be plain text, not a list or a mapping")
            if kind is map_start:
                parent = Map(line)
            else:
                parent = Seq(line)
                root_map = stack[0] if len(stack) == 1 else None
                if type(root_map) is Map and root_map.pending.value == "notes":  # type: ignore[union-attr]
                    streamed = parent
                    streamed = parent
            stack.append(parent)
            continue
        elif kind is yaml.AliasEvent:
            raise refuse(event, _NO_ANCHORS)
        else:  # pragma: no cover - the parser sends nothing else inside a document
            raise refuse(event, f"YAML error: unexpected {kind.__name__}")
        # A complete node: it goes into the container being filled, or is the root.
        if parent is None:
            root = node
        elif type(parent) is Map:
            if parent.pending is None:
                parent.pending = node  # type: ignore[assignment]  # a key: always a scalar
            else:
                parent.pairs.append((parent.pending, node))
                parent.pending = None
        else:
            if parent is streamed:
                sink(parent.count, node)
            else:
                parent.items.append(node)  # type: ignore[union-attr]
            parent.count += 1  # type: ignore[union-attr]
    # The rest of the stream: DocumentEnd, then StreamEnd or a second document.
    while not isinstance(event, yaml.StreamEndEvent):
        event = get()
        if isinstance(event, yaml.DocumentStartEvent):
            raise refuse(
                event,
                "a deck file holds one YAML document; a second one starts here "
                "(remove the `---` line, or split the file in two)",
            )
    return root


_NO_ANCHORS = "YAML anchors and aliases are not allowed in deck files; write the value out"


def _no_tags(tag: str) -> str:
    return f"YAML tags ({tag}) are not allowed in deck files; write the value as plain text"


# ------------------------------------------------------------- the line reader


class _Decline(Exception):
    """The text leaves the subset the line reader knows: the YAML parser reads it."""


# Characters the subset never holds: tabs, carriage returns, YAML 1.1's other
# line breaks (NEL, LS, PS), a BOM inside the text, and characters YAML refuses.
_OUTSIDE = re.compile(
    "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
# The same for ASCII text, most deck files: the bytes it may hold, deleted by
# `bytes.translate` (a quarter of the regex's time) to see whether any is left.
_ASCII_INSIDE = bytes([10, *range(0x20, 0x7F)])


def _leaves_subset(text: str) -> bool:
    """True when ``text`` holds a character no deck in the readers' subset holds."""
    if text.isascii():
        return bool(text.encode("ascii").translate(None, _ASCII_INSIDE))
    return _OUTSIDE.search(text) is not None


# One line: its indentation, a `- ` that starts a sequence item, a `key:` (keys
# are plain words, as the writer's are), and the rest of the line.
_LINE = re.compile(r"( *)(- +)?(?:([A-Za-z_][A-Za-z0-9_-]*):(?: +|(?=\n)))?(.*)\n")
# Unrolled (`[^']*(?:''[^']*)*`, not `(?:[^']|'')*`): one step per run of text.
_SINGLE = re.compile(r"'([^']*(?:''[^']*)*)'\Z")
_ESCAPE_CODE = r"(?:[0abtnvfre \"/\\N_LP]|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})"
_DOUBLE = re.compile(rf'"([^"\\]*(?:\\{_ESCAPE_CODE}[^"\\]*)*)"\Z')
_ESCAPE = re.compile(
    r"\\(?:([0abtnvfre \"/\\N_LP])|x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}))"
)
_ESCAPES = {
    "0": "\x00",
    "a": "\x07",
    "b": "\x08",
    "t": "\t",
    "n": "\n",
    "v": "\x0b",
    "f": "\x0c",
    "r": "\r",
    "e": "\x1b",
    " ": " ",
    '"': '"',
    "/": "/",
    "\\": "\\",
    "N": "\x85",
    "_": "\xa0",
    "L": "\u2028",
    "P": "\u2029",
}
# `|`, then an optional indentation indicator and chomping indicator, either order.
_LITERAL = re.compile(r"\|(?:([1-9])([+-]?)|([+-])([1-9]?))?\Z")
# A plain scalar may not start with an indicator (`-`, `?`, `:` only before a space).
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
# The deck needs 4 levels; deeper text goes to the parser, which refuses past 32.
_SUBSET_DEPTH = 16


def read_subset(text: str, sink: Callable[[int, Node], None] | None = None) -> Node | None:
    """The root node of ``text``, or None when it leaves the writer's subset.

    On text it accepts, the nodes equal what :func:`compose_events` gives with
    PyYAML's parser (values, plain or quoted, lines). With a ``sink``, the items
    of the root's `notes` list go to it as each one is read, as
    :func:`compose_events` does, and are not kept; a sink may then have been
    given some items before the reader declines.
    """
    if _leaves_subset(text) or " \n" in text or text.endswith(" "):
        return None  # (the writer quotes text with a space at the end of a line)
    if text.endswith("\n...\n"):
        # The document end marker libyaml's emitter writes after a `|+` block.
        text = text[:-4]
    ends_with_break = text.endswith("\n")
    reader = _LineReader(text if ends_with_break else text + "\n", ends_with_break, sink)
    if reader.tok is None or reader.line != 1 or reader.tok[:2] != (0, "") or not reader.tok[2]:
        return None  # not a block mapping from the first line (a `---`, a comment, ...)
    try:
        root = reader.mapping(0, 1)
    except _Decline:
        return None
    return root if reader.tok is None else None


class _LineReader:
    """A recursive reader with a cursor on one line at a time.

    The cursor is on a non-empty line: ``tok`` holds its indentation, its `- `
    (sequence item), its `key` and the rest, ``line`` its number; ``tok`` is None
    after the last line. Each method reads the node that starts on the cursor's
    line and leaves the cursor on the first line after it.
    """

    __slots__ = ("end", "ends_with_break", "line", "pos", "sink", "text", "tok")

    def __init__(
        self, text: str, ends_with_break: bool, sink: Callable[[int, Node], None] | None
    ) -> None:
        self.text = text  # ends with a line break
        self.ends_with_break = ends_with_break
        self.sink = sink
        self.tok: tuple[int, str, str, str] | None = None
        self.line = 0
        self.pos = self.end = 0
        self._seek(0, 1)

    def _seek(self, pos: int, line: int) -> None:
        """Put the cursor on the first non-empty line from offset ``pos`` (line ``line``)."""
        self.end, self.line = pos, line - 1
        self._next()

    def _next(self) -> None:
        """Move the cursor to the next non-empty line (runs once per line: kept lean)."""
        text, pos, line = self.text, self.end, self.line
        match = _LINE.match
        while True:
            line += 1
            found = match(text, pos)
            if found is None:  # after the last line
                self.tok, self.line, self.pos = None, line, pos
                return
            end = found.end()
            if end - pos > 1:
                break
            pos = end  # an empty line
        indent, dash, key, rest = found.groups("")
        self.tok = (len(indent), dash, key, rest)
        self.pos, self.line, self.end = pos, line, end

    def mapping(self, col: int, depth: int) -> Map:
        """The block mapping whose first key is on the cursor's line at column ``col``."""
        if depth > _SUBSET_DEPTH:
            raise _Decline
        node = Map(self.line)
        pairs = node.pairs
        assert self.tok is not None
        key, rest = self.tok[2:]
        while True:
            if not key:
                raise _Decline  # text where a key should be
            line = self.line
            value: Node
            if not rest:
                self._next()
                stream = depth == 1 and key == "notes" and self.sink is not None
                value = self.block(col, depth, stream)
            # The writer's usual values, read here rather than in `inline`:
            # half of all the lines of a deck file.
            elif rest[0] == "'" and rest[-1] == "'" and rest.count("'") == 2:
                value = Scalar(rest[1:-1], False, line)
                self._next()
            elif (
                rest[0] not in _INDICATORS
                and ": " not in rest
                and " #" not in rest
                and rest[-1] != ":"
            ):
                value = Scalar(rest, True, line)
                self._next()
            else:
                value = self.inline(rest, col)
            pairs.append((Scalar(key, True, line), value))
            tok = self.tok
            if tok is None:
                return node
            indent, dash, key, rest = tok
            if indent != col or dash:
                if indent < col:
                    return node
                raise _Decline  # deeper: a plain scalar's next line, or stray indentation

    def block(self, col: int, depth: int, stream: bool) -> Node:
        """The value of a `key:` at column ``col`` that ended its line."""
        tok = self.tok
        if tok is None or tok[0] < col or (tok[0] == col and not tok[1]):
            raise _Decline  # an empty value
        if tok[1]:  # `- item` at the key's column, or deeper
            return self.sequence(tok[0], depth + 1, stream)
        return self.mapping(tok[0], depth + 1)

    def sequence(self, col: int, depth: int, stream: bool) -> Seq:
        """The block sequence whose first `- ` is on the cursor's line at column ``col``;
        its items go to the sink when ``stream``."""
        if depth > _SUBSET_DEPTH:
            raise _Decline
        node = Seq(self.line)
        items = node.items
        sink = self.sink if stream else None
        tok = self.tok
        while True:
            assert tok is not None
            _, dash, key, rest = tok
            item: Node
            if key:
                item = self.mapping(col + len(dash), depth + 1)
            elif rest:
                item = self.inline(rest, col)
            else:
                raise _Decline  # an empty item
            if sink is None:
                items.append(item)
            else:
                sink(node.count, item)
            node.count += 1
            tok = self.tok
            if tok is None:
                return node
            if tok[0] != col or not tok[1]:
                if tok[0] > col:
                    raise _Decline
                return node  # the sequence ends (the mapping around it may go on)

    def inline(self, text: str, col: int) -> Node:
        """The scalar that starts with ``text`` on the cursor's line, in a container
        at column ``col`` (or the empty list or mapping the writer writes `[]`, `{}`)."""
        line = self.line
        first = text[0]
        if text == "[]" or text == "{}":
            self._next()
            return Seq(line) if first == "[" else Map(line)
        if first == "|":
            return self.literal(text, col)
        if first == "'":
            found = _SINGLE.match(text)
            if found is None:
                raise _Decline  # continued on the next line, or a comment after it
            value = found.group(1).replace("''", "'")
            plain = False
        elif first == '"':
            found = _DOUBLE.match(text)
            if found is None:
                raise _Decline
            value = found.group(1)
            if "\\" in value:
                value = _ESCAPE.sub(_unescape, value)
            plain = False
        elif first in _INDICATORS and (first not in "-?:" or len(text) == 1 or text[1] == " "):
            raise _Decline  # flow collections, anchors, tags, comments, folded text...
        elif ": " in text or " #" in text or text.endswith(":"):
            raise _Decline  # a mapping or a comment where the writer puts text
        else:
            value, plain = text, True
        self._next()
        return Scalar(value, plain, line)

    def literal(self, header: str, col: int) -> Scalar:
        """A literal block scalar (`|`, `|-`, `|+`, `|2-`, ...), its header on the cursor's line."""
        found = _LITERAL.match(header)
        if found is None:
            raise _Decline  # folded, or a comment after the header
        digit = found.group(1) or found.group(4)
        chomp = found.group(2) or found.group(3)
        header_line = self.line
        text = self.text
        n = len(text)
        pos = self.end
        if digit:
            indent = col + int(digit)
        else:
            first = pos
            while first < n and text[first] == "\n":
                first += 1
            indent = _indent(text, first) if first < n else -1
            if indent <= col:
                raise _Decline  # no content line: the parser says what it is
        pad = " " * indent
        lines: list[str] = []
        kept = 0  # content lines, without the empty lines after the last one
        while pos < n:
            eol = text.index("\n", pos)
            if eol == pos:
                lines.append("")
            elif text.startswith(pad, pos):
                lines.append(text[pos + indent : eol])
                kept = len(lines)
            else:
                break
            pos = eol + 1
        if not lines or (pos >= n and not self.ends_with_break):
            raise _Decline  # empty, or without the final line break
        self._seek(pos, header_line + 1 + len(lines))
        return Scalar(_chomped(lines, kept, chomp), False, header_line)


def _chomped(lines: list[str], kept: int, chomp: str | None) -> str:
    """A literal block's text from its ``lines`` (indentation removed; the first
    ``kept`` end with the last content line) and its chomping indicator."""
    if kept:
        value = "\n".join(lines[:kept])
        if chomp == "+":
            value += "\n" * (1 + len(lines) - kept)
        elif chomp != "-":
            value += "\n"
        return value
    # Only line breaks (the writer's `|2+` for text such as "\n").
    return "\n" * len(lines) if chomp == "+" else ""


def _indent(text: str, pos: int) -> int:
    """The number of spaces at offset ``pos``."""
    end = pos
    while text.startswith(" ", end):
        end += 1
    return end - pos


def _unescape(found: re.Match[str]) -> str:
    short, *codes = found.groups()
    if short is not None:
        return _ESCAPES[short]
    code = int(next(c for c in codes if c is not None), 16)
    if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
        raise _Decline  # libyaml refuses what PyYAML's parser reads: let them say
    return chr(code)


# ------------------------------------------------- the writer's decks, as values

# A note as :func:`read_writer_deck` gives it: a tuple of these fields in this
# order (the order the deck writer emits them), None where the note has none.
NOTE_FIELDS = (
    "id",
    "type",
    "ask",
    "prompt",
    "manifests",
    "from",  # request.from
    "to",  # request.to
    "protocol",  # request.protocol
    "service",
    "seed",  # an int
    "text",
    "front",
    "back",
    "tags",  # a tuple of str
    "reverse",  # a bool
    "document",  # origin.document
    "section",  # origin.section
    "line",  # origin.line, an int
)
_SEED, _TAGS, _REVERSE, _LINE_NO = (
    NOTE_FIELDS.index(name) for name in ("seed", "tags", "reverse", "line")
)


@dataclass(frozen=True, slots=True)
class WriterDeck:
    """A deck file in the writer's layout, read into plain values (nothing checked
    but its YAML: a value is the text YAML gives it)."""

    version: int
    slug: str
    title: str
    source: str | None
    notes: list[tuple[Any, ...]]  # one tuple of NOTE_FIELDS per note


# Patterns of the values the line reader reads in a mapping (`key: value`), as
# parts of one pattern per note: a plain scalar by the line reader's own rules
# (no indicator first, no ": " or " #", no ":" or space last; kept as one run of
# a character class plus rare steps, so that `re` runs it in C), a quoted one,
# a literal block. Plain scalars YAML reads as null are left to the checks.
_NOT_NULL = r"(?!(?:~|null|Null|NULL)\n)"
_PLAIN = (
    # Most values: no indicator first, no ":" or "#" at all (one run, then done).
    r"[^-?:,\[\]{}#&*!|>'\"%@` \n][^:#\n]*(?<! )(?=\n)|"
    r"(?:[^-?:,\[\]{}#&*!|>'\"%@` \n]|[-?:](?=[^ \n]))"
    r"[^:#\n]*(?:(?::(?=[^ \n])|(?<! )#)[^:#\n]*)*(?<! )"
)
_QUOTED = r"'[^'\n]*(?:''[^'\n]*)*'|\"[^\"\\\n]*(?:\\[^\n][^\"\\\n]*)*\""
_INT = r"0|-?[1-9][0-9]{0,17}"  # what `_int` reads without YAML's resolver
# A tag: plain or single-quoted, without spaces or commas (what the checks take).
_TAG = r"(?:[^-?:,\[\]{}#&*!|>'\"%@`\s]|[-?:](?=[^\s,]))(?:[^:\s,]|:(?=[^\s,]))*"


def _tag_item(group: str = "") -> str:
    """One tag line of a note's `tags` (``group``: "" to capture plain and quoted apart)."""
    return rf"  - {_NOT_NULL}(?:({group}{_TAG})|'({group}[^'\s,]+)')\n"


def _value(name: str, col: int) -> str:
    """A scalar value of key ``name`` at column ``col``, through its last line break."""
    literal = rf"\|[-+1-9]{{0,2}}(?:\n(?: {{{col + 1},}}[^\n]*[^ \n])?)+"
    return rf"{_NOT_NULL}(?P<{name}>{_PLAIN}|{_QUOTED}|{literal})\n"


@functools.cache
def _writer_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The deck's head, one note, one tag (compiled on first use: the CLI's other
    commands never read a deck file)."""
    head = (
        rf"quizkit: (?P<quizkit>{_INT})\ndeck: {_value('deck', 0)}title: {_value('title', 0)}"
        rf"(?:source: {_value('source', 0)})?notes:(?P<empty> \[\])?\n"
    )

    def key(name: str, col: int = 2) -> str:
        return rf"(?:{' ' * col}{name}: {_value(name, col)})?"

    note = (
        rf"- id: {_value('id', 2)}  type: {_value('type', 2)}"
        # A scenario's fields, tried only when the next key could be one of them
        # (a third of the time a fact note takes went into trying them one by one).
        + "(?:(?=  [apmrs])"
        + key("ask")
        + key("prompt")
        + key("manifests")
        + rf"(?:  request:\n    from: {_value('from', 4)}    to: {_value('to', 4)}"
        + key("protocol", 4)
        + ")?"
        + key("service")
        + rf"(?:  seed: (?P<seed>{_INT})\n)?"
        + ")?"
        + key("text")
        + key("front")
        + key("back")
        + rf"(?:  tags:\n(?P<tags>(?:{_tag_item('?:')})+))?"
        + r"(?:  reverse: (?P<reverse>true|false)\n)?"
        + rf"(?:  origin:\n    document: {_value('document', 4)}"
        + key("section", 4)
        + rf"(?:    line: (?P<line>{_INT})\n)?)?"
    )
    return re.compile(head), re.compile(note), re.compile(_tag_item())


def read_writer_deck(text: str) -> WriterDeck | None:
    """The deck of ``text`` as plain values, or None unless it is laid out as the
    deck writer lays decks out (keys in its order, its styles of scalars).

    Where it reads, YAML reads the same values (the tests hold it to PyYAML);
    everything else (comments, other key orders or styles, anchors, ...) it
    declines and leaves to :func:`compose`. One match of a compiled pattern per
    note: the deck's values come out of `re` without a step in Python per line.
    """
    if not text.endswith("\n") or _leaves_subset(text):
        return None
    if text.endswith("\n...\n"):  # the document end marker libyaml writes after a `|+`
        text = text[:-4]
    head_pattern, note_pattern, tag_pattern = _writer_patterns()
    head = head_pattern.match(text)
    if head is None:
        return None
    pos = head.end()
    end = len(text)
    matched: list[tuple[str | None, ...]] = []
    if head["empty"] is None:
        match = note_pattern.match
        while pos < end:
            found = match(text, pos)
            if found is None:
                return None
            pos = found.end()
            matched.append(found.groups())
        if not matched:
            return None  # `notes:` and nothing after it is null, not an empty list
    if pos != end:
        return None
    try:
        values = [_scalar(head[name], 0) for name in ("deck", "title")]
        source = head["source"]
        if source is not None:
            source = _scalar(source, 0)
        # Field by field over all notes (a column of the raw values at a time):
        # most fields need nothing done, found by one search per field.
        columns = [
            _column(index, column, tag_pattern)
            for index, column in enumerate(zip(*matched, strict=True))
        ]
    except _Decline:
        return None
    rows = list(zip(*columns, strict=True)) if columns else []
    return WriterDeck(int(head["quizkit"]), values[0], values[1], source, rows)


# A value to decode starts with one of these (a plain one never does).
_TO_DECODE = re.compile("\n['\"|]")


def _column(index: int, raw: tuple[str | None, ...], tag_pattern: re.Pattern[str]) -> Sequence[Any]:
    """The values of field ``NOTE_FIELDS[index]`` of every note, from their raw text."""
    if index in (_SEED, _LINE_NO):
        return [None if value is None else int(value) for value in raw]
    if index == _REVERSE:
        return [None if value is None else value == "true" for value in raw]
    if index == _TAGS:
        known: dict[str | None, tuple[str, ...] | None] = {None: None}
        out = []
        for block in raw:  # the notes of a section share their tags
            tags = known.get(block)
            if tags is None and block is not None:
                tags = known[block] = tuple(p or q for p, q in tag_pattern.findall(block))
            out.append(tags)
        return out
    if _TO_DECODE.search("\n" + "\n".join(filter(None, raw))) is None:
        return raw  # every value plain, as it is
    col = _COLUMNS[index]
    return [value if not value or value[0] not in "'\"|" else _scalar(value, col) for value in raw]


# The column of each field's key in a note (a literal block is indented past it).
_COLUMNS = tuple(
    4 if name in ("from", "to", "protocol", "document", "section") else 2 for name in NOTE_FIELDS
)


def _scalar(raw: str, col: int) -> str:
    """The text of a scalar value as the note pattern matched it (``col``: its key's column)."""
    first = raw[0]
    if first == "'":
        return raw[1:-1].replace("''", "'")
    if first == '"':
        found = _DOUBLE.match(raw)
        if found is None:
            raise _Decline  # an escape YAML does not have: the parser says so
        value = found.group(1)
        if "\\" in value:
            value = _ESCAPE.sub(_unescape, value)
        if "\x00" in value:
            raise _Decline  # the checks refuse it, with its line
        return value
    if first != "|":
        return raw
    header, _, body = raw.partition("\n")
    found = _LITERAL.match(header)
    if found is None:
        raise _Decline
    digit = found.group(1) or found.group(4)
    lines = body.split("\n")
    if digit:
        indent = col + int(digit)
    else:
        content = next((line for line in lines if line), "")
        indent = len(content) - len(content.lstrip(" "))
    pad = " " * indent
    kept = 0
    for i, line in enumerate(lines):
        if line:
            if not line.startswith(pad):
                raise _Decline  # less indented than its first line: YAML refuses it
            lines[i] = line[indent:]
            kept = i + 1
    if not kept and not digit:
        raise _Decline  # no content line: the parser says what it is
    return _chomped(lines, kept, found.group(2) or found.group(3))


def compose(
    text: str,
    file: str,
    sink: Callable[[int, Node], None],
    *,
    restart: Callable[[], None],
    fast: bool = True,
) -> Node | None:
    """The document's root node; items of the root's `notes` list go to ``sink``.

    ``fast``: the line reader first, then libyaml's parser (when PyYAML has it)
    for text the line reader declines; otherwise PyYAML's own parser alone.
    When the line reader declines (perhaps after giving ``sink`` some items),
    ``restart`` is called before the parser gives them all again.
    """
    if fast:
        root = read_subset(text, sink)
        if root is not None:
            return root
        restart()
    return compose_events(text, file, sink, fast=fast)

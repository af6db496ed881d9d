"""Reading source documents and repairing their text before parsing.

A document arrives as bytes. It must be UTF-8 text (a BOM is allowed); anything
else is refused with a :class:`~quizkit.errors.SourceError` naming the file and
line, because guessing an encoding silently makes wrong cards.

Repair runs in two passes. ftfy undoes ordinary mojibake (UTF-8 read as a
Windows code page and saved again). It cannot undo the sequences whose bytes
were *lost*: the code pages leave 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined, so a
UTF-8 sequence containing one of them comes out a byte short. ftfy then leaves
fragments (``ï¸`` for a variation selector, ``âƒ£`` for a keycap) or, worse,
borrows the following space as the missing byte and produces a different
character (``❌`` becomes ``⌠``, ``🌐`` becomes ``🌠``). The second pass restores
those from a table, and only for documents that showed mojibake in the first
place, so a genuine ``⌠`` in a clean document is left alone.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from quizkit.errors import SourceError
from quizkit.inputs import read_regular_file

__all__ = ["decode_source", "looks_mojibaked", "read_source", "repair_text"]

# Marks of UTF-8 read as cp1252/cp1254 ("â€", "Ã", "ðŸ"/"ğŸ", "ï¸", "Â").
_MOJIBAKE_MARKS = ("â€", "Ã", "ðŸ", "ğŸ", "ï¸", "Â", "âœ", "âŒ", "â”", "âš")

# Fragments ftfy leaves behind when a byte was lost, and what they were.
# Longest first: applied in order.
_LOST_BYTE_FRAGMENTS: tuple[tuple[str, str], ...] = (
    ("âš™ï¸", "⚙\ufe0f"),  # ⚙️ E2 9A 99 EF B8 [8F]
    ("â˜ï¸", "☁\ufe0f"),  # ☁️ E2 98 [81] EF B8 [8F]
    ("âš™", "⚙"),
    ("â˜", "☁"),
    ("ï¸âƒ£", "\ufe0f\u20e3"),  # keycap: digit, VS16 (EF B8 [8F]), U+20E3
    ("âƒ£", "\u20e3"),
    ("ï¸", "\ufe0f"),  # VS16 whose last byte (8F) was lost
    ("âŒ", "❌"),  # E2 [9D] 8C, when ftfy did not touch it
    ("â”", "┐"),  # box drawing E2 94 [90]: the only corner with a lost byte
    ("â–¼", "▼"),
    ("â–²", "▲"),
    ("â–º", "►"),
)

# Characters ftfy made by taking the following space (read as U+00A0) as the lost
# byte. The original character is restored and the space given back.
_SPACE_EATERS: dict[str, str] = {
    "⌠": "❌",  # ❌ E2 9D 8C: "âŒ" + space became E2 8C A0
    "🌠": "🌐",  # 🌐 F0 9F 8C [90]
    "🠠": "🏠",  # 🏠 F0 9F [8F] A0
    "🢠": "🏢",  # 🏢 F0 9F [8F] A2
    "🔠": "🔁",  # 🔁 F0 9F 94 [81]
}


def looks_mojibaked(text: str) -> bool:
    """Whether ``text`` carries the marks of UTF-8 decoded with a Windows code page."""
    return any(mark in text for mark in _MOJIBAKE_MARKS)


def _restore_lost_bytes(text: str) -> str:
    for broken, original in _LOST_BYTE_FRAGMENTS:
        text = text.replace(broken, original)
    out: list[str] = []
    for index, char in enumerate(text):
        restored = _SPACE_EATERS.get(char)
        if restored is None:
            out.append(char)
            continue
        out.append(restored)
        following = text[index + 1 : index + 2]
        if following and not following.isspace():
            out.append(" ")
    return "".join(out)


def _ftfy_line(line: str) -> str:
    import ftfy

    fixed = ftfy.fix_text(line, normalization="NFC", uncurl_quotes=False, unescape_html=False)
    return fixed.replace("\n", " ")


# ftfy's repair is a pure function of the line, and lines repeat: table rows,
# headings and boilerplate recur across the documents of one build.
_ftfy_line_cached = functools.lru_cache(maxsize=8192)(_ftfy_line)
_CACHED_LINE = 500  # characters; longer lines are rare and not worth keeping


def _fix_line(line: str) -> str:
    return _ftfy_line_cached(line) if len(line) <= _CACHED_LINE else _ftfy_line(line)


_NON_ASCII = re.compile("[^\x00-\x7f]")

# Characters that show nothing: zero-width space, non-joiner, joiner, word joiner, and a
# byte-order mark inside the text. Pasted from a web page or a converter, one at the
# start of a line hides the Markdown marker after it ("\u200b```" is no fence).
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_LEADING_ZERO_WIDTH = re.compile(f"^([ \t]*)[{_ZERO_WIDTH}]+")
_FENCE_OPEN = re.compile(r"^[ \t]*(`{3,}|~{3,})(.*)$")


def _fence_marker(line: str) -> tuple[str, str] | None:
    """The fence a line opens with (its run of backticks or tildes) and its info string."""
    m = _FENCE_OPEN.match(line)
    if m is None or (m[1][0] == "`" and "`" in m[2]):
        return None
    return m[1], m[2].strip()


def _closes(line: str, marker: str) -> bool:
    stripped = line.strip()
    return len(stripped) >= len(marker) and set(stripped) == {marker[0]}


def _repair_zero_width(text: str) -> str:
    """Zero-width characters at the start of a line taken away where they hide structure.

    Outside a fence a leading zero-width character is dropped, so the fence, heading or
    list marker after it is one. Inside a fence the text is the author's and stays, with
    one exception: a fence whose first and last lines are themselves a fence behind a
    zero-width character (a page converted twice, or an author keeping the fence of a
    snippet pasted into a code block) holds the code between those two lines. The inner
    fence lines become the block's fence and the outer lines blank, so the code is read
    as code (its language from either fence) and every line keeps its number.
    """
    lines = text.split("\n")
    hidden = [bool(_LEADING_ZERO_WIDTH.match(line)) for line in lines]
    bare = [_LEADING_ZERO_WIDTH.sub(r"\1", line) for line in lines]
    at = 0
    while at < len(lines):
        lines[at] = bare[at]  # outside a fence: what the character hid is structure
        opened = _fence_marker(bare[at])
        if opened is None:
            at += 1
            continue
        marker, info = opened
        # A fence hidden behind the character is closed by one hidden the same way; a
        # fence that shows is closed only by one that shows, as a renderer reads it.
        seen = bare if hidden[at] else lines
        end = next((k for k in range(at + 1, len(lines)) if _closes(seen[k], marker)), None)
        if end is None:
            break  # a fence left open runs to the end: all of it is code
        lines[end] = bare[end]
        inner = _fence_marker(bare[at + 1]) if hidden[at + 1] else None
        if (
            not hidden[at]
            and inner is not None
            and end - at >= 3
            and hidden[end - 1]
            and _closes(bare[end - 1], inner[0])
        ):
            indent = bare[at][: len(bare[at]) - len(bare[at].lstrip())]
            lines[at] = ""
            lines[at + 1] = f"{indent}{inner[0]}{inner[1] or info}"
            lines[end - 1] = f"{indent}{inner[0]}"
            lines[end] = ""
        at = end + 1
    return "\n".join(lines)


def repair_text(text: str) -> str:
    """Undo mojibake: ftfy first, then the lost-byte cases ftfy gets wrong; then take
    away the zero-width characters that hide a line's Markdown (:func:`_repair_zero_width`).

    Line structure is kept (ftfy never adds or removes a newline here), so the
    line numbers of the repaired text are those of the file.
    """
    if text.isascii():  # no line for ftfy to fix and no mojibake mark: unchanged
        return text
    # ftfy works line by line anyway; doing it here guarantees the newline count.
    # Only lines with a non-ASCII character are given to it (most lines are ASCII),
    # and only they can hold a mark of mojibake (every mark is non-ASCII, no newline).
    damaged = False
    pieces: list[str] = []
    done = 0  # text[:done] is in pieces
    search = _NON_ASCII.search
    found = search(text)
    while found is not None:
        start = text.rfind("\n", done, found.start()) + 1 or done
        end = text.find("\n", found.end())
        if end < 0:
            end = len(text)
        line = text[start:end]
        damaged = damaged or looks_mojibaked(line)
        pieces.append(text[done:start])
        pieces.append(_fix_line(line))
        done = end
        found = search(text, end)
    pieces.append(text[done:])
    fixed_text = "".join(pieces)
    if damaged:
        fixed_text = _restore_lost_bytes(fixed_text)
    if any(char in fixed_text for char in _ZERO_WIDTH):
        fixed_text = _repair_zero_width(fixed_text)
    return fixed_text


def decode_source(data: bytes, file: str) -> str:
    """Bytes of a Markdown document as text, or a :class:`SourceError` naming ``file``."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceError("UTF-16 text; save the document as UTF-8", file=file, line=1)
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise SourceError(
            "binary file (contains NUL bytes), not a Markdown document", file=file, line=line
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SourceError(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save the document as UTF-8",
            file=file,
            line=line,
        ) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_source(path: Path, name: str) -> str:
    """Read and decode the document at ``path``; ``name`` is how errors call it.

    Not repaired: :func:`~quizkit.build.builder.build_deck` repairs what it builds.
    """
    try:
        data = read_regular_file(path)
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror or exc}", file=name) from exc
    return decode_source(data, name)

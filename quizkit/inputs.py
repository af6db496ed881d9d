"""Text and files that come from outside: checked, bounded, shown on one line.

A chat message, a command-line argument, a piped line or a file named by a user
is untrusted. Before quizkit stores, grades or reads it, it must be text that
UTF-8 can carry (no lone surrogates: Python decodes undecodable argv and
environment bytes to them, and SQLite and PostgreSQL refuse them at the bind),
of a bounded size, and a file must be a regular file (a FIFO blocks forever,
``/dev/zero`` never ends). Each refusal is one :class:`~quizkit.errors.UsageError`
line naming the field and what would be right.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from quizkit.errors import UsageError

__all__ = [
    "MAX_COUNT",
    "MAX_FILE_BYTES",
    "MAX_ID_CHARS",
    "MAX_NAME_CHARS",
    "MAX_RESPONSE_BYTES",
    "FileRefused",
    "WriteFailed",
    "check_count",
    "check_learner_name",
    "check_text",
    "encoding_problem",
    "one_line",
    "read_regular_file",
    "write_files",
    "yaml_problem",
]

# A typed answer: a fixed manifest is the longest a learner types (the bundled
# ones are under 1 kB); a 50 MB chat message is refused, not graded and stored.
MAX_RESPONSE_BYTES = 10 * 1024
# Learner names, card ids and deck slugs.
MAX_NAME_CHARS = 200
MAX_ID_CHARS = 1000
# Markdown documents and deck files: the largest real ones are tens of kB.
MAX_FILE_BYTES = 16 * 1024 * 1024
# --new, --limit, new_per_day: far above any study day, far below a 64-bit column.
MAX_COUNT = 1_000_000

# Characters that change how a line reads on a terminal: C0 and C1 controls
# (newline, escape sequences) and the bidirectional controls of "Trojan Source"
# (CVE-2021-42574), which reorder the text around them.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def encoding_problem(text: str) -> str | None:
    """Why ``text`` cannot be written as UTF-8 (its first lone surrogate), else None."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        code = ord(text[exc.start])
        if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte, kept by surrogateescape
            return f"is not valid UTF-8 (byte 0x{code - 0xDC00:02x} at character {exc.start + 1})"
        return f"holds a lone surrogate U+{code:04X} at character {exc.start + 1}"
    return None


def check_learner_name(name: object) -> str:
    """A learner's name as stored: stripped, 1 to :data:`MAX_NAME_CHARS` characters of
    printable text on one line (names are printed in messages and reports)."""
    name = name.strip() if isinstance(name, str) else name
    if not isinstance(name, str) or not name or len(name) > MAX_NAME_CHARS:
        raise UsageError(f"learner name must be 1 to {MAX_NAME_CHARS} characters, not {name!r}")
    return check_text(name, "learner name", single_line=True)


def check_text(
    value: object,
    what: str,
    *,
    max_bytes: int | None = None,
    max_chars: int | None = None,
    single_line: bool = False,
) -> str:
    """``value`` if it is text quizkit can store; else one :class:`UsageError` line.

    ``single_line`` also refuses control and bidirectional-control characters
    (names and ids are printed in messages, where a newline or U+202E would
    forge or hide text). NUL is always refused: PostgreSQL cannot store it.
    """
    if not isinstance(value, str):
        raise UsageError(f"{what} must be text (str), not {type(value).__name__}")
    # Length first, so that a huge value costs no encoding pass: UTF-8 has at
    # least one byte per character.
    if max_chars is not None and len(value) > max_chars:
        raise UsageError(f"{what} is {len(value)} characters long; at most {max_chars} are allowed")
    if max_bytes is not None and len(value) > max_bytes:
        raise UsageError(
            f"{what} is over {_size(max_bytes)}; at most {_size(max_bytes)} is allowed"
        )
    problem = encoding_problem(value)
    if problem is not None:
        raise UsageError(f"{what} {problem}")
    if max_bytes is not None:
        size = len(value.encode("utf-8"))
        if size > max_bytes:
            raise UsageError(f"{what} is {_size(size)}; at most {_size(max_bytes)} is allowed")
    if "\x00" in value:
        raise UsageError(
            f"{what} contains a NUL character (U+0000) at character {value.index(chr(0)) + 1}"
        )
    if single_line:
        found = _UNSAFE.search(value)
        if found is not None:
            raise UsageError(
                f"{what} contains the control character U+{ord(found.group()):04X} at "
                f"character {found.start() + 1}; use printable text on one line"
            )
    return value


def check_count(value: object, what: str) -> int:
    """``value`` if it is a whole number in 0..:data:`MAX_COUNT`, else a :class:`UsageError`."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
        raise UsageError(f"{what} must be a whole number from 0 to {MAX_COUNT}, not {value!r}")
    return value


def _size(n: int) -> str:
    return f"{n} bytes" if n < 10 * 1024 else f"{n // 1024} kB"


def one_line(text: str) -> str:
    """``text`` fit for one line of a terminal: line breaks become spaces; other
    control and bidirectional-control characters, and lone surrogates, are
    escaped (``\\u202e``) so that they show instead of acting."""
    text = " ".join(part.strip() for part in text.splitlines() if part.strip())

    def escape(found: re.Match[str]) -> str:
        code = ord(found.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    text = _UNSAFE.sub(escape, text)
    if encoding_problem(text) is not None:
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


class FileRefused(OSError):
    """A path that is not a regular file, or a file over the size limit.

    An :class:`OSError`, so the callers' ``cannot read: {exc.strerror}`` lines
    say what was wrong without a new ``except`` clause.
    """


def read_regular_file(path: str | os.PathLike[str], max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of the regular file at ``path``, at most ``max_bytes`` of them.

    Opened without blocking (a FIFO with no writer would block ``open`` itself)
    and checked with ``fstat`` on the open descriptor, so a path swapped between
    a check and the read is caught too. Reads at most ``max_bytes + 1`` bytes.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise FileRefused(errno.EISDIR, "is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused(errno.EINVAL, f"not a regular file (a {_kind(info.st_mode)})")
        if info.st_size > max_bytes:
            raise FileRefused(errno.EFBIG, _too_big(info.st_size, max_bytes))
        with os.fdopen(fd, "rb", closefd=False) as handle:
            # Sized by the file, not the limit: read(n) allocates n bytes up front.
            data = handle.read(info.st_size + 1)
            if len(data) > info.st_size:  # it grew since fstat: read on, to the limit
                data += handle.read(max_bytes + 1 - len(data))
    finally:
        os.close(fd)
    if len(data) > max_bytes:  # the file grew while it was read
        raise FileRefused(errno.EFBIG, _too_big(len(data), max_bytes))
    return data


def _too_big(size: int, limit: int) -> str:
    return f"file is {size / 2**20:.1f} MB; files up to {limit // 2**20} MB are read"


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISCHR(mode):
        return "character device"
    if stat.S_ISBLK(mode):
        return "block device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"


class WriteFailed(OSError):
    """Writing a set of files failed; ``written`` lists those replaced before it did."""

    def __init__(self, cause: OSError, path: Path, written: list[Path]) -> None:
        super().__init__(cause.errno, cause.strerror or str(cause), str(path))
        self.path = path
        self.written = written


def write_files(files: Sequence[tuple[Path, str]]) -> None:
    """Write each ``(path, text)`` as UTF-8, all or none as far as a file system allows.

    Every text first goes to a temporary file of a unique name beside its target
    (``mkstemp``: created new, so a symlink planted under a predictable name is
    never followed), flushed to disk; only when all are written do they replace
    their targets, by ``rename``. A full disk therefore changes no target and
    leaves no temporary file. A rename failing midway (rare: renames take no
    space) raises :class:`WriteFailed` naming the files already replaced.
    """
    staged: list[tuple[str, Path]] = []
    try:
        for path, text in files:
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            staged.append((tmp, path))
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
                os.chmod(tmp, _mode_for(path))
    except OSError as exc:
        _discard(tmp for tmp, _ in staged)
        raise WriteFailed(exc, path, []) from exc
    written: list[Path] = []
    for index, (tmp, path) in enumerate(staged):
        try:
            os.replace(tmp, path)
        except OSError as exc:
            _discard(tmp for tmp, _ in staged[index:])
            raise WriteFailed(exc, path, written) from exc
        written.append(path)


def _mode_for(path: Path) -> int:
    """The target's permissions when it exists, else rw-r--r-- (mkstemp makes 0600)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o644


def _discard(paths: Iterable[str]) -> None:
    for tmp in paths:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def yaml_problem(exc: object, text: str) -> tuple[int | None, str]:
    """The 1-based line a PyYAML error in ``text`` points at and what it found.

    PyYAML marks where it noticed the problem. When that is the end of the text (an
    unclosed quote or bracket is only found missing there), the line where the
    unfinished construct began is what the writer must fix: the context's mark, with
    the context said ("while scanning a quoted scalar, found unexpected end of stream").
    """
    problem = str(getattr(exc, "problem", "") or "")
    context = str(getattr(exc, "context", "") or "")
    problem_mark = getattr(exc, "problem_mark", None)
    context_mark = getattr(exc, "context_mark", None)
    at_end = problem_mark is not None and int(getattr(problem_mark, "index", 0)) >= len(
        text.rstrip()
    )
    if context_mark is not None and context and at_end:
        mark, said = context_mark, f"{context}, {problem}"
    else:
        mark, said = problem_mark or context_mark, problem or context or str(exc)
    return (None if mark is None else int(getattr(mark, "line", 0)) + 1), said

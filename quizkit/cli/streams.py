"""stdout and stderr that print any text a command may hold.

Names, manifests and file names can carry lone surrogates (bytes that were not
UTF-8, kept by surrogateescape); printing one must not raise halfway through
the output.
"""

from __future__ import annotations

import codecs
import contextlib
import sys
from collections.abc import Iterator
from typing import Any

__all__ = ["printable_output"]


def _print_anyway(exc: UnicodeError) -> tuple[str | bytes, int]:
    """Codec error handler: an undecodable byte kept by surrogateescape (U+DC80..U+DCFF)
    is written back as that byte, as surrogateescape does; anything else that cannot
    be encoded (a lone surrogate from a manifest) as a backslash escape."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    try:
        return _SURROGATEESCAPE(exc)
    except UnicodeError:
        return codecs.backslashreplace_errors(exc)


_SURROGATEESCAPE = codecs.lookup_error("surrogateescape")


codecs.register_error("quizkit-print", _print_anyway)


@contextlib.contextmanager
def printable_output() -> Iterator[None]:
    """stdout and stderr that print any text: a lone surrogate (a manifest's
    ``"\\ud800"``) is written as ``\\ud800`` instead of raising mid-output, which
    in JSON is the same character, escaped."""
    saved: list[tuple[Any, str]] = []
    for stream in (sys.stdout, sys.stderr):
        errors = getattr(stream, "errors", None)
        if hasattr(stream, "reconfigure") and errors in ("strict", "surrogateescape"):
            stream.reconfigure(errors="quizkit-print")
            saved.append((stream, errors))
    try:
        yield
    finally:
        for stream, errors in saved:
            stream.reconfigure(errors=errors)

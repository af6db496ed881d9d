"""Grading typed answers to fact cards: a forgiving but honest comparison.

Case, spacing, punctuation, markup and dash variants never matter; one small
typo in a word is forgiven; numbers must be exact (30000–32767 with a typo is a
different range, not a typo).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["Verdict", "fingerprint", "grade_text", "normalize"]

_DASHES = dict.fromkeys(
    map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-"
)
_MARKUP = re.compile(r"[`*_~]")
_PUNCT = re.compile(r"[^\w\s\-./:<>]")
_SPACE = re.compile(r"\s+")
_DASH_SPACING = re.compile(r"\s*-\s*")
_YES = {"yes", "y", "true", "✅", "✓", "✔"}
_NO = {"no", "n", "false", "❌", "✘", "✗"}


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether a response is right, the expected answer and a sentence of feedback."""

    correct: bool
    expected: str | list[str]
    feedback: str


def normalize(text: str) -> str:
    """Text reduced to what a comparison should look at."""
    text = unicodedata.normalize("NFKC", text).translate(_DASHES).casefold()
    text = _MARKUP.sub("", text)
    text = _PUNCT.sub(" ", text)
    text = _SPACE.sub(" ", text).strip(" .:")
    text = _DASH_SPACING.sub("-", text)
    if text in _YES:
        return "yes"
    if text in _NO:
        return "no"
    return text


def fingerprint(front: str, back: str) -> str:
    """A key equal for two cards that ask the same thing and expect the same answer."""
    import hashlib

    joined = normalize(front) + "\x1f" + normalize(back)
    return hashlib.sha256(joined.encode()).hexdigest()[:40]


def _distance_at_most_one(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most one edit (incl. one transposition)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]


def _close(response: str, expected: str) -> bool:
    if response == expected:
        return True
    got, want = response.split(" "), expected.split(" ")
    if len(got) != len(want):
        return False
    typos = 0
    for g, w in zip(got, want, strict=True):
        if g == w:
            continue
        # Numbers and very short words must be exact: a typo there changes the meaning.
        if any(ch.isdigit() for ch in g + w) or len(w) < 4 or not _distance_at_most_one(g, w):
            return False
        typos += 1
    return typos <= max(1, len(want) // 4)


def grade_text(response: str, expected: str) -> Verdict:
    """Compare a typed ``response`` with the card's ``expected`` back."""
    got, want = normalize(response), normalize(expected)
    if not got:
        return Verdict(False, expected, "No answer given.")
    if _close(got, want):
        note = "Correct." if got == want else "Correct (allowing a small typo)."
        return Verdict(True, expected, note)
    return Verdict(False, expected, f"Not quite: the answer is {expected}.")

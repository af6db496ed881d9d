"""Grading typed answers to fact cards: a forgiving but honest comparison.

Case, spacing, punctuation, markup and dash variants never matter; one small
typo in a word is forgiven; numbers must be exact (30000–32767 with a typo is a
different range, not a typo).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

__all__ = [
    "TYPED_ANSWER_LENGTH",
    "Verdict",
    "fingerprint",
    "fingerprint_of",
    "grade_list",
    "grade_text",
    "list_items",
    "normalize",
    "takes_typed_answer",
]

# A back longer than this (once normalized: arrows, markup and punctuation gone)
# is a sentence or a list: typing it out is a chore, not recall.
TYPED_ANSWER_LENGTH = 60

_DASHES = dict.fromkeys(
    map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-"
)
_PUNCT = re.compile(r"[^\w\s\-./:<>]")
_DASH_SPACING = re.compile(r" ?- ?")
# Dashes to "-" and markup dropped in one pass (casefolding creates neither).
_DASHES_AND_MARKUP = {**_DASHES, **dict.fromkeys(map(ord, "`*_~"))}
# For ASCII text, lowercasing, the markup drop and _PUNCT in one bytes.translate:
# markup deleted, everything else _PUNCT matches (punctuation, control
# characters) turned into a space.
_ASCII_MARKUP = b"`*_~"
_ASCII_MARKUP_DROP = dict.fromkeys(map(ord, "`*_~"))
_ASCII_TABLE = bytes(
    ord(" ") if chr(code) not in "`*_~" and _PUNCT.match(chr(code)) else ord(chr(code).lower())
    for code in range(256)
)
# Arrows of any drawing style are one thing to a typist: `->`, `=>`, `-->`, `→`,
# `⟶`, `───►` all become a space (as a lone arrow character already did), so
# `Pod -> Service` matches a document's `Pod ───► Service`. A `>` without a shaft
# stays: it closes placeholders such as `<NodeIP>`.
_ARROW_HEADS = "\u25b6\u25b8\u25ba\u27a4>"
_ARROW = re.compile(
    f"[-=\u2500\u2501\u2550]+[{_ARROW_HEADS}]"
    "|[\u2190-\u21ff\u2794-\u27bf\u27f0-\u27ff\u2900-\u297f\u2b00-\u2b11\u25b6\u25b8\u25ba]"
)
_ASCII_ARROW = re.compile(r"[-=]+>")
_YES = {"yes", "y", "true", "✅", "✓", "✔"}
_NO = {"no", "n", "false", "❌", "✘", "✗"}


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether a response is right, the expected answer and a sentence of feedback."""

    correct: bool
    expected: str | list[str]
    feedback: str


def normalize(text: str) -> str:
    """Text reduced to what a comparison should look at.

    NFKC, dash variants as "-", casefolded; the markup characters ` * _ ~
    dropped; arrows (``->``, ``=>``, ``→``, ``───►``) as spaces; other
    punctuation but - . / : < > as spaces; spaces collapsed, none around a dash,
    none (nor "." or ":") at the ends; yes/no words as "yes" and
    "no". ASCII text, most of it, takes a path of plain string methods: an import
    fingerprints every card, two normalizations each.
    """
    if text.isascii():
        if ">" in text:
            text = _ASCII_ARROW.sub(" ", text.translate(_ASCII_MARKUP_DROP))
        text = text.encode().translate(_ASCII_TABLE, _ASCII_MARKUP).decode()
    else:
        text = unicodedata.normalize("NFKC", text).translate(_DASHES_AND_MARKUP).casefold()
        text = _PUNCT.sub(" ", _ARROW.sub(" ", text))
    text = " ".join(text.split()).strip(" .:")
    if " -" in text or "- " in text:  # (a dash with no space beside it stays as it is)
        text = _DASH_SPACING.sub("-", text)
    if text in _YES:
        return "yes"
    if text in _NO:
        return "no"
    return text


def fingerprint(front: str, back: str) -> str:
    """A key equal for two cards that ask the same thing and expect the same answer."""
    return fingerprint_of(normalize(front), normalize(back))


def fingerprint_of(front: str, back: str) -> str:
    """:func:`fingerprint` of a front and back already normalized."""
    return hashlib.sha256(f"{front}\x1f{back}".encode()).hexdigest()[:40]


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


def takes_typed_answer(note_type: str, back: str) -> bool:
    """Whether a card of ``note_type`` with this ``back`` is quizzed by a typed answer.

    Scenarios always are (the evaluator grades them); facts and cloze gaps are when
    the back is one line of at most :data:`TYPED_ANSWER_LENGTH` characters once
    normalized, so `User ───► NodeIP:30007 ───► frontend-service ───► Frontend Pods`
    (62 characters, 48 normalized) is. Lists, tips and rules are self-graded on
    screen; a typed reply to them is still graded (:func:`grade_list`, :func:`grade_text`).
    """
    if note_type == "scenario":
        return True
    if note_type not in ("fact", "cloze") or "\n" in back.strip():
        return False
    return len(normalize(back)) <= TYPED_ANSWER_LENGTH


def list_items(back: str) -> list[str]:
    """The items of a list card's back (one per line, bullets dropped), normalized."""
    return [item for item in (normalize(line) for line in back.splitlines()) if item]


def _window_close(words: list[str], item: str) -> bool:
    """Whether some run of ``len(item)`` words in ``words`` is close to ``item``."""
    size = len(item.split(" "))
    return any(_close(" ".join(words[i : i + size]), item) for i in range(len(words) - size + 1))


def grade_list(response: str, expected: str) -> Verdict:
    """A typed reply to a list card: right when it names every item, in any order.

    Items may be separated by anything (commas, "and", new lines); each is
    compared like a fact (one small typo per word forgiven, numbers exact).
    """
    items = list_items(expected)
    got = normalize(response)
    if not got:
        return Verdict(False, expected, "No answer given.")
    if len(items) < 2:
        return grade_text(response, expected)
    # "microservice-to-microservice" and "microservice to microservice" are one spelling here.
    words = got.replace("-", " ").split()
    missing = [
        line
        for line, item in zip(_item_lines(expected), items, strict=True)
        if not _window_close(words, " ".join(item.replace("-", " ").split()))
    ]
    if not missing:
        return Verdict(True, expected, f"Correct: all {len(items)} items.")
    named = len(items) - len(missing)
    return Verdict(
        False, expected, f"Not quite: {named} of {len(items)} items; missing: {'; '.join(missing)}."
    )


def _item_lines(back: str) -> list[str]:
    """The lines of a list's back that hold an item, bullets stripped, as written."""
    return [line.strip().lstrip("•*-–· ").strip() for line in back.splitlines() if normalize(line)]


def grade_text(response: str, expected: str) -> Verdict:
    """Compare a typed ``response`` with the card's ``expected`` back."""
    got, want = normalize(response), normalize(expected)
    if not got:
        return Verdict(False, expected, "No answer given.")
    if _close(got, want):
        note = "Correct." if got == want else "Correct (allowing a small typo)."
        return Verdict(True, expected, note)
    # The expected answer travels beside the feedback (the screen and `answer --json`
    # show it once); repeating it here would print it twice.
    return Verdict(False, expected, "Not quite.")

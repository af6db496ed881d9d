"""Cloze text in Anki's syntax: parse it, check it, and render the card of one cloze number.

A cloze note keeps a sentence in its author's words and hides tokens marked
``{{cN::answer}}`` or ``{{cN::answer::hint}}``. Every distinct ``N`` is one card;
on card ``N`` the deletions numbered ``N`` show as ``[...]`` (or ``[hint]``) and the
others show their answer, as Anki's own Cloze note type does. Pure functions
over strings: the deck loader checks with them, the store renders with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizkit.errors import UsageError

__all__ = [
    "ClozeCard",
    "ClozeMarkupError",
    "Deletion",
    "card_of",
    "in_full",
    "numbers",
    "parse",
    "problem",
    "reveal",
]

# An opening is "{{c" and a number; what follows must be "::". Anki reads the
# answer up to the first "::" or "}}", the hint up to the next "}}".
_OPENING = re.compile(r"\{\{c(\d+)", re.IGNORECASE)
_GAP = "[...]"


@dataclass(frozen=True, slots=True)
class Deletion:
    """One ``{{cN::answer::hint}}`` of a text, with its place (``start``..``end``)."""

    number: int
    answer: str
    hint: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ClozeCard:
    """Card ``number`` of a cloze text: the question, the answer, and the whole sentence."""

    number: int
    front: str
    back: str
    text: str


class ClozeMarkupError(UsageError):
    """Cloze markup that Anki would not read as written (the message says what is wrong).

    The deck loader turns it into a :class:`~quizkit.errors.DeckError` with file,
    line and field; the store only ever renders text the loader accepted.
    """


def parse(text: str) -> tuple[Deletion, ...]:
    """The deletions of ``text`` in order; :class:`ClozeMarkupError` if the markup is wrong."""
    out: list[Deletion] = []
    pos = 0
    while (match := _OPENING.search(text, pos)) is not None:
        start = match.start()
        tag = match.group(0)
        if not tag.startswith("{{c"):
            raise ClozeMarkupError(f"write {tag!r} with a lowercase c, e.g. {{{{c1::answer}}}}")
        number = int(match.group(1))
        if number < 1:
            raise ClozeMarkupError(f"cloze numbers start at 1, not {number} (in {tag}::...)")
        if not text.startswith("::", match.end()):
            example = f"{{{{c{number}::answer}}}}"
            raise ClozeMarkupError(f"{tag} must be followed by '::', e.g. {example}")
        body_start = match.end() + 2
        close = text.find("}}", body_start)
        if close < 0:
            raise ClozeMarkupError(f"{tag}::... is not closed with '}}}}'")
        body = text[body_start:close]
        if _OPENING.search(body) or "{{" in body:
            raise ClozeMarkupError(f"{tag}::... contains another '{{{{'; deletions do not nest")
        answer, _, hint = body.partition("::")
        if not answer.strip():
            raise ClozeMarkupError(f"{tag}:: has an empty answer; hide a word of the sentence")
        out.append(Deletion(number, answer, hint, start, close + 2))
        pos = close + 2
    if not out:
        raise ClozeMarkupError("no deletion; mark the hidden words as {{c1::answer}}")
    if not _rest(text, out).strip():
        raise ClozeMarkupError("the text is all deletions; keep some of the sentence visible")
    return tuple(out)


def problem(text: str) -> str | None:
    """What is wrong with the cloze markup of ``text``, or None when it is right."""
    try:
        parse(text)
    except ClozeMarkupError as exc:
        return str(exc)
    return None


def numbers(text: str) -> tuple[int, ...]:
    """The distinct cloze numbers of ``text``, ascending: one card each."""
    return tuple(sorted({d.number for d in parse(text)}))


def _rest(text: str, deletions: tuple[Deletion, ...] | list[Deletion]) -> str:
    """``text`` without its deletions."""
    parts, pos = [], 0
    for d in deletions:
        parts.append(text[pos : d.start])
        pos = d.end
    parts.append(text[pos:])
    return "".join(parts)


def _render(text: str, deletions: tuple[Deletion, ...], hidden: int | None) -> str:
    parts, pos = [], 0
    for d in deletions:
        parts.append(text[pos : d.start])
        if d.number == hidden:
            parts.append(f"[{d.hint}]" if d.hint.strip() else _GAP)
        else:
            parts.append(d.answer)
        pos = d.end
    parts.append(text[pos:])
    return "".join(parts)


def reveal(text: str) -> str:
    """``text`` with every deletion replaced by its answer: the sentence as written."""
    return _render(text, parse(text), None)


def card_of(text: str, number: int) -> ClozeCard:
    """Card ``number`` of ``text``: front with its deletions hidden, back their answers.

    Two deletions with one number are one card; its answer is both, joined by ", "
    (the grader reads the comma as a space, so "a b" and "a, b" are both right).
    """
    deletions = parse(text)
    answers = [d.answer for d in deletions if d.number == number]
    if not answers:
        raise ClozeMarkupError(f"no deletion numbered c{number}")
    return ClozeCard(
        number=number,
        front=_render(text, deletions, number),
        back=", ".join(answers),
        text=_render(text, deletions, None),
    )


def in_full(sentence: str) -> str:
    """How every front end shows a cloze card's whole sentence after the answer."""
    return f"In full: {sentence}"

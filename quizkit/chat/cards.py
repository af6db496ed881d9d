"""A card as chat messages: its question, its answer, the buttons that answer it.

One function per card type (:data:`FRONTS`), so a new card type is one small
function and one table entry. A ``url`` scenario's target is its answer: it is
left out of the request shown (:func:`shown_request`, the one place requests
are written out, through :func:`quizkit.scenarios.visible_request`).
"""

from __future__ import annotations

from collections.abc import Callable

from quizkit.chat.reply import Block, Button, CodeBlock, Paragraph
from quizkit.cloze import in_full
from quizkit.notes import Ask, NoteType
from quizkit.scenarios import REASON_CODES, visible_request
from quizkit.store.types import Card

__all__ = [
    "ASK_HINTS",
    "FRONTS",
    "GRADE_BUTTONS",
    "answer_blocks",
    "card_buttons",
    "front_blocks",
    "shown_request",
    "tag",
    "takes_text",
]

# Label and grade of the self-grading buttons (DESIGN: Again=1, Hard=3, Good=4, Easy=5).
GRADE_BUTTONS = (("Again", 1), ("Hard", 3), ("Good", 4), ("Easy", 5))

ASK_HINTS = {
    Ask.REACHABLE: "Does the request arrive? Yes or no.",
    Ask.ENDPOINT: "Which pod and container port answer it? e.g. web-0:8080, or none.",
    Ask.URL: "Send a URL (or HOST:PORT) that reaches the Service from this origin.",
    Ask.REASON: "Why? Pick the evaluator's reason code.",
    Ask.FIX: "Send the whole manifest, fixed so that the request arrives "
    "(one message; a ``` block is fine).",
}


def tag(word: str, screen: int) -> str:
    """A button's data: the word a user could type, tagged with the screen it belongs to."""
    return f"{word} #{screen}"


def shown_request(card: Card) -> str:
    """The scenario's request as shown before the answer, through
    :func:`quizkit.scenarios.visible_request`: a ``url`` ask's target is hidden and
    the Service to reach named instead."""
    request = visible_request(card)
    protocol = request.get("protocol", "TCP")
    origin = request.get("from", "?")
    if "to" not in request:
        service = request.get("service", "the Service")
        return f"Request from {origin} ({protocol}) to {service}: which URL?"
    return f"Request from {origin} to {request['to']} ({protocol})"


def _text_front(card: Card) -> list[Block]:
    again = " (again)" if card.queue == "repeat" else ""
    return [Paragraph(card.front + again, strong=True)]


def _scenario_front(card: Card) -> list[Block]:
    ask = card.ask or Ask.REACHABLE
    return [
        Paragraph(card.prompt or card.front, strong=True),
        Paragraph(shown_request(card)),
        CodeBlock(card.manifests, "yaml"),
        Paragraph(ASK_HINTS[ask]),
    ]


FRONTS: dict[NoteType, Callable[[Card], list[Block]]] = {
    NoteType.FACT: _text_front,
    NoteType.TIP: _text_front,
    NoteType.RULE: _text_front,
    NoteType.LIST: _text_front,
    # A cloze card's front is already its sentence with [...] where the words were.
    NoteType.CLOZE: _text_front,
    NoteType.SCENARIO: _scenario_front,
}


def front_blocks(card: Card) -> list[Block]:
    """The question: what the card asks, with its deck and where it comes from."""
    blocks = [Paragraph(card.deck), *FRONTS[card.type](card)]
    if card.origin is not None:
        blocks.append(Paragraph(f"from {card.origin.describe()}"))
    return blocks


def answer_blocks(card: Card) -> list[Block]:
    """The answer of a self-graded card (scenario answers come from the evaluator);
    a cloze card's hidden words, then its whole sentence, as the study screen shows it."""
    if card.type is NoteType.CLOZE:
        return [Paragraph(card.back), Paragraph(in_full(card.text))]
    return [Paragraph(card.back)]


def takes_text(card: Card, typing: bool) -> bool:
    """Whether text sent to this card is a typed answer (scenarios: always)."""
    return card.type is NoteType.SCENARIO or (typing and card.typed)


def card_buttons(card: Card, screen: int, revealed: bool) -> tuple[Button, ...]:
    """The buttons under a card on screen ``screen``."""
    if card.type is NoteType.SCENARIO:
        ask = card.ask or Ask.REACHABLE
        choices: tuple[tuple[str, str], ...] = ()
        if ask is Ask.REACHABLE:
            choices = (("Yes", "yes"), ("No", "no"))
        elif ask is Ask.REASON:
            choices = tuple((code, code) for code in REASON_CODES)
        picks = tuple(Button(label, tag(word, screen)) for label, word in choices)
        return (*picks, Button("Don't know", tag("skip", screen)))
    if revealed:
        return tuple(Button(label, tag(label.lower(), screen)) for label, _ in GRADE_BUTTONS)
    return (Button("Show answer", tag("show", screen)),)

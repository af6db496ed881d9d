"""What the conversation says: structured replies that any chat network can render.

A :class:`Reply` is one message: blocks of text and code, and buttons. Its
``text`` is the plain-text form; :mod:`quizkit.chat.render` turns it into
Telegram HTML, CommonMark or HTML for the networks that format messages.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Block", "Button", "CodeBlock", "Paragraph", "Reply"]


@dataclass(frozen=True, slots=True)
class Button:
    """A button: pressing it sends ``data`` as if the user had typed it."""

    label: str
    data: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    """Running text; ``strong`` for the line that matters most (a question, a verdict)."""

    text: str
    strong: bool = False


@dataclass(frozen=True, slots=True)
class CodeBlock:
    """Preformatted text, e.g. a scenario's manifests (``language`` "yaml")."""

    code: str
    language: str = ""


Block = Paragraph | CodeBlock


@dataclass(frozen=True, slots=True)
class Reply:
    """One message to the user."""

    blocks: tuple[Block, ...]
    buttons: tuple[Button, ...] = ()

    @classmethod
    def line(cls, text: str, *buttons: Button) -> Reply:
        """A one-paragraph reply."""
        return cls((Paragraph(text),), tuple(buttons))

    @property
    def text(self) -> str:
        """The message as plain text: blocks separated by blank lines, code as it is."""
        return "\n\n".join(
            b.text if isinstance(b, Paragraph) else b.code.rstrip("\n") for b in self.blocks
        )

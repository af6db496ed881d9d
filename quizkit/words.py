"""Words shown to people: the one place a count is spelled with its noun."""

from __future__ import annotations

__all__ = ["plural"]


def plural(n: int, noun: str) -> str:
    """``1 card``, ``0 cards``, ``2 new cards``: every noun quizkit counts takes an s."""
    return f"{n} {noun}{'' if n == 1 else 's'}"

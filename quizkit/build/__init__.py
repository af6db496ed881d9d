"""Markdown documents to decks: ``build_decks(paths)`` and ``write_decks(decks, out_dir)``.

The pipeline is ``source`` (read, decode, repair mojibake) → ``markdown`` (parse
with markdown-it-py into typed blocks) → ``rules`` (the ordered table of card
rules) → ``builder`` (ids made unique, one deck per document). markdown-it-py and
ftfy are imported only when a build runs, so importing this package (and the
CLI) stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizkit._lazy import lazy_names

if TYPE_CHECKING:
    from quizkit.build.builder import build_deck, build_decks, find_documents, write_decks

__all__ = ["build_deck", "build_decks", "find_documents", "write_decks"]


__getattr__ = lazy_names(__name__, dict.fromkeys(__all__, "builder"))

"""Markdown documents to decks: ``build_decks(paths)`` and ``write_decks(decks, out_dir)``.

The pipeline is ``source`` (read, decode, repair mojibake) → ``markdown`` (parse
with markdown-it-py into typed blocks) → ``rules`` (the ordered table of card
rules) → ``builder`` (ids made unique, one deck per document). Importing it loads
markdown-it-py and ftfy; the CLI does so only when ``quizkit build`` runs.
"""

from __future__ import annotations

from quizkit.build.builder import build_deck, build_decks, find_documents, write_decks

__all__ = ["build_deck", "build_decks", "find_documents", "write_decks"]

"""The bots' tests use the chat deck and its collection."""

from tests.chat.conftest import chat_col, chat_deck

__all__ = ["chat_col", "chat_deck"]

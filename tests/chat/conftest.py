"""A conversation on a clock, over the chat deck (`chat_col` is in tests/conftest.py)."""

from __future__ import annotations

import pytest

from quizkit.store import Collection
from tests.chat.helpers import Chat


@pytest.fixture
def chat(chat_col: Collection) -> Chat:
    return Chat(chat_col)

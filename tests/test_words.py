"""The one plural helper every message uses."""

from __future__ import annotations

from quizkit.words import plural


def test_one_is_singular_and_every_other_count_takes_an_s() -> None:
    assert plural(1, "card") == "1 card"
    assert plural(0, "card") == "0 cards"
    assert plural(2, "new card") == "2 new cards"
    assert plural(-1, "day") == "-1 days"

"""Golden files: each small Markdown document next to the exact deck it must produce."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizkit.build.builder import build_deck
from quizkit.build.source import decode_source
from quizkit.deckfile import dumps_deck, loads_deck

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(GOLDEN.glob("*.md"))


def test_there_are_golden_cases() -> None:
    assert len(CASES) >= 7
    for case in CASES:
        assert case.with_suffix(".yaml").is_file(), f"{case.name} has no expected deck"


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_golden_deck(case: Path) -> None:
    text = decode_source(case.read_bytes(), case.name)
    deck = build_deck(text, f"golden/{case.name}")
    expected = case.with_suffix(".yaml").read_text(encoding="utf-8")
    assert dumps_deck(deck) == expected
    assert loads_deck(dumps_deck(deck), deck.path) == deck

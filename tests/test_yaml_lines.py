"""A YAML syntax error names the line to fix: where an unclosed construct began,
not the end of the file where PyYAML noticed it was never closed."""

from __future__ import annotations

import pytest

from quizkit.deckfile import loads_deck
from quizkit.errors import DeckError, ManifestError
from quizkit.routing import parse_manifests

DECK = """\
quizkit: 1
deck: x
title: X
notes:
  - id: a
    type: fact
    front: "never closed
    back: b
  - id: c
    type: fact
    front: d
    back: e
"""


def test_an_unclosed_quote_in_a_deck_is_reported_where_it_opens() -> None:
    with pytest.raises(DeckError) as err:
        loads_deck(DECK, "d.yaml")
    assert err.value.line == 7
    assert err.value.message == (
        "YAML syntax error: while scanning a quoted scalar, found unexpected end of stream"
    )


def test_an_unclosed_bracket_in_a_manifest_is_reported_where_it_opens() -> None:
    with pytest.raises(ManifestError) as err:
        parse_manifests("kind: Service\nmetadata: [a\n", "svc.yaml")
    assert err.value.line == 2
    assert "while parsing a flow sequence" in err.value.message


def test_a_problem_inside_the_text_keeps_its_own_line() -> None:
    with pytest.raises(DeckError) as err:
        loads_deck("quizkit: 1\ndeck: x\ntitle: [unclosed\nnotes: []\n", "d.yaml")
    assert err.value.line == 4

"""Errors cross process boundaries whole (``quizkit.aio`` worker processes pickle them)."""

from __future__ import annotations

import pickle

from quizkit.errors import DeckError, GradeError, ManifestError, SourceError, UnknownCardError


def test_a_deck_error_keeps_its_place_and_every_problem_through_pickle() -> None:
    first = DeckError("missing key 'front'", file="a.yaml", line=3, field="notes[0]")
    error = DeckError(
        "missing key 'front'",
        file="a.yaml",
        line=3,
        field="notes[0]",
        problems=[first, DeckError("unknown type 'x'", file="a.yaml", line=9)],
    )
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is DeckError
    assert (back.message, back.file, back.line, back.field) == (
        "missing key 'front'",
        "a.yaml",
        3,
        "notes[0]",
    )
    assert [str(p) for p in back.problems] == [str(p) for p in error.problems]
    assert str(back) == "a.yaml:3: notes[0]: missing key 'front' (and 1 more problem)"


def test_other_errors_keep_their_type_and_text_through_pickle() -> None:
    for error in (
        SourceError("not UTF-8 text", file="doc.md", line=2),
        ManifestError("no Service", field="spec"),
        UnknownCardError("no card 'x/y'"),
        GradeError("grade must be 0..5"),
    ):
        back = pickle.loads(pickle.dumps(error))
        assert type(back) is type(error)
        assert str(back) == str(error)

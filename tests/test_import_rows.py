"""What an import stores, byte for byte: payloads, fingerprints, ids and positions.

The import computes its rows on quicker paths than the general ones (an origin's
payload written out, fewer regex passes in `normalize`); stored rows are data, so
these tests hold them to the bytes the general code wrote (the golden rows below
were written by the import before those paths existed).
"""

from __future__ import annotations

import gc
import json
import sqlite3
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import quizkit
from quizkit.deckfile import (
    ClozeNote,
    Deck,
    FactNote,
    Note,
    NoteType,
    Origin,
    dumps_deck,
    loads_deck,
)
from quizkit.grading import normalize
from quizkit.store.collection import _payload
from tests.deck_helpers import writer_notes

GOLDEN_DECK = Deck(
    "golden",
    "Golden",
    (
        FactNote(
            "a/one",
            NoteType.FACT,
            "Which range — the \u201cnode\u201d ports?",
            "30000 - 32767",
            ("t", "x-y"),
            True,
            Origin("doc.md", 'Ports § "q"', 7),
        ),
        FactNote("a/two", NoteType.TIP, "A -> B", "yes", (), False, Origin("dé.md")),
        ClozeNote("a/three", "Ports {{c1::30000-32767}} and {{c2::80}}", ("c",), Origin("doc.md")),
        FactNote("a/four", NoteType.RULE, "tab\there", "x - y -z", ("r",), False, None),
    ),
)
GOLDEN_NOTES = [
    (1, "a/one", 0, "fact", "Which range — the “node” ports?", "30000 - 32767", "t x-y", 1,
     '{"origin": {"document": "doc.md", "line": 7, "section": "Ports § \\"q\\""}}', 0),
    (2, "a/two", 1, "tip", "A -> B", "yes", "", 0,
     '{"origin": {"document": "dé.md", "line": null, "section": ""}}', 0),
    (3, "a/three", 2, "cloze", "Ports {{c1::30000-32767}} and {{c2::80}}", "", "c", 0,
     '{"origin": {"document": "doc.md", "line": null, "section": ""}}', 0),
    (4, "a/four", 3, "rule", "tab\there", "x - y -z", "r", 0, "{}", 0),
]  # fmt: skip
GOLDEN_CARDS = [
    (1, "golden/a/one", 1, 0, 0, "221ba711461d6c67f0fa91a9da06a6d74ec9eea8", 0),
    (2, "golden/a/one:reverse", 1, 1, 0, "9838ba2373f2547e613131eee99f790fe9315e05", 0),
    (3, "golden/a/two", 2, 0, 1, "9baa0e46415b84bc07e7d375082eb390bdab81de", 0),
    (4, "golden/a/three:c1", 3, 1, 2, "4b082e696c45c9e09b3e216f364362f50e8a52c5", 0),
    (5, "golden/a/three:c2", 3, 2, 2, "148cb782aa71748aa140ed61db4b777e3394ed7c", 0),
    (6, "golden/a/four", 4, 0, 3, "a0864ed885b2b274909b57c6214a34334e427738", 0),
]


def test_an_import_stores_the_golden_rows(tmp_path: Path) -> None:
    path = tmp_path / "g.db"
    with quizkit.open(f"sqlite:///{path}") as col:
        col.import_loaded([GOLDEN_DECK])
    con = sqlite3.connect(path)
    try:
        stored_notes = con.execute(
            'SELECT id, "key", position, type, front, back, tags, reverse, payload, retired'
            " FROM notes ORDER BY id"
        ).fetchall()
        stored_cards = con.execute(
            'SELECT id, "key", note_id, ord, position, fingerprint, retired FROM cards ORDER BY id'
        ).fetchall()
    finally:
        con.close()
    assert stored_notes == GOLDEN_NOTES
    assert stored_cards == GOLDEN_CARDS


@settings(max_examples=300, deadline=None)
@given(notes=writer_notes)
def test_a_payload_is_the_json_encoders_bytes(notes: list[Note]) -> None:
    for note in notes:
        expected = json.dumps(note.to_payload(), ensure_ascii=False, sort_keys=True)
        assert _payload(note) == expected


@given(text=st.text(" -ab.:\u2013>*", max_size=12))
def test_normalized_text_has_no_space_beside_a_dash(text: str) -> None:
    # `normalize` rewrites " - " only when a space is beside a dash: none may be left.
    out = normalize(text)
    assert " -" not in out
    assert "- " not in out


def test_an_import_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path) -> None:
    with quizkit.open(f"sqlite:///{tmp_path / 'g.db'}") as col:
        assert gc.isenabled()
        col.import_loaded([GOLDEN_DECK])
        assert gc.isenabled()
        assert loads_deck(dumps_deck(GOLDEN_DECK)).notes == GOLDEN_DECK.notes
        assert gc.isenabled()
        gc.disable()
        try:
            col.import_loaded([GOLDEN_DECK])
            assert not gc.isenabled()  # the caller's choice stays
        finally:
            gc.enable()

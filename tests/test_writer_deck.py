"""The writer's layout read straight into values and checked: the nodes' path exactly.

`loads_deck` first tries `read_writer_deck` + `_writer_deck` (no nodes, no lines)
and falls back on the nodes' path for anything else, problems included. These
tests hold the fast path to the reference (PyYAML's own parser, `fast=False`):
an equal deck, or a decline; never a deck where the reference refuses the text.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizkit.deckfile import (
    ClozeNote,
    Deck,
    FactNote,
    Note,
    NoteType,
    Origin,
    _loads,
    _writer_deck,
    dumps_deck,
    load_deck,
    loads_deck,
)
from quizkit.deckyaml import NOTE_FIELDS, read_writer_deck
from quizkit.errors import DeckError
from quizkit.notes import checked_fact_note
from tests.deck_helpers import (
    ROOT,
    WRITTEN,
    bundled_and_corpus_texts,
    mutated,
    mutation,
    writer_notes,
)
from tests.helpers import DEMO_DECK


def load(text: str, *, fast: bool, values: bool = True) -> Deck | DeckError:
    try:
        return _loads(text, "d.yaml", fast=fast, values=values)
    except DeckError as err:
        return err


def problems(err: DeckError) -> list[tuple[int | None, str | None, str]]:
    return [(p.line, p.field, p.message) for p in err.problems or [err]]


def assert_equal_or_declined(text: str) -> None:
    """The fast path's deck equals PyYAML's, or it declines; and loading gives what
    the nodes' path gives with the same parser (libyaml's, which words its syntax
    errors apart from PyYAML's own): the same deck, or the very same problems."""
    got = _writer_deck(text, "d.yaml")
    if got is not None:
        expected = load(text, fast=False)
        assert not isinstance(expected, DeckError), (text, problems(expected))
        assert got == expected, text
    nodes = load(text, fast=True, values=False)
    loaded = load(text, fast=True)
    if isinstance(nodes, DeckError):
        assert isinstance(loaded, DeckError), text
        assert str(loaded) == str(nodes)
        assert problems(loaded) == problems(nodes)
    else:
        assert loaded == nodes


def test_the_bundled_and_corpus_decks_take_the_fast_path_to_the_same_decks() -> None:
    texts = bundled_and_corpus_texts()
    assert len(texts) >= 7
    kinds = set()
    for name, text in texts:
        got = _writer_deck(text, "d.yaml")
        assert got is not None, name
        assert got == _loads(text, "d.yaml", fast=False), name
        kinds |= {note.type for note in got.notes}
    # Every shape of note went through it: facts, clozes and scenarios.
    assert {NoteType.FACT, NoteType.CLOZE, NoteType.SCENARIO} <= kinds


def fact(i: int, **changes: object) -> FactNote:
    base = {
        "id": f"s/row-{i}",
        "type": NoteType.FACT,
        "front": f"Which port, {i}: 'the' one?",
        "back": f"{30000 + i}-32767",
        "tags": ("t", f"s-{i % 3}"),
        "reverse": i % 2 == 0,
        "origin": Origin("doc.md", f"Section {i}", i + 1),
    }
    return FactNote(**{**base, **changes})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "note",
    [
        pytest.param(fact(1), id="plain, quoted, tags, reverse, origin"),
        pytest.param(fact(2, front="two\nlines\n", back="  lead\n\ntrail\n\n"), id="literal"),
        pytest.param(fact(3, front="tab\there", back="é ü \u00a0x"), id="double quoted"),
        pytest.param(fact(4, back="80", tags=("yes", "null", "1e3")), id="quoted numbers"),
        pytest.param(fact(5, origin=Origin("d.md")), id="origin without section"),
        pytest.param(fact(6, origin=None, tags=(), reverse=False), id="bare"),
        pytest.param(fact(7, back="x\n"), id="keep at the end"),
        pytest.param(fact(8, front='"q" first: x', back="|x: y"), id="quoted quote or bar"),
        pytest.param(fact(9, front="it's: x", back="'q' first: y"), id="quoted with ''"),
    ],
)
def test_written_notes_take_the_fast_path(note: Note) -> None:
    text = dumps_deck(Deck("d", "Deck", (note,), source="doc.md"))
    assert read_writer_deck(text) is not None, text
    assert _writer_deck(text, "d.yaml") == _loads(text, "d.yaml", fast=False)


def test_an_empty_deck_takes_the_fast_path() -> None:
    text = dumps_deck(Deck("d", "Deck", ()))
    assert text.endswith("notes: []\n")
    assert _writer_deck(text, "d.yaml") == Deck("d", "Deck", (), path="d.yaml")


def test_a_note_row_holds_every_field_in_the_writers_order() -> None:
    text = dumps_deck(Deck("d", "Deck", (fact(1),)))
    read = read_writer_deck(text)
    assert read is not None
    (row,) = read.notes
    assert dict(zip(NOTE_FIELDS, row, strict=True)) == {
        "id": "s/row-1",
        "type": "fact",
        "ask": None,
        "prompt": None,
        "manifests": None,
        "from": None,
        "to": None,
        "protocol": None,
        "service": None,
        "seed": None,
        "text": None,
        "front": "Which port, 1: 'the' one?",
        "back": "30001-32767",
        "tags": ("t", "s-1"),
        "reverse": None,  # the writer leaves out `reverse: false`
        "document": "doc.md",
        "section": "Section 1",
        "line": 2,
    }


HEAD = "quizkit: 1\ndeck: x\ntitle: T\nnotes:\n"
NOTE = "- id: a\n  type: fact\n  front: F\n  back: B\n"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(HEAD, id="notes: null"),
        pytest.param(HEAD + NOTE.replace("B", "null"), id="null back"),
        pytest.param(HEAD + NOTE.replace("B", "''"), id="empty back"),
        pytest.param(HEAD + NOTE.replace("B", '"\\0"'), id="NUL escape"),
        pytest.param(HEAD + NOTE + NOTE, id="duplicate id"),
        pytest.param(HEAD + NOTE.replace("fact", "cloze"), id="fields of another type"),
        pytest.param(HEAD + NOTE.replace("id: a", "id: A"), id="bad id"),
        pytest.param(HEAD + NOTE + "  reverse: yes\n", id="YAML 1.1 boolean"),
        pytest.param(HEAD + NOTE + "  tags:\n  - a b\n", id="tag with a space"),
        pytest.param(HEAD.replace("1", "2") + NOTE, id="other version"),
        pytest.param(HEAD + NOTE.replace("  back: B\n", ""), id="missing back"),
        pytest.param(HEAD + "- id: a\n  type: cloze\n  text: no cloze here\n", id="bad cloze"),
        pytest.param(HEAD + NOTE + "  origin:\n    document: ''\n", id="empty document"),
        pytest.param(HEAD + NOTE + "  origin:\n    document: d\n    line: 0x1F\n", id="hex int"),
        pytest.param(HEAD + NOTE.replace("front: F", "front: |\n      a\n     b"), id="indent"),
    ],
)
def test_problems_and_other_yaml_decline_to_the_nodes_path(text: str) -> None:
    assert _writer_deck(text, "d.yaml") is None
    assert_equal_or_declined(text)


def test_the_nodes_path_reports_a_declined_files_problems_with_their_lines() -> None:
    text = HEAD + NOTE + NOTE.replace("id: a", "id: b").replace("B", "''") + NOTE
    assert read_writer_deck(text) is not None  # read, then declined by the checks
    with pytest.raises(DeckError) as err:
        loads_deck(text, "d.yaml")
    assert problems(err.value) == [
        (12, "notes[1].back", "must not be empty"),
        (13, "notes[2].id", "duplicate id 'a' (first used on line 5)"),
    ]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(notes=writer_notes, title=st.text(min_size=1))
def test_every_deck_the_writer_emits_loads_as_the_reference_loads_it(
    notes: list[Note], title: str
) -> None:
    try:
        text = dumps_deck(Deck(slug="fuzz", title=title, notes=tuple(notes)))
    except UnicodeEncodeError:
        return  # a lone surrogate in the title: the writer cannot write it
    assert_equal_or_declined(text)


def _every_shape() -> str:
    """A written deck with a note of each shape: facts, a cloze note, a scenario (the
    first of the bundled scenario deck, whose manifests the evaluator takes)."""
    scenarios = load_deck(ROOT / "decks" / "k8s-service-scenarios.yaml")
    scenario = next(n for n in scenarios.notes if n.type is NoteType.SCENARIO)
    cloze = ClozeNote("c/one", "Ports {{c1::30000-32767}} and {{c2::80}}", ("c",), Origin("d.md"))
    return dumps_deck(Deck("shapes", "Shapes", (fact(1), cloze, scenario, fact(2))))


EVERY_SHAPE = _every_shape()


def test_the_deck_of_every_shape_takes_the_fast_path() -> None:
    assert _writer_deck(EVERY_SHAPE, "d.yaml") == _loads(EVERY_SHAPE, "d.yaml", fast=False)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    base=st.sampled_from([WRITTEN, DEMO_DECK, EVERY_SHAPE]),
    edits=st.lists(mutation, min_size=1, max_size=3),
)
def test_mutated_text_loads_as_the_reference_loads_it(
    base: str, edits: list[tuple[int, int, str]]
) -> None:
    assert_equal_or_declined(mutated(base, edits))


@given(notes=writer_notes)
def test_a_checked_fact_note_is_the_one_its_class_makes(notes: list[Note]) -> None:
    make = checked_fact_note()
    for note in notes:
        if not isinstance(note, FactNote):
            continue
        values = (note.id, note.type, note.front, note.back, note.tags, note.reverse, note.origin)
        made = make(*values)
        assert made == FactNote(*values)
        assert hash(made) == hash(FactNote(*values))
        assert made.text == ""  # type: ignore[attr-defined]  # the flat note's fields read as before
        with pytest.raises(dataclasses.FrozenInstanceError):
            made.front = "x"  # type: ignore[misc]

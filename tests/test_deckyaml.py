"""The line reader for the writer's YAML: PyYAML's nodes exactly, or it declines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizkit.deckfile import (
    Deck,
    Note,
    _loads,
    dumps_deck,
    loads_deck,
)
from quizkit.deckyaml import Map, Node, Scalar, Seq, compose_events, read_subset
from quizkit.errors import DeckError
from tests.deck_helpers import (
    WRITTEN,
    bundled_and_corpus_texts,
    multi_line,
    mutated,
    mutation,
    note_text,
    writer_notes,
)
from tests.helpers import DEMO_DECK

ROOT = Path(__file__).resolve().parent.parent
HEAD = "quizkit: 1\ndeck: x\ntitle: T\nnotes:\n"


def shape(node: Node | None) -> Any:
    """A node as plain tuples: every value, plain or quoted flag, and line."""
    if node is None:
        return None
    if isinstance(node, Scalar):
        return (node.value, node.plain, node.line)
    if isinstance(node, Map):
        return ("map", node.line, [(shape(k), shape(v)) for k, v in node.pairs])
    return ("seq", node.line, [shape(item) for item in node.items])


def reference(text: str) -> Any:
    """PyYAML's own parser through the event composer, the streamed notes put back."""
    streamed: list[Node] = []
    root = compose_events(text, "d.yaml", lambda _i, node: streamed.append(node), fast=False)
    if isinstance(root, Map):
        for key, value in root.pairs:
            if key.value == "notes" and isinstance(value, Seq) and not value.items:
                value.items = streamed[: value.count]
                del streamed[: value.count]
    return shape(root)


def fast(text: str) -> Any:
    return shape(read_subset(text))


def assert_read_as_pyyaml(text: str) -> None:
    got = read_subset(text)
    assert got is not None, text
    assert shape(got) == reference(text), text


def assert_declines_or_equals(text: str) -> None:
    got = read_subset(text)
    if got is None:
        return
    try:
        expected = reference(text)
    except DeckError as err:  # PyYAML refuses it: the reader must have declined
        raise AssertionError(f"read text PyYAML refuses ({err}): {text!r}") from None
    assert shape(got) == expected, text


# -- what the writer emits ----------------------------------------------------------


def test_the_bundled_and_corpus_decks_read_as_pyyaml_reads_them() -> None:
    texts = bundled_and_corpus_texts()
    assert len(texts) >= 7
    for _name, text in texts:
        assert_read_as_pyyaml(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(notes=writer_notes, title=note_text | multi_line)
def test_every_deck_the_writer_emits_reads_as_pyyaml_reads_it(
    notes: list[Note], title: str
) -> None:
    assert_read_as_pyyaml(dumps_deck(Deck(slug="fuzz", title=title, notes=tuple(notes))))


# Nested mappings and lists of any text, numbers and booleans, as PyYAML's two
# emitters write them in block style: the shapes of a scenario's `request` and
# `seed`, and those a future field may take.
scalars = (
    st.text(st.characters(blacklist_categories=["Cs"]), max_size=20)
    | multi_line
    | st.integers(-(10**20), 10**20)
    | st.booleans()
    | st.none()
    | st.sampled_from(["", " x", "x ", "- x", "a: b", "#", "|", "'", '"', "null", "0o7", "1e3"])
)
keys = st.from_regex(r"[A-Za-z_][A-Za-z0-9_-]{0,6}", fullmatch=True)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(keys, inner, max_size=3),
    max_leaves=12,
)


@pytest.mark.parametrize("dumper", ["SafeDumper", "CSafeDumper"])
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.dictionaries(keys, values, min_size=1, max_size=4))
def test_block_yaml_from_either_emitter_is_read_as_pyyaml_reads_it_or_declined(
    dumper: str, data: dict[str, Any]
) -> None:
    if not hasattr(yaml, dumper):
        pytest.skip("PyYAML without libyaml")
    text = yaml.dump(data, Dumper=getattr(yaml, dumper), sort_keys=False, allow_unicode=True)
    assert_declines_or_equals(text)


# -- anything else: PyYAML's nodes, or a decline ------------------------------------


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(base=st.sampled_from([WRITTEN, DEMO_DECK]), edits=st.lists(mutation, min_size=1, max_size=3))
def test_mutated_text_is_read_as_pyyaml_reads_it_or_declined(
    base: str, edits: list[tuple[int, int, str]]
) -> None:
    assert_declines_or_equals(mutated(base, edits))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(HEAD + "- &a x\n- *a\n", id="anchor and alias"),
        pytest.param(HEAD + "- !!binary aGk=\n", id="tag"),
        pytest.param(HEAD + "- {id: a}\n", id="flow mapping"),
        pytest.param(HEAD + "- [a]\n", id="flow sequence"),
        pytest.param(HEAD + "- a # note\n", id="comment"),
        pytest.param("# deck\n" + HEAD + "- a\n", id="comment line"),
        pytest.param("---\n" + HEAD + "- a\n", id="document start"),
        pytest.param(HEAD + "- a\n---\nx: 1\n", id="second document"),
        pytest.param(HEAD.replace("\n", "\r\n") + "- a\r\n", id="CRLF"),
        pytest.param(HEAD + "- id: a\n  front:\tx\n", id="tab"),
        pytest.param(HEAD + "- id: a\n  front: >\n    x\n", id="folded"),
        pytest.param(HEAD + "- id: a\n  front: x\n    y\n", id="plain on two lines"),
        pytest.param(HEAD + "- id: a\n  front: 'x\n    y'\n", id="quoted on two lines"),
        pytest.param(HEAD + "- id: a\n  front:\n  back: b\n", id="empty value"),
        pytest.param(HEAD + "- id: a\n  'front': b\n", id="quoted key"),
        pytest.param(HEAD + "- id: a\n  front: |\n    x", id="no final line break"),
        pytest.param(HEAD + '- id: a\n  front: "\\ud800"\n', id="surrogate escape"),
        pytest.param(HEAD + "  - a\n   - b\n", id="odd indentation"),
        pytest.param("  " + HEAD, id="indented root"),
    ],
)
def test_text_outside_the_subset_is_declined(text: str) -> None:
    assert read_subset(text) is None


@pytest.mark.parametrize("header", ["|", "|-", "|+", "|1", "|2-", "|+2", "|4", "|0", "|-+"])
@pytest.mark.parametrize("body", ["a\n  b\n", "a\n\n\nb\n\n", "  lead\nx\n", "\n\nx\n"])
@pytest.mark.parametrize("indent", [1, 2, 3, 6])
def test_hand_written_literal_blocks_are_read_as_pyyaml_reads_them_or_declined(
    header: str, body: str, indent: int
) -> None:
    lines = "".join(f"{' ' * indent}{line}\n" if line else "\n" for line in body.split("\n")[:-1])
    text = HEAD + f"- id: a\n  front: {header}\n{lines}  back: b\n"
    assert_declines_or_equals(text)


def test_a_declined_note_after_read_ones_is_loaded_once_by_the_parser() -> None:
    # The line reader hands two notes over, declines at the third (a flow list):
    # loading starts again and the deck has each note once.
    text = HEAD + (
        "- id: a\n  type: fact\n  front: A\n  back: B\n"
        "- id: b\n  type: fact\n  front: A\n  back: B\n"
        "- id: c\n  type: fact\n  front: A\n  back: B\n  tags: [x]\n"
    )
    assert read_subset(text) is None
    deck = loads_deck(text)
    assert [n.id for n in deck.notes] == ["a", "b", "c"]
    assert deck == _loads(text, "<deck>", fast=False)


def test_problems_keep_their_lines_through_the_line_reader() -> None:
    note = "- id: {}\n  type: fact\n  front: A\n  back: {}\n"
    text = HEAD + note.format("a", "B") + note.format("b", "''") + note.format("a", "B")
    assert read_subset(text) is not None
    with pytest.raises(DeckError) as err:
        loads_deck(text, "d.yaml")
    found = [(p.line, p.field, p.message) for p in err.value.problems or []]
    assert found == [
        (12, "notes[1].back", "must not be empty"),
        (13, "notes[2].id", "duplicate id 'a' (first used on line 5)"),
    ]
    with pytest.raises(DeckError) as pure:
        _loads(text, "d.yaml", fast=False)
    assert found == [(p.line, p.field, p.message) for p in pure.value.problems or []]

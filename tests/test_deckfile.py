"""Deck files: every problem named with file, line and field; safe loading; stable dumps."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizkit.deckfile import Ask, NoteType, dumps_deck, load_deck, loads_deck
from quizkit.errors import DeckError, QuizkitError
from tests.conftest import DEMO_DECK


def problems(text: str) -> list[tuple[int | None, str | None, str]]:
    with pytest.raises(DeckError) as err:
        loads_deck(text, "d.yaml")
    return [(p.line, p.field, p.message) for p in err.value.problems]


def test_demo_deck_loads() -> None:
    deck = loads_deck(DEMO_DECK, "demo.yaml")
    assert deck.slug == "demo"
    assert [n.id for n in deck.notes] == [
        "nodeport/port-range",
        "clusterip/default",
        "tips/interview",
    ]
    assert deck.notes[0].back == "30000–32767"
    assert deck.notes[1].reverse is True
    assert deck.notes[2].type is NoteType.TIP


def test_dump_then_load_round_trips() -> None:
    deck = loads_deck(DEMO_DECK, "demo.yaml")
    again = loads_deck(dumps_deck(deck), "again.yaml")
    assert again.notes == deck.notes
    assert (again.slug, again.title, again.source) == (deck.slug, deck.title, deck.source)


def test_scenario_note_round_trips() -> None:
    text = """\
quizkit: 1
deck: s
title: S
notes:
  - id: scenario/a
    type: scenario
    ask: url
    prompt: "Which URL reaches it?"
    manifests: |
      apiVersion: v1
      kind: Service
    request: {from: external, to: "http://<NodeIP>:30080/"}
    service: default/web
    seed: 7
"""
    deck = loads_deck(text)
    note = deck.notes[0]
    assert (note.ask, note.service, note.seed) == (Ask.URL, "default/web", 7)
    assert note.manifests == "apiVersion: v1\nkind: Service\n"
    assert loads_deck(dumps_deck(deck)).notes == deck.notes


def test_every_problem_is_reported_with_line_and_field() -> None:
    text = """\
quizkit: 1
deck: Bad Slug
title: T
colour: blue
notes:
  - id: a
    type: fact
    front: F
  - id: b
    type: quiz
    front: F
    back: B
  - id: c
    type: fact
    front: F
    back: B
    reverse: maybe
    extra: 1
"""
    found = problems(text)
    assert (2, "deck", "'Bad Slug' is not a slug (lowercase letters, digits, '-')") in found
    assert any(
        line == 4 and field == "colour" and "unknown key" in msg for line, field, msg in found
    )
    assert (6, "notes[0].back", "missing; every fact, tip, rule or list note has one") in found
    assert any(
        line == 10 and field == "notes[1].type" and "'quiz'" in msg for line, field, msg in found
    )
    assert (17, "notes[2].reverse", "expected true or false") in found
    assert any(line == 18 and field == "notes[2].extra" for line, field, _ in found)


def test_first_problem_is_the_message_with_a_count() -> None:
    with pytest.raises(DeckError) as err:
        loads_deck("quizkit: 1\ndeck: x\ntitle: T\nnotes:\n  - id: a\n    type: fact\n", "d.yaml")
    assert str(err.value) == (
        "d.yaml:5: notes[0].front: missing; every fact, tip, rule or list note has one"
        " (and 1 more problem)"
    )


def test_duplicate_ids_are_refused_naming_the_first_line() -> None:
    text = DEMO_DECK + "  - id: nodeport/port-range\n    type: fact\n    front: X\n    back: Y\n"
    found = problems(text)
    assert found == [
        (
            20,
            "notes[3].id",
            "duplicate id 'nodeport/port-range' (first used on line 6)",
        )
    ]


@pytest.mark.parametrize(
    ("snippet", "field", "message"),
    [
        ("    front: [a, b]\n    back: B\n", "notes[0].front", "expected a string"),
        ("    front: ''\n    back: B\n", "notes[0].front", "must not be empty"),
        (
            "    front: F\n    back: B\n    tags: nodeport\n",
            "notes[0].tags",
            "expected a list of tags",
        ),
        (
            "    front: F\n    back: B\n    tags: [has space]\n",
            "notes[0].tags[0]",
            "a tag has no spaces or commas",
        ),
    ],
)
def test_wrong_types_are_refused(snippet: str, field: str, message: str) -> None:
    text = "quizkit: 1\ndeck: x\ntitle: T\nnotes:\n  - id: a\n    type: fact\n" + snippet
    assert [(f, m) for _, f, m in problems(text)] == [(field, message)]


def test_missing_top_level_keys() -> None:
    found = problems("title: T\n")
    fields = {f for _, f, _ in found}
    assert fields == {"quizkit", "deck", "notes"}


def test_unsupported_format_version() -> None:
    found = problems("quizkit: 2\ndeck: x\ntitle: T\nnotes: []\n")
    assert found == [(1, "quizkit", "unsupported deck format 2; expected 1")]


def test_yaml_syntax_error_names_the_line() -> None:
    with pytest.raises(DeckError) as err:
        loads_deck("quizkit: 1\ndeck: x\ntitle: [unclosed\nnotes: []\n", "d.yaml")
    assert err.value.file == "d.yaml"
    assert err.value.line == 4
    assert "YAML syntax error" in str(err.value)


def test_billion_laughs_is_refused_quickly() -> None:
    levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev = chr(ord("a") + i - 1)
        cur = chr(ord("a") + i)
        levels.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    bomb = "\n".join(levels) + "\n"
    # Refused at the first anchor, before any node is composed, so nothing expands.
    with pytest.raises(DeckError) as err:
        loads_deck(bomb, "bomb.yaml")
    assert "anchors and aliases are not allowed" in str(err.value)
    assert err.value.line == 1


def test_python_tags_are_not_constructed() -> None:
    text = "quizkit: 1\ndeck: x\ntitle: !!python/object/apply:os.system ['echo hi']\nnotes: []\n"
    with pytest.raises(DeckError) as err:
        loads_deck(text, "evil.yaml")
    assert isinstance(err.value, QuizkitError)


def test_nul_bytes_and_bad_encoding(tmp_path: Path) -> None:
    with pytest.raises(DeckError, match="NUL bytes"):
        loads_deck("quizkit: 1\x00", "nul.yaml")
    path = tmp_path / "latin1.yaml"
    path.write_bytes(b"quizkit: 1\ndeck: x\ntitle: caf\xe9\nnotes: []\n")
    with pytest.raises(DeckError) as err:
        load_deck(path)
    assert err.value.line == 3
    assert "not valid UTF-8" in str(err.value)


def test_unreadable_file_names_it(tmp_path: Path) -> None:
    with pytest.raises(DeckError) as err:
        load_deck(tmp_path / "missing.yaml")
    assert str(tmp_path / "missing.yaml") in str(err.value)


def test_numbers_and_booleans_stay_text_in_fronts_and_backs() -> None:
    deck = loads_deck(
        "quizkit: 1\ndeck: x\ntitle: T\nnotes:\n"
        "  - {id: a, type: fact, front: Port, back: 80}\n"
        "  - {id: b, type: fact, front: Default, back: yes}\n"
    )
    assert [n.back for n in deck.notes] == ["80", "yes"]

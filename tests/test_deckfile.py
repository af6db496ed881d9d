"""Deck files: every problem named with file, line and field; safe loading; stable dumps."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizkit.deckfile import (
    Ask,
    Deck,
    FactNote,
    Note,
    NoteType,
    Origin,
    _loads,
    dumps_deck,
    load_deck,
    loads_deck,
)
from quizkit.errors import DeckError, QuizkitError
from tests.helpers import DEMO_DECK, all_facts, fact, scenario


def problems(text: str) -> list[tuple[int | None, str | None, str]]:
    with pytest.raises(DeckError) as err:
        loads_deck(text, "d.yaml")
    # A file refused at once (YAML, anchors, nesting) is its one problem.
    return [(p.line, p.field, p.message) for p in err.value.problems or [err.value]]


def test_demo_deck_loads() -> None:
    deck = loads_deck(DEMO_DECK, "demo.yaml")
    assert deck.slug == "demo"
    assert [n.id for n in deck.notes] == [
        "nodeport/port-range",
        "clusterip/default",
        "tips/interview",
    ]
    assert fact(deck.notes[0]).back == "30000–32767"
    assert fact(deck.notes[1]).reverse is True
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
    note = scenario(deck.notes[0])
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
    assert [n.back for n in all_facts(deck.notes)] == ["80", "yes"]


# -- one pass over libyaml's events; the pure-Python parser gives the same ----------

ROOT = Path(__file__).resolve().parent.parent
HEAD = "quizkit: 1\ndeck: x\ntitle: T\nnotes:\n"


def outcome(text: str, *, fast: bool) -> tuple[str, object]:
    """("deck", the deck), ("problems", [...]) or ("syntax", None): one parser's loading."""
    try:
        return "deck", _loads(text, "d.yaml", fast=fast)
    except DeckError as err:
        if err.message.startswith("YAML syntax error"):
            return "syntax", None
        return "problems", [(p.line, p.field, p.message) for p in err.problems or [err]]


def assert_same_outcome(text: str) -> None:
    fast, pure = outcome(text, fast=True), outcome(text, fast=False)
    if "syntax" in (fast[0], pure[0]):
        # libyaml and PyYAML's own parser word syntax errors apart, and each calls a
        # few inputs malformed that the other reads (then the checks refuse them).
        assert fast[0] != "deck", text
        assert pure[0] != "deck", text
    else:
        assert fast == pure, text


def corpus_deck_texts() -> list[tuple[str, str]]:
    from quizkit.build import build_decks

    corpus = ROOT / "tests" / "fixtures" / "corpus"
    texts = [(p.name, p.read_text("utf-8")) for p in sorted((ROOT / "decks").glob("*.yaml"))]
    built = build_decks(sorted(corpus.glob("*.md")), root=corpus)
    return texts + [(deck.slug, dumps_deck(deck)) for deck in built]


@pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML without libyaml")
def test_both_parsers_give_equal_decks_on_the_bundled_and_corpus_decks() -> None:
    texts = corpus_deck_texts()
    assert len(texts) >= 7
    for name, text in texts:
        fast, pure = _loads(text, name, fast=True), _loads(text, name, fast=False)
        assert fast == pure, name
        assert fast.notes, name


# Any text but NUL and lone surrogates (refused on load, see below).
any_char = st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00")
note_text = st.text(any_char, min_size=1).filter(lambda s: not s.isspace())
fuzz_notes = st.lists(
    st.builds(
        FactNote,
        id=st.from_regex(
            r"[a-z0-9][a-z0-9._-]{0,8}(/[a-z0-9][a-z0-9._-]{0,8}){0,2}", fullmatch=True
        ),
        type=st.sampled_from([NoteType.FACT, NoteType.TIP, NoteType.RULE, NoteType.LIST]),
        front=note_text,
        back=note_text,
        tags=st.lists(
            st.text(
                st.characters(blacklist_categories=("Cs", "Cc", "Z"), blacklist_characters=","),
                min_size=1,
                max_size=8,
            ),
            max_size=3,
        ).map(tuple),
        reverse=st.booleans(),
        origin=st.none()
        | st.builds(
            Origin, note_text, st.text(any_char, max_size=10), st.none() | st.integers(0, 10**9)
        ),
    ),
    max_size=6,
    unique_by=lambda n: n.id,
)


@pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML without libyaml")
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(notes=fuzz_notes)
def test_any_dumped_deck_loads_back_equal_through_both_parsers(notes: list[Note]) -> None:
    deck = Deck(slug="fuzz", title="Fuzz", notes=tuple(notes), path="d.yaml")
    text = dumps_deck(deck)
    assert _loads(text, "d.yaml", fast=True) == deck
    assert _loads(text, "d.yaml", fast=False) == deck


# YAML's syntax characters, a letter, a digit, an accent. Not tabs, `?` nor the
# Unicode line breaks NEL and LS: there the two parsers read the text differently
# on their own (libyaml takes a tab inside a plain scalar, or `?` inside a flow
# one, as text; PyYAML's parser refuses them), whatever quizkit does with events.
MUTATIONS = " \n-:#&*!|>'\"[]{},%@`~x0\\é"
mutation = st.tuples(
    st.integers(0, len(DEMO_DECK)),
    st.integers(0, 4),
    st.text(alphabet=MUTATIONS, max_size=4),
)


@pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML without libyaml")
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=st.lists(mutation, min_size=1, max_size=3))
def test_mutated_decks_give_the_same_result_through_both_parsers(
    edits: list[tuple[int, int, str]],
) -> None:
    text = DEMO_DECK
    for at, cut, insert in edits:
        text = text[:at] + insert + text[at + cut :]
    assert_same_outcome(text)


# -- hostile deck files (issue #20): one line with file, line and field -------------


def only_problem(text: str) -> tuple[int | None, str | None, str]:
    [found] = problems(text)
    return found


def test_nesting_20000_deep_is_refused_at_its_32nd_level() -> None:
    deep = HEAD + "  - id: a\n    type: fact\n    front: " + "[" * 20_000 + "]" * 20_000 + "\n"
    with pytest.raises(DeckError) as err:
        _loads(deep, "d.yaml", fast=False)
    assert (err.value.line, err.value.field) == (7, "notes[0].front" + "[0]" * 29)
    assert err.value.message == "nested more than 32 levels deep; a deck needs 4"
    # libyaml's scanner reads ahead, and stops at its own limit on the same line.
    with pytest.raises(DeckError) as err:
        loads_deck(deep, "d.yaml")
    assert err.value.line == 7
    assert "nest" in err.value.message


def test_integers_beyond_18_digits_are_refused_without_converting_them() -> None:
    for digits in (19, 5_000):
        text = HEAD + "  - {id: a, type: fact, front: F, back: B, origin: {document: d, line: "
        text += "9" * digits + "}}\n"
        assert only_problem(text) == (
            5,
            "notes[0].origin.line",
            "integer too large; at most 18 digits",
        )
    assert only_problem("quizkit: " + "1" * 4_400 + "\ndeck: x\ntitle: T\nnotes: []\n") == (
        1,
        "quizkit",
        "integer too large; at most 18 digits",
    )


def test_yaml_1_1_integers_still_load() -> None:
    text = HEAD + "  - {id: a, type: fact, front: F, back: B, origin: {document: d, line: 0x1F}}\n"
    origin = loads_deck(text).notes[0].origin
    assert origin is not None
    assert origin.line == 31


def test_keys_that_are_not_scalars_are_refused() -> None:
    text = HEAD + "  - id: a\n    type: fact\n    front: F\n    back: B\n    ? [x, y]\n    : z\n"
    assert only_problem(text) == (
        9,
        "notes[0]",
        "a key must be plain text, not a list or a mapping",
    )


@pytest.mark.parametrize(
    ("value", "tag"),
    [("!!binary aGVsbG8=", "tag:yaml.org,2002:binary"), ("!custom text", "!custom")],
)
def test_tags_are_refused_not_ignored(value: str, tag: str) -> None:
    text = HEAD + f"  - id: a\n    type: fact\n    front: {value}\n    back: B\n"
    assert only_problem(text) == (
        7,
        "notes[0].front",
        f"YAML tags ({tag}) are not allowed in deck files; write the value as plain text",
    )


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ('quizkit: 1\ndeck: "x\\n"\ntitle: T\nnotes: []\n', "deck"),
        (HEAD + '  - {id: "a\\n", type: fact, front: F, back: B}\n', "notes[0].id"),
        (HEAD + '  - {id: a, type: fact, front: F, back: B, tags: ["t\\n"]}\n', "notes[0].tags[0]"),
    ],
)
def test_a_trailing_newline_is_not_part_of_a_slug_id_or_tag(text: str, field: str) -> None:
    assert [f for _, f, _ in problems(text)] == [field]


def test_nul_in_text_is_refused_with_its_line_and_field() -> None:
    text = HEAD + '  - id: a\n    type: fact\n    front: F\n    back: "B\\0B"\n'
    assert only_problem(text) == (8, "notes[0].back", "contains a NUL character (\\0); remove it")


def test_a_lone_surrogate_is_refused_with_its_line_and_field() -> None:
    text = HEAD + '  - id: a\n    type: fact\n    front: "\\ud800"\n    back: B\n'
    with pytest.raises(DeckError) as err:
        _loads(text, "d.yaml", fast=False)
    assert (err.value.line, err.value.field) == (7, "notes[0].front")
    assert "lone surrogate" in err.value.message
    # libyaml refuses the escape itself, on the same line.
    with pytest.raises(DeckError) as err:
        loads_deck(text, "d.yaml")
    assert err.value.line == 7


def test_a_second_yaml_document_is_refused() -> None:
    text = "quizkit: 1\ndeck: x\ntitle: T\nnotes: []\n---\nquizkit: 1\n"
    with pytest.raises(DeckError) as err:
        loads_deck(text, "d.yaml")
    assert str(err.value).startswith("d.yaml:5: a deck file holds one YAML document")


def test_a_scenario_the_evaluator_cannot_use_is_refused_at_load() -> None:
    text = HEAD + (
        "  - id: s\n    type: scenario\n    ask: reachable\n    prompt: P\n"
        "    manifests: |\n      - a list\n      - not objects\n"
        "    request: {from: external, to: 'http://<NodeIP>:30080/'}\n"
    )
    line, field, message = only_problem(text)
    assert (line, field) == (9, "notes[0].manifests")
    assert message.startswith("the evaluator cannot use this scenario: ")


def test_a_scenario_with_an_unusable_request_names_the_request_field() -> None:
    text = HEAD + (
        "  - id: s\n    type: scenario\n    ask: reachable\n    prompt: P\n"
        "    manifests: |\n      apiVersion: v1\n      kind: Service\n"
        "      metadata: {name: web}\n      spec: {ports: [{port: 80}]}\n"
        "    request: {from: nowhere at all, to: 'http://web/'}\n"
    )
    assert only_problem(text)[1] == "notes[0].request.from"


def test_loading_keeps_no_parse_tree_for_the_notes() -> None:
    # Notes are checked as they are composed: what loading keeps is the deck.
    import tracemalloc

    from quizkit.deckfile import Deck as DeckType

    notes = tuple(
        FactNote(id=f"n/{i}", type=NoteType.FACT, front=f"front {i}", back=f"back {i}")
        for i in range(2_000)
    )
    text = dumps_deck(DeckType(slug="m", title="M", notes=notes))
    tracemalloc.start()
    try:
        deck = loads_deck(text)
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(deck.notes) == 2_000
    assert peak < 2 * kept + len(text) * 4


def test_a_command_that_reads_no_deck_file_loads_no_yaml_parser(
    tmp_path: Path, deck_file: Path
) -> None:
    import subprocess
    import sys

    import quizkit

    db = tmp_path / "q.db"
    with quizkit.open(db) as col:
        col.import_decks([deck_file])
    code = (
        "import sys; from quizkit.cli import main; "
        "code = main(['--db', sys.argv[1], 'next', '--json']); "
        "print(code, 'yaml' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(db)], capture_output=True, text=True, check=True
    )
    assert done.stdout.splitlines()[-1] == "0 False"


def test_asking_a_deck_for_a_note_it_lacks_is_a_quizkit_error() -> None:
    deck = loads_deck(DEMO_DECK)
    with pytest.raises(QuizkitError, match=r"deck 'demo' has no note 'no-such-note'"):
        deck.note("no-such-note")


def test_a_reused_id_is_reported_beside_the_first_notes_other_mistakes() -> None:
    # The first note is wrong in another field; its id still counts, so one run names
    # both mistakes rather than the duplicate only after the first is fixed.
    text = (
        "quizkit: 1\ndeck: x\ntitle: X\nnotes:\n"
        "  - id: one\n    type: fakt\n    front: a\n    back: b\n"
        "  - id: one\n    type: fact\n    front: c\n    back: d\n"
    )
    assert problems(text) == [
        (
            6,
            "notes[0].type",
            "'fakt' is not a note type; expected one of fact, tip, rule, list, scenario, cloze",
        ),
        (9, "notes[1].id", "duplicate id 'one' (first used on line 5)"),
    ]

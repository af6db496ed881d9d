"""Cloze notes: Anki's syntax parsed and checked, one card per number, stored, answered, undone."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import quizkit
from quizkit import cloze
from quizkit.build import build_decks
from quizkit.chat import Conversation
from quizkit.cli import main
from quizkit.deckfile import ClozeNote, NoteType, dump_deck, dumps_deck, loads_deck
from quizkit.errors import DeckError
from quizkit.session import StudySession, typing_fits
from quizkit.store import Collection
from quizkit.tui import body_fragments
from tests.helpers import CLOZE_DECK, MORNING, state_of

# -- the syntax ---------------------------------------------------------------


def test_parse_reads_numbers_answers_and_hints() -> None:
    text = "a {{c1::x}} b {{c2::y::why}} c {{c1::z}}"
    assert [(d.number, d.answer, d.hint) for d in cloze.parse(text)] == [
        (1, "x", ""),
        (2, "y", "why"),
        (1, "z", ""),
    ]
    assert cloze.numbers(text) == (1, 2)


def test_card_of_hides_its_number_and_shows_the_others() -> None:
    text = "a {{c1::x}} b {{c2::y::why}} c {{c1::z}}"
    one = cloze.card_of(text, 1)
    assert (one.front, one.back, one.text) == ("a [...] b y c [...]", "x, z", "a x b y c z")
    two = cloze.card_of(text, 2)
    assert (two.front, two.back) == ("a x b [why] c z", "y")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("no deletion here", "no deletion; mark the hidden words as {{c1::answer}}"),
        ("a {{c1::x} b", "{{c1::... is not closed with '}}'"),
        ("a {{c1:x}} b", "{{c1 must be followed by '::', e.g. {{c1::answer}}"),
        ("a {{c0::x}} b", "cloze numbers start at 1, not 0 (in {{c0::...)"),
        ("a {{c1::  }} b", "{{c1:: has an empty answer; hide a word of the sentence"),
        ("a {{C1::x}} b", "write '{{C1' with a lowercase c, e.g. {{c1::answer}}"),
        ("a {{c1::x {{c2::y}} }} b", "{{c1::... contains another '{{'; deletions do not nest"),
        ("{{c1::all of it}}", "the text is all deletions; keep some of the sentence visible"),
    ],
)
def test_bad_markup_says_what_is_wrong(text: str, message: str) -> None:
    assert cloze.problem(text) == message
    with pytest.raises(quizkit.QuizkitError):
        cloze.parse(text)


def test_go_template_braces_outside_a_deletion_are_text() -> None:
    text = "Helm renders {{ .Values.port }} as {{c1::the port}}."
    assert cloze.problem(text) is None
    assert cloze.card_of(text, 1).front == "Helm renders {{ .Values.port }} as [...]."


# -- the deck format ----------------------------------------------------------


def test_cloze_note_loads_and_round_trips() -> None:
    deck = loads_deck(CLOZE_DECK, "cz.yaml")
    note = deck.notes[0]
    assert isinstance(note, ClozeNote)  # its own kind: no front, no back
    assert note.type is NoteType.CLOZE
    assert note.text == (
        "the control plane allocates a port from a range (default: {{c1::30000-32767}})"
    )
    assert loads_deck(dumps_deck(deck)).notes == deck.notes
    assert "\n  type: cloze\n  text: By default {{c1::`targetPort`::field}}" in dumps_deck(deck)


@pytest.mark.parametrize(
    ("body", "line", "field", "message"),
    [
        (
            '    text: "a {{c1::x b"\n',
            7,
            "notes[0].text",
            "{{c1::... is not closed with '}}'",
        ),
        (
            "    front: F\n",
            5,
            "notes[0].text",
            "missing; a sentence in cloze syntax, e.g. `a range (default: {{c1::30000-32767}})`",
        ),
        ('    text: ""\n', 7, "notes[0].text", "must not be empty"),
    ],
)
def test_bad_cloze_note_is_one_problem_with_line_and_field(
    body: str, line: int, field: str, message: str
) -> None:
    text = "quizkit: 1\ndeck: x\ntitle: T\nnotes:\n  - id: a\n    type: cloze\n" + body
    with pytest.raises(DeckError) as err:
        loads_deck(text, "d.yaml")
    found = [(p.line, p.field, p.message) for p in err.value.problems]
    assert (line, field, message) in found
    if "front" not in body:
        assert len(found) == 1
        assert str(err.value) == f"d.yaml:{line}: {field}: {message}"


def test_fact_keys_are_unknown_on_a_cloze_note() -> None:
    text = (
        "quizkit: 1\ndeck: x\ntitle: T\nnotes:\n  - id: a\n    type: cloze\n"
        '    text: "a {{c1::b}}"\n    back: B\n'
    )
    with pytest.raises(DeckError) as err:
        loads_deck(text, "d.yaml")
    assert [(p.line, p.field) for p in err.value.problems] == [(8, "notes[0].back")]
    assert "unknown key for a cloze note" in err.value.problems[0].message


# -- the store ----------------------------------------------------------------


@pytest.fixture
def cloze_file(tmp_path: Path) -> Path:
    path = tmp_path / "cz" / "cz.yaml"
    path.parent.mkdir()
    path.write_text(CLOZE_DECK, encoding="utf-8")
    return path


@pytest.fixture
def ccol(db_url: str, cloze_file: Path) -> Collection:
    col = quizkit.open(db_url)
    col.import_decks([cloze_file])
    return col


def test_one_card_per_cloze_number_with_cn_ids(ccol: Collection) -> None:
    with ccol:
        [info] = ccol.decks()
        assert (info.notes, info.cards) == (2, 3)
        card = ccol.card("cz/ports/target:c2")
        assert card.type is NoteType.CLOZE
        assert card.front == "By default `targetPort` is set to the same value as [...]."
        assert card.back == "`port`"
        assert (card.cloze, card.reverse) == (2, False)
        assert card.text == "By default `targetPort` is set to the same value as `port`."
        assert ccol.card("cz/ports/target:c1").front.startswith("By default [field] is set")


def test_cloze_card_json_carries_number_and_sentence(ccol: Collection) -> None:
    with ccol:
        data = ccol.card("cz/nodeport/allocation/default-range:c1").to_dict()
    assert data["front"] == "the control plane allocates a port from a range (default: [...])"
    assert data["back"] == "30000-32767"
    assert data["cloze"] == 1
    assert data["text"] == "the control plane allocates a port from a range (default: 30000-32767)"
    assert data["source"] == "service.md § NodePort (line 12)"


def test_typed_answer_is_graded_by_the_fact_grader_and_undo_takes_it_back(
    ccol: Collection,
) -> None:
    with ccol:
        me = ccol.learner("ann")
        card = me.next_card(now=MORNING)
        assert card is not None
        assert card.id == "cz/nodeport/allocation/default-range:c1"
        result = me.answer(card.id, response="30000–32767", now=MORNING)
        assert (result.correct, result.grade, result.expected) == (True, 4, "30000-32767")
        wrong = me.answer("cz/ports/target:c1", response="port", now=MORNING)
        assert (wrong.correct, wrong.expected) == (False, "`targetPort`")
        assert me.stats(now=MORNING).reviews_today == 2
        undone = me.undo(now=MORNING)
        assert undone is not None
        assert undone.id == "cz/ports/target:c1"
        assert state_of(ccol, "ann", "cz/ports/target:c1") is None
        assert me.stats(now=MORNING).reviews_today == 1


def test_rewording_keeps_progress_and_a_new_number_adds_a_card(
    ccol: Collection, cloze_file: Path
) -> None:
    with ccol:
        ccol.learner("ann").answer("cz/ports/target:c1", grade=5, now=MORNING)
        before = state_of(ccol, "ann", "cz/ports/target:c1")
        cloze_file.write_text(
            CLOZE_DECK.replace("is set to the same value as", "equals").replace(
                "`port`}}.", "`port`}} ({{c3::one port}})."
            ),
            encoding="utf-8",
        )
        report = ccol.import_decks([cloze_file])
        assert (report.added, report.updated, report.unchanged) == (0, 1, 1)
        assert state_of(ccol, "ann", "cz/ports/target:c1") == before
        assert ccol.card("cz/ports/target:c1").front == (
            "By default [field] equals `port` (one port)."
        )
        assert ccol.card("cz/ports/target:c3").back == "one port"
        assert ccol.decks()[0].cards == 4
        # Dropping a number retires its card only.
        cloze_file.write_text(CLOZE_DECK.replace("{{c2::`port`}}", "`port`"), encoding="utf-8")
        ccol.import_decks([cloze_file])
        assert ccol.decks()[0].cards == 2
        with pytest.raises(quizkit.UnknownCardError, match="retired"):
            ccol.card("cz/ports/target:c2")
        assert state_of(ccol, "ann", "cz/ports/target:c1") == before


def test_a_fact_turned_cloze_gets_new_card_ids(db_url: str, cloze_file: Path) -> None:
    fact = CLOZE_DECK.split("  - id: ports/target")[0] + (
        "  - id: ports/target\n    type: fact\n    front: F?\n    back: B\n    reverse: true\n"
    )
    cloze_file.write_text(fact, encoding="utf-8")
    with quizkit.open(db_url) as col:
        col.import_decks([cloze_file])
        assert col.card("cz/ports/target:reverse").front == "B"
        cloze_file.write_text(CLOZE_DECK, encoding="utf-8")
        col.import_decks([cloze_file])
        assert col.card("cz/ports/target:c1").cloze == 1
        with pytest.raises(quizkit.UnknownCardError, match="retired"):
            col.card("cz/ports/target:reverse")
        with pytest.raises(quizkit.UnknownCardError, match="retired"):
            col.card("cz/ports/target")
        # And back again: the fact's cards come back, the cloze cards retire.
        cloze_file.write_text(fact, encoding="utf-8")
        col.import_decks([cloze_file])
        assert col.card("cz/ports/target:reverse").back == "F?"
        with pytest.raises(quizkit.UnknownCardError, match="retired"):
            col.card("cz/ports/target:c1")


def test_next_and_answer_json_carry_cloze_cards(
    capsys: pytest.CaptureFixture[str], cloze_file: Path, tmp_path: Path
) -> None:
    base = ["--db", str(tmp_path / "s.db"), "--learner", "ann"]
    assert main([*base, "import", str(cloze_file)]) == 0
    capsys.readouterr()
    assert main([*base, "next", "--json"]) == 0
    card = json.loads(capsys.readouterr().out)["card"]
    assert (card["id"], card["type"], card["cloze"]) == (
        "cz/nodeport/allocation/default-range:c1",
        "cloze",
        1,
    )
    assert card["front"].endswith("(default: [...])")
    assert main([*base, "answer", card["id"], "--response", "30000 - 32767", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["correct"], result["expected"]) == (True, "30000-32767")


# -- studying -----------------------------------------------------------------


def test_line_protocol_shows_the_gap_the_source_and_the_whole_sentence(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    cloze_file: Path,
    tmp_path: Path,
) -> None:
    db = str(tmp_path / "s.db")
    assert main(["--db", db, "import", str(cloze_file)]) == 0
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO("\ng\n=port\nq\n"))
    assert main(["--db", db, "--learner", "ann", "study"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1:5] == [
        "Q: the control plane allocates a port from a range (default: [...])",
        "   source: service.md § NodePort (line 12)",
        "A: 30000-32767",
        "   In full: the control plane allocates a port from a range (default: 30000-32767)",
    ]
    # The hint stands in the gap; a typed answer is graded and the sentence follows.
    assert "Q: By default [field] is set to the same value as `port`." in lines
    assert "=> wrong; expected: `targetPort`" in lines
    assert "   In full: By default `targetPort` is set to the same value as `port`." in lines


def test_screen_shows_the_sentence_then_the_answer_in_it(
    ccol: Collection,
) -> None:
    with ccol:
        session = StudySession(ccol.learner("ann"), clock=lambda: MORNING)
        text = "".join(f[1] for f in body_fragments(session))
        assert text == (
            "the control plane allocates a port from a range (default: [...])\n"
            "from service.md § NodePort (line 12)\n"
        )
        session.reveal()
        text = "".join(f[1] for f in body_fragments(session))
        assert text.endswith(
            "─" * 20 + "\n30000-32767\n"
            "In full: the control plane allocates a port from a range (default: 30000-32767)\n"
        )


def test_readme_cloze_card_json_is_true(tmp_path: Path) -> None:
    """The README's `next --json` example of a cloze card is what quizkit prints."""
    root = Path(__file__).resolve().parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    block = readme.split("A cloze card in `next --json`", 1)[1].split("```json\n", 1)[1]
    shown = json.loads(block.split("```", 1)[0])
    corpus = root / "tests" / "fixtures" / "corpus"
    deck = build_decks([corpus / "k8s-website-service.md"], root=corpus)[0]  # then its scenarios
    dump_deck(deck, tmp_path / "service.yaml")
    with quizkit.open(tmp_path / "s.db") as col:
        col.import_decks([tmp_path / "service.yaml"])
        card = col.card(shown["card"]["id"]).to_dict()
    assert card == {**shown["card"], "queue": "review"}


def test_typing_fits_a_cloze_gap_on_the_screen(ccol: Collection) -> None:
    with ccol:
        session = StudySession(ccol.learner("ann"), clock=lambda: MORNING, typing=True)
        assert session.card is not None
        assert typing_fits(session.card)
        result = session.submit("30000-32767")
        assert result is not None
        assert result.correct is True
        text = "".join(f[1] for f in body_fragments(session))
        assert "✓ right" in text
        assert (
            "In full: the control plane allocates a port from a range (default: 30000-32767)"
            in text
        )


def test_cli_refuses_bad_cloze_markup_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(CLOZE_DECK.replace("{{c1::30000-32767}}", "{{c1:30000-32767}}"), "utf-8")
    assert main(["--db", str(tmp_path / "s.db"), "import", str(bad)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        f"quizkit: error: {bad}:7: notes[0].text: {{{{c1 must be followed by '::',"
        " e.g. {{c1::answer}}"
    ]


def test_a_cloze_note_id_without_its_number_names_the_suffix(ccol: Collection) -> None:
    with ccol, pytest.raises(quizkit.UnknownCardError, match=r"a cloze card's :cN"):
        ccol.card("cz/ports/target")


# -- chat ---------------------------------------------------------------------


def test_chat_shows_a_cloze_card_like_the_study_screen(ccol: Collection) -> None:
    with ccol:
        conv = Conversation(ccol)
        [card] = conv.handle("telegram:7", "/next", now=MORNING)
        assert card.text == (
            "cz\n\n"
            "the control plane allocates a port from a range (default: [...])\n\n"
            "from service.md § NodePort (line 12)"
        )
        [shown] = conv.handle("telegram:7", "show", now=MORNING)
        assert shown.text == (
            f"{card.text}\n\n30000-32767\n\n"
            "In full: the control plane allocates a port from a range (default: 30000-32767)"
        )
        assert [b.label for b in shown.buttons] == ["Again", "Hard", "Good", "Easy"]
        _, following = conv.handle("telegram:7", "good", now=MORNING)
        assert following.text == "cz\n\nBy default [field] is set to the same value as `port`."
        # Text sent to it: shown beside the answer and the whole sentence, to grade.
        [said] = conv.handle("telegram:7", "targetPort", now=MORNING)
        assert said.text == (
            "You said: targetPort\n\n`targetPort`\n\n"
            "In full: By default `targetPort` is set to the same value as `port`.\n\n"
            "Grade yourself:"
        )

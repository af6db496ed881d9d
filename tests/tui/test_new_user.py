"""The daily quiz as a new user meets it (#15): modes, keys, wrapping, messages, hints."""

from __future__ import annotations

import io
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
from prompt_toolkit.application import Application
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import PipeInput
from prompt_toolkit.output import DummyOutput
from prompt_toolkit.output.vt100 import Vt100_Output

import quizkit
from quizkit.cli import command_name, main
from quizkit.grading import Verdict
from quizkit.session import Phase, StudySession
from quizkit.store import Collection
from quizkit.store.types import Card
from quizkit.tui import (
    body_fragments,
    footer_fragments,
    header_fragments,
    message_fragments,
    run_screen,
    wrap_fragments,
)
from tests.helpers import FakeClock
from tests.tui.helpers import FACTS, STUDY_DECK, log_of, study, text_of


def deck_col(tmp_path: Path, text: str, name: str = "d") -> Collection:
    folder = tmp_path / f"{name}-decks"
    folder.mkdir()
    (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    col = quizkit.open(tmp_path / f"{name}.db")
    col.import_decks([folder])
    return col


SCENARIO_ONLY = STUDY_DECK.split("  - id: nodeport/")[0] + (
    "  - id: scenario/" + STUDY_DECK.split("  - id: scenario/")[1]
)


@pytest.fixture
def graded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A stand-in scenario grader: records each response, right when it says yes."""
    responses: list[str] = []

    def grade_scenario(card: Card, response: str) -> Verdict:
        responses.append(response)
        return Verdict(response == "yes", "yes", "pod:default/client -> web")

    import quizkit.scenarios as real

    module = types.ModuleType("quizkit.scenarios")
    vars(module).update(
        grade_scenario=grade_scenario, REASON_CODES=("ok",), visible_request=real.visible_request
    )
    monkeypatch.setitem(sys.modules, "quizkit.scenarios", module)
    return responses


@pytest.fixture
def scenario_col(tmp_path: Path) -> Iterator[Collection]:
    col = deck_col(tmp_path, SCENARIO_ONLY, "scen")
    yield col
    col.close()


# -- 1. typing mode never silently off ------------------------------------------


def _to_the_tip(col: Collection, clock: FakeClock) -> StudySession:
    s = StudySession(col.learner("ann"), clock=clock, typing=True)
    s.submit("30000-32767")
    s.press("enter")
    s.submit("ClusterIP")
    s.press("enter")
    assert s.card is not None
    assert s.card.id == FACTS[2]
    return s


def test_typing_on_but_a_self_graded_card_says_that_keys_act(
    col: Collection, clock: FakeClock
) -> None:
    s = _to_the_tip(col, clock)
    assert not s.wants_text()
    note = "typing on, but a tip is self-graded: keys grade it"
    assert s.mode_note() == note
    assert note in text_of(message_fragments(s))
    assert "t typing off" in text_of(footer_fragments(s))


ARROW_DECK = """\
quizkit: 1
deck: arrows
title: Arrows
notes:
  - id: nodeport/access-pattern
    type: fact
    front: "NodePort: access pattern?"
    back: User ───► NodeIP:30007 ───► frontend-service ───► Frontend Pods
"""


def test_a_62_character_arrow_path_takes_a_typed_answer_typed_with_ascii_arrows(
    tmp_path: Path, clock: FakeClock
) -> None:
    with deck_col(tmp_path, ARROW_DECK, "arrows") as col:
        s = StudySession(col.learner("ann"), clock=clock, typing=True)
        assert s.card is not None
        assert len(s.card.back) > 60
        assert s.card.typed
        assert s.wants_text()
        result = s.submit("User -> NodeIP:30007 -> frontend-service -> Frontend Pods")
        assert result is not None
        assert result.correct


# -- 5. scenario cards do not trap the keyboard -----------------------------------


def test_esc_leaves_a_scenario_answer_field_and_q_then_quits(
    scenario_col: Collection, clock: FakeClock, keys: PipeInput, graded: list[str]
) -> None:
    s = StudySession(scenario_col.learner("ann"), clock=clock)
    assert s.wants_text()
    keys.send_text("\x1bq\x03")  # Ctrl-C last: without Esc, q would be typed
    assert run_screen(s, input=keys, output=DummyOutput()) is False
    assert graded == []


def test_esc_shows_keys_mode_and_tab_goes_back_to_the_field(
    scenario_col: Collection, clock: FakeClock, graded: list[str]
) -> None:
    s = StudySession(scenario_col.learner("ann"), clock=clock)
    assert "Esc keys" in text_of(footer_fragments(s))
    s.leave_field()
    assert not s.wants_text()
    assert s.mode_note() == "keys mode: the answer field is closed (Tab opens it)"
    assert text_of(footer_fragments(s)).startswith("Tab answer  0-5 grade  u undo  q quit")
    s.press("space")  # a scenario has no stored answer to show: back to the field
    assert s.wants_text()


def test_tab_reopens_the_field_on_screen(
    scenario_col: Collection, clock: FakeClock, keys: PipeInput, graded: list[str]
) -> None:
    s = StudySession(scenario_col.learner("ann"), clock=clock)
    keys.send_text("\x1b\tyes\rq")
    assert run_screen(s, input=keys, output=DummyOutput()) is False
    assert graded == ["yes"]


def test_ctrl_z_suspends_and_never_types_into_the_answer(
    scenario_col: Collection,
    clock: FakeClock,
    keys: PipeInput,
    graded: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    suspended: list[bool] = []
    monkeypatch.setattr(Application, "suspend_to_background", lambda self: suspended.append(True))
    s = StudySession(scenario_col.learner("ann"), clock=clock)
    keys.send_text("\x1ayes\rq")
    assert run_screen(s, input=keys, output=DummyOutput()) is False
    assert graded == ["yes"]
    assert suspended == [True]


def test_ctrl_t_on_a_scenario_says_why_it_does_nothing(
    scenario_col: Collection, clock: FakeClock, graded: list[str]
) -> None:
    s = StudySession(scenario_col.learner("ann"), clock=clock)
    assert s.toggle_typing() is False
    assert s.message == "scenario cards always take a typed answer; Esc leaves the field"
    assert s.wants_text()


# -- 6. wrapping, scrolling, header ---------------------------------------------------

PATH_TEXT = (
    "pod:default/client -> 10.96.0.11:80 (ClusterIP) -> default/backend-0 "
    "10.244.0.10:8180: not reachable (no-such-port)"
)


@pytest.mark.parametrize("width", [20, 33, 59])
def test_wrapping_breaks_lines_at_spaces_never_inside_a_word(width: int) -> None:
    wrapped = text_of(wrap_fragments([("", PATH_TEXT)], width))
    lines = wrapped.split("\n")
    assert all(len(line) <= width for line in lines)
    assert " ".join(lines).split() == PATH_TEXT.split()  # every word whole
    assert len(lines) > 1


def test_a_word_longer_than_the_line_is_cut() -> None:
    assert text_of(wrap_fragments([("", "ab " + "x" * 12)], 5)) == "ab\nxxxxx\nxxxxx\nxx"


def test_the_header_keeps_every_count_at_60_columns(tmp_path: Path, clock: FakeClock) -> None:
    slug = "service-types-clusterip-nodeport-loadbalancer"
    with deck_col(tmp_path, STUDY_DECK.replace("deck: study", f"deck: {slug}"), "long") as col:
        s = StudySession(col.learner("ann"), clock=clock)
        first, second = text_of(header_fragments(s, 60)).split("\n")
    assert first == "service-types-clusterip-…  new 4 · due 0 · repeat 0 · left 4"
    assert len(first) <= 60
    assert len(second) <= 60


# -- 7. confirmations and verdicts ------------------------------------------------------


def test_a_self_grade_and_an_override_are_confirmed(col: Collection, clock: FakeClock) -> None:
    s = StudySession(col.learner("ann"), clock=clock)
    s.press("g")
    assert s.message == "saved: Good (4): next in 1 day (2026-11-23)"
    s.toggle_typing()
    s.submit("ClusterIP")
    s.press("h")
    assert s.message == "saved: Hard (3): again later today, then in 1 day (instead of Easy (5))"


def test_a_wrong_typed_answer_shows_the_expected_answer_once(
    col: Collection, clock: FakeClock
) -> None:
    s = StudySession(col.learner("ann"), clock=clock, typing=True)
    s.press("g")
    s.submit("NodePort")
    body = text_of(body_fragments(s))
    assert body.count("ClusterIP") == 1


FIX_DECK = SCENARIO_ONLY.replace("ask: reachable", "ask: fix")


def test_the_fix_verdict_shows_the_submitted_manifest(
    tmp_path: Path, clock: FakeClock, graded: list[str]
) -> None:
    with deck_col(tmp_path, FIX_DECK, "fix") as col:
        s = StudySession(col.learner("ann"), clock=clock)
        submitted = "apiVersion: v1\nkind: Service\nmetadata: {name: fixed}\n"
        s.submit(submitted)
        body = text_of(body_fragments(s))
    assert "your manifest:\napiVersion: v1\nkind: Service\nmetadata: {name: fixed}\n" in body
    assert "targetPort: 8080" not in body  # not the card's original manifest


# -- 11, 12. first run, piped grades, two sessions --------------------------------------


def test_seven_in_piped_mode_is_refused_as_a_grade(
    study_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert study(study_db, "7\nq\n", monkeypatch) == 0
    out = capsys.readouterr().out
    assert "!! 7 is not a grade: grades are 0-5 (send =7 to answer 7)" in out
    assert log_of(study_db) == []


def test_first_run_is_claimed_only_by_the_session_that_imported(
    tmp_path: Path,
    facts_deck: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr("quizkit.store.collection.bundled_decks_dir", lambda: facts_deck.parent)
    db = tmp_path / "fresh.db"
    assert study(db, "", monkeypatch, "--deck", "nope") == 2
    out, err = capsys.readouterr()
    assert "First run" not in out  # the command failed: nothing to claim
    assert "no deck 'nope'" in err
    # A second session that also found the database empty imports nothing new.
    monkeypatch.setattr(Collection, "is_empty", lambda self: True)
    assert study(db, "q\n", monkeypatch) == 0
    assert "First run" not in capsys.readouterr().out


def test_first_run_names_the_command_as_it_was_run(
    tmp_path: Path,
    facts_deck: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr("quizkit.store.collection.bundled_decks_dir", lambda: facts_deck.parent)
    monkeypatch.setattr("sys.argv", [".venv/bin/quizkit", "study"])
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert study(tmp_path / "fresh.db", "q\n", monkeypatch) == 0
    out = capsys.readouterr().out
    assert out.startswith(
        "First run: imported 1 bundled deck (3 cards). "
        "Tomorrow `.venv/bin/quizkit study` picks up where you stop.\n"
    )


def test_command_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / "bin" / "quizkit"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    assert command_name(str(script)) == str(script)
    monkeypatch.setenv("PATH", str(script.parent))
    assert command_name(str(script)) == "quizkit"
    assert command_name("/x/quizkit/__main__.py") == "python -m quizkit"
    assert command_name("/usr/bin/pytest") == "quizkit"


def test_two_sessions_of_one_learner_add_up(col: Collection, clock: FakeClock) -> None:
    one = StudySession(col.learner("ann"), clock=clock)
    two = StudySession(col.learner("ann"), clock=clock)
    assert one.card == two.card  # both show the first new card
    one.press("g")
    two.press("g")  # the same card, answered again today: a same-day repeat
    a, b = one.summary(), two.summary()
    assert (a.reviewed, a.new, a.repeats) == (1, 1, 0)
    assert (b.reviewed, b.new, b.repeats) == (1, 0, 1)


# -- 4. nothing to study says what would help -----------------------------------------------


def test_nothing_to_study_names_new_cards_and_other_decks(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "two"
    folder.mkdir()
    (folder / "study.yaml").write_text(STUDY_DECK.split("  - id: scenario/")[0])
    other = STUDY_DECK.split("  - id: scenario/")[0].replace("deck: study", "deck: other")
    (folder / "other.yaml").write_text(other.replace("id: ", "id: o-").replace('?"', ' (o)?"'))
    db = tmp_path / "two.db"
    assert main(["--db", str(db), "import", str(folder)]) == 0
    capsys.readouterr()
    assert study(db, "g\ng\ng\n", monkeypatch, "--deck", "study") == 0
    capsys.readouterr()
    assert study(db, "", monkeypatch, "--deck", "study") == 0
    assert capsys.readouterr().out.splitlines() == [
        "Nothing to study now: you are done for today.",
        "Tomorrow: 3 cards due. Streak: 1 day.",
        "Cards today in other: `quizkit study --deck other`.",
    ]
    assert study(db, "", monkeypatch, "--new", "0") == 0
    assert capsys.readouterr().out.splitlines()[2] == (
        "3 new cards beyond today's limit: `quizkit study --new 3` takes some now."
    )


def test_new_cards_of_several_decks_take_turns(tmp_path: Path, clock: FakeClock) -> None:
    folder = tmp_path / "turns"
    folder.mkdir()
    facts = STUDY_DECK.split("  - id: scenario/")[0]
    (folder / "a.yaml").write_text(facts.replace("deck: study", "deck: a"))
    (folder / "b.yaml").write_text(
        facts.replace("deck: study", "deck: b").replace("id: ", "id: b-").replace('?"', ' (b)?"')
    )
    with quizkit.open(tmp_path / "turns.db") as col:
        col.import_decks([folder])
        s = StudySession(col.learner("ann"), clock=clock)
        decks = []
        while s.phase is not Phase.DONE and s.card is not None:
            decks.append(s.card.deck)
            s.press("g")
    assert decks == ["a", "b", "a", "b", "a", "b"]  # round and round again


def test_no_scroll_arrows_stay_in_the_manifest_editor(
    tmp_path: Path, clock: FakeClock, keys: PipeInput, graded: list[str]
) -> None:
    """prompt-toolkit's scroll-bar arrows ("^" and "v") stay whatever the position;
    the editor has a bar without them."""
    with deck_col(tmp_path, FIX_DECK, "fixbar") as col:
        screen = io.StringIO()
        output = Vt100_Output(screen, lambda: Size(rows=20, columns=60), term="xterm")
        s = StudySession(col.learner("ann"), clock=clock)
        assert s.wants_editor()
        keys.send_text("\x03")
        assert run_screen(s, input=keys, output=output) is True
    written = screen.getvalue()
    assert "targetPort" in written  # the editor was drawn
    assert "^" not in written

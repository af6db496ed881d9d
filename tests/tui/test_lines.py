"""``quizkit study`` with piped input: the line protocol, through ``main`` and a real pipe."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quizkit.cli import main
from tests.tui.helpers import FACTS, SCENARIO, STUDY_DECK, log_of, study


def test_enter_reveals_then_grades_good(
    study_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert study(study_db, "\n\nh\ne\n", monkeypatch) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[:5] == [
        "[1/3] study · new 3 · due 0 · repeat 0",
        "Q: NodePort: port range?",
        "   source: data/service-types.md § Summary",
        "A: 30000–32767",
        "=> Good (4): next in 1 day (" + _tomorrow(out) + ")",
    ]
    assert "A: ClusterIP\n=> Hard (3): again later today, then in 1 day" in out
    assert [(c, g) for c, g, _, _ in log_of(study_db)] == [
        (FACTS[0], 4),
        (FACTS[1], 3),
        (FACTS[2], 5),
    ]
    assert "Reviewed 3 cards (3 new, 0 repeats): 100% right" in out
    # The Hard card comes back today: EOF saved and stopped the session.
    assert "1 card left today" in out


def _tomorrow(out: str) -> str:
    return out.split("next in 1 day (")[1][:10]


def test_typed_answers_equals_prefix_undo_and_quit(
    study_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = "30000 - 32767\n=clusterip\nu\n=NodePort\nq\ng\n"
    assert study(study_db, lines, monkeypatch) == 0
    out = capsys.readouterr().out
    assert "=> right\n   Correct.\n=> Easy (5)" in out
    assert "<< undone: Which Service type is the default?" in out
    assert "=> wrong; expected: ClusterIP" in out
    assert log_of(study_db) == [
        (FACTS[0], 5, "new", False),
        (FACTS[1], 5, "new", True),
        (FACTS[1], 1, "new", False),
    ]  # q stopped before the last line


def test_grade_after_a_verdict_overrides_it(
    study_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert study(study_db, "=30000-32767\n3\n", monkeypatch) == 0
    assert "=> Hard (3)" in capsys.readouterr().out
    assert log_of(study_db) == [(FACTS[0], 5, "new", True), (FACTS[0], 3, "new", False)]


def test_text_on_a_shown_answer_and_undo_with_nothing_are_refused(
    study_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert study(study_db, "u\n\nx\n=5\n", monkeypatch) == 0
    out = capsys.readouterr().out
    assert "!! nothing to undo in this session" in out
    assert out.count("!! the answer is shown: grade it with 0-5 or a/h/g/e") == 2
    assert log_of(study_db) == []


def test_new_and_limit_caps(
    study_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert study(study_db, "g\ng\ng\n", monkeypatch, "--new", "1") == 0
    assert len(log_of(study_db)) == 1
    assert study(study_db, "g\ng\ng\n", monkeypatch, "--limit", "1") == 0
    assert len(log_of(study_db)) == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--limit", "x"], "expected a whole number, not 'x'"),
        (["--new", "-2"], "expected a whole number >= 0, not -2"),
        (["--deck", "nope"], "no deck 'nope'; decks: study"),
    ],
)
def test_bad_arguments_are_one_line_and_exit_2(
    study_db: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    assert study(study_db, "", monkeypatch, *args) == 2
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_first_run_imports_the_bundled_decks(
    tmp_path: Path,
    facts_deck: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr("quizkit.store.collection.bundled_decks_dir", lambda: facts_deck.parent)
    db = tmp_path / "fresh" / "quizkit.db"
    db.parent.mkdir()
    assert study(db, "g\n", monkeypatch) == 0
    out = capsys.readouterr().out
    assert out.startswith("First run: imported 1 bundled deck (3 cards).")
    assert log_of(db) == [(FACTS[0], 4, "new", False)]
    assert study(db, "g\n", monkeypatch) == 0
    assert "First run" not in capsys.readouterr().out


class _InterruptAfter:
    """stdin, not a terminal, that gives some lines, then Ctrl-C.

    Not a StringIO subclass: typeshed types StringIO.readline against two clashing bases.
    The line protocol reads with a bound per line (readline), so that is all it needs.
    """

    def __init__(self, text: str) -> None:
        self._lines = io.StringIO(text)

    def isatty(self) -> bool:
        return False

    def readline(self, size: int = -1, /) -> str:
        line = self._lines.readline(size)
        if not line:
            raise KeyboardInterrupt
        return line


def test_ctrl_c_keeps_the_answers_given(
    study_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", _InterruptAfter("e\na\n"))
    assert main(["--db", str(study_db), "--learner", "ann", "study"]) == 130
    out = capsys.readouterr().out
    assert "Interrupted: every answer given is saved." in out
    assert "Reviewed 2 cards" in out
    assert [g for _, g, _, _ in log_of(study_db)] == [5, 1]


def test_a_real_pipe(study_db: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run(
        [sys.executable, "-m", "quizkit", "--db", str(study_db), "--learner", "ann", "study"],
        input="g\n=ClusterIP\n\n\n\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Reviewed 3 cards (3 new, 0 repeats): 100% right" in done.stdout
    assert [g for _, g, _, _ in log_of(study_db)] == [4, 5, 4]


def test_a_reader_that_closes_the_pipe_ends_the_quiz_quietly(study_db: Path) -> None:
    # `quizkit study | head -1`: the answers given are saved and nothing is said.
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    command = [sys.executable, "-m", "quizkit", "--db", str(study_db), "--learner", "ann", "study"]
    with subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    ) as quiz:
        assert quiz.stdout is not None
        assert quiz.stdin is not None
        first = quiz.stdout.readline()
        quiz.stdout.close()  # the reader is gone before the quiz writes its next lines
        _, err = quiz.communicate("g\n" * 3, timeout=60)
    assert first.startswith("[1/3] study")
    assert (quiz.returncode, err) == (0, "")


def test_nothing_left_says_so(
    study_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert study(study_db, "g\ng\ng\n", monkeypatch) == 0
    capsys.readouterr()
    assert study(study_db, "", monkeypatch) == 0
    assert capsys.readouterr().out == (
        "Nothing to study now: you are done for today.\nTomorrow: 3 cards due. Streak: 1 day.\n"
    )


def test_an_empty_line_on_a_scenario_is_graded_wrong_and_shows_the_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # As on the screen: a scenario has no stored answer to reveal, so an empty answer
    # is "I don't know", graded wrong, and the evaluator's answer is shown.
    deck = tmp_path / "scen.yaml"
    deck.write_text(
        STUDY_DECK.split("  - id: nodeport/")[0]
        + STUDY_DECK.split(
            "    back: A ClusterIP; external traffic enters via the NodePort first.\n"
        )[1],
        encoding="utf-8",
    )
    db = tmp_path / "scen.db"
    assert main(["--db", str(db), "import", str(deck)]) == 0
    capsys.readouterr()
    assert study(db, "\n", monkeypatch) == 0
    out = capsys.readouterr().out
    assert "=> wrong; expected: " in out
    assert "no stored answer" not in out
    assert log_of(db) == [(SCENARIO, 1, "new", False)]

"""The README's quick start is what CI runs, word for word."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import shlex
from pathlib import Path

import pytest

from quizkit import AnswerResult

ROOT = Path(__file__).resolve().parent.parent


def quick_start() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("## Quick start", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    return block.strip().splitlines()


def test_readme_starts_with_the_two_setup_commands() -> None:
    main_command, test_command = quick_start()
    assert main_command.endswith("quizkit study")
    assert test_command.endswith("pytest")


def test_ci_runs_both_commands_as_written() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    main_command, test_command = quick_start()
    assert f"\n{test_command}\n" in ci
    assert f'bash -c "{main_command}"' in ci


def test_build_example_output_is_true(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from quizkit.cli import main

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("$ quizkit build data/ -o decks/\n", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(ROOT)
    assert main(["build", "data/", "-o", str(tmp_path)]) == 0
    printed = capsys.readouterr().out.replace(str(tmp_path), "decks")
    assert printed == block


def test_export_example_output_is_true(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from quizkit.cli import main

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    line = text.split("$ quizkit export anki -o k8s.apkg\n", 1)[1].splitlines()[0]
    db = str(tmp_path / "r.db")
    assert main(["--db", db, "import"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "export", "anki", "-o", str(tmp_path / "k8s.apkg")]) == 0
    assert capsys.readouterr().out.splitlines()[0] == line.replace(
        "k8s.apkg", str(tmp_path / "k8s.apkg")
    )


def test_library_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    code = text.split("## Library\n\n```python\n", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(tmp_path)
    code = code.replace('"decks/"', repr(str(ROOT / "decks")))
    namespace: dict[str, object] = {}
    exec(compile(code, "README.md#library", "exec"), namespace)
    assert (tmp_path / "study.db").exists()
    result = namespace["result"]
    assert isinstance(result, AnswerResult)
    assert result.grade == 4


def sh_block(heading: str) -> list[str]:
    """The commands of the first ```sh block under ``heading``, continuations joined."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split(f"{heading}\n", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    block = block.replace("\\\n", " ")
    return [line.split("  #", 1)[0].strip() for line in block.splitlines() if line.strip()]


def run_quizkit(line: str, capsys: pytest.CaptureFixture[str]) -> str:
    from quizkit.cli import main

    argv = shlex.split(line)
    assert argv[0] == "quizkit", line
    assert main(argv[1:]) == 0, (line, capsys.readouterr().err)
    return capsys.readouterr().out


def test_command_line_examples_run_as_written(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """#15: the README once named a deck that does not exist; every line must run."""
    monkeypatch.chdir(ROOT)  # "decks/" is the repository's folder
    lines = sh_block("## Command line")
    outputs = [run_quizkit(line, capsys) for line in lines]
    assert [line.split()[1] for line in lines] == ["import", "next", "answer", "stats"]
    answer = json.loads(outputs[2])
    assert (answer["correct"], answer["repeat"]) == (True, False)


def test_scenario_examples_run_as_written(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    lines = sh_block("## Scenario questions")
    outputs = [run_quizkit(line, capsys) for line in lines]
    assert json.loads(outputs[0])["card"]["deck"] == "k8s-service-scenarios"
    assert json.loads(outputs[1])["correct"] is True


def test_study_examples_run_as_written(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for line in sh_block("## The daily quiz: `quizkit study`"):
        monkeypatch.setattr("sys.stdin", io.StringIO(""))  # piped, and at once at its end
        assert "Nothing answered this time." in run_quizkit(line, capsys)


def test_piped_example_runs_as_written(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The line-protocol transcript, on a fresh database at the README's date and time."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("### Piped input: the line protocol\n", 1)[1]
    block = block.split("```console\n", 1)[1].split("```", 1)[0]
    command, *shown = block.splitlines()
    match = re.fullmatch(r"\$ printf '([^']*)' \| (quizkit study)", command)
    assert match is not None, command
    stdin = match[1].encode().decode("unicode_escape")
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    monkeypatch.setattr("quizkit.cli.utcnow", lambda: dt.datetime(2026, 11, 22, 9, tzinfo=dt.UTC))
    out = run_quizkit(match[2], capsys)
    pattern = "".join(
        r"(?:[^\n]*\n)*?" if line == "..." else re.escape(line) + "\n" for line in shown
    )
    assert re.fullmatch(pattern, out), out

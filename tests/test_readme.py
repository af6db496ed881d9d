"""The README's quick start is what CI runs, word for word."""

from __future__ import annotations

from pathlib import Path

import pytest

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
    assert result.grade == 4

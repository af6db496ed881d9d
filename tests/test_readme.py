"""The README's quick start is what CI runs, word for word."""

from __future__ import annotations

from pathlib import Path

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

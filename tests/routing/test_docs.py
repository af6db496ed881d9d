"""docs/evaluator.md stays in step with the evaluator."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from quizkit.cli import Context
from quizkit.cli.route import run as run_route
from quizkit.routing import Reason
from tests.routing.helpers import WEB

DOC = Path(__file__).resolve().parents[2] / "docs" / "evaluator.md"


def test_every_reason_code_is_documented_with_an_example() -> None:
    text = DOC.read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `([a-z-]+)` \| (.+) \|$", text, flags=re.M))
    for reason in Reason:
        assert str(reason) in rows, reason
        assert rows[str(reason)].count("|") == 1, "meaning | example"


def test_cli_example_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = DOC.read_text(encoding="utf-8")
    block = text.split("$ quizkit route web.yaml", 1)[1].split("```", 1)[0]
    expected = block.splitlines()[1:]
    path = tmp_path / "web.yaml"
    path.write_text(WEB, encoding="utf-8")
    args = argparse.Namespace(
        file=str(path),
        origin="external",
        target="http://<NodeIP>:30080/",
        protocol="TCP",
        json=False,
    )
    assert run_route(args, Context()) == 1
    assert capsys.readouterr().out.splitlines() == [line for line in expected if line]

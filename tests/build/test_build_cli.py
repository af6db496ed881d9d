"""``quizkit build``: its options, its output and its errors."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from quizkit.cli import Context, build_parser
from quizkit.deckfile import load_deck
from quizkit.errors import SourceError

REPO = Path(__file__).resolve().parents[2]


def _parser() -> argparse.ArgumentParser:
    return build_parser()


def test_default_output_folder() -> None:
    args = _parser().parse_args(["build", "data/"])
    assert args.sources == ["data/"]
    assert args.out == "decks"


def test_build_writes_decks_and_prints_one_line_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(REPO)
    out = tmp_path / "out"
    args = _parser().parse_args(["build", "data/", "-o", str(out)])
    assert args.func(args, Context()) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"{out}/clusterip-vs-nodeport.yaml: 29 notes from data/clusterip-vs-nodeport.md",
        f"{out}/service-types-clusterip-nodeport-loadbalancer.yaml: 57 notes from "
        "data/service-types-clusterip-nodeport-loadbalancer.md",
        f"{out}/k8s-service-scenarios.yaml: 44 notes from data/clusterip-vs-nodeport.md, "
        "data/service-types-clusterip-nodeport-loadbalancer.md",
    ]
    for name in ("clusterip-vs-nodeport", "service-types-clusterip-nodeport-loadbalancer"):
        written = (out / f"{name}.yaml").read_text(encoding="utf-8")
        assert written == (REPO / "decks" / f"{name}.yaml").read_text(encoding="utf-8")
        assert load_deck(out / f"{name}.yaml").slug == name


def test_build_errors_are_quizkit_errors(tmp_path: Path) -> None:
    args = _parser().parse_args(["build", str(tmp_path / "missing.md"), "-o", str(tmp_path)])
    with pytest.raises(SourceError, match=r"missing\.md: no such file or folder"):
        args.func(args, Context())

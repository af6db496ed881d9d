"""``quizkit route``: parsing, output and exit status (via the command's handler)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pytest

from quizkit.cli import Context, build_parser
from quizkit.cli.route import run as run_route
from quizkit.errors import ManifestError, UsageError
from quizkit.routing import evaluate
from tests.routing.helpers import ALL_CASES, WEB, manifests_of


def parser() -> argparse.ArgumentParser:
    return build_parser()


def run(argv: list[str]) -> int:
    args = parser().parse_args(argv)
    assert args.func is run_route
    code: int = run_route(args, Context())
    return code


@pytest.fixture
def manifest(tmp_path: Path) -> Path:
    path = tmp_path / "web.yaml"
    path.write_text(WEB, encoding="utf-8")
    return path


def test_json_output_and_exit_1_when_an_object_is_refused(
    manifest: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(
        ["route", str(manifest), "--from", "external", "--to", "http://<NodeIP>:30080/", "--json"]
    )
    out = json.loads(capsys.readouterr().out)
    assert code == 1
    assert out["reachable"] is True
    assert out["valid"] is False


def test_readable_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ok.yaml"
    path.write_text(WEB.split("---\n")[0] + "---\n" + WEB.split("---\n")[1], encoding="utf-8")
    code = run(["route", str(path), "--from", "external", "--to", "192.168.10.11:30080"])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert out[0] == (
        "external -> 192.168.10.11:30080 (NodePort) -> 10.96.0.11:80 (ClusterIP) "
        "-> default/web-0 10.244.0.10:8080"
    )
    assert out[1] == "reachable (ok)"


def test_refused_objects_are_listed(manifest: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(["route", str(manifest), "--from", "pod:default/c", "--to", "web-np:80"])
    out = capsys.readouterr().out
    assert "refused objects:" in out
    assert "Service/default/api-np: spec.ports[0].nodePort: Invalid value: 30080" in out


def test_not_reachable_exits_1(manifest: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = run(
        ["route", str(manifest), "--from", "external", "--to", "web-np:80", "--protocol", "udp"]
    )
    assert code == 1
    assert "not reachable (nxdomain)" in capsys.readouterr().out


def test_yaml_error_raises_manifest_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("kind: Service\nmetadata: {name: x\n", encoding="utf-8")
    with pytest.raises(ManifestError) as info:
        run(["route", str(bad), "--from", "external", "--to", "x:80"])
    assert str(info.value).startswith(f"{bad}:2:")  # where the unclosed brace opens


def test_bad_origin_is_a_usage_error(manifest: Path) -> None:
    with pytest.raises(UsageError, match="accepted forms"):
        run(["route", str(manifest), "--from", "internet", "--to", "x:80"])


def test_help_mentions_forms_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parser().parse_args(["route", "--help"])
    text = capsys.readouterr().out
    for word in (
        "--from",
        "--to",
        "--protocol",
        "--json",
        "pod:NAMESPACE/NAME",
        "<EXTERNAL-LB-IP>",
        "Exit status",
    ):
        assert word in text


ROUTED = [c for c in ALL_CASES if "target" in c]


@pytest.mark.parametrize("case", ROUTED, ids=[c["id"] for c in ROUTED])
def test_cli_answers_every_corpus_case(
    case: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "case.yaml"
    path.write_text(manifests_of(case), encoding="utf-8")
    protocol = case.get("protocol", "TCP")
    argv = [
        "route",
        str(path),
        "--from",
        case["origin"],
        "--to",
        case["target"],
        "--protocol",
        protocol,
    ]
    code = run([*argv, "--json"])
    out = json.loads(capsys.readouterr().out)
    expected = evaluate(manifests_of(case), case["origin"], case["target"], protocol).to_dict()
    assert out == expected
    assert code == (0 if out["reachable"] is True and out["valid"] else 1)

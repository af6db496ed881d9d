"""The command line: exit codes, one-line errors, the contract's JSON keys, --help everywhere."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

import quizkit
from quizkit.cli import COMMANDS, Command, build_parser, main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_is_idempotent_and_prints_counts(
    capsys: pytest.CaptureFixture[str], deck_file: Path, db_path: Path
) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "import", str(deck_file))
    assert code == 0
    assert out.splitlines() == [
        "demo: 3 added, 0 updated, 0 unchanged, 0 retired",
        "total: 3 added, 0 updated, 0 unchanged, 0 retired",
    ]
    code, out, _ = run(capsys, "--db", str(db_path), "import", str(deck_file))
    assert out.splitlines()[-1] == "total: 0 added, 0 updated, 3 unchanged, 0 retired"


def test_a_deck_replaced_from_another_source_is_a_warning(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db_path: Path
) -> None:
    deck = (
        "quizkit: 1\ndeck: faq\ntitle: {0}\nsource: {0}.md\n"
        "notes:\n  - id: {0}\n    type: fact\n    front: Q?\n    back: A\n"
    )
    (tmp_path / "one.yaml").write_text(deck.format("one"), encoding="utf-8")
    (tmp_path / "two.yaml").write_text(deck.format("two"), encoding="utf-8")
    assert run(capsys, "--db", str(db_path), "import", str(tmp_path / "one.yaml"))[2] == ""
    code, out, err = run(capsys, "--db", str(db_path), "import", str(tmp_path / "two.yaml"))
    assert code == 0
    assert out.splitlines()[0] == "faq: 1 added, 0 updated, 0 unchanged, 1 retired"
    assert err == (
        "quizkit: warning: deck 'faq' was imported from one.md; this import from another "
        "source replaced it (retired notes keep their progress if they come back)\n"
    )
    # The same source again: an update like any other, nothing to warn about.
    assert run(capsys, "--db", str(db_path), "import", str(tmp_path / "two.yaml"))[2] == ""


def test_next_and_answer_json(
    capsys: pytest.CaptureFixture[str], deck_file: Path, db_path: Path
) -> None:
    base = ("--db", str(db_path), "--learner", "ann")
    run(capsys, *base, "import", str(deck_file))
    code, out, _ = run(capsys, *base, "next", "--json")
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["card", "due", "new"]
    assert {"id", "deck", "type", "front"} <= set(data["card"])
    assert data["card"]["id"] == "demo/nodeport/port-range"
    assert (data["due"], data["new"]) == (0, 4)

    code, out, _ = run(
        capsys, *base, "answer", data["card"]["id"], "--response", "30000-32767", "--json"
    )
    assert code == 0
    result = json.loads(out)
    keys = ["card", "correct", "grade", "interval", "due", "expected", "feedback", "repeat"]
    assert list(result) == keys
    assert (result["correct"], result["grade"], result["interval"]) == (True, 4, 1)
    assert result["repeat"] is False

    code, out, _ = run(capsys, *base, "answer", "demo/clusterip/default", "--grade", "5", "--json")
    assert json.loads(out)["correct"] is None


def test_answer_json_says_when_it_is_a_same_day_repeat(
    capsys: pytest.CaptureFixture[str], deck_file: Path, db_path: Path
) -> None:
    """#15: a second answer today keeps the first one's interval; `repeat` says why."""
    base = ("--db", str(db_path), "--learner", "ann")
    run(capsys, *base, "import", str(deck_file))
    card = "demo/nodeport/port-range"
    first = json.loads(run(capsys, *base, "answer", card, "--grade", "5", "--json")[1])
    second = json.loads(run(capsys, *base, "answer", card, "--grade", "1", "--json")[1])
    assert (first["repeat"], first["interval"]) == (False, 1)
    assert (second["repeat"], second["grade"], second["interval"]) == (True, 1, 1)
    assert run(capsys, *base, "answer", card, "--grade", "4")[1].splitlines()[0] == (
        f"{card}: self-graded, grade 4, same-day repeat: the schedule stays "
        f"(next in 1 day on {first['due']})"
    )


def test_next_json_says_whether_the_card_takes_a_typed_answer(
    capsys: pytest.CaptureFixture[str], deck_file: Path, db_path: Path
) -> None:
    base = ("--db", str(db_path), "--learner", "ann")
    run(capsys, *base, "import", str(deck_file))
    card = json.loads(run(capsys, *base, "next", "--json")[1])["card"]
    assert (card["type"], card["typed"]) == ("fact", True)
    with quizkit.open(db_path) as col:
        assert col.card("demo/nodeport/port-range").typed
        assert not col.card("demo/tips/interview").typed


def test_learner_from_environment(
    capsys: pytest.CaptureFixture[str],
    deck_file: Path,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("QUIZKIT_LEARNER", "envy")
    run(capsys, "--db", str(db_path), "import", str(deck_file))
    run(capsys, "--db", str(db_path), "answer", "demo/clusterip/default", "--grade", "5")
    code, out, _ = run(capsys, "--db", str(db_path), "stats", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["learner"] == "envy"
    assert data["reviews_total"] == 1


def test_next_on_a_new_database_imports_the_bundled_decks(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    from quizkit.store import bundled_decks_dir

    if not any(bundled_decks_dir().glob("*.yaml")):
        pytest.skip("no bundled decks built in this checkout")
    code, out, _ = run(capsys, "--db", str(db_path), "next", "--json")
    assert code == 0
    assert json.loads(out)["card"] is not None


def test_stats_json_keys(
    capsys: pytest.CaptureFixture[str], deck_file: Path, db_path: Path
) -> None:
    run(capsys, "--db", str(db_path), "import", str(deck_file))
    code, out, _ = run(capsys, "--db", str(db_path), "--learner", "ann", "stats", "--json")
    assert code == 0
    data = json.loads(out)
    assert list(data) == [
        "learner",
        "due_today",
        "reviews_today",
        "reviews_total",
        "retention",
        "streak_days",
        "forecast",
    ]
    assert data["retention"] is None


def test_decks_table_has_a_header_row(
    capsys: pytest.CaptureFixture[str], deck_file: Path, db_path: Path
) -> None:
    run(capsys, "--db", str(db_path), "import", str(deck_file))
    code, out, _ = run(capsys, "--db", str(db_path), "decks")
    assert code == 0
    assert out.splitlines() == ["deck  notes  cards  title", "demo      3      4  Demo deck"]


def test_usage_error_names_the_command_once(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "answer")
    assert code == 2
    assert err == (
        "quizkit: error: the following arguments are required: CARD_ID "
        "(see quizkit answer --help)\n"
    )


def test_decks_json(capsys: pytest.CaptureFixture[str], deck_file: Path, db_path: Path) -> None:
    run(capsys, "--db", str(db_path), "import", str(deck_file))
    code, out, _ = run(capsys, "--db", str(db_path), "decks", "--json")
    assert code == 0
    assert json.loads(out) == [
        {
            "deck": "demo",
            "title": "Demo deck",
            "source": "data/demo.md",
            "notes": 3,
            "cards": 4,
            "retired_notes": 0,
        }
    ]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["answer", "demo/x", "--grade", "9"], "grade must be an integer from 0 to 5, not 9"),
        (
            ["answer", "demo/x", "--grade", "four"],
            "grade must be an integer from 0 to 5, not 'four'",
        ),
        (["answer", "demo/x"], "one of the arguments --grade --response is required"),
        (["answer", "demo/nope", "--grade", "3"], "no card 'demo/nope'"),
        (["next", "--deck", "nope"], "no deck 'nope'; decks: demo"),
        (["import", "/does/not/exist"], "/does/not/exist: no such file or folder"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        ([], "the following arguments are required: COMMAND"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str],
    deck_file: Path,
    db_path: Path,
    argv: list[str],
    message: str,
) -> None:
    run(capsys, "--db", str(db_path), "import", str(deck_file))
    code, out, err = run(capsys, "--db", str(db_path), *argv)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("quizkit: error: ")
    assert not err.startswith("quizkit: error: quizkit")  # #15: one prefix, not two
    assert message in err


def test_bad_deck_file_error_names_file_and_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db_path: Path
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "quizkit: 1\ndeck: b\ntitle: B\nnotes:\n  - id: x\n    type: fact\n    front: F\n"
    )
    code, _, err = run(capsys, "--db", str(db_path), "import", str(bad))
    assert code == 2
    assert err.strip() == (
        f"quizkit: error: {bad}:5: notes[0].back: "
        "missing; every fact, tip, rule or list note has one"
    )


def test_every_problem_of_a_deck_file_is_shown(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db_path: Path
) -> None:
    """#15: not "(and 2 more problems)": each problem on a line of its own."""
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "quizkit: 1\ndeck: b\ntitle: B\nnotes:\n"
        "  - {id: x, type: fact, front: F}\n"
        "  - {id: y, type: nope, front: F, back: B}\n"
        "  - {id: z, type: fact, front: '', back: B}\n"
    )
    code, _, err = run(capsys, "--db", str(db_path), "import", str(bad))
    assert code == 2
    assert err.splitlines() == [
        f"quizkit: error: {bad}:5: notes[0].back: missing; every fact, tip, rule or list note "
        "has one",
        f"quizkit: error: {bad}:6: notes[1].type: 'nope' is not a note type; expected one of "
        "fact, tip, rule, list, scenario, cloze",
        f"quizkit: error: {bad}:7: notes[2].front: must not be empty",
    ]


def test_building_a_document_without_cards_warns_and_exit_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    empty, prose = tmp_path / "empty.md", tmp_path / "prose.md"
    empty.write_text("")
    prose.write_text("# Notes\n\nJust a paragraph of prose.\n")
    out_dir = tmp_path / "out"
    code, out, err = run(capsys, "build", str(empty), str(prose), "-o", str(out_dir))
    assert code == 1
    assert out.splitlines() == [
        f"{out_dir / 'empty.yaml'}: 0 notes from {empty}",
        f"{out_dir / 'prose.yaml'}: 0 notes from {prose}",
    ]
    assert err.splitlines() == [
        f"quizkit: warning: {empty}: no cards: the document is empty",
        f"quizkit: warning: {prose}: no cards: the card rules found nothing to ask in its "
        "1 block (no question, table, list or key sentence they read)",
    ]
    assert (out_dir / "prose.yaml").read_text().endswith("notes: []\n")
    # With one document that gives cards, the build succeeds; the warning stays.
    table = tmp_path / "table.md"
    table.write_text("# T\n\n| Type | Port |\n|---|---|\n| NodePort | 30080 |\n")
    code, _, err = run(capsys, "build", str(prose), str(table), "-o", str(out_dir))
    assert code == 0
    assert err.count("warning") == 1


def test_route_to_a_bare_service_name_is_refused_with_the_accepted_forms(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The README explains why `--to order-service` (no port, no scheme) is refused."""
    manifest = tmp_path / "svc.yaml"
    manifest.write_text(
        "apiVersion: v1\nkind: Service\nmetadata: {name: order-service}\n"
        "spec: {selector: {app: order}, ports: [{port: 8080}]}\n"
    )
    base = ("route", str(manifest), "--from", "pod:default/client")
    code, _, err = run(capsys, *base, "--to", "order-service")
    assert code == 2
    assert "unknown target 'order-service'" in err
    assert "HOST:PORT" in err
    code, out, _ = run(capsys, *base, "--to", "order-service:8080")
    assert code == 1  # valid target; no pod behind the selector
    assert "no-endpoints" in out


def test_unusable_database_is_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "no" / "such" / "x.db"), "decks")
    assert code == 2
    assert "folder does not exist" in err


def _commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert sub.choices is not None
    return sorted(sub.choices)


def test_contract_commands_exist() -> None:
    assert {"import", "decks", "next", "answer", "stats"} <= set(_commands())


@pytest.mark.parametrize("command", _commands())
def test_every_command_has_help(capsys: pytest.CaptureFixture[str], command: str) -> None:
    assert main([command, "--help"]) == 0
    assert "usage: quizkit" in capsys.readouterr().out


def test_top_level_help_lists_each_command_of_the_table_in_order(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    listed = [line.split(None, 1) for line in out.splitlines() if line.startswith("    ")]
    assert listed == [[command.name, command.help] for command in COMMANDS]


# The modules `quizkit --help` may load: the CLI's shell and what it cannot start without.
_SHELL = {
    "quizkit",
    "quizkit._lazy",
    "quizkit.cli",
    "quizkit.cli.context",
    "quizkit.cli.streams",
    "quizkit.clock",
    "quizkit.errors",
    "quizkit.inputs",
    "quizkit.words",
}

_LOADED_QUIZKIT = (
    "import sys; from quizkit.cli import main; code = main(sys.argv[1:]); "
    "print(code, sorted(m for m in sys.modules if m.split('.')[0] == 'quizkit'))"
)


def _loaded_by(*argv: str) -> set[str]:
    """The quizkit modules a fresh interpreter has loaded after ``main(argv)`` returned 0."""
    done = subprocess.run(
        [sys.executable, "-c", _LOADED_QUIZKIT, *argv],
        capture_output=True,
        text=True,
        check=True,
    )
    code, modules = done.stdout.splitlines()[-1].split(" ", 1)
    assert code == "0", done.stderr
    return set(ast.literal_eval(modules))


@pytest.mark.parametrize("argv", [["--help"], ["--version"]])
def test_help_and_version_load_no_command_module(argv: list[str]) -> None:
    assert _loaded_by(*argv) == _SHELL


_MODULES = sorted({command.configure.split(":")[0] for command in COMMANDS})


@pytest.mark.parametrize(
    "command", [next(c for c in COMMANDS if c.configure.startswith(m)) for m in _MODULES]
)
def test_a_command_loads_its_own_module_and_no_other_commands(command: Command) -> None:
    """Dispatch is the one place a command's module loads (here for its --help)."""
    loaded = _loaded_by(command.name, "--help")
    own = command.configure.split(":")[0]
    assert own in loaded
    assert loaded & set(_MODULES) == {own}


# What a command needs only once it runs: the store (and SQLAlchemy behind it),
# the study screen and the card rules take a quarter to half a second each to load.
_HEAVY = ("quizkit.store.learner", "quizkit.tui", "quizkit.build.rules")


@pytest.mark.parametrize("name", ["study", "build"])
def test_a_commands_help_loads_nothing_heavy(name: str) -> None:
    assert not _loaded_by(name, "--help") & set(_HEAVY)


def test_console_script_and_module_run(deck_file: Path, db_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "quizkit", "--db", str(db_path), "import", str(deck_file)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "total: 3 added" in proc.stdout
    proc = subprocess.run(
        [sys.executable, "-m", "quizkit", "--db", str(db_path), "answer", "x/y", "--grade", "3"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr

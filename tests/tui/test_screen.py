"""The prompt-toolkit screen, driven through a pipe input into a dummy or captured output."""

from __future__ import annotations

import io
import re
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import PipeInput
from prompt_toolkit.output import DummyOutput
from prompt_toolkit.output.vt100 import Vt100_Output

import quizkit
from quizkit.deckfile import Ask, NoteType
from quizkit.grading import Verdict
from quizkit.session import Phase, StudySession
from quizkit.store import Collection
from quizkit.store.types import Card
from quizkit.tui import body_fragments, header_fragments, highlight_yaml, run_screen
from tests.helpers import FakeClock
from tests.tui.helpers import FACTS, STUDY_DECK, easiness, log_of, text_of


def run(session: StudySession, keys: PipeInput, typed: str) -> bool:
    keys.send_text(typed)
    return run_screen(session, input=keys, output=DummyOutput())


def test_space_reveals_and_letters_grade(
    col: Collection, clock: FakeClock, study_db: Path, keys: PipeInput
) -> None:
    s = StudySession(col.learner("ann"), clock=clock)
    # Space reveals, g grades; 5 grades without looking; Enter reveals, then Enter is Good.
    assert run(s, keys, " g5\r\r") is False
    assert s.phase is Phase.DONE
    assert [(c, g) for c, g, _, _ in log_of(study_db)] == [
        (FACTS[0], 4),
        (FACTS[1], 5),
        (FACTS[2], 4),
    ]


def test_q_saves_and_quits_and_u_undoes(
    col: Collection, clock: FakeClock, study_db: Path, keys: PipeInput
) -> None:
    s = StudySession(col.learner("ann"), clock=clock)
    assert run(s, keys, "eauq") is False
    assert log_of(study_db) == [(FACTS[0], 5, "new", False), (FACTS[1], 1, "new", True)]
    assert s.summary().reviewed == 1


def test_ctrl_c_keeps_every_answer_given(
    col: Collection, clock: FakeClock, study_db: Path, keys: PipeInput
) -> None:
    s = StudySession(col.learner("ann"), clock=clock)
    assert run(s, keys, "g \x03") is True
    assert log_of(study_db) == [(FACTS[0], 4, "new", False)]


def test_typed_answer_mode_grades_and_the_learner_overrides(
    col: Collection, clock: FakeClock, study_db: Path, keys: PipeInput
) -> None:
    s = StudySession(col.learner("ann"), clock=clock)
    # t turns typing on; letters now go into the answer line, not to the grade keys.
    assert run(s, keys, "t30000 - 32767\rh\x14gq") is False
    assert log_of(study_db) == [
        (FACTS[0], 5, "new", True),
        (FACTS[0], 3, "new", False),  # h overrode the automatic Easy
        (FACTS[1], 4, "new", False),  # Ctrl-T turned typing off, g graded
    ]
    assert easiness(study_db, FACTS[0]) == 2360
    assert not s.typing


def test_wrong_typed_answer_shows_the_expected_answer(
    col: Collection, clock: FakeClock, keys: PipeInput
) -> None:
    s = StudySession(col.learner("ann"), clock=clock, typing=True)
    s.press("g")
    s.submit("NodePort")
    text = text_of(body_fragments(s))
    assert "you: NodePort" in text
    assert "✗ wrong · expected: ClusterIP" in text
    assert "Again (1): again later today" in text


def test_header_shows_deck_counts_and_progress(col: Collection, clock: FakeClock) -> None:
    s = StudySession(col.learner("ann"), clock=clock)
    s.press("g")
    header = text_of(header_fragments(s))
    assert header.startswith("study  new 2 · due 0 · repeat 0 · left 2\n")
    assert header.endswith("█" * 10 + "░" * 20 + " 1/3")


def test_front_shows_its_source(col: Collection, clock: FakeClock) -> None:
    s = StudySession(col.learner("ann"), clock=clock)
    assert text_of(body_fragments(s)) == (
        "NodePort: port range?\nfrom data/service-types.md § Summary\n"
    )
    s.reveal()
    assert text_of(body_fragments(s)).endswith("─" * 20 + "\n30000–32767\n")


def _screen_of(
    col: Collection, clock: FakeClock, keys: PipeInput, typed: str
) -> tuple[str, set[int]]:
    """What the screen wrote to a 60-column terminal, and the SGR colour codes it used."""
    screen = io.StringIO()
    output = Vt100_Output(screen, lambda: Size(rows=20, columns=60), term="xterm-256color")
    keys.send_text(typed)
    run_screen(StudySession(col.learner("ann"), clock=clock), input=keys, output=output)
    written = screen.getvalue()
    codes = {
        int(code)
        for params in re.findall(r"\x1b\[([0-9;]*)m", written)
        for code in params.split(";")
        if code
    }
    colours = {c for c in codes if 30 <= c <= 49 or 90 <= c <= 107}
    return written, colours


@pytest.mark.parametrize("no_color", [True, False])
def test_no_color_and_60_columns(
    col: Collection,
    clock: FakeClock,
    keys: PipeInput,
    monkeypatch: pytest.MonkeyPatch,
    no_color: bool,
) -> None:
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)
    written, colours = _screen_of(col, clock, keys, "q")
    assert "NodePort: port range?" in written
    assert "from data/service-types.md § Summary" in written
    # The last key hint still fits in 60 columns.
    assert re.search(r"q\S*\s+quit", written)
    assert bool(colours) is not no_color


def test_yaml_is_highlighted_by_token() -> None:
    assert highlight_yaml("  name: web  # the Service") == [
        ("", "  "),
        ("class:yaml.key", "name"),
        ("class:yaml.punct", ":"),
        ("", " "),
        ("class:yaml.value", "web"),
        ("class:yaml.comment", "  # the Service"),
    ]
    assert highlight_yaml("    - port: 80") == [
        ("", "    "),
        ("class:yaml.punct", "- "),
        ("class:yaml.key", "port"),
        ("class:yaml.punct", ":"),
        ("", " "),
        ("class:yaml.number", "80"),
    ]
    assert highlight_yaml('  type: "NodePort"')[-1] == ("class:yaml.string", '"NodePort"')
    assert highlight_yaml("---") == [("class:yaml.separator", "---")]
    assert highlight_yaml("# note") == [("class:yaml.comment", "# note")]
    assert highlight_yaml("  selector: {app: web}")[-1] == ("class:yaml.punct", "{app: web}")
    assert text_of(highlight_yaml("  - a: http://x:80/y")) == "  - a: http://x:80/y"


SCENARIO_DECK = (
    STUDY_DECK.split("  - id: nodeport/")[0]
    + "  - id: scenario/"
    + STUDY_DECK.split("  - id: scenario/")[1].replace("ask: reachable", "ask: fix")
)
PATH = "pod default/client -> cluster-ip 10.96.0.10:80 -> pod default/web-0:8080"


@pytest.fixture
def graded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A stand-in grader: records each response, right when it mentions 'fixed'."""
    responses: list[str] = []

    def grade_scenario(card: Card, response: str) -> Verdict:
        responses.append(response)
        return Verdict("fixed" in response, "a manifest whose targetPort is 8080", PATH)

    import quizkit.scenarios as real

    module = types.ModuleType("quizkit.scenarios")
    vars(module).update(grade_scenario=grade_scenario, visible_request=real.visible_request)
    monkeypatch.setitem(sys.modules, "quizkit.scenarios", module)
    return responses


@pytest.fixture
def fix_col(tmp_path: Path) -> Iterator[Collection]:
    deck = tmp_path / "fix" / "fix.yaml"
    deck.parent.mkdir()
    deck.write_text(SCENARIO_DECK, encoding="utf-8")
    with quizkit.open(tmp_path / "fix.db") as col:
        col.import_decks([deck])
        yield col


def test_fix_scenario_opens_an_editor_with_the_manifest(
    fix_col: Collection, clock: FakeClock, keys: PipeInput, graded: list[str]
) -> None:
    s = StudySession(fix_col.learner("ann"), clock=clock)
    card = s.card
    assert card is not None
    assert card.type is NoteType.SCENARIO
    assert card.ask is Ask.FIX
    assert s.wants_editor()
    # The body leaves the manifest to the editor; Enter there is a new line, Ctrl-S submits.
    assert "kind: Service" not in text_of(body_fragments(s))
    assert not run(s, keys, "# fixed\r\x13q")
    assert graded == ["# fixed\n" + card.manifests]
    assert s.result is not None
    assert s.result.correct is True
    assert s.result.feedback == PATH


def test_alt_enter_submits_the_manifest(
    fix_col: Collection, clock: FakeClock, keys: PipeInput, graded: list[str]
) -> None:
    s = StudySession(fix_col.learner("ann"), clock=clock)
    assert s.card is not None
    assert not run(s, keys, "\x1b\rq")
    assert graded == [s.history[0].card.manifests]
    assert s.history[0].result.grade == 1


def test_scenario_feedback_shows_the_evaluators_path(
    fix_col: Collection, clock: FakeClock, graded: list[str]
) -> None:
    s = StudySession(fix_col.learner("ann"), clock=clock)
    s.submit("apiVersion: v1")
    body = text_of(body_fragments(s))
    assert "✗ wrong · expected: a manifest whose targetPort is 8080" in body
    assert PATH in body
    assert "you: apiVersion: v1" in body


def test_ctrl_d_saves_and_quits_like_q(
    col: Collection, clock: FakeClock, study_db: Path, keys: PipeInput
) -> None:
    s = StudySession(col.learner("ann"), clock=clock)
    # After a grade (the keys), and on an empty answer line with typing on.
    assert run(s, keys, "g\x04") is False
    assert log_of(study_db) == [(FACTS[0], 4, "new", False)]
    typed = StudySession(col.learner("ann"), clock=clock)
    assert run(typed, keys, "t\x04") is False
    assert typed.phase is Phase.DONE

"""End to end: ``quizkit study`` in a real pseudo-terminal (tmux), 60 columns wide."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.tui.helpers import FACTS, log_of

TMUX = shutil.which("tmux")
pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed")


class Terminal:
    """A detached tmux session on a private socket, so no user session is touched."""

    def __init__(self, socket: Path) -> None:
        self.socket = socket

    def tmux(self, *args: str) -> str:
        assert TMUX is not None
        done = subprocess.run(
            [TMUX, "-S", str(self.socket), *args],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        )
        return done.stdout

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "study")

    def wait_for(self, text: str) -> str:
        """The screen once ``text`` is on it (fails with the screen after 30 s)."""
        deadline = time.monotonic() + 30
        while True:
            screen = self.screen()
            if text in screen:
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} never appeared; the screen:\n{screen}")
            time.sleep(0.1)

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", "study", *keys)


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    term = Terminal(tmp_path / "tmux.sock")
    yield term
    subprocess.run(
        [str(TMUX), "-S", str(term.socket), "kill-server"], capture_output=True, check=False
    )


def start_study(terminal: Terminal, db: Path, cwd: Path, rows: int) -> None:
    """``quizkit study`` on ``db`` in a 60-column tmux pane; "exit status N" when it ends."""
    root = Path(__file__).resolve().parents[2]
    command = shlex.join(
        [sys.executable, "-m", "quizkit", "--db", str(db), "--learner", "ann", "study"]
    )
    env = {"PYTHONPATH": str(root), "TZ": "UTC", "LANG": "C.UTF-8"}
    exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    script = f"cd {shlex.quote(str(cwd))} && env -u NO_COLOR {exports} {command}; "
    script += 'echo "exit status $?"; sleep 60'
    terminal.tmux(
        "-f", os.devnull, "new-session", "-d", "-s", "study", "-x", "60", "-y", str(rows), script
    )


def test_study_in_a_real_terminal(terminal: Terminal, study_db: Path) -> None:
    start_study(terminal, study_db, Path(__file__).resolve().parents[2], 20)
    screen = terminal.wait_for("NodePort: port range?")
    assert "from data/service-types.md § Summary" in screen
    assert "q quit" in screen  # the key line fits in 60 columns
    terminal.keys("Space")
    terminal.wait_for("30000–32767")
    terminal.keys("g")
    terminal.wait_for("Which Service type is the default?")
    terminal.keys("t")
    terminal.wait_for("answer>")
    terminal.keys("ClusterIP", "Enter")
    terminal.wait_for("✓ right")
    terminal.keys("Enter")
    terminal.wait_for("Interview tip")
    terminal.keys("a")
    terminal.wait_for("(again) Interview tip")  # Again: the card comes back today
    terminal.keys("q")
    screen = terminal.wait_for("exit status 0")
    assert "Reviewed 3 cards (3 new, 0 repeats): 67% right" in screen
    assert "1 card left today" in screen
    log = log_of(study_db)
    assert [(card, grade) for card, grade, _, _ in log if card != FACTS[1]] == [
        (FACTS[0], 4),
        (FACTS[2], 1),
    ]
    [(_, typed, _, _)] = [entry for entry in log if entry[0] == FACTS[1]]
    assert typed >= 4  # right: Easy when typed within ten seconds, else Good


def test_a_new_user_at_60_columns(terminal: Terminal, tmp_path: Path) -> None:
    """#15 end to end on the bundled decks: first-run line on the screen, the mode note,
    a confirmation, Esc out of a scenario's answer field, the scroll hint at the end,
    the path through the pod the learner named, words never cut at the margin."""
    start_study(terminal, tmp_path / "fresh.db", tmp_path, 16)
    screen = terminal.wait_for("What is ClusterIP?")
    assert "First run: imported 3 bundled decks" in screen
    assert "clusterip-vs-nodeport  new 20 · due 0 · repeat 0 · left 20" in screen
    terminal.keys("t")  # typing on; this card is a list: keys still grade it, and it says so
    screen = terminal.wait_for("a list is self-graded")
    terminal.keys("g")
    screen = terminal.wait_for("saved: Good (4)")
    screen = terminal.wait_for("answer>")  # the next deck's turn: a scenario
    assert "k8s-service-scenarios" in screen
    terminal.keys("Escape")
    screen = terminal.wait_for("Tab answer")
    assert "keys mode" in screen
    assert "↓ more" in screen
    terminal.keys(*["j"] * 40)
    screen = terminal.wait_for("↑ more")
    assert "↓" not in screen.splitlines()[-1]
    # No scroll-bar arrow pointing down at the end (prompt-toolkit's "v").
    assert not [line for line in screen.splitlines() if line.endswith(" v")]
    terminal.keys("Tab")
    terminal.wait_for("answer>")
    terminal.keys("backend-1:8080", "Enter")
    screen = terminal.wait_for("✓ right")
    assert "default/backend-1" in screen
    assert "(R" not in screen
    assert "(M" not in screen
    for line in screen.splitlines():  # no address cut at the margin
        for word in line.split():
            if re.fullmatch(r"[\d.:]+", word) and word.count(".") not in (0, 3):
                raise AssertionError(f"cut address {word!r} in:\n{screen}")
    terminal.keys("q")
    screen = terminal.wait_for("exit status 0")
    assert "Reviewed 2 cards (2 new, 0 repeats)" in screen

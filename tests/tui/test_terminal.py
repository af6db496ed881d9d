"""End to end: ``quizkit study`` in a real pseudo-terminal (tmux), 60 columns wide."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.tui.conftest import FACTS
from tests.tui.test_session import log_of

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


def test_study_in_a_real_terminal(terminal: Terminal, study_db: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    command = shlex.join(
        [sys.executable, "-m", "quizkit", "--db", str(study_db), "--learner", "ann", "study"]
    )
    env = {"PYTHONPATH": str(root), "TZ": "UTC", "LANG": "C.UTF-8"}
    exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    script = f"cd {shlex.quote(str(root))} && env -u NO_COLOR {exports} {command}; "
    script += 'echo "exit status $?"; sleep 60'
    terminal.tmux(
        "-f", os.devnull, "new-session", "-d", "-s", "study", "-x", "60", "-y", "20", script
    )

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

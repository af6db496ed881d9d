"""CI starts the chat server the end-to-end test needs, and makes a skip of it a failure."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_ci_starts_prosody_and_requires_the_end_to_end_test() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    start = ci.index("bash .ci/prosody.sh start")
    assert start < ci.index("export QUIZKIT_REQUIRE_XMPP=1") < ci.index(".venv/bin/pytest")
    script = (ROOT / ".ci" / "prosody.sh").read_text(encoding="utf-8")
    assert "apt-get install -y -qq prosody" in script
    assert 'interfaces = { "127.0.0.1" }' in script
    assert script.count("prosodyctl --config") == 2  # the bot's and the learner's accounts

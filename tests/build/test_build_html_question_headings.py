"""An HTML question heading answered in its own block after the heading ("<h3><b>Q:
</b> …?</h3>", a line of "&nbsp;", "<b>A: </b>hosts") is answered by that text, its
label dropped; a section title drawn after line breaks ("<br><hr><h2>…</h2>") is a
heading, never the answer of the question before it."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

DOC = """\
# Networking quiz

<h3>1. <b>Q: </b> Which name is given to computers taking part in network communication? </h3>
&nbsp;&nbsp;&nbsp;&nbsp;
<b>A: </b>hosts

<h3>3.  <b>Q: </b> Which two devices are intermediary devices? </h3> (Choose two)
&nbsp;&nbsp;&nbsp;&nbsp;
<b>A: </b>routers | switches

<br><br><hr><br><h2><b>1.3 Network Representations and Topologies</b></h2><br>

<h3>4. <b>Q: </b> Which connection physically connects the end device to the network? </h3>
&nbsp;&nbsp;&nbsp;&nbsp;
<b>A: </b>NIC
"""


def test_html_questions_are_answered_by_their_labelled_text() -> None:
    pairs = [(n.front, n.back) for n in facts(build_deck(DOC, "quiz.md").notes)]
    assert pairs == [
        ("Which name is given to computers taking part in network communication?", "hosts"),
        ("Which two devices are intermediary devices?", "routers | switches"),
        ("Which connection physically connects the end device to the network?", "NIC"),
    ]
